#include "maps/layer_setup.h"

#include <QCoreApplication>
#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"

namespace lumiere::maps {

std::size_t code_length(const core::VectorLayer& layer) {
  std::size_t five = 0;
  for (const std::string& c : layer.codes) five += c.size() == 5;
  return five * 2 > layer.codes.size() ? 5 : 2;
}

maps::Style outline_style() {
  maps::Style style;
  style.symbol.fill = Qt::transparent;
  style.symbol.stroke = QColor(0x50, 0x50, 0x50);
  style.symbol.stroke_width_px = 0.9;
  return style;
}

QString layer_title(const core::VectorLayer& layer, const core::CogRegistry* cog) {
  if (cog) {
    switch (core::detect_kind(layer, *cog)) {
      case core::TerritoryKind::Commune:
        return QCoreApplication::translate("LayerSetup", "Communes");
      case core::TerritoryKind::Departement:
        return QCoreApplication::translate("LayerSetup", "Departments");
      case core::TerritoryKind::Region:
        return QCoreApplication::translate("LayerSetup", "Regions");
      case core::TerritoryKind::Unknown:
        break;
    }
  }
  return QString::fromStdString(layer.name);
}

std::vector<std::string> sample_paths(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> communes;
  const fs::path dir = fs::path(data_dir) / "boundaries" / "communes";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".geojson") communes.push_back(entry.path().string());
  }
  if (communes.empty()) return communes;
  std::sort(communes.begin(), communes.end());
  communes.push_back(data_dir + "/boundaries/departements-avec-outre-mer.geojson");
  return communes;
}

core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> load_styled_layers(
    const LayerSetup& setup) {
  auto layers = core::load_layers(setup.paths, setup.load);
  if (!layers) return layers.error();
  std::optional<core::CogRegistry> cog;
  const std::string dir = setup.cog_dir.empty() ? setup.data_dir + "/cog" : setup.cog_dir;
  if (!setup.cog_dir.empty() ||
      (!setup.data_dir.empty() && std::filesystem::exists(dir + "/communes.json"))) {
    auto loaded = core::CogRegistry::load(dir);
    if (!loaded) return loaded.error();
    cog = std::move(*loaded);
  }
  // Finer layers first (drawn below), coarser ones over them.
  std::stable_sort(layers->begin(), layers->end(),
                   [](const auto& a, const auto& b) { return code_length(a) > code_length(b); });
  std::vector<std::shared_ptr<const maps::StyledLayer>> out;
  for (std::size_t i = 0; i < layers->size(); ++i) {
    core::VectorLayer& layer = (*layers)[i];
    if (cog) {
      core::apply_official_names(layer, *cog);
      core::add_cog_attributes(layer, *cog);
    }
    const bool over = i > 0;  // the first (finest) layer is filled, the others are outlines
    maps::LabelSettings labels;
    labels.enabled = setup.labels;
    labels.max_metres_per_pixel = code_length(layer) == 5 ? 250 : 2500;
    layer.build_levels();
    auto source = std::make_shared<const core::VectorLayer>(std::move(layer));
    auto styled = maps::style_layer(source, over ? outline_style() : maps::Style{},
                                    layer_title(*source, cog ? &*cog : nullptr), labels);
    if (!styled) return styled.error();
    out.push_back(std::move(*styled));
  }
  return out;
}

}  // namespace lumiere::maps
