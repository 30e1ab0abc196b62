#include "core/geometry/arc_topology.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <thread>
#include <unordered_map>

namespace lumiere::core {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr float kKeep = std::numeric_limits<float>::infinity();

// Coordinates are compared by their bit patterns: the sample data repeats shared boundaries
// exactly, and snapping would change geometry that is already right.
bool same(Point a, Point b) {
  return std::bit_cast<std::uint64_t>(a.x) == std::bit_cast<std::uint64_t>(b.x) &&
         std::bit_cast<std::uint64_t>(a.y) == std::bit_cast<std::uint64_t>(b.y);
}

std::uint64_t mix(std::uint64_t h) {  // the finaliser of splitmix64
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

// Distinct points -> dense vertex ids, by open addressing with linear probing over a power-of-two
// table of ids (4 bytes a slot, at most half full). Faster and far smaller than an
// std::unordered_map of three million nodes.
class VertexTable {
 public:
  explicit VertexTable(std::size_t max_points) {
    std::size_t size = 16;
    while (size < 2 * max_points) size *= 2;
    slots_.assign(size, kNone);
    mask_ = size - 1;
    vertices_.reserve(max_points / 2 + 16);
  }
  std::uint32_t id(Point p) {
    std::size_t i = mix(std::bit_cast<std::uint64_t>(p.x) * 0x9e3779b97f4a7c15ULL ^
                        std::bit_cast<std::uint64_t>(p.y)) &
                    mask_;
    for (;; i = (i + 1) & mask_) {
      const std::uint32_t v = slots_[i];
      if (v == kNone) {
        slots_[i] = static_cast<std::uint32_t>(vertices_.size());
        vertices_.push_back(p);
        return slots_[i];
      }
      if (same(vertices_[v], p)) return v;
    }
  }
  std::vector<Point>& vertices() { return vertices_; }
  std::size_t size() const { return vertices_.size(); }

 private:
  std::vector<std::uint32_t> slots_;
  std::size_t mask_ = 0;
  std::vector<Point> vertices_;
};

// Points of a ring taken as a cycle: a closed ring without its closing point.
std::size_t cyclic_size(std::span<const Point> ring) {
  return ring.size() >= 2 && same(ring.front(), ring.back()) ? ring.size() - 1 : ring.size();
}

double triangle_area(Point a, Point b, Point c) {
  // Relative to `a`: Lambert-93 coordinates are around 10^6, their products would lose digits.
  return std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
}

// Scratch arrays of the Visvalingam pass, reused from arc to arc by one thread.
struct Scratch {
  std::vector<std::uint32_t> prev, next;
  std::vector<double> area;
  std::vector<std::pair<double, std::uint32_t>> heap;
};

// Plain Visvalingam–Whyatt: repeatedly removes the interior vertex whose triangle with its
// current neighbours is smallest; a vertex's effective area is the largest area removed so far
// (so that importance never decreases as vertices go). The last `keep` interior vertices removed
// are kept at every level, so that no ring falls under three distinct points: a ring of three
// arcs or more keeps its junctions, a ring of two arcs needs one more vertex on each, a ring of
// one closed arc two more on it.
//
// Why by hand: GEOS 3.11 (Debian 12) simplifies one geometry at a time, so two neighbouring
// communes simplified apart open gaps and slivers; coverage simplification (CoverageSimplifier)
// only arrived in GEOS 3.12.
void visvalingam(std::span<const Point> p, std::span<float> out, std::uint8_t keep, Scratch& s) {
  const std::size_t m = p.size();
  out.front() = kKeep;
  out.back() = kKeep;
  if (m <= 2) return;
  s.prev.resize(m);
  s.next.resize(m);
  s.area.resize(m);
  s.heap.clear();
  for (std::uint32_t i = 1; i + 1 < m; ++i) {
    s.prev[i] = i - 1;
    s.next[i] = i + 1;
    s.area[i] = triangle_area(p[i - 1], p[i], p[i + 1]);
    s.heap.emplace_back(s.area[i], i);
  }
  const auto later = [](const auto& a, const auto& b) { return a.first > b.first; };
  std::make_heap(s.heap.begin(), s.heap.end(), later);
  // Removed vertices are marked by a NaN area: a stale heap entry never equals it.
  double largest = 0;
  std::uint32_t last = kNone, before_last = kNone;
  while (!s.heap.empty()) {
    std::pop_heap(s.heap.begin(), s.heap.end(), later);
    const auto [a, i] = s.heap.back();
    s.heap.pop_back();
    if (!(a == s.area[i])) continue;  // stale entry, or already removed
    largest = std::max(largest, a);
    out[i] = static_cast<float>(largest);
    s.area[i] = std::numeric_limits<double>::quiet_NaN();
    before_last = last;
    last = i;
    const std::uint32_t pr = s.prev[i], nx = s.next[i];
    if (pr > 0) {
      s.next[pr] = nx;
      s.area[pr] = triangle_area(p[s.prev[pr]], p[pr], p[nx]);
      s.heap.emplace_back(s.area[pr], pr);
      std::push_heap(s.heap.begin(), s.heap.end(), later);
    }
    if (nx + 1 < m) {
      s.prev[nx] = pr;
      s.area[nx] = triangle_area(p[pr], p[nx], p[s.next[nx]]);
      s.heap.emplace_back(s.area[nx], nx);
      std::push_heap(s.heap.begin(), s.heap.end(), later);
    }
  }
  if (keep >= 1 && last != kNone) out[last] = kKeep;
  if (keep >= 2 && before_last != kNone) out[before_last] = kKeep;
}

}  // namespace

ArcTopology ArcTopology::build(const GeometryStore& store, unsigned threads) {
  ArcTopology t = build_arcs(store);
  t.compute_importance(threads);
  return t;
}

ArcTopology ArcTopology::build_arcs(const GeometryStore& store) {
  ArcTopology t;
  const std::span<const Point> all = store.points();
  const std::size_t rings = store.ring_count();

  // 1. Dense ids for distinct points; every occurrence of a point gets its id.
  std::vector<std::uint32_t> ids(all.size());
  VertexTable table(all.size());
  for (std::size_t r = 0; r < rings; ++r) {
    const auto ring = store.ring(r);
    const std::size_t base = static_cast<std::size_t>(ring.data() - all.data());
    const std::size_t n = cyclic_size(ring);
    for (std::size_t k = 0; k < n; ++k) ids[base + k] = table.id(ring[k]);
    if (n < ring.size()) ids[base + n] = ids[base];
  }
  const std::size_t vertex_count = table.size();

  // 2. Junctions: a vertex whose rings disagree about its two neighbours (the first ring to use
  //    it is the reference; the same pair in the other order agrees: a neighbour walks the other
  //    way round). A ring through the same vertex twice disagrees with itself.
  std::vector<std::uint32_t> first_prev(vertex_count, kNone), first_next(vertex_count);
  std::vector<std::uint8_t> junction(vertex_count, 0);
  for (std::size_t r = 0; r < rings; ++r) {
    const auto ring = store.ring(r);
    const std::uint32_t* v = ids.data() + (ring.data() - all.data());
    const std::size_t n = cyclic_size(ring);
    for (std::size_t k = 0; k < n; ++k) {
      const std::uint32_t cur = v[k];
      const std::uint32_t a = v[k == 0 ? n - 1 : k - 1];
      const std::uint32_t c = v[k + 1 == n ? 0 : k + 1];
      if (first_prev[cur] == kNone) {
        first_prev[cur] = a;
        first_next[cur] = c;
      } else if (!((first_prev[cur] == a && first_next[cur] == c) ||
                   (first_prev[cur] == c && first_next[cur] == a))) {
        junction[cur] = 1;
      }
    }
  }
  first_prev = {};
  first_next = {};

  // 3. Cut every ring at its junctions, starting at its first junction; a ring without any
  //    (an island, an enclave) starts at its smallest vertex id, the same for every ring that
  //    walks that cycle, so that they make one closed arc. Arcs are deduplicated by their first
  //    directed edge (interior vertices have one pair of neighbours, so an arc is determined by
  //    its start and second vertex), confirmed by comparing the whole sequence.
  std::vector<std::uint32_t> arc_ids;
  arc_ids.reserve(all.size() / 2 + 16);
  std::unordered_map<std::uint64_t, ArcRef> by_edge;
  by_edge.reserve(rings * 8);
  t.ring_refs_.reserve(rings * 6);
  t.ring_offsets_.reserve(rings + 1);
  const auto key = [](std::uint32_t a, std::uint32_t b) {
    return (static_cast<std::uint64_t>(a) << 32) | b;
  };
  std::vector<std::uint32_t> seq;
  const auto emit = [&] {
    const std::size_t m = seq.size();
    if (const auto it = by_edge.find(key(seq[0], seq[1])); it != by_edge.end()) {
      const ArcRef ref = it->second;
      const std::uint32_t a = arc_index(ref);
      const std::uint32_t first = t.arc_offsets_[a], len = t.arc_offsets_[a + 1] - first;
      bool equal = len == m;
      for (std::size_t j = 0; equal && j < m; ++j) {
        equal = seq[j] == arc_ids[is_reversed(ref) ? first + len - 1 - j : first + j];
      }
      if (equal) {
        t.ring_refs_.push_back(ref);
        ++t.use_counts_[a];
        return;
      }
    }
    const auto a = static_cast<ArcRef>(t.use_counts_.size());
    arc_ids.insert(arc_ids.end(), seq.begin(), seq.end());
    t.arc_offsets_.push_back(static_cast<std::uint32_t>(arc_ids.size()));
    t.use_counts_.push_back(1);
    t.ring_refs_.push_back(a);
    by_edge.try_emplace(key(seq[0], seq[1]), a);
    by_edge.try_emplace(key(seq[m - 1], seq[m - 2]), ~a);
  };
  for (std::size_t r = 0; r < rings; ++r) {
    const auto ring = store.ring(r);
    const std::uint32_t* v = ids.data() + (ring.data() - all.data());
    const std::size_t n = cyclic_size(ring);
    if (n > 0) {
      std::size_t start = 0;
      while (start < n && !junction[v[start]]) ++start;
      if (start == n) start = static_cast<std::size_t>(std::min_element(v, v + n) - v);
      seq.assign(1, v[start]);
      for (std::size_t i = 1; i <= n; ++i) {
        std::size_t k = start + i;
        if (k >= n) k -= n;
        seq.push_back(v[k]);
        if (junction[v[k]] || i == n) {
          emit();
          seq.assign(1, v[k]);
        }
      }
    }
    t.ring_offsets_.push_back(static_cast<std::uint32_t>(t.ring_refs_.size()));
  }

  // 4. The arcs' coordinates.
  const std::vector<Point>& vertices = table.vertices();
  t.points_.resize(arc_ids.size());
  for (std::size_t i = 0; i < arc_ids.size(); ++i) t.points_[i] = vertices[arc_ids[i]];
  t.ring_refs_.shrink_to_fit();
  t.arc_offsets_.shrink_to_fit();
  t.use_counts_.shrink_to_fit();
  return t;
}

void ArcTopology::compute_importance(unsigned threads) {
  importance_.assign(points_.size(), 0.0F);
  // How many interior vertices each arc must keep for its rings (see visvalingam()).
  std::vector<std::uint8_t> keep(arc_count(), 0);
  for (std::size_t r = 0; r < ring_count(); ++r) {
    const auto refs = ring_arcs(r);
    if (refs.size() > 2) continue;
    for (const ArcRef ref : refs) {
      keep[arc_index(ref)] = std::max<std::uint8_t>(keep[arc_index(ref)], refs.size() == 1 ? 2 : 1);
    }
  }
  if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
  constexpr std::size_t kChunk = 2048;  // arcs per task
  const std::size_t chunks = (arc_count() + kChunk - 1) / kChunk;
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    Scratch scratch;
    for (std::size_t c = next++; c < chunks; c = next++) {
      const std::size_t last = std::min(arc_count(), (c + 1) * kChunk);
      for (std::size_t a = c * kChunk; a < last; ++a) {
        visvalingam(arc(a),
                    {importance_.data() + arc_offsets_[a], arc_offsets_[a + 1] - arc_offsets_[a]},
                    keep[a], scratch);
      }
    }
  };
  std::vector<std::jthread> pool;
  for (unsigned i = 1; i < threads && i < chunks; ++i) pool.emplace_back(work);
  work();
}

void ArcTopology::ring_points(std::size_t r, float min_area, std::vector<Point>& out) const {
  out.clear();
  const auto refs = ring_arcs(r);
  for (std::size_t j = 0; j < refs.size(); ++j) {
    const std::uint32_t a = arc_index(refs[j]);
    const auto pts = arc(a);
    const auto imp = importance(a);
    const std::size_t m = pts.size();
    const std::size_t skip = j == 0 ? 0 : 1;  // an arc starts where the previous one ended
    for (std::size_t i = skip; i < m; ++i) {
      const std::size_t k = is_reversed(refs[j]) ? m - 1 - i : i;
      if (imp.empty() || imp[k] >= min_area) out.push_back(pts[k]);
    }
  }
}

std::size_t ArcTopology::memory_bytes() const {
  return points_.capacity() * sizeof(Point) +
         (arc_offsets_.capacity() + use_counts_.capacity() + ring_offsets_.capacity()) *
             sizeof(std::uint32_t) +
         importance_.capacity() * sizeof(float) + ring_refs_.capacity() * sizeof(ArcRef);
}

}  // namespace lumiere::core
