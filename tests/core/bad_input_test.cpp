// Bad inputs, one test each: every error is the documented sentence and names the file; every
// damaged geometry is counted in the report and its feature kept.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <fstream>

#include "core/layers/layer_loader.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::load_layers;

std::string load_error(const std::string& path, const core::LoadOptions& options = {}) {
  auto layers = load_layers({path}, options);
  return layers.ok() ? "(loaded without error)" : core::testing::text(layers.error());
}

// The warnings of a layer as the command line prints them.
std::vector<std::string> warning_texts(const core::VectorLayer& layer) {
  std::vector<std::string> texts;
  for (const core::Message& w : layer.warnings) texts.push_back(core::testing::text(w));
  return texts;
}

core::VectorLayer load_one(const std::string& path) {
  auto layers = load_layers({path});
  if (!layers) throw std::runtime_error(core::testing::text(layers.error()));
  return std::move(layers->front());
}

void truncate_copy(const std::string& from, const std::string& to, std::size_t bytes) {
  write_file(to, read_file(from).substr(0, bytes));
}

const std::string kNotAMap =
    ": not a map layer GDAL can read; give a GeoJSON, Shapefile, GeoPackage or FlatGeobuf file "
    "of territory boundaries";
const std::string kCutShortEnd = "); get a complete copy of it";

class BadInputTest : public DataTest {};

TEST_F(BadInputTest, MissingFile) {
  TempDir dir;
  const std::string path = dir.file("absent.geojson");
  EXPECT_EQ(load_error(path), path +
                                  ": no such file; check the path (or run scripts/fetch-data "
                                  "for the sample data)");
  // Among several files, the error names the one that failed.
  auto layers = load_layers({commune_file("17"), path, commune_file("974")});
  ASSERT_FALSE(layers.ok());
  EXPECT_EQ(layers.code(), core::MessageCode::LayerFileMissing);
  EXPECT_EQ(layers.error().args, std::vector<std::string>{path});
}

TEST_F(BadInputTest, GeoJsonCutInHalf) {
  TempDir dir;
  const std::string path = dir.file("communes-17-half.geojson");
  const std::string whole = read_file(commune_file("17"));
  truncate_copy(commune_file("17"), path, whole.size() / 2);
  const std::string message = load_error(path);
  EXPECT_TRUE(message.starts_with(path + ": cannot be read, the file looks damaged or cut short "
                                         "(GDAL: "))
      << message;
  EXPECT_TRUE(message.ends_with(kCutShortEnd)) << message;
}

TEST_F(BadInputTest, ShapefileCutInHalf) {
  TempDir dir;
  const std::string shp = dir.file("communes17.shp");
  ASSERT_EQ(translate(commune_file("17"), shp, {"-t_srs", "EPSG:2154", "-lco", "ENCODING=UTF-8"}),
            "");
  const std::string whole = read_file(shp);
  const std::size_t cut = whole.size() / 2;
  write_file(shp, whole.substr(0, cut));
  // The first record the .shx places past the cut: the feature where reading has to stop.
  const std::string shx = read_file(dir.file("communes17.shx"));
  auto be32 = [&](std::size_t at) {
    return (std::uint32_t(std::uint8_t(shx[at])) << 24) |
           (std::uint32_t(std::uint8_t(shx[at + 1])) << 16) |
           (std::uint32_t(std::uint8_t(shx[at + 2])) << 8) |
           std::uint32_t(std::uint8_t(shx[at + 3]));
  };
  std::size_t first_cut = 0;
  for (std::size_t i = 0; 100 + 8 * i + 8 <= shx.size(); ++i) {
    const std::size_t offset = 2 * std::size_t(be32(100 + 8 * i));
    const std::size_t length = 2 * std::size_t(be32(100 + 8 * i + 4));
    if (offset + 8 + length > cut) {
      first_cut = i + 1;  // features are numbered from 1 in the message
      break;
    }
  }
  ASSERT_GT(first_cut, 1u);
  ASSERT_LT(first_cut, 466u);
  const std::string message = load_error(shp);
  EXPECT_TRUE(message.starts_with(shp + ": reading stopped at feature " +
                                  std::to_string(first_cut) +
                                  ", the file looks damaged or cut short (GDAL: "))
      << message;
  EXPECT_TRUE(message.ends_with(kCutShortEnd)) << message;
}

TEST_F(BadInputTest, TextFileIsNotAMap) {
  TempDir dir;
  const std::string txt = dir.file("notes.txt");
  write_file(txt, "Réunion du syndicat mixte, ordre du jour :\n1. adhésions\n2. budget\n");
  EXPECT_EQ(load_error(txt), txt + kNotAMap);
  // Named like a map, still not one.
  const std::string fake = dir.file("communes.geojson");
  write_file(fake, "Ceci n'est pas une carte.\n");
  EXPECT_EQ(load_error(fake), fake + kNotAMap);
}

TEST_F(BadInputTest, BinaryFileIsNotAMap) {
  TempDir dir;
  const std::string png = dir.file("logo.png");
  std::string bytes = "\x89PNG\r\n\x1a\n";
  static constexpr char kHeader[] = "\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  bytes += std::string(kHeader, sizeof kHeader - 1);  // the literal holds NULs: count, not strlen
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  write_file(png, bytes);
  EXPECT_EQ(load_error(png), png + kNotAMap);
}

TEST_F(BadInputTest, EmptyFile) {
  TempDir dir;
  for (const char* name : {"communes.geojson", "communes.shp", "communes.gpkg"}) {
    const std::string path = dir.file(name);
    write_file(path, "");
    EXPECT_EQ(load_error(path), path +
                                    ": the file is empty (0 bytes); it was probably cut short "
                                    "when copied or sent: get it again");
  }
}

TEST_F(BadInputTest, EmptyLayerLoadsWithAWarning) {
  TempDir dir;
  const std::string path = dir.file("vide.geojson");
  write_file(path, feature_collection({}));
  const core::VectorLayer layer = load_one(path);
  EXPECT_EQ(layer.name, "vide");
  EXPECT_EQ(layer.feature_count(), 0u);
  EXPECT_EQ(layer.geometry.feature_count(), 0u);
  EXPECT_TRUE(layer.geometry.extent().empty());
  EXPECT_EQ(warning_texts(layer),
            std::vector<std::string>{path + ": the layer \"vide\" has no feature: there is "
                                            "nothing to map"});
}

TEST_F(BadInputTest, NullGeometryIsCountedAndKept) {
  TempDir dir;
  const std::string path = dir.file("null.geojson");
  write_file(path, feature_collection({commune("17300", "La Rochelle", square(-1.2, 46.14, 0.05)),
                                       commune("17004", "Île-d'Aix", "null")}));
  const core::VectorLayer layer = load_one(path);
  EXPECT_EQ(layer.feature_count(), 2u);
  EXPECT_EQ(layer.report.null_geometries, 1u);
  EXPECT_EQ(layer.report.invalid, 0u);
  const auto aix = layer.find("17004");
  ASSERT_TRUE(aix);
  EXPECT_EQ(layer.names[*aix], "Île-d'Aix");
  EXPECT_FALSE(layer.geometry.has_geometry(*aix));
  EXPECT_TRUE(layer.geometry.has_geometry(*layer.find("17300")));
  EXPECT_EQ(warning_texts(layer),
            std::vector<std::string>{path + ": 1 features have no geometry (null or empty): they "
                                            "are kept, unmapped"});
}

TEST_F(BadInputTest, SelfIntersectingPolygonIsRepaired) {
  // A bow-tie over the Pertuis d'Antioche: two triangles meeting at one point.
  TempDir dir;
  const std::string path = dir.file("bowtie.geojson");
  const std::string bowtie =
      R"({"type":"Polygon","coordinates":[[[-1.3,46.0],[-1.1,46.1],[-1.1,46.0],[-1.3,46.1],)"
      R"([-1.3,46.0]]]})";
  write_file(path, feature_collection({commune("17004", "Noeud papillon", bowtie),
                                       commune("17300", "Carré", square(-1.2, 46.14, 0.05))}));
  const core::VectorLayer layer = load_one(path);
  EXPECT_EQ(layer.report.invalid, 1u);
  EXPECT_EQ(layer.report.repaired, 1u);
  const std::size_t f = *layer.find("17004");
  ASSERT_TRUE(layer.geometry.has_geometry(f));
  // Repaired into its two triangles, which meet where the crossing edges cross: the area is
  // theirs, where the self-intersecting ring's signed area would have cancelled out to nothing.
  const core::Point a = project(-1.3, 46.0, 2154), b = project(-1.1, 46.1, 2154),
                    c = project(-1.1, 46.0, 2154), d = project(-1.3, 46.1, 2154);
  // The crossing X of a->b and c->d, then the triangles d-a-X and X-b-c.
  const double t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) /
                   ((b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x));
  const core::Point x{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
  auto triangle = [](core::Point p, core::Point q, core::Point r) {
    return std::abs((q.x - p.x) * (r.y - p.y) - (r.x - p.x) * (q.y - p.y)) / 2;
  };
  const double expected = triangle(d, a, x) + triangle(x, b, c);
  EXPECT_NEAR(layer.geometry.area(f), expected, expected * 1e-6);
  const auto [first, last] = layer.geometry.parts(f);
  EXPECT_EQ(last - first, 2u);
  EXPECT_EQ(warning_texts(layer),
            std::vector<std::string>{path + ": 1 invalid geometries (self-intersections, bad "
                                            "rings) were repaired"});
}

TEST_F(BadInputTest, PointsWherePolygonsAreExpected) {
  TempDir dir;
  const std::string path = dir.file("chefs-lieux.geojson");
  write_file(path,
             feature_collection({commune("17300", "La Rochelle",
                                         R"({"type":"Point","coordinates":[-1.1508,46.1591]})")}));
  EXPECT_EQ(load_error(path), path +
                                  ": the layer \"chefs-lieux\" holds points, and territories "
                                  "are polygons; give the boundaries (communes, "
                                  "départements), not their centroids or outlines");
}

TEST_F(BadInputTest, ShapefileWithoutShx) {
  TempDir dir;
  const std::string shp = dir.file("communes17.shp");
  ASSERT_EQ(translate(commune_file("17"), shp, {"-lco", "ENCODING=UTF-8"}), "");
  fs::remove(dir.file("communes17.shx"));
  EXPECT_EQ(load_error(shp), shp +
                                 ": the shapefile has no .shx index beside it; copy the .shx "
                                 "file that came with the .shp into the same folder");
}

TEST_F(BadInputTest, ShapefileWithoutDbf) {
  TempDir dir;
  const std::string shp = dir.file("communes17.shp");
  ASSERT_EQ(translate(commune_file("17"), shp, {"-lco", "ENCODING=UTF-8"}), "");
  fs::remove(dir.file("communes17.dbf"));
  EXPECT_EQ(load_error(shp), shp +
                                 ": the shapefile has no .dbf attribute table beside it; copy "
                                 "the .dbf file that came with the .shp into the same folder");
}

// La Rochelle in Lambert-93 metres, as a GeoJSON without a "crs" member (which GDAL, following
// RFC 7946, takes for WGS 84).
std::string rochelle_in_lambert93(const core::VectorLayer& national, std::size_t f) {
  std::string ring;
  const auto [p0, p1] = national.geometry.parts(f);
  const auto [r0, r1] = national.geometry.rings(p0);
  (void)p1;
  (void)r1;
  char buffer[64];
  for (const core::Point& p : national.geometry.ring(r0)) {
    std::snprintf(buffer, sizeof buffer, "%s[%.2f,%.2f]", ring.empty() ? "" : ",", p.x, p.y);
    ring += buffer;
  }
  return R"({"type":"Polygon","coordinates":[[)" + ring + "]]}";
}

TEST_F(BadInputTest, MetresWithoutCrsAreReadAsLambert93WithAWarning) {
  const auto& national = national_communes();
  ASSERT_TRUE(national.ok()) << core::testing::text(national.error());
  const core::VectorLayer& communes = national->front();
  const std::size_t source = *communes.find("17300");
  ASSERT_EQ(communes.geometry.parts(source).second - communes.geometry.parts(source).first, 1u)
      << "La Rochelle was one polygon in 2018";
  TempDir dir;
  const std::string path = dir.file("rochelle-l93.geojson");
  write_file(path, feature_collection(
                       {commune("17300", "La Rochelle", rochelle_in_lambert93(communes, source))}));
  const core::VectorLayer layer = load_one(path);
  EXPECT_EQ(layer.crs, "EPSG:2154");
  ASSERT_EQ(layer.warnings.size(), 1u);
  EXPECT_EQ(layer.warnings[0].code, core::MessageCode::CrsGuessedLambert93);
  const std::string warning = core::testing::text(layer.warnings[0]);
  EXPECT_TRUE(
      warning.starts_with(path + ": no coordinate reference system and the coordinates (x "))
      << warning;
  EXPECT_TRUE(warning.ends_with(
      ") are metres, not degrees; read as Lambert-93 (EPSG:2154). If that is wrong, give the "
      "right one with --crs EPSG:n"))
      << warning;
  EXPECT_EQ(layer.report.invalid, 0u);
  ASSERT_TRUE(layer.geometry.has_geometry(0));
  // Where La Rochelle is.
  const core::Box& expected = communes.geometry.bounds(source);
  const core::Box& actual = layer.geometry.bounds(0);
  EXPECT_NEAR(actual.min_x, expected.min_x, 1.0);
  EXPECT_NEAR(actual.min_y, expected.min_y, 1.0);
  EXPECT_NEAR(actual.max_x, expected.max_x, 1.0);
  EXPECT_NEAR(actual.max_y, expected.max_y, 1.0);
  EXPECT_TRUE(layer.geometry.contains(0, project(-1.1508, 46.1591, 2154)));
  EXPECT_NEAR(layer.geometry.area(0), communes.geometry.area(source),
              1e-4 * communes.geometry.area(source));

  // Said explicitly, the same place and no warning.
  core::LoadOptions options;
  options.crs = "EPSG:2154";
  auto explicit_crs = load_layers({path}, options);
  ASSERT_TRUE(explicit_crs.ok()) << core::testing::text(explicit_crs.error());
  EXPECT_TRUE(explicit_crs->front().warnings.empty());
  EXPECT_EQ(explicit_crs->front().geometry.bounds(0), actual);
}

TEST_F(BadInputTest, CoordinatesThatFitNoKnownCrs) {
  // Metres far from France's Lambert-93 domain (a UTM 40S position): nothing can be assumed.
  TempDir dir;
  const std::string path = dir.file("ailleurs.geojson");
  write_file(path,
             feature_collection({commune("97411", "Saint-Denis", square(338000, 7686000, 4000))}));
  const std::string message = load_error(path);
  EXPECT_EQ(message, path +
                         ": no coordinate reference system, and the coordinates (x 338000 to "
                         "342000, y 7686000 to 7690000) cannot be degrees; give the CRS with "
                         "--crs EPSG:n (Lambert-93 is EPSG:2154, Lambert II étendu EPSG:27572, "
                         "the DROM UTM zones EPSG:5490, 2972, 2975, 4471)");
  // With --crs, it loads, in the Réunion inset.
  core::LoadOptions options;
  options.crs = "EPSG:2975";
  auto layers = load_layers({path}, options);
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  EXPECT_EQ(layers->front().geometry.zone(0), core::Zone::Reunion);
  EXPECT_NEAR(layers->front().geometry.area(0), 4000.0 * 4000.0, 1.0);
}

TEST_F(BadInputTest, NanCoordinatesAreCountedInvalidAndKept) {
  TempDir dir;
  const std::string path = dir.file("nan.geojson");
  write_file(path, feature_collection(
                       {commune("17004", "Île-d'Aix",
                                R"({"type":"Polygon","coordinates":[[[-1.18,46.0],[-1.16,46.0],)"
                                R"([NaN,46.02],[-1.18,46.0]]]})"),
                        commune("17300", "La Rochelle", square(-1.2, 46.14, 0.05))}));
  const core::VectorLayer layer = load_one(path);
  EXPECT_EQ(layer.feature_count(), 2u);
  EXPECT_EQ(layer.report.invalid, 1u);
  EXPECT_EQ(layer.report.repaired, 0u);
  EXPECT_FALSE(layer.geometry.has_geometry(*layer.find("17004")));
  EXPECT_TRUE(layer.geometry.has_geometry(*layer.find("17300")));
  const core::Box e = layer.geometry.extent();
  EXPECT_TRUE(std::isfinite(e.min_x) && std::isfinite(e.max_y));
  EXPECT_EQ(warning_texts(layer),
            std::vector<std::string>{path + ": 1 invalid geometries could not be repaired: "
                                            "they are kept, unmapped"});
}

TEST_F(BadInputTest, UnknownCrsOption) {
  core::LoadOptions options;
  options.crs = "EPSG:999999";
  const std::string path = commune_file("974");
  EXPECT_EQ(load_error(path, options),
            path +
                ": the coordinate reference system \"EPSG:999999\" is not one PROJ knows: give "
                "an EPSG code such as EPSG:2154");
}

}  // namespace
}  // namespace lumiere::test
