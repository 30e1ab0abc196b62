#pragma once
// The map of the project open in the window as the map toolbar's choice shows it (maps/map_choice):
// the project's layers shared as they are, the one layer the choice colours copied with the
// shown column only (the copy shares its geometry and levels of detail), and the territories a
// level needs (the EPCI, the structures' territories for a usage) built on first use and kept.
// A function of values, run on the session's worker while nothing changes the project.
#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/layers/vector_layer.h"
#include "core/project/project.h"
#include "core/result.h"
#include "maps/map_choice.h"
#include "maps/map_document.h"
#include "maps/styled_layer.h"

namespace lumiere::app {

using SourceLayers = std::vector<std::shared_ptr<const core::VectorLayer>>;
using StyledLayers = std::vector<std::shared_ptr<const maps::StyledLayer>>;

struct Display {
  StyledLayers layers;
  // The project's layers and the territories built so far ("epci", "footprints"): the base of
  // the next display.
  SourceLayers base;
  // The model's revision and the usage the footprints were built for.
  std::uint64_t footprints_revision = 0;
  std::string footprints_usage;
};

struct DisplayRequest {
  maps::MapChoice choice;
  // The map as the window shows it (the user's styles, order, visibility), kept when the model
  // changed under the same choice; nothing: the choice's own map.
  std::optional<maps::MapDocument> shown;
  std::uint64_t footprints_revision = 0;  // of the footprints in the base, if any
  std::string footprints_usage;
};

// The layers of the project drawn for the request (on a worker). Fails when the choice's usage
// is unknown or a territory could not be built; Cancelled when `stop` is requested.
core::Result<Display> display_project(const core::Project& project, SourceLayers base,
                                      const DisplayRequest& request, std::stop_token stop = {});

}  // namespace lumiere::app
