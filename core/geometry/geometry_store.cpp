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

const std::shared_ptr<GeometryStore::Data>& GeometryStore::empty_data() {
  static const auto empty = std::make_shared<Data>();
  return empty;
}

GeometryStore::Data::Data(const Data& other)
    : points(other.points),
      ring_point_offsets(other.ring_point_offsets),
      part_ring_offsets(other.part_ring_offsets),
      feature_part_offsets(other.feature_part_offsets),
      bounds(other.bounds),
      areas(other.areas),
      labels(other.labels),
      zones(other.zones),
      extent(other.extent),
      current_bounds(other.current_bounds),
      index(other.index ? std::make_unique<Index>(*other.index) : nullptr) {}
GeometryStore::Data::~Data() = default;

GeometryStore::GeometryStore() : d_(empty_data()) {}
GeometryStore::~GeometryStore() = default;
GeometryStore::GeometryStore(GeometryStore&& other) noexcept : d_(std::move(other.d_)) {
  other.d_ = empty_data();
}
GeometryStore::GeometryStore(const GeometryStore& other) : d_(other.d_) {}
GeometryStore& GeometryStore::operator=(GeometryStore&& other) noexcept {
  if (this != &other) {
    d_ = std::move(other.d_);
    other.d_ = empty_data();
  }
  return *this;
}

GeometryStore::Data& GeometryStore::mutable_data() {
  // Another store (a copy, or every empty store) reads these arrays: change a copy of them.
  if (d_.use_count() > 1) d_ = std::make_shared<Data>(*d_);
  return *d_;
}

void GeometryStore::begin_feature(Zone zone) {
  Data& d = mutable_data();
  d.zones.push_back(zone);
  d.current_bounds = Box{};
}

void GeometryStore::begin_part() {
  Data& d = mutable_data();
  d.part_ring_offsets.push_back(d.part_ring_offsets.back());
}

void GeometryStore::add_ring(std::span<const Point> ring) {
  Data& d = mutable_data();
  d.points.insert(d.points.end(), ring.begin(), ring.end());
  d.ring_point_offsets.push_back(static_cast<std::uint32_t>(d.points.size()));
  ++d.part_ring_offsets.back();
  for (const Point& p : ring) d.current_bounds.expand(p);
}

void GeometryStore::end_feature(double area, Point label) {
  Data& d = mutable_data();
  d.feature_part_offsets.push_back(static_cast<std::uint32_t>(d.part_ring_offsets.size() - 1));
  d.bounds.push_back(d.current_bounds);
  d.extent.expand(d.current_bounds);
  d.areas.push_back(area);
  d.labels.push_back(label);
}

void GeometryStore::reserve(std::size_t features, std::size_t parts, std::size_t rings,
                            std::size_t points) {
  Data& d = mutable_data();
  d.points.reserve(d.points.size() + points);
  d.ring_point_offsets.reserve(d.ring_point_offsets.size() + rings);
  d.part_ring_offsets.reserve(d.part_ring_offsets.size() + parts);
  d.feature_part_offsets.reserve(d.feature_part_offsets.size() + features);
  d.bounds.reserve(d.bounds.size() + features);
  d.areas.reserve(d.areas.size() + features);
  d.labels.reserve(d.labels.size() + features);
  d.zones.reserve(d.zones.size() + features);
}

void GeometryStore::append(GeometryStore&& other) {
  if (feature_count() == 0 && d_->points.capacity() < other.d_->points.size()) {
    *this = std::move(other);  // the first slice: taken, not copied
    return;
  }
  Data& d = mutable_data();
  const Data& od = *other.d_;
  const auto point_base = static_cast<std::uint32_t>(d.points.size());
  const auto ring_base = static_cast<std::uint32_t>(d.ring_point_offsets.size() - 1);
  const auto part_base = static_cast<std::uint32_t>(d.part_ring_offsets.size() - 1);
  d.points.insert(d.points.end(), od.points.begin(), od.points.end());
  for (std::size_t i = 1; i < od.ring_point_offsets.size(); ++i)
    d.ring_point_offsets.push_back(od.ring_point_offsets[i] + point_base);
  for (std::size_t i = 1; i < od.part_ring_offsets.size(); ++i)
    d.part_ring_offsets.push_back(od.part_ring_offsets[i] + ring_base);
  for (std::size_t i = 1; i < od.feature_part_offsets.size(); ++i)
    d.feature_part_offsets.push_back(od.feature_part_offsets[i] + part_base);
  d.bounds.insert(d.bounds.end(), od.bounds.begin(), od.bounds.end());
  d.areas.insert(d.areas.end(), od.areas.begin(), od.areas.end());
  d.labels.insert(d.labels.end(), od.labels.begin(), od.labels.end());
  d.zones.insert(d.zones.end(), od.zones.begin(), od.zones.end());
  d.extent.expand(od.extent);
  other = GeometryStore{};
}

void GeometryStore::build_index() {
  Data& d = mutable_data();
  std::vector<IndexValue> values;
  values.reserve(d.bounds.size());
  for (std::size_t f = 0; f < d.bounds.size(); ++f) {
    if (!d.bounds[f].empty())
      values.emplace_back(to_bg(d.bounds[f]), static_cast<std::uint32_t>(f));
  }
  d.index = std::make_unique<Index>();
  d.index->tree = decltype(d.index->tree)(values.begin(), values.end());  // packing (STR) build
}

std::vector<std::uint32_t> GeometryStore::query(const Box& box) const {
  const Data& d = *d_;
  std::vector<std::uint32_t> out;
  if (!d.index || box.empty()) return out;
  for (auto it = d.index->tree.qbegin(bgi::intersects(to_bg(box))); it != d.index->tree.qend();
       ++it)
    out.push_back(it->second);
  std::sort(out.begin(), out.end());
  return out;
}

bool GeometryStore::contains(std::size_t f, Point p) const {
  const Data& d = *d_;
  if (!d.bounds[f].contains(p)) return false;
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
  const Data& d = *d_;
  std::size_t bytes = d.points.capacity() * sizeof(Point) +
                      (d.ring_point_offsets.capacity() + d.part_ring_offsets.capacity() +
                       d.feature_part_offsets.capacity()) *
                          sizeof(std::uint32_t) +
                      d.bounds.capacity() * sizeof(Box) + d.areas.capacity() * sizeof(double) +
                      d.labels.capacity() * sizeof(Point) + d.zones.capacity() * sizeof(Zone);
  if (d.index) bytes += d.index->tree.size() * (sizeof(IndexValue) + 16);
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
  const Data& d = *d_;
  put(out, kBlobMark);
  put(out, kBlobShape);
  put(out, d.extent);
  // Points as 32-bit floats from the extent's corner: an eighth of a metre at most over France's
  // 1,300 km, for half the bytes (the stores kept are levels of detail, drawn at 100 m per pixel
  // and coarser).
  std::vector<float> xy(d.points.size() * 2);
  for (std::size_t i = 0; i < d.points.size(); ++i) {
    xy[2 * i] = static_cast<float>(d.points[i].x - d.extent.min_x);
    xy[2 * i + 1] = static_cast<float>(d.points[i].y - d.extent.min_y);
  }
  put_array(out, xy);
  put_array(out, d.ring_point_offsets);
  put_array(out, d.part_ring_offsets);
  put_array(out, d.feature_part_offsets);
  put_array(out, d.bounds);
  put_array(out, d.areas);
  put_array(out, d.labels);
  put_array(out, d.zones);
}

std::optional<GeometryStore> GeometryStore::from_bytes(std::string_view& in) {
  std::uint32_t mark = 0, shape = 0;
  if (!take(in, mark) || mark != kBlobMark || !take(in, shape) || shape != kBlobShape)
    return std::nullopt;
  GeometryStore s;
  Data& sd = s.mutable_data();
  std::vector<float> xy;
  if (!take(in, sd.extent) || !take_array(in, xy) || xy.size() % 2 != 0) return std::nullopt;
  sd.points.resize(xy.size() / 2);
  for (std::size_t i = 0; i < sd.points.size(); ++i) {
    sd.points[i] = {sd.extent.min_x + xy[2 * i], sd.extent.min_y + xy[2 * i + 1]};
  }
  if (!take_array(in, sd.ring_point_offsets) || !take_array(in, sd.part_ring_offsets) ||
      !take_array(in, sd.feature_part_offsets) || !take_array(in, sd.bounds) ||
      !take_array(in, sd.areas) || !take_array(in, sd.labels) || !take_array(in, sd.zones))
    return std::nullopt;
  // The offsets must stay inside the arrays they index: a damaged blob is refused here, not
  // read out of bounds later.
  const std::size_t features = sd.zones.size();
  const auto ends_within = [](const std::vector<std::uint32_t>& offsets, std::size_t size) {
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != size) return false;
    return std::is_sorted(offsets.begin(), offsets.end());
  };
  if (!ends_within(sd.ring_point_offsets, sd.points.size()) ||
      !ends_within(sd.part_ring_offsets, sd.ring_point_offsets.size() - 1) ||
      !ends_within(sd.feature_part_offsets, sd.part_ring_offsets.size() - 1) ||
      sd.feature_part_offsets.size() != features + 1 || sd.bounds.size() != features ||
      sd.areas.size() != features || sd.labels.size() != features)
    return std::nullopt;
  s.build_index();
  return s;
}

}  // namespace lumiere::core
