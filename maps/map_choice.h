#pragma once
// What the map of a project shows, as the window's map toolbar chooses it: a usage, a measure
// (coverage, white zones, adoption), a vintage and a level (communes, EPCI, départements, the
// footprints of the structures). One choice makes one map: its title, the one column it needs on
// the layer it colours, and that layer's style; the other layers are drawn as they are. Switching
// computes only the shown column, on a copy of the layer that shares its geometry (a
// core::GeometryStore copy shares its arrays), never the model's columns of every usage.
// Pure functions of the project's model and layers: any thread, as long as the model does not
// change meanwhile.
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "core/layers/vector_layer.h"
#include "core/model/model.h"
#include "core/project/project.h"
#include "core/result.h"
#include "maps/map_document.h"
#include "maps/style.h"

namespace lumiere::maps {

// The layer of the structures' territories the window adds for the footprint level (one feature
// per structure offering the usage: the union of its communes).
inline constexpr const char* kFootprintsLayer = "footprints";
// The layer of the EPCI the window adds for their level (one feature per EPCI: the union of its
// communes).
inline constexpr const char* kEpciLayer = "epci";

enum class Measure { Coverage, WhiteZones, Adoption };
enum class MapLevel { Commune, Epci, Departement, Footprint };

struct MapChoice {
  std::string usage;  // usage id
  Measure measure = Measure::Coverage;
  int vintage = 0;  // the vintage adoption is shown for; 0: the latest with values
  MapLevel level = MapLevel::Commune;
  friend bool operator==(const MapChoice&, const MapChoice&) = default;
};

// The choice a project opens on: its first usage, its coverage, the latest vintage, communes.
MapChoice default_choice(const core::Model& model);
// The vintage adoption is shown for: the one chosen when the usage has values for it, else the
// latest with values (0: none).
int shown_vintage(const core::Model& model, const MapChoice& choice);

// "Actes — couverture par commune", "Actes — adoption 2024 par département": the map's title.
QString choice_title(const core::Model& model, const MapChoice& choice);

// Whether `layer` is the one a level colours: the project's commune layer (Commune, Footprint),
// kEpciLayer, the départements' layer.
bool colours_layer(const core::VectorLayer& layer, MapLevel level);

// The column the choice shows on `layer` (a commune layer for Commune and Footprint, an EPCI or
// département layer for theirs), added to it, and the style that draws it:
// - coverage: communes in the categories 0, 1, 2, 3+ structures; a group's share of communes
//   covered, graduated;
// - white zones: communes white zone or covered; a group's share of communes in a white zone;
// - adoption: a commune's value (yes/no drawn as oui/non, a level graduated); a group's rate.
// Fails when the usage is unknown.
core::Result<Style> add_choice_column(core::VectorLayer& layer, const core::Model& model,
                                      const MapChoice& choice);

// The map of a choice over the project's prepared layers (their names): the layer of the level
// coloured (added to `sources` by the caller with add_choice_column), the coarser layers as
// outlines over it, the finer ones hidden.
MapDocument choice_map(const core::Project& project,
                       const std::vector<std::shared_ptr<const core::VectorLayer>>& sources,
                       const MapChoice& choice, const Style& style);

// Column names of the groups' figures ("<usage label> : communes couvertes", a share of 0 to 1;
// "<usage label> : zones blanches", a share) and of the commune's white zone ("oui"/"non").
std::string covered_share_column(const core::Usage& usage);
std::string white_share_column(const core::Usage& usage);
std::string white_zone_column(const core::Usage& usage);

}  // namespace lumiere::maps
