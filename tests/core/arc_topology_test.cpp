// ArcTopology and LevelsOfDetail: hand-made cases for the rules (shared edge, island, enclave),
// then the national commune layer (every arc used by one or two rings, rings rebuilt exactly,
// interior boundaries of Charente-Maritime shared by two communes, measured against GEOS) and
// the gap test: the union of the simplified communes of a département against the simplified
// département, through GEOS.
#include "core/geometry/arc_topology.h"

#include <geos_c.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

#include "core/geometry/levels_of_detail.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::ArcTopology;
using core::GeometryStore;
using core::LevelOptions;
using core::LevelsOfDetail;
using core::Point;
using core::Zone;

// --- helpers -------------------------------------------------------------------------------

std::vector<Point> closed(std::vector<Point> ring) {
  ring.push_back(ring.front());
  return ring;
}

// The feature of every ring of a store.
std::vector<std::uint32_t> ring_features(const GeometryStore& store) {
  std::vector<std::uint32_t> out(store.ring_count());
  for (std::size_t f = 0; f < store.feature_count(); ++f) {
    const auto [p0, p1] = store.parts(f);
    for (auto p = p0; p < p1; ++p) {
      const auto [r0, r1] = store.rings(p);
      for (auto r = r0; r < r1; ++r) out[r] = static_cast<std::uint32_t>(f);
    }
  }
  return out;
}

// Whether two closed rings are the same cycle of points, allowing another start point.
bool same_cycle(std::span<const Point> a, std::span<const Point> b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  const std::size_t n = a.size() - 1;  // without the closing point
  for (std::size_t shift = 0; shift < n; ++shift) {
    if (!(b[0] == a[shift])) continue;
    bool equal = true;
    for (std::size_t k = 0; equal && k < n; ++k) equal = b[k] == a[(k + shift) % n];
    if (equal) return true;
  }
  return false;
}

double length(std::span<const Point> line) {
  double sum = 0;
  for (std::size_t i = 1; i < line.size(); ++i)
    sum += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
  return sum;
}

// A GEOS context for one test, and the conversions we need.
class Geos {
 public:
  Geos() : h_(GEOS_init_r()) {}
  ~Geos() { GEOS_finish_r(h_); }
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;
  GEOSContextHandle_t h() const { return h_; }

  GEOSGeometry* ring(std::span<const Point> pts) const {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h_, static_cast<unsigned>(pts.size()), 2);
    for (std::size_t i = 0; i < pts.size(); ++i)
      GEOSCoordSeq_setXY_r(h_, seq, static_cast<unsigned>(i), pts[i].x, pts[i].y);
    return GEOSGeom_createLinearRing_r(h_, seq);
  }
  // Feature f as a MultiPolygon, as stored (maybe invalid).
  GEOSGeometry* raw_feature(const GeometryStore& store, std::size_t f) const {
    std::vector<GEOSGeometry*> polygons;
    const auto [p0, p1] = store.parts(f);
    for (auto p = p0; p < p1; ++p) {
      const auto [r0, r1] = store.rings(p);
      std::vector<GEOSGeometry*> holes;
      for (auto r = r0 + 1; r < r1; ++r) holes.push_back(ring(store.ring(r)));
      polygons.push_back(GEOSGeom_createPolygon_r(h_, ring(store.ring(r0)), holes.data(),
                                                  static_cast<unsigned>(holes.size())));
    }
    return GEOSGeom_createCollection_r(h_, GEOS_MULTIPOLYGON, polygons.data(),
                                       static_cast<unsigned>(polygons.size()));
  }
  bool valid(const GeometryStore& store, std::size_t f) const {
    GEOSGeometry* g = raw_feature(store, f);
    const bool result = GEOSisValid_r(h_, g) == 1;
    GEOSGeom_destroy_r(h_, g);
    return result;
  }
  // Feature f made valid (simplified outlines may cross themselves).
  GEOSGeometry* feature(const GeometryStore& store, std::size_t f) const {
    GEOSGeometry* multi = raw_feature(store, f);
    if (GEOSisValid_r(h_, multi) == 1) return multi;
    GEOSGeometry* valid = GEOSMakeValid_r(h_, multi);
    GEOSGeom_destroy_r(h_, multi);
    return valid;
  }
  // The union of features `fs` of a store.
  GEOSGeometry* union_of(const GeometryStore& store, const std::vector<std::size_t>& fs) const {
    std::vector<GEOSGeometry*> parts;
    for (std::size_t f : fs) parts.push_back(feature(store, f));
    GEOSGeometry* all = GEOSGeom_createCollection_r(h_, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                    static_cast<unsigned>(parts.size()));
    GEOSGeometry* u = GEOSUnaryUnion_r(h_, all);
    GEOSGeom_destroy_r(h_, all);
    return u;
  }
  double area(const GEOSGeometry* g) const {
    double a = 0;
    GEOSArea_r(h_, g, &a);
    return a;
  }
  double length(const GEOSGeometry* g) const {
    double l = 0;
    GEOSLength_r(h_, g, &l);
    return l;
  }
  int interior_rings(const GEOSGeometry* g) const {
    int holes = 0;
    for (int i = 0; i < GEOSGetNumGeometries_r(h_, g); ++i) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(h_, g, i);
      if (GEOSGeomTypeId_r(h_, part) == GEOS_POLYGON) holes += GEOSGetNumInteriorRings_r(h_, part);
    }
    return holes;
  }
  double symmetric_difference_area(const GEOSGeometry* a, const GEOSGeometry* b) const {
    GEOSGeometry* d = GEOSSymDifference_r(h_, a, b);
    const double result = area(d);
    GEOSGeom_destroy_r(h_, d);
    return result;
  }
  // The points of every ring of a polygonal geometry: (exterior, holes) per polygon.
  std::vector<std::vector<std::vector<Point>>> polygons(const GEOSGeometry* g) const {
    std::vector<std::vector<std::vector<Point>>> out;
    const auto points = [&](const GEOSGeometry* ring) {
      const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h_, ring);
      unsigned n = 0;
      GEOSCoordSeq_getSize_r(h_, seq, &n);
      std::vector<Point> pts(n);
      for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_getXY_r(h_, seq, i, &pts[i].x, &pts[i].y);
      return pts;
    };
    for (int i = 0; i < GEOSGetNumGeometries_r(h_, g); ++i) {
      const GEOSGeometry* polygon = GEOSGetGeometryN_r(h_, g, i);
      auto& rings = out.emplace_back();
      rings.push_back(points(GEOSGetExteriorRing_r(h_, polygon)));
      for (int k = 0; k < GEOSGetNumInteriorRings_r(h_, polygon); ++k)
        rings.push_back(points(GEOSGetInteriorRingN_r(h_, polygon, k)));
    }
    return out;
  }

 private:
  GEOSContextHandle_t h_;
};

// The national commune layer with its topology and levels, built once per process.
struct National {
  const core::VectorLayer* layer;
  ArcTopology topology;
  LevelsOfDetail levels;
};

const National& national() {
  static const National n = [] {
    const core::VectorLayer& layer = national_communes()->front();
    ArcTopology topology = ArcTopology::build(layer.geometry, 0);
    LevelsOfDetail levels = LevelsOfDetail::build(layer.geometry, topology);
    return National{&layer, std::move(topology), std::move(levels)};
  }();
  return n;
}

std::vector<std::size_t> features_of_departement(const core::VectorLayer& layer,
                                                 std::string_view dep) {
  std::vector<std::size_t> out;
  for (std::size_t f = 0; f < layer.feature_count(); ++f) {
    if (layer.codes[f].starts_with(dep) && layer.geometry.has_geometry(f)) out.push_back(f);
  }
  return out;
}

void copy_feature(const GeometryStore& from, std::size_t f, GeometryStore& to) {
  to.begin_feature(from.zone(f));
  const auto [p0, p1] = from.parts(f);
  for (auto p = p0; p < p1; ++p) {
    to.begin_part();
    const auto [r0, r1] = from.rings(p);
    for (auto r = r0; r < r1; ++r) to.add_ring(from.ring(r));
  }
  to.end_feature(from.area(f), from.label_point(f));
}

// --- hand-made cases -------------------------------------------------------------------------

TEST(ArcTopologyTest, SharedEdgeIslandAndEnclave) {
  GeometryStore store;
  // A: a 4×4 square with a hole (the enclave C); B: a square sharing A's right edge; D: an island.
  store.begin_feature(Zone::Metropole);
  store.begin_part();
  store.add_ring(closed({{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  store.add_ring(closed({{1, 1}, {1, 2}, {2, 2}, {2, 1}}));
  store.end_feature(0, {});
  store.begin_feature(Zone::Metropole);
  store.begin_part();
  store.add_ring(closed({{4, 0}, {8, 0}, {8, 4}, {4, 4}}));
  store.end_feature(0, {});
  store.begin_feature(Zone::Metropole);  // C, walked from another start and the other way round
  store.begin_part();
  store.add_ring(closed({{2, 2}, {1, 2}, {1, 1}, {2, 1}}));
  store.end_feature(0, {});
  store.begin_feature(Zone::Metropole);
  store.begin_part();
  store.add_ring(closed({{10, 0}, {12, 0}, {11, 2}}));
  store.end_feature(0, {});

  const ArcTopology t = ArcTopology::build(store);
  // Arcs: A's outer part, the edge A|B, B's outer part, the enclave's boundary, the island.
  ASSERT_EQ(t.arc_count(), 5U);
  std::map<std::uint32_t, int> by_use;
  for (std::size_t a = 0; a < t.arc_count(); ++a) ++by_use[t.use_count(a)];
  EXPECT_EQ(by_use[1], 3);
  EXPECT_EQ(by_use[2], 2);
  const auto enclave_hole = t.ring_arcs(1), enclave = t.ring_arcs(3);
  ASSERT_EQ(enclave_hole.size(), 1U);
  ASSERT_EQ(enclave.size(), 1U);
  EXPECT_EQ(ArcTopology::arc_index(enclave_hole[0]), ArcTopology::arc_index(enclave[0]));
  EXPECT_NE(ArcTopology::is_reversed(enclave_hole[0]), ArcTopology::is_reversed(enclave[0]));
  std::vector<Point> rebuilt;
  for (std::size_t r = 0; r < store.ring_count(); ++r) {
    t.ring_points(r, 0, rebuilt);
    EXPECT_TRUE(same_cycle(store.ring(r), rebuilt)) << "ring " << r;
  }
  // At any tolerance the island stays a triangle and the enclave keeps three distinct points.
  t.ring_points(4, 1e9F, rebuilt);
  EXPECT_EQ(rebuilt.size(), 4U);
  t.ring_points(1, 1e9F, rebuilt);
  EXPECT_GE(rebuilt.size(), 4U);
}

TEST(ArcTopologyTest, LevelIsPickedByResolution) {
  GeometryStore store;
  store.begin_feature(Zone::Metropole);
  store.begin_part();
  store.add_ring(closed({{0, 0}, {4, 0}, {4, 4}, {0, 4}}));
  store.end_feature(16, {2, 2});
  const ArcTopology t = ArcTopology::build(store);
  LevelOptions options;
  options.metres_per_pixel = {400, 100, 1600};
  const LevelsOfDetail lod = LevelsOfDetail::build(store, t, options);
  ASSERT_EQ(lod.level_count(), 3U);
  EXPECT_EQ(lod.resolution(0), 100);
  // A level serves frames down to resolution × tolerance (0.7 px): 100 m levels from 70 m/px.
  EXPECT_FALSE(lod.level_index_for(69).has_value());
  EXPECT_EQ(&lod.level_for(69, store), &store);
  EXPECT_EQ(lod.level_index_for(70), 0U);
  EXPECT_EQ(lod.level_index_for(279), 0U);
  EXPECT_EQ(lod.level_index_for(280), 1U);
  EXPECT_EQ(lod.level_index_for(700), 1U);
  EXPECT_EQ(lod.level_index_for(1e6), 2U);
  for (std::size_t i = 0; i < lod.level_count(); ++i) {
    EXPECT_EQ(lod.level(i).feature_count(), 1U);
    EXPECT_EQ(lod.level(i).area(0), 16);
    EXPECT_GE(lod.level(i).point_count(), 4U);  // never collapses
  }
}

// --- the national layer ----------------------------------------------------------------------

class NationalTopologyTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    ASSERT_TRUE(national_communes().ok());
  }
};

TEST_F(NationalTopologyTest, EveryArcIsUsedByOneOrTwoRingsOfDifferentFeatures) {
  const National& n = national();
  const GeometryStore& store = n.layer->geometry;
  const auto feature_of = ring_features(store);
  std::vector<std::vector<std::uint32_t>> users(n.topology.arc_count());
  for (std::size_t r = 0; r < store.ring_count(); ++r) {
    for (const auto ref : n.topology.ring_arcs(r))
      users[ArcTopology::arc_index(ref)].push_back(feature_of[r]);
  }
  std::map<std::uint32_t, std::size_t> by_use;
  std::size_t same_feature = 0;
  for (std::size_t a = 0; a < n.topology.arc_count(); ++a) {
    ASSERT_EQ(users[a].size(), n.topology.use_count(a));
    ++by_use[n.topology.use_count(a)];
    if (users[a].size() == 2 && users[a][0] == users[a][1]) ++same_feature;
  }
  std::printf(
      "national topology: %zu rings, %zu store points -> %zu arcs, %zu arc points "
      "(%zu used once, %zu twice)\n",
      store.ring_count(), store.point_count(), n.topology.arc_count(), n.topology.point_count(),
      by_use[1], by_use[2]);
  EXPECT_EQ(by_use[1] + by_use[2], n.topology.arc_count()) << "an arc used 0 or 3+ times";
  EXPECT_EQ(same_feature, 0U);
  // Shared boundaries are stored once: far fewer arc points than ring points.
  EXPECT_LT(n.topology.point_count(), store.point_count() * 6 / 10);
}

TEST_F(NationalTopologyTest, RingsRebuiltAtFullDetailAreTheOriginalRings) {
  const National& n = national();
  const GeometryStore& store = n.layer->geometry;
  std::vector<Point> rebuilt;
  std::size_t points = 0, different = 0;
  for (std::size_t r = 0; r < store.ring_count(); ++r) {
    n.topology.ring_points(r, 0, rebuilt);
    points += rebuilt.size();
    if (!same_cycle(store.ring(r), rebuilt)) ++different;
  }
  EXPECT_EQ(different, 0U);
  EXPECT_EQ(points, store.point_count());
}

// Charente-Maritime (472 communes, the islands of Ré and Oléron): counted within the
// département, an arc is used by two of its communes (an interior boundary) or by one (the
// département's outline, coast included). Measured independently by GEOS: the arcs used once
// make exactly the perimeter of the union of the communes, those used twice half of what the
// communes' perimeters have beyond it.
TEST_F(NationalTopologyTest, InteriorBoundariesOfCharenteMaritimeAreSharedByTwoCommunes) {
  const National& n = national();
  const GeometryStore& store = n.layer->geometry;
  const auto communes = features_of_departement(*n.layer, "17");
  ASSERT_GT(communes.size(), 400U);
  std::vector<std::uint8_t> in_17(store.feature_count(), 0);
  for (std::size_t f : communes) in_17[f] = 1;
  const auto feature_of = ring_features(store);
  std::map<std::uint32_t, std::vector<std::uint32_t>> users;  // arc -> communes of 17 using it
  for (std::size_t r = 0; r < store.ring_count(); ++r) {
    if (!in_17[feature_of[r]]) continue;
    for (const auto ref : n.topology.ring_arcs(r))
      users[ArcTopology::arc_index(ref)].push_back(feature_of[r]);
  }
  double outline = 0, interior = 0;
  std::size_t shared = 0;
  for (const auto& [a, fs] : users) {
    ASSERT_LE(fs.size(), 2U);
    if (fs.size() == 2) {
      EXPECT_NE(fs[0], fs[1]) << "arc " << a << " used twice by one commune";
      interior += length(n.topology.arc(a));
      ++shared;
    } else {
      outline += length(n.topology.arc(a));
    }
  }
  Geos geos;
  GEOSGeometry* u = geos.union_of(store, communes);
  double perimeters = 0;
  for (std::size_t f : communes) {
    GEOSGeometry* g = geos.feature(store, f);
    perimeters += geos.length(g);
    GEOSGeom_destroy_r(geos.h(), g);
  }
  const double union_perimeter = geos.length(u);
  GEOSGeom_destroy_r(geos.h(), u);
  std::printf(
      "Charente-Maritime: %zu communes, %zu shared arcs, %.1f km of interior boundaries, "
      "%.1f km of outline (GEOS: %.1f km)\n",
      communes.size(), shared, interior / 1000, outline / 1000, union_perimeter / 1000);
  EXPECT_NEAR(outline, union_perimeter, union_perimeter * 1e-6);
  EXPECT_NEAR(interior, (perimeters - union_perimeter) / 2, perimeters * 1e-6);
}

// The levels keep every feature with its zone, area and label, and far fewer points.
TEST_F(NationalTopologyTest, LevelsKeepEveryFeatureWithFarFewerPoints) {
  const National& n = national();
  const GeometryStore& store = n.layer->geometry;
  std::printf("national levels: full %zu points, %.1f MB; topology %.1f MB\n", store.point_count(),
              static_cast<double>(store.memory_bytes()) / 1048576.0,
              static_cast<double>(n.topology.memory_bytes()) / 1048576.0);
  std::size_t previous = store.point_count();
  for (std::size_t i = 0; i < n.levels.level_count(); ++i) {
    const GeometryStore& level = n.levels.level(i);
    std::printf(
        "  %6.0f m/px: %8zu points (%4.1f %%), %5.1f MB\n", n.levels.resolution(i),
        level.point_count(),
        100.0 * static_cast<double>(level.point_count()) / static_cast<double>(store.point_count()),
        static_cast<double>(level.memory_bytes()) / 1048576.0);
    EXPECT_LT(level.point_count(), previous);
    previous = level.point_count();
    ASSERT_EQ(level.feature_count(), store.feature_count());
    for (std::size_t f = 0; f < store.feature_count(); ++f) {
      ASSERT_EQ(level.has_geometry(f), store.has_geometry(f)) << n.layer->codes[f];
      ASSERT_EQ(level.zone(f), store.zone(f));
      ASSERT_EQ(level.area(f), store.area(f));
      ASSERT_EQ(level.label_point(f), store.label_point(f));
    }
  }
  // Visvalingam checks no crossing: say how many communes of the national frame's level came
  // out invalid (a renderer fills them all the same).
  {
    Geos geos;
    const GeometryStore& level = n.levels.level_for(700, store);
    std::size_t invalid = 0;
    for (std::size_t f = 0; f < level.feature_count(); ++f) {
      if (!level.has_geometry(f)) continue;
      if (!geos.valid(level, f)) ++invalid;
    }
    std::printf("  invalid communes at the national frame's level: %zu\n", invalid);
  }
  // The national frame (about 700 m/px) draws under a quarter of the points.
  const auto frame = n.levels.level_index_for(700);
  ASSERT_TRUE(frame.has_value());
  EXPECT_LT(n.levels.level(*frame).point_count(), store.point_count() / 4);
  EXPECT_EQ(&n.levels.level_for(10, store), &store);
}

// No gap, no sliver. The reference is the département simplified through the same topology: a
// store of the communes of Charente-Maritime plus one more feature, the GEOS union of those
// communes at full detail (whose outline repeats the communes' coordinates exactly), so that its
// outline is cut into the very arcs of the communes' outline and simplified with them. The
// département layer of the sample data would not do: it is generalised on its own, so its
// outline differs from the communes' before any simplification of ours.
TEST_F(NationalTopologyTest, SimplifiedCommunesOfCharenteMaritimeTileTheSimplifiedDepartement) {
  const National& n = national();
  const GeometryStore& national_store = n.layer->geometry;
  const auto communes = features_of_departement(*n.layer, "17");
  Geos geos;
  GeometryStore store;
  for (std::size_t f : communes) copy_feature(national_store, f, store);
  GEOSGeometry* full_union = geos.union_of(national_store, communes);
  const int full_holes = geos.interior_rings(full_union);
  const double departement_area = geos.area(full_union);
  store.begin_feature(Zone::Metropole);
  for (const auto& polygon : geos.polygons(full_union)) {
    store.begin_part();
    for (const auto& ring : polygon) store.add_ring(ring);
  }
  store.end_feature(departement_area, {});
  GEOSGeom_destroy_r(geos.h(), full_union);
  store.build_index();
  const std::size_t departement = communes.size();

  const ArcTopology topology = ArcTopology::build(store);
  LevelOptions options;
  options.metres_per_pixel = {160, 640, 2560};
  const LevelsOfDetail levels = LevelsOfDetail::build(store, topology, options);
  std::vector<std::size_t> commune_indices(communes.size());
  for (std::size_t i = 0; i < communes.size(); ++i) commune_indices[i] = i;
  for (std::size_t i = 0; i < levels.level_count(); ++i) {
    const GeometryStore& level = levels.level(i);
    GEOSGeometry* simplified_union = geos.union_of(level, commune_indices);
    GEOSGeometry* simplified_departement = geos.feature(level, departement);
    const double gap = geos.symmetric_difference_area(simplified_union, simplified_departement);
    const int holes = geos.interior_rings(simplified_union);
    const auto [d0, d1] = level.parts(departement);
    std::size_t outline_points = 0;
    for (auto p = d0; p < d1; ++p) {
      for (auto r = level.rings(p).first; r < level.rings(p).second; ++r)
        outline_points += level.ring(r).size();
    }
    // Visvalingam does not check crossings: say how many outlines came out invalid (repaired by
    // MakeValid above before the union).
    std::size_t invalid = 0;
    for (std::size_t f : commune_indices) {
      if (!geos.valid(level, f)) ++invalid;
    }
    // The control: every commune simplified apart by GEOS at the same tolerance.
    const double tolerance = options.tolerance_px * levels.resolution(i);
    std::vector<GEOSGeometry*> apart;
    for (std::size_t f : commune_indices) {
      GEOSGeometry* g = geos.feature(store, f);
      apart.push_back(GEOSTopologyPreserveSimplify_r(geos.h(), g, tolerance));
      GEOSGeom_destroy_r(geos.h(), g);
    }
    GEOSGeometry* all_apart = GEOSGeom_createCollection_r(
        geos.h(), GEOS_GEOMETRYCOLLECTION, apart.data(), static_cast<unsigned>(apart.size()));
    GEOSGeometry* union_apart = GEOSUnaryUnion_r(geos.h(), all_apart);
    const int holes_apart = geos.interior_rings(union_apart);
    GEOSGeom_destroy_r(geos.h(), all_apart);
    GEOSGeom_destroy_r(geos.h(), union_apart);
    std::printf(
        "Charente-Maritime at %4.0f m/px: %zu points (full %zu), département outline %zu "
        "points; symmetric difference %.3g m² (%.2g %% of the département), %d holes "
        "(full detail %d; communes simplified apart by GEOS: %d holes); %zu invalid communes\n",
        levels.resolution(i), level.point_count(), store.point_count(), outline_points, gap,
        100 * gap / departement_area, holes, full_holes, holes_apart, invalid);
    EXPECT_LT(gap / departement_area, 0.005) << levels.resolution(i) << " m/px";
    EXPECT_LE(holes, full_holes) << levels.resolution(i) << " m/px";
    // The test can see slivers: communes simplified one by one open them.
    EXPECT_GT(holes_apart, full_holes) << levels.resolution(i) << " m/px";
    GEOSGeom_destroy_r(geos.h(), simplified_union);
    GEOSGeom_destroy_r(geos.h(), simplified_departement);
  }

  // The national levels too: their union of the same communes opens no hole either.
  for (std::size_t i = 0; i < n.levels.level_count(); ++i) {
    GEOSGeometry* u = geos.union_of(n.levels.level(i), communes);
    EXPECT_LE(geos.interior_rings(u), full_holes) << n.levels.resolution(i) << " m/px";
    GEOSGeom_destroy_r(geos.h(), u);
  }
}

}  // namespace
}  // namespace lumiere::test
