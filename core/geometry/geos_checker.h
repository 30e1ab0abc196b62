#pragma once
// Validity, repair and label points of polygons through GEOS. Owns a reentrant GEOS context, so
// one checker serves one thread; make one per loader worker.
#include "core/geometry/polygon_set.h"

namespace lumiere::core {

enum class Validity { Valid, Repaired, Unrepairable };

class GeosChecker {
 public:
  GeosChecker();
  ~GeosChecker();
  GeosChecker(const GeosChecker&) = delete;
  GeosChecker& operator=(const GeosChecker&) = delete;

  // Checks the polygons; invalid ones are replaced by GEOS's MakeValid result (its polygonal
  // part). Unrepairable leaves `set` empty.
  Validity check_and_repair(PolygonSet& set);
  // A point inside the largest part, for labels and proportional symbols, in the set's
  // coordinates.
  Point label_point(const PolygonSet& set);
  // GEOS's own area of the polygons, for tests that check ours.
  double area(const PolygonSet& set);

 private:
  void* ctx_;
};

}  // namespace lumiere::core
