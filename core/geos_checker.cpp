#include "geos_checker.h"

#include <geos_c.h>

#include <cmath>
#include <vector>

#include "geometry_store.h"

namespace lumiere::core {
namespace {

GEOSContextHandle_t handle(void* ctx) { return static_cast<GEOSContextHandle_t>(ctx); }

GEOSGeometry* make_ring(GEOSContextHandle_t h, std::span<const Point> ring) {
  GEOSCoordSequence* seq =
      GEOSCoordSeq_copyFromBuffer_r(h, &ring[0].x, static_cast<unsigned>(ring.size()), 0, 0);
  return seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
}

// Builds a GEOS polygon of one part; nullptr when a ring is degenerate (under four points).
GEOSGeometry* make_polygon(GEOSContextHandle_t h, const PolygonSet& set, std::size_t part) {
  const std::uint32_t first = set.first_ring(part);
  const std::uint32_t last = set.part_ends[part];
  for (std::uint32_t r = first; r < last; ++r) {
    if (set.ring(r).size() < 4) return nullptr;
  }
  GEOSGeometry* shell = make_ring(h, set.ring(first));
  if (!shell) return nullptr;
  std::vector<GEOSGeometry*> holes;
  for (std::uint32_t r = first + 1; r < last; ++r) {
    if (GEOSGeometry* hole = make_ring(h, set.ring(r))) holes.push_back(hole);
  }
  return GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

GEOSGeometry* make_multipolygon(GEOSContextHandle_t h, const PolygonSet& set, bool* degenerate) {
  std::vector<GEOSGeometry*> polys;
  for (std::size_t p = 0; p < set.part_count(); ++p) {
    if (GEOSGeometry* poly = make_polygon(h, set, p)) {
      polys.push_back(poly);
    } else if (degenerate) {
      *degenerate = true;
    }
  }
  return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys.data(),
                                     static_cast<unsigned>(polys.size()));
}

void append_ring(GEOSContextHandle_t h, const GEOSGeometry* ring, PolygonSet& out) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned n = 0;
  GEOSCoordSeq_getSize_r(h, seq, &n);
  const std::size_t base = out.points.size();
  out.points.resize(base + n);
  GEOSCoordSeq_copyToBuffer_r(h, seq, &out.points[base].x, 0, 0);
  out.end_ring();
}

// Copies the polygonal parts of any geometry (MakeValid may return a collection with lines).
void collect_polygons(GEOSContextHandle_t h, const GEOSGeometry* g, PolygonSet& out) {
  const int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_POLYGON) {
    if (GEOSisEmpty_r(h, g)) return;
    append_ring(h, GEOSGetExteriorRing_r(h, g), out);
    const int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int i = 0; i < holes; ++i) append_ring(h, GEOSGetInteriorRingN_r(h, g, i), out);
    out.end_part();
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) collect_polygons(h, GEOSGetGeometryN_r(h, g, i), out);
  }
}

}  // namespace

GeosChecker::GeosChecker() : ctx_(GEOS_init_r()) {}
GeosChecker::~GeosChecker() { GEOS_finish_r(handle(ctx_)); }

Validity GeosChecker::check_and_repair(PolygonSet& set) {
  GEOSContextHandle_t h = handle(ctx_);
  bool degenerate = false;
  GEOSGeometry* g = make_multipolygon(h, set, &degenerate);
  if (!g) {
    set.clear();
    return Validity::Unrepairable;
  }
  if (!degenerate && GEOSisValid_r(h, g) == 1) {
    GEOSGeom_destroy_r(h, g);
    return Validity::Valid;
  }
  GEOSGeometry* fixed = GEOSMakeValid_r(h, g);
  GEOSGeom_destroy_r(h, g);
  set.clear();
  if (fixed) {
    collect_polygons(h, fixed, set);
    GEOSGeom_destroy_r(h, fixed);
  }
  return set.empty() ? Validity::Unrepairable : Validity::Repaired;
}

Point GeosChecker::label_point(const PolygonSet& set) {
  GEOSContextHandle_t h = handle(ctx_);
  std::size_t best = 0;
  double best_area = -1;
  for (std::size_t p = 0; p < set.part_count(); ++p) {
    const double a = std::abs(GeometryStore::ring_area(set.ring(set.first_ring(p))));
    if (a > best_area) {
      best_area = a;
      best = p;
    }
  }
  GEOSGeometry* poly = make_polygon(h, set, best);
  if (!poly) return set.points.empty() ? Point{} : set.points.front();
  // GEOS's point on surface: on the horizontal bisector, in the middle of the widest interior
  // run. GEOSMaximumInscribedCircle gives better-centred labels but costs 2.5 s more for the
  // national commune layer, so the pole of inaccessibility is left to the label engine.
  Point result = set.points.front();
  if (GEOSGeometry* pt = GEOSPointOnSurface_r(h, poly)) {
    GEOSGeomGetX_r(h, pt, &result.x);
    GEOSGeomGetY_r(h, pt, &result.y);
    GEOSGeom_destroy_r(h, pt);
  }
  GEOSGeom_destroy_r(h, poly);
  return result;
}

double GeosChecker::area(const PolygonSet& set) {
  GEOSContextHandle_t h = handle(ctx_);
  GEOSGeometry* g = make_multipolygon(h, set, nullptr);
  double a = 0;
  if (g) {
    GEOSArea_r(h, g, &a);
    GEOSGeom_destroy_r(h, g);
  }
  return a;
}

}  // namespace lumiere::core
