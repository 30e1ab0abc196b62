#include "core/geometry/levels_of_detail.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <optional>
#include <thread>

namespace lumiere::core {
namespace {

// One level: every ring rebuilt from its arcs, keeping the vertices at least as important as
// `min_area`. A ring under three distinct points (four with the closing one) is dropped — a hole,
// or a whole part with its holes — except the largest part of a feature, which falls back to its
// full-detail exterior ring: no feature ever loses its geometry. The arcs' protected vertices make
// that fallback rare (a ring that passes twice through one of its junctions).
GeometryStore build_level(const GeometryStore& full, const ArcTopology& topology, float min_area) {
  GeometryStore out;
  std::vector<Point> ring;
  for (std::size_t f = 0; f < full.feature_count(); ++f) {
    out.begin_feature(full.zone(f));
    const auto [first_part, last_part] = full.parts(f);
    std::optional<std::uint32_t> largest;
    for (auto p = first_part; p < last_part; ++p) {
      const auto [first_ring, last_ring] = full.rings(p);
      topology.ring_points(first_ring, min_area, ring);
      if (ring.size() < 4) {
        if (!largest) {
          double best = -1;
          for (auto q = first_part; q < last_part; ++q) {
            const double a = std::abs(GeometryStore::ring_area(full.ring(full.rings(q).first)));
            if (a > best) {
              best = a;
              largest = q;
            }
          }
        }
        if (p != *largest) continue;
        const auto original = full.ring(first_ring);
        ring.assign(original.begin(), original.end());
      }
      out.begin_part();
      out.add_ring(ring);
      for (auto r = first_ring + 1; r < last_ring; ++r) {
        topology.ring_points(r, min_area, ring);
        if (ring.size() >= 4) out.add_ring(ring);
      }
    }
    out.end_feature(full.area(f), full.label_point(f));
  }
  // Appending to an empty store allocates its arrays at their exact size: no growth slack.
  GeometryStore exact;
  exact.append(std::move(out));
  exact.build_index();
  return exact;
}

}  // namespace

LevelsOfDetail LevelsOfDetail::build(const GeometryStore& full, const ArcTopology& topology,
                                     const LevelOptions& options) {
  LevelsOfDetail lod;
  lod.resolutions_ = options.metres_per_pixel;
  lod.tolerance_px_ = options.tolerance_px;
  std::sort(lod.resolutions_.begin(), lod.resolutions_.end());
  lod.levels_.resize(lod.resolutions_.size());
  unsigned threads = options.threads;
  if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
  // Coarsest first: the finest levels are the longest, so the last task taken is a short one.
  std::atomic<std::size_t> next{0};
  const std::size_t n = lod.levels_.size();
  const auto work = [&] {
    for (std::size_t k = next++; k < n; k = next++) {
      const std::size_t i = n - 1 - k;
      const double side = options.tolerance_px * lod.resolutions_[i];  // m
      lod.levels_[i] = build_level(full, topology, static_cast<float>(side * side));
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads && t < n; ++t) pool.emplace_back(work);
    work();
  }
  return lod;
}

std::optional<std::size_t> LevelsOfDetail::level_index_for(double metres_per_pixel) const {
  // A level serves every scale at which its tolerance stays under one pixel: its vertices were
  // kept down to (tolerance_px × resolution)², so it draws right up to resolution × tolerance_px
  // metres per pixel.
  const double finest_allowed = metres_per_pixel / tolerance_px_;
  const auto it = std::upper_bound(resolutions_.begin(), resolutions_.end(), finest_allowed);
  if (it == resolutions_.begin()) return std::nullopt;
  return static_cast<std::size_t>(it - resolutions_.begin()) - 1;
}

const GeometryStore& LevelsOfDetail::level_for(double metres_per_pixel,
                                               const GeometryStore& full) const {
  const auto i = level_index_for(metres_per_pixel);
  return i ? levels_[*i] : full;
}

std::size_t LevelsOfDetail::memory_bytes() const {
  std::size_t bytes = 0;
  for (const GeometryStore& level : levels_) bytes += level.memory_bytes();
  return bytes;
}

}  // namespace lumiere::core

namespace lumiere::core {

std::string LevelsOfDetail::to_bytes() const {
  std::string out;
  const auto n = static_cast<std::uint64_t>(levels_.size());
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out.append(reinterpret_cast<const char*>(&tolerance_px_), sizeof tolerance_px_);
  for (std::size_t i = 0; i < levels_.size(); ++i) {
    out.append(reinterpret_cast<const char*>(&resolutions_[i]), sizeof(double));
    levels_[i].append_bytes(out);
  }
  return out;
}

std::optional<LevelsOfDetail> LevelsOfDetail::from_bytes(std::string_view bytes) {
  LevelsOfDetail lod;
  std::uint64_t n = 0;
  if (bytes.size() < sizeof n + sizeof lod.tolerance_px_) return std::nullopt;
  std::memcpy(&n, bytes.data(), sizeof n);
  std::memcpy(&lod.tolerance_px_, bytes.data() + sizeof n, sizeof lod.tolerance_px_);
  bytes.remove_prefix(sizeof n + sizeof lod.tolerance_px_);
  if (n > 64) return std::nullopt;
  for (std::uint64_t i = 0; i < n; ++i) {
    double resolution = 0;
    if (bytes.size() < sizeof resolution) return std::nullopt;
    std::memcpy(&resolution, bytes.data(), sizeof resolution);
    bytes.remove_prefix(sizeof resolution);
    auto level = GeometryStore::from_bytes(bytes);
    if (!level) return std::nullopt;
    lod.resolutions_.push_back(resolution);
    lod.levels_.push_back(std::move(*level));
  }
  if (!bytes.empty() || !std::is_sorted(lod.resolutions_.begin(), lod.resolutions_.end()))
    return std::nullopt;
  return lod;
}

}  // namespace lumiere::core
