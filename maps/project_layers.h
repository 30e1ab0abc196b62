#pragma once
// The map layers of a project: its territory layers with the COG's figures and, on the commune
// layer, what the model says of each commune (how many structures cover it for each usage, its
// adoption in the latest vintage), so that the cartography can draw coverage, white zones and
// adoption like any other attribute. The default map of a project shows the white zones and the
// coverage of its first usage, départements over the communes.
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/project/project.h"
#include "core/result.h"
#include "maps/map_document.h"
#include "maps/styled_layer.h"

namespace lumiere::maps {

// Column names on the commune layer: "<usage label> : structures" (number) and
// "<usage label> : couverture" (text category: "0", "1", "2", "3+"), "<usage label> : adoption
// <vintage>" (1 or 0 from yes/no, else the level) for the latest vintage with values.
std::string structures_column(const core::Usage& usage);
std::string coverage_column(const core::Usage& usage);
std::string adoption_column(const core::Usage& usage, int vintage);
// "<usage label> : adopté <vintage>": "oui" or "non" (a level above 0 is "oui").
std::string adoption_text_column(const core::Usage& usage, int vintage);

// The usage's short name for titles and lists: "Actes" of "Actes — contrôle de légalité
// dématérialisé".
QString usage_short_label(const core::Usage& usage);

// The latest vintage with values for the usage, 0 when none.
int latest_vintage(const core::Model& model, std::string_view usage);

// Which of the model's columns add_model_attributes computes.
struct ModelColumns {
  bool coverage = true;  // "<usage> : structures" and "<usage> : couverture"
  bool adoption = true;  // "<usage> : adoption <vintage>" and "<usage> : adopté <vintage>"
  int vintage = 0;       // of adoption; 0: the latest with values
};

// Adds the model's columns to a commune layer of the project (features of former communes take
// the values of the commune they belong to today).
// `usages`: only the columns of these usages (a command drawing one map, the window's map
// toolbar); nothing: every usage's.
void add_model_attributes(core::VectorLayer& communes, const core::Model& model,
                          const std::optional<std::vector<std::string>>& usages = std::nullopt,
                          const ModelColumns& columns = {});

// The default style of a project's commune layer: the coverage categories of `usage`, white
// zones in a colour of their own.
maps::Style coverage_style(const core::Usage& usage);

// The project's layers, ready to draw: moved out of the project (with the COG's names and
// figures that open_project gave them), the model's columns added on the communes
// (add_model_attributes) and their levels of detail built.
std::vector<std::shared_ptr<const core::VectorLayer>> prepare_project_layers(
    core::Project& project, const std::optional<std::vector<std::string>>& usages = std::nullopt);

// A named map of a project.
struct ProjectMap {
  std::string name;  // what `lumiere render --map` takes: "couverture-actes", "adoption-actes"...
  maps::MapDocument document;
};

// The maps every project has, two per usage: "couverture-<usage id>" (white zones and coverage)
// and "adoption-<usage id>" (adoption in the latest vintage, when the usage has values), each the
// communes under the départements' outlines, DROM in insets.
std::vector<ProjectMap> default_maps(const core::Project& project);

// The map of that name: a map document stored in the project (kind "map"), else a default map.
// Fails naming the maps there are.
core::Result<maps::MapDocument> project_map(const core::Project& project, const std::string& name);

// The layers of a map document, bound to the prepared layers by their name; layers of the
// document without a source in the project are an error naming them.
core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> map_layers(
    const maps::MapDocument& document,
    const std::vector<std::shared_ptr<const core::VectorLayer>>& sources, bool labels);

// The usages whose model columns the map `name` of the project shows ("": the map it opens on):
// the usage of a default map ("couverture-<usage>", "adoption-<usage>", the coverage of the
// first usage); nothing (every usage) for a stored map document, which may show any column, or
// a name the project has no map of.
std::optional<std::vector<std::string>> map_usages(const core::Project& project,
                                                   const std::string& name);

// The map a project opens on: its first stored map document, else the coverage of its first
// usage, else its layers in the default cartography.
maps::MapDocument first_map(const core::Project& project);

// Takes the project's layers (they are moved out of it) and styles them as its first map (the
// first stored map document, else the coverage of the first usage); `labels` enables the names at
// large scales.
core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> project_styled_layers(
    core::Project& project, bool labels);

}  // namespace lumiere::maps
