#include "core/geometry/map_space.h"

#include <algorithm>

namespace lumiere::core {
namespace {

// Extents of each DROM in its own CRS, a little wider than the IGN boundaries (measured with
// ogr2ogr on ADMIN EXPRESS 2018), fixed so that placement does not depend on the data loaded.
struct Reference {
  Zone zone;
  Box source;
};
constexpr Reference kReferences[] = {
    {Zone::Guadeloupe, {620000, 1745000, 720000, 1832000}},
    {Zone::Martinique, {685000, 1585000, 742000, 1652000}},
    {Zone::Guyane, {90000, 225000, 440000, 645000}},
    {Zone::Reunion, {308000, 7628000, 386000, 7698000}},
    {Zone::Mayotte, {495000, 8556000, 540000, 8610000}},
};

constexpr double kFrameLeft = -150000;
constexpr double kFrameWidth = 200000;
constexpr double kFrameHeight = 196000;
constexpr double kFrameGap = 20000;
constexpr double kTitleBand = 26000;  // room left at the top of each frame for the inset's name
constexpr double kTop = 7110000;

std::size_t index_of(Zone zone) {
  switch (zone) {
    case Zone::Guadeloupe:
      return 0;
    case Zone::Martinique:
      return 1;
    case Zone::Guyane:
      return 2;
    case Zone::Reunion:
      return 3;
    case Zone::Mayotte:
      return 4;
    case Zone::Metropole:
      break;
  }
  return 0;
}

void place(Inset& inset, Point corner) {
  inset.frame = {corner.x, corner.y, corner.x + kFrameWidth, corner.y + kFrameHeight};
  const double inner_h = kFrameHeight - kTitleBand;
  inset.scale = std::min(kFrameWidth / inset.source.width(), inner_h / inset.source.height());
  // Centre the source in the frame's inner area (below the title band).
  const Point src_c = inset.source.center();
  const Point dst_c{corner.x + kFrameWidth / 2, corner.y + inner_h / 2};
  inset.offset = {dst_c.x - src_c.x * inset.scale, dst_c.y - src_c.y * inset.scale};
}

}  // namespace

MapSpace::MapSpace() {
  double top = kTop;
  for (const Reference& r : kReferences) {
    Inset& inset = insets_[index_of(r.zone)];
    inset.zone = r.zone;
    inset.source = r.source;
    place(inset, {kFrameLeft, top - kFrameHeight});
    top -= kFrameHeight + kFrameGap;
  }
}

const Inset& MapSpace::inset(Zone zone) const { return insets_[index_of(zone)]; }
Inset& MapSpace::inset(Zone zone) { return insets_[index_of(zone)]; }

Point MapSpace::to_map(Zone zone, Point p) const {
  if (zone == Zone::Metropole) return p;
  const Inset& i = inset(zone);
  return {p.x * i.scale + i.offset.x, p.y * i.scale + i.offset.y};
}

Point MapSpace::from_map(Zone zone, Point p) const {
  if (zone == Zone::Metropole) return p;
  const Inset& i = inset(zone);
  return {(p.x - i.offset.x) / i.scale, (p.y - i.offset.y) / i.scale};
}

double MapSpace::scale(Zone zone) const {
  return zone == Zone::Metropole ? 1.0 : inset(zone).scale;
}

Zone MapSpace::zone_at(Point map_point) const {
  for (const Inset& i : insets_) {
    if (i.visible && i.frame.contains(map_point)) return i.zone;
  }
  return Zone::Metropole;
}

void MapSpace::move_inset(Zone zone, Point corner) { place(inset(zone), corner); }

Box MapSpace::metropole_extent() { return {99000, 6046000, 1243000, 7111000}; }

Box MapSpace::france_extent() const {
  Box b = metropole_extent();
  for (const Inset& i : insets_) {
    if (i.visible) b.expand(i.frame);
  }
  return b;
}

}  // namespace lumiere::core
