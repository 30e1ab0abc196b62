#include "core/geometry/geos_convert.h"

#include <vector>

namespace lumiere::core::geos {
namespace {

void append_ring(GEOSContextHandle_t h, const GEOSGeometry* ring, PolygonSet& out) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned n = 0;
  GEOSCoordSeq_getSize_r(h, seq, &n);
  const std::size_t base = out.points.size();
  out.points.resize(base + n);
  GEOSCoordSeq_copyToBuffer_r(h, seq, &out.points[base].x, 0, 0);
  out.end_ring();
}

}  // namespace

GEOSGeometry* make_ring(GEOSContextHandle_t h, std::span<const Point> ring) {
  if (ring.size() < 4) return nullptr;
  GEOSCoordSequence* seq =
      GEOSCoordSeq_copyFromBuffer_r(h, &ring[0].x, static_cast<unsigned>(ring.size()), 0, 0);
  return seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
}

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

}  // namespace lumiere::core::geos
