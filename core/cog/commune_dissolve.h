#pragma once
// Brings a commune layer drawn on an older vintage onto the current COG: the features of former
// communes (merged since into a commune nouvelle, or absorbed) are dissolved into their current
// commune, so that the map shows one polygon, one label and one value per commune of today.
// A pure function of the layer and the registry; safe to call from any thread.
#include <cstddef>
#include <stop_token>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/layers/vector_layer.h"
#include "core/result.h"

namespace lumiere::core {

// One current commune made of several features of the layer (or of one feature under a former
// code).
struct CommuneMerge {
  std::string code;                 // the current commune
  std::string name;                 // its COG name
  std::vector<std::string> pieces;  // the codes of the layer's features merged, in layer order
  std::vector<std::string> names;   // their names, as the layer has them
};

struct CommuneDissolve {
  VectorLayer layer;                  // one feature per current commune, in the order of the first
                                      // feature of each; features the COG does not place kept
  std::vector<CommuneMerge> merges;   // in the order of the new layer
  std::vector<std::string> unplaced;  // codes of features that are no commune of the COG (not
                                      // municipal arrondissements, which stay as they are)
  std::size_t former_features = 0;    // features that were former communes
};

// Where the COG does not say it (another vintage), INSEE's table de passage: old code -> code of
// the current commune. Consulted before the registry.
using CommunePassage = std::unordered_map<std::string, std::string>;

// Dissolves the former communes of `communes` (a commune layer in map space, as the loader gives
// it) into their current commune: a coverage union through GEOS (shared borders vanish exactly;
// GEOS's unary union where the pieces are no exact coverage), the area the sum of the pieces'
// true areas, the label point on the union. Codes become the current codes and names the COG's;
// the attributes are left empty (add_cog_attributes fills them). Fails only when stopped.
Result<CommuneDissolve> dissolve_former_communes(const VectorLayer& communes,
                                                 const CogRegistry& cog,
                                                 const CommunePassage& passage = {},
                                                 std::stop_token stop = {});

// The name of the layer of communes as the boundaries draw them (older than the COG), kept
// beside "communes" (today's) and hidden on the default maps.
inline constexpr const char* kSourceCommunesLayer = "communes_source";

// What a project or a harmonised file holds of `source`: dissolve_former_communes, its layer
// named "communes", `source` renamed kSourceCommunesLayer, both given the COG's names and
// figures (apply_official_names, add_cog_attributes). For `lumiere demo` and `lumiere
// harmonise` (and the window's action) alike.
Result<CommuneDissolve> communes_of_today(VectorLayer& source, const CogRegistry& cog,
                                          const CommunePassage& passage = {},
                                          std::stop_token stop = {});

}  // namespace lumiere::core
