#include "gui.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include "app/data_paths.h"
#include "app/layer_setup.h"
#include "app/project_layers.h"
#include "core/project.h"
#include "ui/main_window.h"

namespace lumiere::app {
namespace {

struct Loaded {
  std::vector<std::shared_ptr<const maps::StyledLayer>> layers;
  QString title;  // the project's, when one was opened
  QString error;
};

// A single file may be a project: its layers with the model's coverage and adoption.
bool load_project(const std::string& path, Loaded& out) {
  if (!core::is_project_file(path)) return false;
  // The window shows the project and edits nothing yet: no lock (core/file_lock.h).
  auto project = core::open_project(path, core::OpenMode::ReadOnly);
  if (!project) {
    out.error = QString::fromStdString(project.error().message);
    return true;
  }
  auto layers = project_styled_layers(*project, true);
  if (!layers) {
    out.error = QString::fromStdString(layers.error().message);
  } else {
    out.layers = std::move(*layers);
    out.title = QString::fromStdString(project->info.title);
  }
  return true;
}

Loaded load(std::vector<std::string> paths) {
  Loaded out;
  if (paths.size() == 1 && load_project(paths[0], out)) {
    return out;
  }
  LayerSetup setup;
  setup.paths = paths.empty() ? sample_paths() : std::move(paths);
  setup.labels = true;
  if (setup.paths.empty()) {
    out.error = QCoreApplication::translate(
                    "Gui", "No sample data in %1: run scripts/fetch-data, or open map files "
                           "with: lumiere FILE...")
                    .arg(QString::fromStdString(data_dir()));
    return out;
  }
  auto layers = load_styled_layers(setup);
  if (!layers) {
    out.error = QString::fromStdString(layers.error().message);
    return out;
  }
  out.layers = std::move(*layers);
  return out;
}

}  // namespace

int run_gui(int argc, char** argv, const std::vector<std::string>& paths) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Lumière"));
  QApplication::setOrganizationName(QStringLiteral("Lumière"));
  QTranslator qt_translator, translator;
  if (qt_translator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qt_translator);
  if (translator.load(QLocale(), QStringLiteral("lumiere"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
    QApplication::installTranslator(&translator);

  ui::MainWindow window;
  window.show();
  QFutureWatcher<Loaded> watcher;
  QObject::connect(&watcher, &QFutureWatcher<Loaded>::finished, &window, [&] {
    Loaded loaded = watcher.result();
    if (!loaded.error.isEmpty()) window.show_error(loaded.error);
    else window.show_layers(std::move(loaded.layers));
    if (!loaded.title.isEmpty()) window.setWindowTitle(loaded.title + QStringLiteral(" — Lumière"));
  });
  watcher.setFuture(QtConcurrent::run(load, paths));
  return QApplication::exec();
}

}  // namespace lumiere::app
