#include "core/geometry/geos_checker.h"

#include <cmath>
#include <vector>

#include "core/geometry/geometry_store.h"
#include "core/geometry/geos_convert.h"

namespace lumiere::core {
namespace {

using geos::collect_polygons;
using geos::make_polygon;

GEOSContextHandle_t handle(void* ctx) { return static_cast<GEOSContextHandle_t>(ctx); }

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
