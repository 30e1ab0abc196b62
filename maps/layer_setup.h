#pragma once
// Loading map files into styled layers with the default cartography, shared by the GUI and the
// headless commands: the COG's names and figures where the COG is found, communes as a light
// fill with thin outlines, départements (or any coarser layer given with them) as darker
// outlines drawn over them.
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "core/result.h"
#include "maps/styled_layer.h"

namespace lumiere::maps {

struct LayerSetup {
  std::vector<std::string> paths;
  core::LoadOptions load;
  std::string data_dir;  // the sample data folder (the application's), whose cog/ is the default
  std::string cog_dir;   // empty: data_dir's cog/, skipped silently when absent
  bool labels = false;
};

core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> load_styled_layers(
    const LayerSetup& setup);

// The usual code length of a layer's features: 5 for communes, 2 for départements and coarser.
std::size_t code_length(const core::VectorLayer& layer);
// Départements (and coarser layers) drawn over the communes: dark outlines, no fill.
maps::Style outline_style();
// What users call the layer: "Communes", "Départements"... when the COG says what it holds,
// else the layer's own name.
QString layer_title(const core::VectorLayer& layer, const core::CogRegistry* cog);

// The commune files and départements of the sample data in `data_dir`, for the GUI with no file
// named; empty when they are not there.
std::vector<std::string> sample_paths(const std::string& data_dir);

}  // namespace lumiere::maps
