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
#include "maps/styled_layer.h"
#include "ui/main_window.h"

namespace lumiere::app {
namespace {

struct Loaded {
  std::vector<std::shared_ptr<const maps::StyledLayer>> layers;
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

// A light fill with thin outlines for the first group of layers; départements (the second group
// of the sample) drawn over it as darker outlines only, labelled at national scale.
maps::Style default_style() { return maps::Style{}; }

maps::Style outline_style() {
  maps::Style style;
  style.symbol.fill_mode = maps::FillMode::Solid;
  style.symbol.fill = Qt::transparent;
  style.symbol.stroke = QColor(0x50, 0x50, 0x50);
  style.symbol.stroke_width_px = 0.9;
  return style;
}

maps::LabelSettings default_labels(std::size_t group) {
  maps::LabelSettings labels;
  labels.enabled = true;
  // Communes from 1:1 000 000 or so; départements at every scale down to all of France.
  labels.max_metres_per_pixel = group == 0 ? 250 : 2500;
  return labels;
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
      if (cog) {
        core::apply_official_names(layer, *cog);
        core::add_cog_attributes(layer, *cog);
      }
      auto source = std::make_shared<const core::VectorLayer>(std::move(layer));
      auto styled = maps::style_layer(source, g == 0 ? default_style() : outline_style(),
                                      QString::fromStdString(source->name), default_labels(g));
      if (!styled) {
        out.error = QString::fromStdString(styled.error().message);
        return out;
      }
      out.layers.push_back(std::move(*styled));
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
