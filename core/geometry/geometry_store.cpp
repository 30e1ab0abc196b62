#include "core/geometry/geometry_store.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <cstring>

#include "core/geometry/polygon_set.h"

namespace lumiere::core {
namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using BgPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BgBox = bg::model::box<BgPoint>;
using IndexValue = std::pair<BgBox, std::uint32_t>;

struct GeometryStore::Index {
  bgi::rtree<IndexValue, bgi::rstar<16>> tree;
};

namespace {
BgBox to_bg(const Box& b) { return {{b.min_x, b.min_y}, {b.max_x, b.max_y}}; }
}  // namespace

GeometryStore::GeometryStore() = default;
GeometryStore::~GeometryStore() = default;
GeometryStore::GeometryStore(GeometryStore&&) noexcept = default;
GeometryStore::GeometryStore(const GeometryStore& other)
    : points_(other.points_),
      ring_point_offsets_(other.ring_point_offsets_),
      part_ring_offsets_(other.part_ring_offsets_),
      feature_part_offsets_(other.feature_part_offsets_),
      bounds_(other.bounds_),
      areas_(other.areas_),
      labels_(other.labels_),
      zones_(other.zones_),
      extent_(other.extent_),
      current_bounds_(other.current_bounds_),
      index_(other.index_ ? std::make_unique<Index>(*other.index_) : nullptr) {}
GeometryStore& GeometryStore::operator=(GeometryStore&&) noexcept = default;

void GeometryStore::begin_feature(Zone zone) {
  zones_.push_back(zone);
  current_bounds_ = Box{};
}

void GeometryStore::begin_part() { part_ring_offsets_.push_back(part_ring_offsets_.back()); }

void GeometryStore::add_ring(std::span<const Point> ring) {
  points_.insert(points_.end(), ring.begin(), ring.end());
  ring_point_offsets_.push_back(static_cast<std::uint32_t>(points_.size()));
  ++part_ring_offsets_.back();
  for (const Point& p : ring) current_bounds_.expand(p);
}

void GeometryStore::end_feature(double area, Point label) {
  feature_part_offsets_.push_back(static_cast<std::uint32_t>(part_ring_offsets_.size() - 1));
  bounds_.push_back(current_bounds_);
  extent_.expand(current_bounds_);
  areas_.push_back(area);
  labels_.push_back(label);
}

void GeometryStore::append(GeometryStore&& other) {
  const auto point_base = static_cast<std::uint32_t>(points_.size());
  const auto ring_base = static_cast<std::uint32_t>(ring_point_offsets_.size() - 1);
  const auto part_base = static_cast<std::uint32_t>(part_ring_offsets_.size() - 1);
  points_.insert(points_.end(), other.points_.begin(), other.points_.end());
  for (std::size_t i = 1; i < other.ring_point_offsets_.size(); ++i)
    ring_point_offsets_.push_back(other.ring_point_offsets_[i] + point_base);
  for (std::size_t i = 1; i < other.part_ring_offsets_.size(); ++i)
    part_ring_offsets_.push_back(other.part_ring_offsets_[i] + ring_base);
  for (std::size_t i = 1; i < other.feature_part_offsets_.size(); ++i)
    feature_part_offsets_.push_back(other.feature_part_offsets_[i] + part_base);
  bounds_.insert(bounds_.end(), other.bounds_.begin(), other.bounds_.end());
  areas_.insert(areas_.end(), other.areas_.begin(), other.areas_.end());
  labels_.insert(labels_.end(), other.labels_.begin(), other.labels_.end());
  zones_.insert(zones_.end(), other.zones_.begin(), other.zones_.end());
  extent_.expand(other.extent_);
  other = GeometryStore{};
}

void GeometryStore::build_index() {
  std::vector<IndexValue> values;
  values.reserve(bounds_.size());
  for (std::size_t f = 0; f < bounds_.size(); ++f) {
    if (!bounds_[f].empty()) values.emplace_back(to_bg(bounds_[f]), static_cast<std::uint32_t>(f));
  }
  index_ = std::make_unique<Index>();
  index_->tree = decltype(index_->tree)(values.begin(), values.end());  // packing (STR) build
}

std::vector<std::uint32_t> GeometryStore::query(const Box& box) const {
  std::vector<std::uint32_t> out;
  if (!index_ || box.empty()) return out;
  for (auto it = index_->tree.qbegin(bgi::intersects(to_bg(box))); it != index_->tree.qend(); ++it)
    out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

bool GeometryStore::contains(std::size_t f, Point p) const {
  if (!bounds_[f].contains(p)) return false;
  // Even-odd rule over every ring of the feature: holes and parts come out right for valid
  // polygons.
  bool inside = false;
  const auto [first_part, last_part] = parts(f);
  for (auto part = first_part; part < last_part; ++part) {
    const auto [first_ring, last_ring] = rings(part);
    for (auto r = first_ring; r < last_ring; ++r) inside ^= ring_contains(ring(r), p);
  }
  return inside;
}

std::vector<std::uint32_t> GeometryStore::features_at(Point p) const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t f : query(Box{p.x, p.y, p.x, p.y})) {
    if (contains(f, p)) out.push_back(f);
  }
  return out;
}

std::size_t GeometryStore::memory_bytes() const {
  std::size_t bytes = points_.capacity() * sizeof(Point) +
                      (ring_point_offsets_.capacity() + part_ring_offsets_.capacity() +
                       feature_part_offsets_.capacity()) *
                          sizeof(std::uint32_t) +
                      bounds_.capacity() * sizeof(Box) + areas_.capacity() * sizeof(double) +
                      labels_.capacity() * sizeof(Point) + zones_.capacity() * sizeof(Zone);
  if (index_) bytes += index_->tree.size() * (sizeof(IndexValue) + 16);
  return bytes;
}

double GeometryStore::ring_area(std::span<const Point> ring) {
  if (ring.size() < 3) return 0;
  // Shifted to the first point so that large Lambert-93 coordinates do not cost precision.
  const Point o = ring[0];
  double twice = 0;
  for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
    twice += (ring[i].x - o.x) * (ring[i + 1].y - o.y) - (ring[i + 1].x - o.x) * (ring[i].y - o.y);
  }
  return twice / 2;
}

}  // namespace lumiere::core

namespace lumiere::core {
namespace {

// The byte order and sizes a blob was written with: a blob of another machine kind is refused.
constexpr std::uint32_t kBlobMark = 0x4C4D4702;  // "LMG", version 2
constexpr std::uint32_t kBlobShape =
    sizeof(Point) << 24 | sizeof(Box) << 16 | sizeof(Zone) << 8 | sizeof(double);

template <class T>
void put(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
template <class T>
void put_array(std::string& out, const std::vector<T>& v) {
  put(out, static_cast<std::uint64_t>(v.size()));
  out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}
template <class T>
bool take(std::string_view& in, T& value) {
  if (in.size() < sizeof value) return false;
  std::memcpy(&value, in.data(), sizeof value);
  in.remove_prefix(sizeof value);
  return true;
}
template <class T>
bool take_array(std::string_view& in, std::vector<T>& v) {
  std::uint64_t n = 0;
  if (!take(in, n) || n > in.size() / sizeof(T)) return false;
  v.resize(n);
  std::memcpy(v.data(), in.data(), n * sizeof(T));
  in.remove_prefix(n * sizeof(T));
  return true;
}

}  // namespace

void GeometryStore::append_bytes(std::string& out) const {
  put(out, kBlobMark);
  put(out, kBlobShape);
  put(out, extent_);
  // Points as 32-bit floats from the extent's corner: an eighth of a metre at most over France's
  // 1,300 km, for half the bytes (the stores kept are levels of detail, drawn at 100 m per pixel
  // and coarser).
  std::vector<float> xy(points_.size() * 2);
  for (std::size_t i = 0; i < points_.size(); ++i) {
    xy[2 * i] = static_cast<float>(points_[i].x - extent_.min_x);
    xy[2 * i + 1] = static_cast<float>(points_[i].y - extent_.min_y);
  }
  put_array(out, xy);
  put_array(out, ring_point_offsets_);
  put_array(out, part_ring_offsets_);
  put_array(out, feature_part_offsets_);
  put_array(out, bounds_);
  put_array(out, areas_);
  put_array(out, labels_);
  put_array(out, zones_);
}

std::optional<GeometryStore> GeometryStore::from_bytes(std::string_view& in) {
  std::uint32_t mark = 0, shape = 0;
  if (!take(in, mark) || mark != kBlobMark || !take(in, shape) || shape != kBlobShape)
    return std::nullopt;
  GeometryStore s;
  std::vector<float> xy;
  if (!take(in, s.extent_) || !take_array(in, xy) || xy.size() % 2 != 0) return std::nullopt;
  s.points_.resize(xy.size() / 2);
  for (std::size_t i = 0; i < s.points_.size(); ++i) {
    s.points_[i] = {s.extent_.min_x + xy[2 * i], s.extent_.min_y + xy[2 * i + 1]};
  }
  if (!take_array(in, s.ring_point_offsets_) || !take_array(in, s.part_ring_offsets_) ||
      !take_array(in, s.feature_part_offsets_) || !take_array(in, s.bounds_) ||
      !take_array(in, s.areas_) || !take_array(in, s.labels_) || !take_array(in, s.zones_))
    return std::nullopt;
  // The offsets must stay inside the arrays they index: a damaged blob is refused here, not
  // read out of bounds later.
  const std::size_t features = s.zones_.size();
  const auto ends_within = [](const std::vector<std::uint32_t>& offsets, std::size_t size) {
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != size) return false;
    return std::is_sorted(offsets.begin(), offsets.end());
  };
  if (!ends_within(s.ring_point_offsets_, s.points_.size()) ||
      !ends_within(s.part_ring_offsets_, s.ring_point_offsets_.size() - 1) ||
      !ends_within(s.feature_part_offsets_, s.part_ring_offsets_.size() - 1) ||
      s.feature_part_offsets_.size() != features + 1 || s.bounds_.size() != features ||
      s.areas_.size() != features || s.labels_.size() != features)
    return std::nullopt;
  s.build_index();
  return s;
}

}  // namespace lumiere::core
