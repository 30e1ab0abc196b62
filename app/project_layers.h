#pragma once
// The map layers of a project: its territory layers with the COG's figures and, on the commune
// layer, what the model says of each commune (how many structures cover it for each usage, its
// adoption in the latest vintage), so that the cartography can draw coverage, white zones and
// adoption like any other attribute. The default map of a project shows the white zones and the
// coverage of its first usage, départements over the communes.
#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "core/project.h"
#include "core/result.h"
#include "maps/styled_layer.h"

namespace lumiere::app {

// Column names on the commune layer: "<usage label> : structures" (number) and
// "<usage label> : couverture" (text category: "0", "1", "2", "3+"), "<usage label> : adoption
// <vintage>" (1 or 0 from yes/no, else the level) for the latest vintage with values.
std::string structures_column(const core::Usage& usage);
std::string coverage_column(const core::Usage& usage);
std::string adoption_column(const core::Usage& usage, int vintage);

// The latest vintage with values for the usage, 0 when none.
int latest_vintage(const core::Model& model, std::string_view usage);

// Adds the model's columns to a commune layer of the project (features of former communes take
// the values of the commune they belong to today).
void add_model_attributes(core::VectorLayer& communes, const core::Model& model);

// The default style of a project's commune layer: the coverage categories of `usage`, white
// zones in a colour of their own.
maps::Style coverage_style(const core::Usage& usage);

// Takes the project's layers (they are moved out of it), finer layers first; `labels` enables the
// names at large scales.
core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> project_styled_layers(
    core::Project& project, bool labels);

}  // namespace lumiere::app
