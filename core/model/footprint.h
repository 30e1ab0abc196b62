#pragma once
// The footprint of a structure: the union of the polygons of the communes it covers, computed by
// GEOS in map space. A FootprintBuilder owns a reentrant GEOS context, so one builder serves one
// thread; make one per worker.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/geometry/polygon_set.h"
#include "core/layers/vector_layer.h"
#include "core/model/model.h"
#include "core/result.h"

namespace lumiere::core {

enum class UnionMethod {
  // GEOSCoverageUnion (fast: it only drops the shared edges), checked: when its result is not
  // valid (the communes overlap), the builder falls back to Unary.
  Coverage,
  // GEOSUnaryUnion (overlay, robust to overlaps and gaps, slower).
  Unary,
};

struct Footprint {
  PolygonSet polygons;               // map space; exterior rings then holes, per part
  std::size_t communes = 0;          // the communes found in the layer with a geometry
  std::vector<std::string> missing;  // codes asked for but not in the layer (or without geometry)
  double area = 0;                   // GEOS area of the union, in square metres of map space
  UnionMethod method = UnionMethod::Coverage;  // the method that gave the result
};

// Which features of a commune layer draw each current commune of a COG: the feature of its own
// code, and those of its former communes where the layer is of an older vintage (delegated and
// associated communes count for the commune they belong to now). Built by one scan of the layer;
// immutable, so one index serves every thread and every footprint of that layer. The layer and
// the registry must outlive it.
class CommuneFeatureIndex {
 public:
  CommuneFeatureIndex(const VectorLayer& communes, const CogRegistry& cog);
  const VectorLayer& layer() const { return *layer_; }
  // The features (with a geometry) of a current commune, in layer order; null when none.
  const std::vector<std::size_t>* features(std::string_view current_code) const;

 private:
  const VectorLayer* layer_;
  std::unordered_map<std::string, std::vector<std::size_t>> features_;
};

class FootprintBuilder {
 public:
  FootprintBuilder();
  ~FootprintBuilder();
  FootprintBuilder(const FootprintBuilder&) = delete;
  FootprintBuilder& operator=(const FootprintBuilder&) = delete;

  // The union of the features of `communes` with exactly these codes.
  Result<Footprint> build(const VectorLayer& communes, const std::vector<std::string>& codes,
                          UnionMethod method = UnionMethod::Coverage);
  // The footprint of a structure of the model: its communes (analytics.h structure_communes),
  // through every membership, or only those that subscribe `usage`. A feature of the layer counts
  // for the current commune its code designates today (the former communes of a commune nouvelle
  // in a layer of an older vintage count for it); `communes` and `missing` speak of current
  // communes.
  Result<Footprint> build(const Model& model, const VectorLayer& communes,
                          std::string_view structure_id, std::optional<std::string_view> usage = {},
                          UnionMethod method = UnionMethod::Coverage);
  // The same through an index of the layer (made once for many footprints: the overload above
  // scans the whole layer each time). The index must be of the model's COG.
  Result<Footprint> build(const Model& model, const CommuneFeatureIndex& communes,
                          std::string_view structure_id, std::optional<std::string_view> usage = {},
                          UnionMethod method = UnionMethod::Coverage);

  // GEOS's area of a polygon set (for tests).
  double area(const PolygonSet& set);

 private:
  Result<Footprint> unite(const GeometryStore& store, const std::vector<std::size_t>& features,
                          UnionMethod method);
  void* ctx_;
};

}  // namespace lumiere::core
