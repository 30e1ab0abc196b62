#pragma once
// Simplified copies of a polygon layer for a fixed list of map resolutions, rebuilt from the
// simplified shared arcs of its ArcTopology, so that neighbouring features never show gaps or
// slivers. Each level is a whole GeometryStore with the features, parts and rings of the full
// store in the same order (the same zone, area and label per feature), R-tree included. Owns its
// levels; keeps no reference to the full store nor to the topology. Built once (levels in
// parallel on std::jthread workers); read-only afterwards, so any number of threads may read it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/arc_topology.h"
#include "core/geometry/geometry_store.h"

namespace lumiere::core {

struct LevelOptions {
  // Map metres per pixel of each level. The national 1920×1080 frame (metropole and DROM
  // insets) is about 700 m/px, so one level sits just under it (640); a département frame is
  // about 150–250 m/px (160). A factor of two between levels means a frame never draws more than
  // about twice the points it needs. Finer levels are pointless on the sample data: it is already
  // generalised (mapshaper), and at 80 m/px the level keeps 99.9 % of its points; under 160 m/px
  // the full store is drawn.
  std::vector<double> metres_per_pixel{160, 320, 640, 1280, 2560};
  // A vertex stays when its effective area is at least (tolerance_px × metres_per_pixel)²: a
  // triangle of half a pixel by two is the most a removed vertex can bend the outline.
  double tolerance_px = 0.7;
  unsigned threads = 0;  // 0: one per core
};

class LevelsOfDetail {
 public:
  LevelsOfDetail() = default;
  // `topology` must be the topology of `full` with its importance computed.
  static LevelsOfDetail build(const GeometryStore& full, const ArcTopology& topology,
                              const LevelOptions& options = {});

  std::size_t level_count() const { return levels_.size(); }
  double resolution(std::size_t i) const { return resolutions_[i]; }
  const GeometryStore& level(std::size_t i) const { return levels_[i]; }
  // The coarsest level whose simplification stays under one pixel at `metres_per_pixel`
  // (resolution × tolerance_px ≤ metres_per_pixel); nothing when even the finest is too coarse
  // (draw the full store then).
  std::optional<std::size_t> level_index_for(double metres_per_pixel) const;
  // That level, or `full` (the store the levels were built from).
  const GeometryStore& level_for(double metres_per_pixel, const GeometryStore& full) const;

  // Bytes held by every level (the full store and the topology not included).
  std::size_t memory_bytes() const;

  // The levels as bytes and back (GeometryStore::append_bytes), for the prepared geometry a
  // project keeps; nothing when the bytes are not levels of this format.
  std::string to_bytes() const;
  static std::optional<LevelsOfDetail> from_bytes(std::string_view bytes);

 private:
  std::vector<double> resolutions_;  // sorted, finest first
  double tolerance_px_ = 0.7;
  std::vector<GeometryStore> levels_;
};

}  // namespace lumiere::core
