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
  // Copies are explicit (a national layer's store is tens of megabytes): GeometryStore c(other).
  // A VectorLayer copies as a whole this way (app/project_session draws a copy of the communes
  // carrying the model's columns).
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
  // Appends every feature of `other` after this store's (merging layers read in parallel).
  void append(GeometryStore&& other);
  // Builds the R-tree; call once after the last feature.
  void build_index();

  // --- reading -------------------------------------------------------------------------------
  std::size_t feature_count() const { return zones_.size(); }
  std::size_t part_count() const { return part_ring_offsets_.size() - 1; }
  std::size_t ring_count() const { return ring_point_offsets_.size() - 1; }
  std::size_t point_count() const { return points_.size(); }

  // Part indices of feature f: [first, last).
  std::pair<std::uint32_t, std::uint32_t> parts(std::size_t f) const {
    return {feature_part_offsets_[f], feature_part_offsets_[f + 1]};
  }
  // Ring indices of part p: [first, last); the first is the exterior ring.
  std::pair<std::uint32_t, std::uint32_t> rings(std::size_t p) const {
    return {part_ring_offsets_[p], part_ring_offsets_[p + 1]};
  }
  std::span<const Point> ring(std::size_t r) const {
    return {points_.data() + ring_point_offsets_[r],
            ring_point_offsets_[r + 1] - ring_point_offsets_[r]};
  }
  std::span<const Point> points() const { return points_; }

  bool has_geometry(std::size_t f) const { return parts(f).first != parts(f).second; }
  const Box& bounds(std::size_t f) const { return bounds_[f]; }
  double area(std::size_t f) const { return areas_[f]; }
  Point label_point(std::size_t f) const { return labels_[f]; }
  Zone zone(std::size_t f) const { return zones_[f]; }
  Box extent() const { return extent_; }

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
  std::vector<Point> points_;
  std::vector<std::uint32_t> ring_point_offsets_{0};
  std::vector<std::uint32_t> part_ring_offsets_{0};
  std::vector<std::uint32_t> feature_part_offsets_{0};
  std::vector<Box> bounds_;
  std::vector<double> areas_;
  std::vector<Point> labels_;
  std::vector<Zone> zones_;
  Box extent_;
  Box current_bounds_;
  std::unique_ptr<Index> index_;
};

}  // namespace lumiere::core
