// GeometryStore: areas checked against GEOS on geometries that OGR read and reprojected on its
// own, the R-tree checked against a linear scan, and point queries on known places.
#include "core/geometry/geometry_store.h"

#include <gdal.h>
#include <geos_c.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/geometry/map_space.h"
#include "core/layers/layer_loader.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::Box;
using core::GeometryStore;
using core::Point;
using core::Zone;

// The area of every feature of a GeoJSON file, by OGR (reading, reprojecting to the zone's EPSG)
// and GEOS (validity repair as the loader does, then GEOSArea): code -> square metres.
std::vector<std::pair<std::string, double>> geos_areas(const std::string& path, int epsg) {
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
  if (!ds) throw std::runtime_error("OGR cannot open " + path);
  OGRLayer* layer = ds->GetLayer(0);
  OGRSpatialReference target;
  target.importFromEPSG(epsg);
  target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference source(*layer->GetSpatialRef());
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> ct(
      OGRCreateCoordinateTransformation(&source, &target));
  if (!ct) throw std::runtime_error("OGR cannot reproject to EPSG:" + std::to_string(epsg));

  GEOSContextHandle_t h = GEOS_init_r();
  std::vector<std::pair<std::string, double>> out;
  for (auto& feature : *layer) {
    std::unique_ptr<OGRGeometry> g(feature->GetGeometryRef()->clone());
    if (g->transform(ct.get()) != OGRERR_NONE) throw std::runtime_error("OGR transform failed");
    std::vector<unsigned char> wkb(g->WkbSize());
    g->exportToWkb(wkbNDR, wkb.data());
    GEOSGeometry* geos = GEOSGeomFromWKB_buf_r(h, wkb.data(), wkb.size());
    if (GEOSisValid_r(h, geos) != 1) {
      GEOSGeometry* fixed = GEOSMakeValid_r(h, geos);
      GEOSGeom_destroy_r(h, geos);
      geos = fixed;
    }
    double area = 0;
    GEOSArea_r(h, geos, &area);
    GEOSGeom_destroy_r(h, geos);
    out.emplace_back(feature->GetFieldAsString("code"), area);
  }
  GEOS_finish_r(h);
  return out;
}

class GeometryStoreTest : public DataTest {};

TEST_F(GeometryStoreTest, AreasAgreeWithGeosInEachZoneCrs) {
  // All of Charente-Maritime, and every commune of the five DROM, merged in one layer.
  struct Sample {
    const char* departement;
    Zone zone;
    std::size_t communes;
  };
  const Sample samples[] = {{"17", Zone::Metropole, 466},  {"971", Zone::Guadeloupe, 32},
                            {"972", Zone::Martinique, 34}, {"973", Zone::Guyane, 22},
                            {"974", Zone::Reunion, 24},    {"976", Zone::Mayotte, 17}};
  std::vector<std::string> files;
  for (const Sample& s : samples) files.push_back(commune_file(s.departement));
  auto layers = core::load_layers(files);
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  ASSERT_EQ(layers->size(), 1u);
  const core::VectorLayer& layer = layers->front();
  EXPECT_EQ(layer.feature_count(), 466u + 32 + 34 + 22 + 24 + 17);

  double worst = 0;
  std::size_t checked = 0;
  for (const Sample& s : samples) {
    SCOPED_TRACE(s.departement);
    const auto reference = geos_areas(commune_file(s.departement), core::zone_epsg(s.zone));
    ASSERT_EQ(reference.size(), s.communes);
    for (const auto& [code, geos_area] : reference) {
      const auto f = layer.find(code);
      ASSERT_TRUE(f) << code;
      ASSERT_EQ(layer.geometry.zone(*f), s.zone) << code;
      const double ours = layer.geometry.area(*f);
      ASSERT_GT(geos_area, 0) << code;
      const double relative = std::abs(ours - geos_area) / geos_area;
      EXPECT_LT(relative, 0.01) << code << ": ours " << ours << " m², GEOS " << geos_area;
      worst = std::max(worst, relative);
      ++checked;
    }
  }
  EXPECT_EQ(checked, layer.feature_count());
  RecordProperty("worst_relative_area_error", std::to_string(worst));

  // And the orders of magnitude are the real ones (simplified 2018 boundaries, true areas in the
  // zone CRS, not the inset's enlarged ones): La Rochelle 31.6 km², Saint-Denis 141.5 km².
  EXPECT_NEAR(layer.geometry.area(*layer.find("17300")) / 1e6, 31.6, 0.3);
  EXPECT_NEAR(layer.geometry.area(*layer.find("97411")) / 1e6, 141.5, 1.5);
}

// The features whose box meets `box`, by scanning every feature.
std::vector<std::uint32_t> scan(const GeometryStore& g, const Box& box) {
  std::vector<std::uint32_t> out;
  for (std::size_t f = 0; f < g.feature_count(); ++f) {
    if (!g.bounds(f).empty() && g.bounds(f).intersects(box))
      out.push_back(static_cast<std::uint32_t>(f));
  }
  return out;
}

TEST_F(GeometryStoreTest, RtreeQueryMatchesALinearScan) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& communes = layers->front();
  const GeometryStore& g = communes.geometry;
  const core::MapSpace space;
  const Point rochelle = project(-1.1508, 46.1591, 2154);
  const Box boxes[] = {
      {rochelle.x - 5000, rochelle.y - 5000, rochelle.x + 5000, rochelle.y + 5000},
      {rochelle.x, rochelle.y, rochelle.x, rochelle.y},  // a point
      {600000, 6800000, 700000, 6900000},                // around Paris
      space.inset(Zone::Reunion).frame,                  // one inset whole
      {-400000, 6500000, -300000, 6600000},              // the Atlantic: nothing
      space.france_extent(),                             // everything
  };
  for (const Box& box : boxes) {
    const auto found = g.query(box);
    EXPECT_EQ(found, scan(g, box)) << box.min_x << " " << box.min_y;
  }
  EXPECT_EQ(g.query(space.france_extent()).size(), 35357u);
  EXPECT_TRUE(g.query(boxes[4]).empty());
  const auto reunion = g.query(space.inset(Zone::Reunion).frame);
  EXPECT_EQ(reunion.size(), 24u);
  for (std::uint32_t f : reunion) EXPECT_EQ(g.zone(f), Zone::Reunion) << communes.codes[f];
  const auto near_rochelle = g.query(boxes[0]);
  EXPECT_TRUE(std::count(near_rochelle.begin(), near_rochelle.end(), *communes.find("17300")));
  EXPECT_TRUE(g.query(Box{}).empty()) << "an empty box meets nothing";
}

TEST_F(GeometryStoreTest, FeaturesAtKnownPlaces) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& communes = layers->front();
  const GeometryStore& g = communes.geometry;
  const core::MapSpace space;

  auto codes_at = [&](Point p) {
    std::vector<std::string> codes;
    for (std::uint32_t f : g.features_at(p)) codes.push_back(communes.codes[f]);
    return codes;
  };
  // La Rochelle's city centre (Lambert-93 is the metropole's map space).
  EXPECT_EQ(codes_at(project(-1.1508, 46.1591, 2154)), std::vector<std::string>{"17300"});
  // Ajaccio, and Paris's Notre-Dame (75056 in the 2018 layer: Paris is one commune).
  EXPECT_EQ(codes_at(project(8.7369, 41.9192, 2154)), std::vector<std::string>{"2A004"});
  EXPECT_EQ(codes_at(project(2.3499, 48.8530, 2154)), std::vector<std::string>{"75056"});
  // Saint-Denis de La Réunion, in its inset.
  EXPECT_EQ(codes_at(space.to_map(Zone::Reunion, project(55.4481, -20.8823, 2975))),
            std::vector<std::string>{"97411"});
  // The Atlantic off La Rochelle, and the Réunion point read as if it were Lambert-93.
  EXPECT_TRUE(codes_at(project(-2.5, 46.0, 2154)).empty());
  EXPECT_TRUE(codes_at(project(55.4481, -20.8823, 2975)).empty());

  // Each commune's label point is in that commune and in no other (the layer is a partition).
  std::size_t wrong = 0;
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    const auto at = g.features_at(g.label_point(f));
    if (at.size() != 1 || at[0] != f) {
      if (++wrong <= 5) ADD_FAILURE() << communes.codes[f] << ": " << at.size() << " features";
    }
  }
  EXPECT_EQ(wrong, 0u);
}

TEST(GeometryStoreBuild, HandBuiltPolygonsWithHolesAndParts) {
  GeometryStore a;
  // Feature 0: a 10 x 10 square with a 2 x 2 hole, and a separate triangle.
  const Point outer[] = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
  const Point hole[] = {{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}};
  const Point triangle[] = {{20, 0}, {24, 0}, {20, 3}, {20, 0}};
  EXPECT_DOUBLE_EQ(GeometryStore::ring_area(outer), 100);  // counter-clockwise: positive
  EXPECT_DOUBLE_EQ(GeometryStore::ring_area(hole), -4);    // clockwise: negative
  EXPECT_DOUBLE_EQ(GeometryStore::ring_area(triangle), 6);
  a.begin_feature(Zone::Metropole);
  a.begin_part();
  a.add_ring(outer);
  a.add_ring(hole);
  a.begin_part();
  a.add_ring(triangle);
  a.end_feature(102, {2, 2});
  // Feature 1: no geometry; it keeps its place.
  a.begin_feature(Zone::Metropole);
  a.end_feature(0, {});

  GeometryStore b;
  const Point far[] = {{100, 100}, {110, 100}, {110, 110}, {100, 100}};
  b.begin_feature(Zone::Reunion);
  b.begin_part();
  b.add_ring(far);
  b.end_feature(50, {105, 102});
  a.append(std::move(b));
  a.build_index();

  ASSERT_EQ(a.feature_count(), 3u);
  EXPECT_EQ(a.part_count(), 3u);
  EXPECT_EQ(a.ring_count(), 4u);
  EXPECT_EQ(a.point_count(), 5u + 5 + 4 + 4);
  EXPECT_TRUE(a.has_geometry(0));
  EXPECT_FALSE(a.has_geometry(1));
  EXPECT_TRUE(a.has_geometry(2));
  EXPECT_EQ(a.zone(2), Zone::Reunion);
  EXPECT_EQ(a.area(0), 102);
  EXPECT_EQ(a.bounds(0), (Box{0, 0, 24, 10}));
  EXPECT_TRUE(a.bounds(1).empty());
  EXPECT_EQ(a.extent(), (Box{0, 0, 110, 110}));
  // The appended feature's offsets were rebased onto the first store's arrays.
  const auto [p0, p1] = a.parts(2);
  ASSERT_EQ(p1 - p0, 1u);
  const auto [r0, r1] = a.rings(p0);
  ASSERT_EQ(r1 - r0, 1u);
  EXPECT_EQ(a.ring(r0)[0], (Point{100, 100}));

  EXPECT_EQ(a.features_at({1, 1}), std::vector<std::uint32_t>{0});
  EXPECT_TRUE(a.features_at({5, 5}).empty()) << "inside the hole";
  EXPECT_EQ(a.features_at({20.5, 0.5}), std::vector<std::uint32_t>{0}) << "in the triangle";
  EXPECT_TRUE(a.features_at({15, 5}).empty()) << "between the parts";
  EXPECT_EQ(a.features_at({108, 101}), std::vector<std::uint32_t>{2});
  EXPECT_EQ(a.query({9, 9, 101, 101}), (std::vector<std::uint32_t>{0, 2}));
  EXPECT_GT(a.memory_bytes(), a.point_count() * sizeof(Point));
}

}  // namespace
}  // namespace lumiere::test
