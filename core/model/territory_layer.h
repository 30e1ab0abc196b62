#pragma once
// Layers of groups of communes drawn as territories: the EPCI, the territories of the structures
// that offer a usage. Each group is one feature, the GEOS union of its communes' polygons in a
// commune layer of today's communes (FootprintBuilder), labelled on its largest commune, with the
// communes' true areas summed. Built on `threads` workers, each with its own GEOS context;
// cancellable between groups.
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/layers/vector_layer.h"
#include "core/model/model.h"
#include "core/result.h"

namespace lumiere::core {

struct TerritoryGroup {
  std::string code;  // SIREN of an EPCI, id of a structure
  std::string name;
  std::vector<std::string> communes;  // current commune codes
};

struct TerritoryLayerOptions {
  unsigned threads = 0;  // 0: one per core
  std::stop_token stop;  // a Cancelled error when requested
};

// The EPCI of the COG, with their member communes.
std::vector<TerritoryGroup> epci_groups(const CogRegistry& cog);
// The structures of the model that cover at least one commune for `usage`, with those communes.
std::vector<TerritoryGroup> structure_groups(const Model& model, std::string_view usage);

// One feature per group with at least one commune drawn in `communes` (groups without any are
// left out), in the groups' order, with its levels of detail built. `name` names the layer.
Result<VectorLayer> territory_layer(std::string name, const std::vector<TerritoryGroup>& groups,
                                    const VectorLayer& communes,
                                    const TerritoryLayerOptions& options = {});

}  // namespace lumiere::core
