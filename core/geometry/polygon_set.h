#pragma once
// The polygons of one feature while it is being read and checked: flat points with ring and
// part ends. A scratch value reused from feature to feature by a loader thread.
#include <cstdint>
#include <span>
#include <vector>

#include "core/geometry/geometry.h"

namespace lumiere::core {

// Whether `p` is inside `ring` by the even-odd rule (a point on the boundary either way). Over
// every ring of a valid polygon, the parities combined (xor) say whether `p` is in it.
inline bool ring_contains(std::span<const Point> ring, Point p) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
        p.x < (ring[j].x - ring[i].x) * (p.y - ring[i].y) / (ring[j].y - ring[i].y) + ring[i].x)
      inside = !inside;
  }
  return inside;
}

struct PolygonSet {
  std::vector<Point> points;
  std::vector<std::uint32_t> ring_ends;  // one past the last point of each ring
  std::vector<std::uint32_t> part_ends;  // one past the last ring of each part

  void clear() {
    points.clear();
    ring_ends.clear();
    part_ends.clear();
  }
  bool empty() const { return part_ends.empty(); }
  std::size_t part_count() const { return part_ends.size(); }
  std::uint32_t first_ring(std::size_t part) const { return part == 0 ? 0 : part_ends[part - 1]; }
  std::span<const Point> ring(std::size_t r) const {
    const std::uint32_t begin = r == 0 ? 0 : ring_ends[r - 1];
    return {points.data() + begin, ring_ends[r] - begin};
  }
  std::span<Point> ring(std::size_t r) {
    const std::uint32_t begin = r == 0 ? 0 : ring_ends[r - 1];
    return {points.data() + begin, ring_ends[r] - begin};
  }
  void end_ring() { ring_ends.push_back(static_cast<std::uint32_t>(points.size())); }
  void end_part() { part_ends.push_back(static_cast<std::uint32_t>(ring_ends.size())); }
};

}  // namespace lumiere::core
