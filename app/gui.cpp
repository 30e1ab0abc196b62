#include "gui.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "app/app_window.h"
#include "app/data_paths.h"
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

  AppWindow main(data_dir());
  ui::MainWindow& window = main.window();
  window.restore_layout();
  window.show();

  const bool project = std::any_of(paths.begin(), paths.end(),
                                   [](const std::string& p) { return core::is_project_file(p); });
  if (project) {
    QStringList list;
    for (const std::string& p : paths) list << QString::fromStdString(p);
    main.files().open_paths(list);
    return QApplication::exec();
  }
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
