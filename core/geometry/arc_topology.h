#pragma once
// The shared-arc topology of a polygon layer, as TopoJSON and mapshaper build it: every ring of a
// GeometryStore cut at its junctions into arcs, each boundary between two features stored once,
// and a Visvalingam importance per arc vertex so that every level of detail simplifies each arc
// once and neighbours never show gaps or slivers. Owns its arcs (a copy of the points); keeps no
// reference to the store. Built once (single-threaded topology, importance optionally on several
// threads); read-only afterwards, so any number of threads may read it at once.
#include <cstdint>
#include <span>
#include <vector>

#include "core/geometry/geometry.h"
#include "core/geometry/geometry_store.h"

namespace lumiere::core {

class ArcTopology {
 public:
  // An arc reference in a ring: `a` for arc a as stored, `~a` (that is -(a+1)) for arc a walked
  // backwards.
  using ArcRef = std::int32_t;
  static std::uint32_t arc_index(ArcRef ref) {
    return static_cast<std::uint32_t>(ref >= 0 ? ref : ~ref);
  }
  static bool is_reversed(ArcRef ref) { return ref < 0; }

  // Topology and importance of every ring of `store` (its map-space coordinates, compared
  // exactly: shared boundaries must have bit-identical coordinates, nothing is snapped).
  // `threads` only serves the importance (0: one per core).
  static ArcTopology build(const GeometryStore& store, unsigned threads = 1);
  // The two stages apart, for the benchmark: the arcs only (no importance yet), then the
  // importance.
  static ArcTopology build_arcs(const GeometryStore& store);
  void compute_importance(unsigned threads = 1);

  std::size_t arc_count() const { return arc_offsets_.size() - 1; }
  std::size_t ring_count() const { return ring_offsets_.size() - 1; }
  std::size_t point_count() const { return points_.size(); }
  // The points of arc a in stored order; a closed arc (a ring without junction) repeats its first
  // point at the end.
  std::span<const Point> arc(std::size_t a) const {
    return {points_.data() + arc_offsets_[a], arc_offsets_[a + 1] - arc_offsets_[a]};
  }
  // Visvalingam–Whyatt effective area (plain, not weighted; square map metres) of each point of
  // arc a, parallel to arc(a). Endpoints, and the vertices kept so that no ring of one or two
  // arcs collapses, are +infinity. Empty before compute_importance().
  std::span<const float> importance(std::size_t a) const {
    if (importance_.empty()) return {};
    return {importance_.data() + arc_offsets_[a], arc_offsets_[a + 1] - arc_offsets_[a]};
  }
  // How many ring-uses arc a has: 1 for a coast or an outer border, 2 for a boundary shared by
  // two rings.
  std::uint32_t use_count(std::size_t a) const { return use_counts_[a]; }
  // The arcs of ring r of the store, in ring order. A ring whose start was not a junction starts
  // elsewhere once rebuilt (a rotation of the same closed ring).
  std::span<const ArcRef> ring_arcs(std::size_t r) const {
    return {ring_refs_.data() + ring_offsets_[r], ring_offsets_[r + 1] - ring_offsets_[r]};
  }
  // Rebuilds ring r (closed: last point = first) from its arcs, keeping the vertices whose
  // importance is at least `min_area` (0 keeps every vertex); replaces the content of `out`.
  void ring_points(std::size_t r, float min_area, std::vector<Point>& out) const;

  // Bytes held by the arrays, for the memory figures.
  std::size_t memory_bytes() const;

 private:
  std::vector<Point> points_;                   // the arcs' points, arc after arc
  std::vector<std::uint32_t> arc_offsets_{0};   // arc a is [arc_offsets_[a], arc_offsets_[a+1])
  std::vector<std::uint32_t> use_counts_;       // per arc
  std::vector<float> importance_;               // parallel to points_
  std::vector<ArcRef> ring_refs_;               // the arcs of every ring, ring after ring
  std::vector<std::uint32_t> ring_offsets_{0};  // ring r is [ring_offsets_[r], ring_offsets_[r+1])
};

}  // namespace lumiere::core
