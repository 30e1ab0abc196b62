#pragma once
// Polygonal geometry of a whole layer in flat arrays: coordinates, then ring, part and feature
// offsets, with per-feature bounding box, area, label point and zone, and an R-tree over the
// boxes. Coordinates are in map space. Built once per load (not thread-safe while building);
// read-only afterwards, so any number of threads may read it at once.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/geometry.h"
#include "core/geometry/zone.h"

namespace lumiere::core {

class GeometryStore {
 public:
  GeometryStore();
  ~GeometryStore();
  GeometryStore(GeometryStore&&) noexcept;
  GeometryStore& operator=(GeometryStore&&) noexcept;
  // A copy shares the arrays (they are immutable once built; a store being built that shares them
  // copies them before its first change), so a VectorLayer carrying other columns over the same
  // polygons (the window's commune layer with the model's figures) costs no geometry. Explicit
  // all the same: a copy is a decision.
  explicit GeometryStore(const GeometryStore& other);
  GeometryStore& operator=(const GeometryStore&) = delete;

  // --- building, one feature at a time -------------------------------------------------------
  // A feature is a list of parts (polygons); a part is an exterior ring followed by its holes.
  // A feature with no part is a feature without geometry (null or empty): it keeps its place.
  void begin_feature(Zone zone);
  void begin_part();
  void add_ring(std::span<const Point> ring);
  // Closes the feature: `area` is in square metres of the zone's own CRS (the true area, not the
  // inset's scaled one); `label` is in map space.
  void end_feature(double area, Point label);
  // Room for this many more of each, so that building or appending does not reallocate (a
  // national layer's points are hundreds of megabytes: each reallocation copies them).
  void reserve(std::size_t features, std::size_t parts, std::size_t rings, std::size_t points);
  // Appends every feature of `other` after this store's (merging layers read in parallel).
  void append(GeometryStore&& other);
  // Builds the R-tree; call once after the last feature.
  void build_index();

  // --- reading -------------------------------------------------------------------------------
  std::size_t feature_count() const { return d_->zones.size(); }
  std::size_t part_count() const { return d_->part_ring_offsets.size() - 1; }
  std::size_t ring_count() const { return d_->ring_point_offsets.size() - 1; }
  std::size_t point_count() const { return d_->points.size(); }

  // Part indices of feature f: [first, last).
  std::pair<std::uint32_t, std::uint32_t> parts(std::size_t f) const {
    return {d_->feature_part_offsets[f], d_->feature_part_offsets[f + 1]};
  }
  // Ring indices of part p: [first, last); the first is the exterior ring.
  std::pair<std::uint32_t, std::uint32_t> rings(std::size_t p) const {
    return {d_->part_ring_offsets[p], d_->part_ring_offsets[p + 1]};
  }
  std::span<const Point> ring(std::size_t r) const {
    return {d_->points.data() + d_->ring_point_offsets[r],
            d_->ring_point_offsets[r + 1] - d_->ring_point_offsets[r]};
  }
  std::span<const Point> points() const { return d_->points; }

  bool has_geometry(std::size_t f) const { return parts(f).first != parts(f).second; }
  const Box& bounds(std::size_t f) const { return d_->bounds[f]; }
  double area(std::size_t f) const { return d_->areas[f]; }
  Point label_point(std::size_t f) const { return d_->labels[f]; }
  Zone zone(std::size_t f) const { return d_->zones[f]; }
  Box extent() const { return d_->extent; }

  // Features whose bounding box meets `box` (map space), through the R-tree.
  std::vector<std::uint32_t> query(const Box& box) const;
  // Features whose polygons contain `p` (map space): R-tree candidates, then point-in-polygon.
  std::vector<std::uint32_t> features_at(Point p) const;
  bool contains(std::size_t f, Point p) const;

  // Bytes held by the arrays and the index, for the memory figures.
  std::size_t memory_bytes() const;

  // The store as bytes (its arrays as they are in memory, each after its length, but the points
  // as 32-bit floats from the extent's corner, an eighth of a metre at most; no index) and back
  // with its index built, for the levels of detail a project keeps (core/project). Raw arrays
  // because the point of keeping them is to skip all work on reading; the blob names its byte
  // order and sizes, and one that does not match is refused (nothing), never misread.
  void append_bytes(std::string& out) const;
  // Reads one store from the front of `in` and advances it past the store.
  static std::optional<GeometryStore> from_bytes(std::string_view& in);

  // Signed area of a ring by the shoelace formula (positive when counter-clockwise).
  static double ring_area(std::span<const Point> ring);

 private:
  struct Index;
  // The arrays, shared between copies; changed only through mutable_data(), which copies them
  // first when another store shares them.
  struct Data {
    Data() = default;
    Data(const Data& other);
    ~Data();
    std::vector<Point> points;
    std::vector<std::uint32_t> ring_point_offsets{0};
    std::vector<std::uint32_t> part_ring_offsets{0};
    std::vector<std::uint32_t> feature_part_offsets{0};
    std::vector<Box> bounds;
    std::vector<double> areas;
    std::vector<Point> labels;
    std::vector<Zone> zones;
    Box extent;
    Box current_bounds;
    std::unique_ptr<Index> index;
  };
  Data& mutable_data();
  // The arrays of every empty store: shared, so that a default or moved-from store allocates
  // nothing and stays readable.
  static const std::shared_ptr<Data>& empty_data();
  std::shared_ptr<Data> d_;
};

}  // namespace lumiere::core
