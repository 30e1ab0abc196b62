#include "core/cog/commune_dissolve.h"

#include <geos_c.h>

#include <utility>

#include "core/cog/cog_match.h"
#include "core/geometry/geos_checker.h"
#include "core/geometry/geos_convert.h"

namespace lumiere::core {
namespace {

// A GEOS context for one call (GEOS's reentrant API: no global state shared between threads).
class GeosContext {
 public:
  GeosContext() : h_(GEOS_init_r()) {}
  ~GeosContext() { GEOS_finish_r(h_); }
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;
  GEOSContextHandle_t get() const { return h_; }

 private:
  GEOSContextHandle_t h_;
};

// The polygons of feature `f` of `store`, appended to `out` (GEOS polygons the caller owns).
void add_polygons(GEOSContextHandle_t h, const GeometryStore& store, std::size_t f,
                  std::vector<GEOSGeometry*>& out) {
  const auto [first_part, last_part] = store.parts(f);
  for (auto part = first_part; part < last_part; ++part) {
    const auto [first_ring, last_ring] = store.rings(part);
    GEOSGeometry* shell = geos::make_ring(h, store.ring(first_ring));
    if (!shell) continue;
    std::vector<GEOSGeometry*> holes;
    for (auto r = first_ring + 1; r < last_ring; ++r) {
      if (GEOSGeometry* hole = geos::make_ring(h, store.ring(r))) holes.push_back(hole);
    }
    out.push_back(
        GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())));
  }
}

// The union of the features `pieces` of `store` as flat polygons. The pieces of a commune
// nouvelle share their borders vertex for vertex (the IGN layer is a coverage, simplified with
// its topology kept), so GEOS's coverage union dissolves them exactly and fast; where they do not
// (another source), the overlay union does.
PolygonSet union_of(GEOSContextHandle_t h, const GeometryStore& store,
                    const std::vector<std::size_t>& pieces) {
  std::vector<GEOSGeometry*> polygons;
  for (std::size_t f : pieces) add_polygons(h, store, f, polygons);
  GEOSGeometry* all = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, polygons.data(),
                                                  static_cast<unsigned>(polygons.size()));
  PolygonSet out;
  if (!all) return out;
  GEOSGeometry* merged = GEOSCoverageUnion_r(h, all);
  if (merged && GEOSisValid_r(h, merged) != 1) {
    GEOSGeom_destroy_r(h, merged);
    merged = nullptr;
  }
  if (!merged) merged = GEOSUnaryUnion_r(h, all);
  GEOSGeom_destroy_r(h, all);
  if (merged) {
    geos::collect_polygons(h, merged, out);
    GEOSGeom_destroy_r(h, merged);
  }
  return out;
}

void copy_feature(const GeometryStore& from, std::size_t f, GeometryStore& to) {
  to.begin_feature(from.zone(f));
  const auto [first_part, last_part] = from.parts(f);
  for (auto part = first_part; part < last_part; ++part) {
    to.begin_part();
    const auto [first_ring, last_ring] = from.rings(part);
    for (auto r = first_ring; r < last_ring; ++r) to.add_ring(from.ring(r));
  }
  to.end_feature(from.area(f), from.label_point(f));
}

}  // namespace

Result<CommuneDissolve> dissolve_former_communes(const VectorLayer& communes,
                                                 const CogRegistry& cog,
                                                 const CommunePassage& passage,
                                                 std::stop_token stop) {
  CommuneDissolve out;
  // Where each feature goes, grouped in the order of the first feature of each group.
  std::vector<std::string> targets;
  std::vector<std::vector<std::size_t>> groups;
  std::unordered_map<std::string, std::size_t> group_of;
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    std::string code = communes.codes[f];
    if (const auto it = passage.find(code); it != passage.end()) code = it->second;
    const CogCommune* known = cog.commune(code);
    const CogCommune* current = cog.current_commune(code);
    std::string target = code;
    if (current) {
      target = current->code;
    } else if (!known || known->type != CommuneType::MunicipalArrondissement) {
      out.unplaced.push_back(communes.codes[f]);
    }
    const auto [it, inserted] = group_of.try_emplace(target, groups.size());
    if (inserted) {
      targets.push_back(target);
      groups.emplace_back();
    }
    groups[it->second].push_back(f);
  }

  VectorLayer& layer = out.layer;
  layer.name = communes.name;
  layer.driver = communes.driver;
  layer.sources = communes.sources;
  layer.geometry_type = "MultiPolygon";
  layer.crs = communes.crs;
  layer.code_field = communes.code_field;
  layer.name_field = communes.name_field;
  layer.report = communes.report;
  layer.warnings = communes.warnings;
  const GeometryStore& from = communes.geometry;
  GeosContext context;
  GeosChecker checker;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (g % 64 == 0 && stop.stop_requested()) return Error{MessageCode::Cancelled};
    const std::vector<std::size_t>& pieces = groups[g];
    const std::string& code = targets[g];
    const bool merged = pieces.size() > 1 || communes.codes[pieces.front()] != code;
    layer.codes.push_back(code);
    const CogCommune* c = cog.commune(code);
    layer.names.push_back(merged && c ? c->name : communes.names[pieces.front()]);
    if (!merged) {
      copy_feature(from, pieces.front(), layer.geometry);
      continue;
    }
    CommuneMerge merge{code, c ? c->name : code, {}, {}};
    double area = 0;
    std::vector<std::size_t> drawn;
    for (std::size_t f : pieces) {
      merge.pieces.push_back(communes.codes[f]);
      merge.names.push_back(communes.names[f]);
      out.former_features += communes.codes[f] != code;
      if (!from.has_geometry(f)) continue;
      area += from.area(f);  // the true area: map-space areas of the DROM are scaled
      drawn.push_back(f);
    }
    out.merges.push_back(std::move(merge));
    if (drawn.size() <= 1) {
      if (drawn.empty()) {
        layer.geometry.begin_feature(from.zone(pieces.front()));
        layer.geometry.end_feature(0, {});
      } else {
        copy_feature(from, drawn.front(), layer.geometry);
      }
      continue;
    }
    const PolygonSet set = union_of(context.get(), from, drawn);
    layer.geometry.begin_feature(from.zone(drawn.front()));
    for (std::size_t part = 0; part < set.part_count(); ++part) {
      layer.geometry.begin_part();
      for (std::uint32_t r = set.first_ring(part); r < set.part_ends[part]; ++r)
        layer.geometry.add_ring(set.ring(r));
    }
    layer.geometry.end_feature(area, set.empty() ? Point{} : checker.label_point(set));
  }
  layer.official_names.assign(layer.codes.size(), std::string());
  layer.geometry.build_index();
  layer.index_codes();
  return out;
}

Result<CommuneDissolve> communes_of_today(VectorLayer& source, const CogRegistry& cog,
                                          const CommunePassage& passage, std::stop_token stop) {
  auto dissolved = dissolve_former_communes(source, cog, passage, stop);
  if (!dissolved) return dissolved.error();
  dissolved->layer.name = "communes";
  source.name = kSourceCommunesLayer;
  for (VectorLayer* l : {&dissolved->layer, &source}) {
    apply_official_names(*l, cog);
    add_cog_attributes(*l, cog);
  }
  return dissolved;
}

}  // namespace lumiere::core
