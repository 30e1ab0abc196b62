#pragma once
// The map space of Lumière: Lambert-93 metres for the metropole, and for each DROM its own CRS
// placed by a scale and a translation into an inset box west of the metropole, as French
// statistical maps do. A value type: copy it into render requests freely.
#include <array>
#include <optional>

#include "core/geometry/geometry.h"
#include "core/geometry/zone.h"

namespace lumiere::core {

struct Inset {
  Zone zone = Zone::Guadeloupe;
  bool visible = true;
  Box source;        // the part of the zone's own CRS the inset shows (metres)
  Box frame;         // where it stands in map space (Lambert-93 metres)
  double scale = 1;  // map metres per zone metre: the inset's own scale relative to the metropole
  Point offset;      // map = zone * scale + offset
};

class MapSpace {
 public:
  // The default layout: the five DROM stacked from north to south in a column west of Brittany.
  MapSpace();

  const Inset& inset(Zone zone) const;
  Inset& inset(Zone zone);
  const std::array<Inset, 5>& insets() const { return insets_; }

  // Zone CRS coordinates to map space (identity for the metropole).
  Point to_map(Zone zone, Point p) const;
  // Map space back to a zone's CRS.
  Point from_map(Zone zone, Point p) const;
  // How many map metres one metre of the zone's CRS becomes.
  double scale(Zone zone) const;
  // The zone whose inset frame (or the metropole, if none) contains a map-space point.
  Zone zone_at(Point map_point) const;

  // Moves an inset so that its frame's lower-left corner is at `corner`.
  void move_inset(Zone zone, Point corner);

  // Lambert-93 extent of the metropole, and the map extent of France whole with its insets.
  static Box metropole_extent();
  Box france_extent() const;

 private:
  std::array<Inset, 5> insets_;
};

}  // namespace lumiere::core
