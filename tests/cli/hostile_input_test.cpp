// Hostile vector files through `lumiere info`, as a planner receives them: truncated or renamed
// files, lying headers, mixed geometry types, NaN and infinite coordinates, a million-vertex
// polygon, half a million tiny polygons. Every input is written by the test itself (GDAL for
// the valid parts, bytes patched after). Each run must end within a time bound and a memory
// bound (peak RSS of the child, from wait4), and either fail with one line on stderr saying what
// is wrong, or load, reporting what it could not use. docs/RELIABILITY.md lists them.
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <numbers>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;

using lumiere::test::run_lumiere;
using lumiere::test::RunResult;
using lumiere::test::TempDir;

// The bounds are for an optimised build; sanitizers (the asan preset) cost about 10 × the time
// and 3 × the memory.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 10;
constexpr double kMemoryFactor = 3;
#else
constexpr double kSlowdown = 1;
constexpr double kMemoryFactor = 1;
#endif
constexpr double kSmallSeconds = 10;  // any small hostile file
constexpr long kSmallRssMb = 400;

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void patch(const std::string& path, std::size_t offset, const std::string& bytes) {
  std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
  f.seekp(static_cast<std::streamoff>(offset));
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};

// A polygon layer in WGS 84 with a `code` field, written by GDAL's `driver`; `ring_of(i)` gives
// the outer ring of feature i (closed or not: OGR closes it).
template <class RingOf>
void write_polygons(const std::string& path, const char* driver, int features,
                    const RingOf& ring_of) {
  GDALAllRegister();
  auto* drv = GetGDALDriverManager()->GetDriverByName(driver);
  ASSERT_NE(drv, nullptr) << driver;
  std::unique_ptr<GDALDataset, DatasetCloser> ds(
      drv->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  ASSERT_NE(ds, nullptr) << path;
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* layer = ds->CreateLayer("communes", &wgs84, wkbPolygon, nullptr);
  ASSERT_NE(layer, nullptr);
  OGRFieldDefn code("code", OFTString);
  ASSERT_EQ(layer->CreateField(&code), OGRERR_NONE);
  ASSERT_EQ(layer->StartTransaction(), OGRERR_NONE);
  for (int i = 0; i < features; ++i) {
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("code", std::to_string(17000 + i % 1000).c_str());
    const std::vector<OGRRawPoint> pts = ring_of(i);
    auto ring = std::make_unique<OGRLinearRing>();
    ring->setPoints(static_cast<int>(pts.size()), pts.data());
    ring->closeRings();
    OGRPolygon polygon;
    polygon.addRingDirectly(ring.release());
    feature.SetGeometry(&polygon);
    ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
  }
  ASSERT_EQ(layer->CommitTransaction(), OGRERR_NONE);
}

std::vector<OGRRawPoint> square(double x, double y, double size) {
  return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
}

// Three squares near La Rochelle as a shapefile (.shp, .shx, .dbf, .prj).
void write_shapefile(const std::string& path) {
  write_polygons(path, "ESRI Shapefile", 3,
                 [](int i) { return square(-1.2 + 0.02 * i, 46.15, 0.01); });
}

// What a refusal must look like: a non-zero status, nothing on stdout, one line on stderr
// naming the file, containing `expected`.
void expect_one_line_error(const RunResult& run, const std::string& path,
                           const std::string& expected) {
  EXPECT_NE(run.status, 0) << run.err;
  EXPECT_NE(run.status, 124) << "stopped by timeout";
  EXPECT_LT(run.status, 128) << "killed by a signal: " << run.err;
  EXPECT_EQ(run.out, "");
  ASSERT_FALSE(run.err.empty());
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  EXPECT_TRUE(run.err.starts_with("lumiere info: " + path + ": ")) << run.err;
  EXPECT_NE(run.err.find(expected), std::string::npos) << run.err;
}

void expect_within(const RunResult& run, double seconds, long rss_mb) {
  EXPECT_LE(run.seconds, seconds * kSlowdown) << "took " << run.seconds << " s";
  EXPECT_LE(run.max_rss_kb, static_cast<long>(rss_mb * kMemoryFactor) * 1024)
      << "peak RSS " << run.max_rss_kb / 1024 << " MB";
  std::printf("    %.2f s, peak RSS %ld MB\n", run.seconds, run.max_rss_kb / 1024);
  ::testing::Test::RecordProperty("seconds", std::to_string(run.seconds));
  ::testing::Test::RecordProperty("max_rss_mb", std::to_string(run.max_rss_kb / 1024));
}

// `lumiere info --json` of a file that loads: its one layer.
nlohmann::json loaded_layer(const RunResult& run) {
  EXPECT_EQ(run.status, 0) << run.err;
  const auto j = nlohmann::json::parse(run.out, nullptr, false);
  if (j.is_discarded() || !j.contains("layers") || j["layers"].size() != 1) {
    ADD_FAILURE() << "not the JSON of one layer: " << run.out.substr(0, 500);
    return nlohmann::json::object();
  }
  return j["layers"][0];
}

TEST(HostileInput, ShapefileWithAWrongMagicNumber) {
  TempDir dir;
  const std::string shp = dir.file("communes.shp");
  write_shapefile(shp);
  patch(shp, 0, std::string(4, '\0'));  // 9994 big-endian is 00 00 27 0A
  const RunResult run = run_lumiere({"info", shp});
  expect_one_line_error(run, shp, "does not start as a shapefile does");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, ShapefileCutAfterItsHeader) {
  TempDir dir;
  const std::string shp = dir.file("communes.shp");
  write_shapefile(shp);
  write_bytes(shp, read_bytes(shp).substr(0, 130));  // 100-byte header, then 30 of the first record
  const RunResult run = run_lumiere({"info", shp});
  expect_one_line_error(run, shp, "looks damaged or cut short");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, ShxPointingFarPastTheEndOfTheShp) {
  TempDir dir;
  const std::string shp = dir.file("communes.shp");
  write_shapefile(shp);
  // The first index record: offset and length (16-bit words, big-endian) near 2^31.
  patch(dir.file("communes.shx"), 100, std::string("\x7f\xff\xff\x00\x7f\xff\xff\x00", 8));
  const RunResult run = run_lumiere({"info", shp});
  expect_one_line_error(run, shp, "looks damaged or cut short");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, DbfDeclaringTwoBillionRecordsLoadsWhatIsThere) {
  TempDir dir;
  const std::string shp = dir.file("communes.shp");
  write_shapefile(shp);
  patch(dir.file("communes.dbf"), 4, std::string("\xff\xff\xff\x7f", 4));  // 2^31 - 1 records
  const RunResult run = run_lumiere({"info", "--json", shp});
  // GDAL bounds the count by the file's size: the three features are read, nothing allocated
  // for the two billion declared.
  const nlohmann::json layer = loaded_layer(run);
  EXPECT_EQ(layer.value("features", -1), 3);
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, EmptyZipRenamedShp) {
  TempDir dir;
  const std::string shp = dir.file("communes.shp");
  write_bytes(shp, std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  const RunResult run = run_lumiere({"info", shp});
  expect_one_line_error(run, shp, "an empty ZIP archive");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, ZipRenamedGeoJson) {
  TempDir dir;
  const std::string path = dir.file("communes.geojson");
  // A local file header (PK 03 04) is enough for the sniffing: what follows does not matter.
  write_bytes(path, std::string("PK\x03\x04\x14\0\0\0\x08\0", 10) + std::string(200, 'x'));
  const RunResult run = run_lumiere({"info", path});
  expect_one_line_error(run, path, "a ZIP archive, not a map layer");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, GeoJsonNestedTooDeep) {
  TempDir dir;
  const std::string path = dir.file("communes.geojson");
  write_bytes(path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
                    R"("geometry":{"type":"Polygon","coordinates":)" +
                        std::string(100000, '[') + std::string(100000, ']') + "}}]}");
  const RunResult run = run_lumiere({"info", path});
  expect_one_line_error(run, path, "looks damaged or cut short");
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, MixedGeometryTypesLoadAndCountWhatIsNotAPolygon) {
  TempDir dir;
  const std::string path = dir.file("communes.geojson");
  write_bytes(path,
              R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"code":"17300"},"geometry":{"type":"Polygon","coordinates":[[[-1.15,46.15],[-1.14,46.15],[-1.14,46.16],[-1.15,46.15]]]}},
{"type":"Feature","properties":{"code":"17004"},"geometry":{"type":"Point","coordinates":[-1.1,46.0]}},
{"type":"Feature","properties":{"code":"17005"},"geometry":{"type":"LineString","coordinates":[[-1.1,46.0],[-1.0,46.1]]}},
{"type":"Feature","properties":{"code":"17006"},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[-1.1,46.0]}]}}]})");
  const RunResult run = run_lumiere({"info", "--json", path});
  const nlohmann::json layer = loaded_layer(run);
  EXPECT_EQ(layer.value("features", -1), 4);
  const RunResult text = run_lumiere({"info", path});
  EXPECT_NE(text.out.find("3 not polygons"), std::string::npos) << text.out;
  expect_within(run, kSmallSeconds, kSmallRssMb);
}

TEST(HostileInput, NanAndInfiniteCoordinatesAreInvalidAndKept) {
  TempDir dir;
  // GDAL's JSON reader takes NaN, Infinity and overflowing numbers; so do shapefiles (doubles).
  const std::string geojson = dir.file("communes.geojson");
  write_bytes(geojson, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"code":"17300"},"geometry":{"type":"Polygon","coordinates":[[[-1.15,46.15],[NaN,46.15],[-1.14,46.16],[-1.15,46.15]]]}},
{"type":"Feature","properties":{"code":"17004"},"geometry":{"type":"Polygon","coordinates":[[[-1.15,46.15],[1e999,46.15],[-1.14,Infinity],[-1.15,46.15]]]}},
{"type":"Feature","properties":{"code":"17005"},"geometry":{"type":"Polygon","coordinates":[[[-1.15,46.15],[-1.14,46.15],[-1.14,46.16],[-1.15,46.15]]]}}]})");
  // GDAL refuses to write them in a shapefile: the doubles are patched in after.
  const std::string shp = dir.file("communes.shp");
  write_shapefile(shp);
  const std::string bytes = read_bytes(shp);
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(bytes[at]) << 24) |
           (static_cast<unsigned char>(bytes[at + 1]) << 16) |
           (static_cast<unsigned char>(bytes[at + 2]) << 8) |
           static_cast<unsigned char>(bytes[at + 3]);
  };
  const std::size_t first = 100;  // record header (8), type, box, parts, points, part index (1)
  const std::size_t second = first + 8 + 2 * static_cast<std::size_t>(be32(first + 4));
  const auto point = [](std::size_t record, int k) {
    return record + 56 + 16 * static_cast<std::size_t>(k);
  };
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double minus_inf = -std::numeric_limits<double>::infinity();
  patch(shp, point(first, 1), std::string(reinterpret_cast<const char*>(&nan), 8));             // x
  patch(shp, point(second, 2) + 8, std::string(reinterpret_cast<const char*>(&minus_inf), 8));  // y
  for (const std::string& path : {geojson, shp}) {
    SCOPED_TRACE(path);
    const RunResult run = run_lumiere({"info", "--json", path});
    const nlohmann::json layer = loaded_layer(run);
    EXPECT_EQ(layer.value("features", -1), 3);
    EXPECT_EQ(layer.value("invalid", -1), 2);
    EXPECT_NE(run.err.find("could not be repaired: they are kept, unmapped"), std::string::npos)
        << run.err;
    expect_within(run, kSmallSeconds, kSmallRssMb);
  }
}

// Scale: one polygon of a million vertices (a circle around La Rochelle), in a GeoPackage.
TEST(HostileInput, MillionVertexPolygon) {
  TempDir dir;
  const std::string gpkg = dir.file("cercle.gpkg");
  constexpr int kVertices = 1'000'000;
  write_polygons(gpkg, "GPKG", 1, [](int) {
    std::vector<OGRRawPoint> ring(kVertices);
    for (int k = 0; k < kVertices; ++k) {
      const double a = 2 * std::numbers::pi * k / kVertices;
      ring[static_cast<std::size_t>(k)] = {-1.15 + 0.05 * std::cos(a), 46.15 + 0.05 * std::sin(a)};
    }
    return ring;
  });
  const RunResult run = run_lumiere({"info", "--json", gpkg});
  const nlohmann::json layer = loaded_layer(run);
  EXPECT_EQ(layer.value("features", -1), 1);
  EXPECT_EQ(layer.value("invalid", -1), 0);
  expect_within(run, 30, 1200);
}

// Scale: 500,000 squares of 50 m, a grid over Charente-Maritime, in a GeoPackage.
TEST(HostileInput, HalfAMillionTinyPolygons) {
  TempDir dir;
  const std::string gpkg = dir.file("carreaux.gpkg");
  constexpr int kFeatures = 500'000;
  write_polygons(gpkg, "GPKG", kFeatures, [](int i) {
    return square(-1.5 + (i % 1000) * 0.001, 45.8 + (i / 1000) * 0.001, 0.0005);
  });
  const RunResult run = run_lumiere({"info", "--json", gpkg});
  const nlohmann::json layer = loaded_layer(run);
  EXPECT_EQ(layer.value("features", -1), kFeatures);
  EXPECT_EQ(layer.value("invalid", -1), 0);
  expect_within(run, 40, 1200);
}

}  // namespace
