#include "gui.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include "app/data_paths.h"
#include "app/harmonise_action.h"
#include "app/project_session.h"
#include "core/project/project.h"
#include "maps/language.h"
#include "maps/layer_setup.h"
#include "maps/message_text.h"
#include "ui/main_window.h"

namespace lumiere::app {
namespace {

struct Loaded {
  std::vector<std::shared_ptr<const maps::StyledLayer>> layers;
  QString error;
};

Loaded load(std::vector<std::string> paths) {
  Loaded out;
  maps::LayerSetup setup;
  setup.data_dir = data_dir();
  setup.paths = paths.empty() ? maps::sample_paths(setup.data_dir) : std::move(paths);
  setup.labels = true;
  if (setup.paths.empty()) {
    out.error = QCoreApplication::translate(
                    "Gui",
                    "No sample data in %1: run scripts/fetch-data, or open map files "
                    "with: lumiere FILE...")
                    .arg(QString::fromStdString(data_dir()));
    return out;
  }
  auto layers = maps::load_styled_layers(setup);
  if (!layers) {
    out.error = maps::message_text(layers.error(), maps::Surface::Window);
    return out;
  }
  out.layers = std::move(*layers);
  return out;
}

}  // namespace

int run_gui(int argc, char** argv, const std::vector<std::string>& paths, maps::Language language) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Lumière"));
  QApplication::setOrganizationName(QStringLiteral("Lumière"));
  maps::use_language(language);

  ui::MainWindow window;
  window.show();
  // A single project file opens for editing.
  if (paths.size() == 1 && core::is_project_file(paths[0])) {
    ProjectSession session(window);
    auto* harmonise = new HarmoniseAction(window);  // owned by the window, after the imports
    harmonise->open_project = [&session] {
      return session.project() ? QString::fromStdString(session.project()->file()) : QString();
    };
    QObject::connect(&session, &ProjectSession::failed, &window, [&window](const QString& message) {
      QMessageBox::warning(&window, QStringLiteral("Lumière"), message);
    });
    QObject::connect(
        &session, &ProjectSession::imported, &window, [&window](const QString& report) {
          QMessageBox box(QMessageBox::Information,
                          QCoreApplication::translate("Gui", "Import finished"),
                          report.section(QLatin1Char('\n'), 0, 1), QMessageBox::Ok, &window);
          box.setDetailedText(report);
          box.exec();
        });
    session.open(QString::fromStdString(paths[0]));
    return QApplication::exec();
  }
  new HarmoniseAction(window);  // owned by the window
  QFutureWatcher<Loaded> watcher;
  QObject::connect(&watcher, &QFutureWatcher<Loaded>::finished, &window, [&] {
    Loaded loaded = watcher.result();
    if (!loaded.error.isEmpty())
      window.show_error(loaded.error);
    else
      window.show_layers(std::move(loaded.layers));
  });
  watcher.setFuture(QtConcurrent::run(load, paths));
  return QApplication::exec();
}

}  // namespace lumiere::app
