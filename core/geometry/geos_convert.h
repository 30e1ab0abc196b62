#pragma once
// Conversions between our flat polygons and GEOS geometries, shared by the .cpp files of core
// that call GEOS (GeosChecker, FootprintBuilder). Internal to core: only its .cpp files include
// it, so GEOS stays out of every public header. Each call takes the caller's GEOS context.
#include <geos_c.h>

#include <span>

#include "core/geometry/geometry.h"
#include "core/geometry/polygon_set.h"

namespace lumiere::core::geos {

// A linear ring of the points (closed: last = first); nullptr under four points.
GEOSGeometry* make_ring(GEOSContextHandle_t h, std::span<const Point> ring);

// The polygon of part `part` of `set`; nullptr when one of its rings is degenerate (under four
// points), as GEOS would refuse it.
GEOSGeometry* make_polygon(GEOSContextHandle_t h, const PolygonSet& set, std::size_t part);

// Appends every polygon of `g` (a polygon, multipolygon or collection; lines and points of a
// collection are dropped, as MakeValid may return them) to `out`.
void collect_polygons(GEOSContextHandle_t h, const GEOSGeometry* g, PolygonSet& out);

}  // namespace lumiere::core::geos
