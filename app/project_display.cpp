#include "app/project_display.h"

#include <algorithm>

#include "core/cog/commune_dissolve.h"
#include "core/model/territory_layer.h"
#include "maps/layer_setup.h"
#include "maps/project_layers.h"

namespace lumiere::app {
namespace {

const core::VectorLayer* commune_layer(const SourceLayers& base) {
  for (const auto& layer : base) {
    if (maps::colours_layer(*layer, maps::MapLevel::Commune)) return layer.get();
  }
  return nullptr;
}

bool has_layer(const SourceLayers& base, std::string_view name) {
  return std::any_of(base.begin(), base.end(), [&](const auto& l) { return l->name == name; });
}

}  // namespace

core::Result<Display> display_project(const core::Project& project, SourceLayers base,
                                      const DisplayRequest& request, std::stop_token stop) {
  Display out;
  out.footprints_revision = request.footprints_revision;
  out.footprints_usage = request.footprints_usage;
  const maps::MapChoice& choice = request.choice;
  if (!project.model().usage(choice.usage)) {
    // A project without usages: its layers in the default cartography.
    auto layers = maps::map_layers(maps::first_map(project), base, true);
    if (!layers) return layers.error();
    out.layers = std::move(*layers);
    out.base = std::move(base);
    return out;
  }
  const core::VectorLayer* communes = commune_layer(base);
  core::TerritoryLayerOptions options;
  options.stop = stop;
  // The territories of the level, built once (the EPCI) or once per usage and model revision
  // (the structures' territories).
  if (communes && choice.level == maps::MapLevel::Epci && !has_layer(base, maps::kEpciLayer)) {
    auto epci = core::territory_layer(maps::kEpciLayer, core::epci_groups(project.cog()), *communes,
                                      options);
    if (!epci) return epci.error();
    base.push_back(std::make_shared<const core::VectorLayer>(std::move(*epci)));
  }
  if (communes && choice.level == maps::MapLevel::Footprint &&
      (!has_layer(base, maps::kFootprintsLayer) || out.footprints_usage != choice.usage ||
       out.footprints_revision != project.model().revision())) {
    std::erase_if(base, [](const auto& l) { return l->name == maps::kFootprintsLayer; });
    auto footprints = core::territory_layer(maps::kFootprintsLayer,
                                            core::structure_groups(project.model(), choice.usage),
                                            *communes, options);
    if (!footprints) return footprints.error();
    base.push_back(std::make_shared<const core::VectorLayer>(std::move(*footprints)));
    out.footprints_usage = choice.usage;
    out.footprints_revision = project.model().revision();
  }

  // The layer coloured: a copy with the shown column (its geometry shared); the others as they
  // are. The structures' territories are drawn only at their level.
  SourceLayers sources;
  maps::Style style;
  bool coloured = false;
  for (const auto& layer : base) {
    if (layer->name == maps::kFootprintsLayer && choice.level != maps::MapLevel::Footprint)
      continue;
    if (!coloured && maps::colours_layer(*layer, choice.level)) {
      auto copy = std::make_shared<core::VectorLayer>(*layer);
      auto shown = maps::add_choice_column(*copy, project.model(), choice);
      if (!shown) return shown.error();
      style = std::move(*shown);
      sources.push_back(std::move(copy));
      coloured = true;
      continue;
    }
    sources.push_back(layer);
  }
  core::Result<StyledLayers> layers = core::Error{core::MessageCode::MapProjectNoUsage};
  if (request.shown) layers = maps::map_layers(*request.shown, sources, true);
  if (!request.shown || !layers) {
    layers = maps::map_layers(maps::choice_map(project, sources, choice, style), sources, true);
  }
  if (!layers) return layers.error();
  out.layers = std::move(*layers);
  out.base = std::move(base);
  return out;
}

}  // namespace lumiere::app
