#include "core/model/footprint.h"

#include <algorithm>
#include <span>

#include "core/geometry/geos_convert.h"
#include "core/model/analytics.h"

namespace lumiere::core {
namespace {

using geos::collect_polygons;
using geos::make_ring;

GEOSContextHandle_t handle(void* ctx) { return static_cast<GEOSContextHandle_t>(ctx); }

// The polygons of one feature of a store, appended to `out` (degenerate parts skipped).
void add_feature(GEOSContextHandle_t h, const GeometryStore& store, std::size_t f,
                 std::vector<GEOSGeometry*>& out) {
  const auto [first_part, last_part] = store.parts(f);
  for (std::uint32_t p = first_part; p < last_part; ++p) {
    const auto [first_ring, last_ring] = store.rings(p);
    GEOSGeometry* shell = make_ring(h, store.ring(first_ring));
    if (!shell) continue;
    std::vector<GEOSGeometry*> holes;
    for (std::uint32_t r = first_ring + 1; r < last_ring; ++r) {
      if (GEOSGeometry* hole = make_ring(h, store.ring(r))) holes.push_back(hole);
    }
    out.push_back(
        GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
  }
}

}  // namespace

FootprintBuilder::FootprintBuilder() : ctx_(GEOS_init_r()) {}
FootprintBuilder::~FootprintBuilder() { GEOS_finish_r(handle(ctx_)); }

Result<Footprint> FootprintBuilder::build(const VectorLayer& communes,
                                          const std::vector<std::string>& codes,
                                          UnionMethod method) {
  std::vector<std::size_t> features;
  std::vector<std::string> missing;
  for (const std::string& code : codes) {
    const auto f = communes.find(code);
    if (f && communes.geometry.has_geometry(*f)) {
      features.push_back(*f);
    } else {
      missing.push_back(code);
    }
  }
  auto fp = unite(communes.geometry, features, method);
  if (fp) {
    fp->communes = features.size();
    fp->missing = std::move(missing);
  }
  return fp;
}

CommuneFeatureIndex::CommuneFeatureIndex(const VectorLayer& communes, const CogRegistry& cog)
    : layer_(&communes) {
  // A layer of an older vintage may still draw the former communes of a commune nouvelle: each
  // feature counts for the current commune its code designates today.
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    if (!communes.geometry.has_geometry(f)) continue;
    const CogCommune* current = cog.current_commune(communes.codes[f]);
    features_[current ? current->code : communes.codes[f]].push_back(f);
  }
}

const std::vector<std::size_t>* CommuneFeatureIndex::features(std::string_view current_code) const {
  const auto it = features_.find(std::string(current_code));
  return it == features_.end() ? nullptr : &it->second;
}

Result<Footprint> FootprintBuilder::build(const Model& model, const VectorLayer& communes,
                                          std::string_view structure_id,
                                          std::optional<std::string_view> usage,
                                          UnionMethod method) {
  if (!model.structure(structure_id)) {
    return Error{MessageCode::FootprintNoStructure, {std::string(structure_id)}};
  }
  return build(model, CommuneFeatureIndex(communes, model.cog()), structure_id, usage, method);
}

Result<Footprint> FootprintBuilder::build(const Model& model, const CommuneFeatureIndex& index,
                                          std::string_view structure_id,
                                          std::optional<std::string_view> usage,
                                          UnionMethod method) {
  if (!model.structure(structure_id)) {
    return Error{MessageCode::FootprintNoStructure, {std::string(structure_id)}};
  }
  const std::vector<std::string> codes = structure_communes(model, structure_id, usage);
  std::vector<std::size_t> features;
  std::vector<std::string> missing;
  for (const std::string& code : codes) {
    if (const auto* f = index.features(code)) {
      features.insert(features.end(), f->begin(), f->end());
    } else {
      missing.push_back(code);
    }
  }
  std::sort(features.begin(), features.end());  // layer order, as a scan of the layer gives
  auto fp = unite(index.layer().geometry, features, method);
  if (fp) {
    fp->communes = codes.size() - missing.size();
    fp->missing = std::move(missing);
  }
  return fp;
}

Result<Footprint> FootprintBuilder::unite(const GeometryStore& store,
                                          const std::vector<std::size_t>& features,
                                          UnionMethod method) {
  GEOSContextHandle_t h = handle(ctx_);
  Footprint fp;
  std::vector<GEOSGeometry*> polygons;
  for (std::size_t f : features) add_feature(h, store, f, polygons);
  GEOSGeometry* collection = GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                                         static_cast<unsigned>(polygons.size()));
  if (!collection) return Error{MessageCode::FootprintGatherFailed, {}};

  GEOSGeometry* result = nullptr;
  fp.method = method;
  if (method == UnionMethod::Coverage) {
    result = GEOSCoverageUnion_r(h, collection);
    if (result && GEOSisValid_r(h, result) != 1) {
      GEOSGeom_destroy_r(h, result);
      result = nullptr;
    }
    if (!result) fp.method = UnionMethod::Unary;
  }
  if (!result) result = GEOSUnaryUnion_r(h, collection);
  GEOSGeom_destroy_r(h, collection);
  if (!result) {
    return Error{MessageCode::FootprintUnionFailed, {}};
  }
  collect_polygons(h, result, fp.polygons);
  GEOSArea_r(h, result, &fp.area);
  GEOSGeom_destroy_r(h, result);
  return fp;
}

double FootprintBuilder::area(const PolygonSet& set) {
  GEOSContextHandle_t h = handle(ctx_);
  double total = 0;
  for (std::size_t p = 0; p < set.part_count(); ++p) {
    GEOSGeometry* poly = geos::make_polygon(h, set, p);
    if (!poly) continue;
    double a = 0;
    GEOSArea_r(h, poly, &a);
    total += a;
    GEOSGeom_destroy_r(h, poly);
  }
  return total;
}

}  // namespace lumiere::core
