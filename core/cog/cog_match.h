#pragma once
// How a territory layer and the COG agree: codes in both, only in the layer, only in the COG,
// and for layer-only codes the current commune they were merged into where the COG says so.
#include <string>
#include <utility>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/layers/vector_layer.h"

namespace lumiere::core {

enum class TerritoryKind { Commune, Departement, Region, Unknown };

struct CogMatch {
  TerritoryKind kind = TerritoryKind::Unknown;
  std::vector<std::string> matched;
  std::vector<std::string> layer_only;
  std::vector<std::string> cog_only;
  // Layer-only codes of communes merged since the layer's vintage: old code, current code.
  std::vector<std::pair<std::string, std::string>> merged;
};

// Which kind of territory the layer's codes are (by how many of them the COG knows as each).
TerritoryKind detect_kind(const VectorLayer& layer, const CogRegistry& cog);

// Compares the layer's codes with the COG territories of the detected kind. For communes, the
// COG side is the current communes of the départements the layer covers.
CogMatch match_cog(const VectorLayer& layer, const CogRegistry& cog);

// Fills layer.official_names with the COG's names where the codes match, and for a layer of
// communes layer.outside_cog with the features the COG places in no current commune.
void apply_official_names(VectorLayer& layer, const CogRegistry& cog);

// Adds the COG's figures as attributes: "population" (inhabitants; for a département or région
// layer, the sum of its current communes), "area_km2" (computed from the geometry, true area
// for the DROM), "density" (inhabitants per km²), and for communes the texts "departement",
// "region" and "epci". A commune merged since the layer's vintage takes the département, région,
// EPCI and density of the commune it belongs to now (its population over the area of all its
// pieces) and no population of its own. NaN where the COG does not know the code.
void add_cog_attributes(VectorLayer& layer, const CogRegistry& cog);

}  // namespace lumiere::core
