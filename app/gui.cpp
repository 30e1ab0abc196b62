#include "gui.h"

#include <QApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

#include "app/data_paths.h"
#include "core/cog_match.h"
#include "core/cog_registry.h"
#include "core/layer_loader.h"
#include "ui/main_window.h"

namespace lumiere::app {
namespace {

struct Loaded {
  std::vector<maps::RenderLayer> layers;
  QString error;
};

std::vector<std::string> sample_paths() {
  namespace fs = std::filesystem;
  std::vector<std::string> communes;
  const fs::path dir = fs::path(data_dir()) / "boundaries" / "communes";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".geojson") communes.push_back(entry.path().string());
  }
  std::sort(communes.begin(), communes.end());
  return communes;
}

Loaded load(std::vector<std::string> paths) {
  Loaded out;
  std::vector<std::vector<std::string>> groups;
  if (paths.empty()) {
    paths = sample_paths();
    if (paths.empty()) {
      out.error = QCoreApplication::translate(
                      "Gui", "No sample data in %1: run scripts/fetch-data, or open map files "
                             "with: lumiere FILE...")
                      .arg(QString::fromStdString(data_dir()));
      return out;
    }
    groups.push_back(paths);
    groups.push_back({data_dir() + "/boundaries/departements-avec-outre-mer.geojson"});
  } else {
    groups.push_back(paths);
  }
  std::optional<core::CogRegistry> cog;
  if (auto loaded = core::CogRegistry::load(data_dir() + "/cog")) cog = std::move(*loaded);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    auto layers = core::load_layers(groups[g]);
    if (!layers) {
      out.error = QString::fromStdString(layers.error().message);
      return out;
    }
    for (core::VectorLayer& layer : *layers) {
      if (cog) core::apply_official_names(layer, *cog);
      maps::RenderLayer rl{std::make_shared<core::VectorLayer>(std::move(layer)), {}};
      if (g > 0) {  // départements over the communes: outlines only, darker
        rl.style.filled = false;
        rl.style.stroke = QColor(0x50, 0x50, 0x50);
        rl.style.stroke_width_px = 1.0;
      }
      out.layers.push_back(std::move(rl));
    }
  }
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
  });
  watcher.setFuture(QtConcurrent::run(load, paths));
  return QApplication::exec();
}

}  // namespace lumiere::app
