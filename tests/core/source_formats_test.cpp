// The same communes from other formats, CRSes and encodings: Shapefiles in Lambert-93 and in
// RGR92 / UTM 40S, Windows-1252 attribute tables with and without .cpg, a GeoPackage of several
// layers and a FlatGeobuf file, all written by GDAL from the sample GeoJSON in a temporary folder.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "core/layers/layer_loader.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::load_layers;
using core::Zone;

core::VectorLayer load_one(const std::string& path, const core::LoadOptions& options = {}) {
  auto layers = load_layers({path}, options);
  if (!layers) throw std::runtime_error(core::testing::text(layers.error()));
  if (layers->size() != 1) throw std::runtime_error(path + ": not one layer");
  return std::move(layers->front());
}

// Every feature of `expected` (matched by code, or by index when `by_index`) is at the same place
// in map space in `actual`, within `metres`, and has the same area within 0.01 %.
void expect_same_places(const core::VectorLayer& expected, const core::VectorLayer& actual,
                        double metres, bool by_index = false) {
  ASSERT_EQ(expected.feature_count(), actual.feature_count());
  for (std::size_t f = 0; f < expected.feature_count(); ++f) {
    const std::string& code = expected.codes[f];
    std::size_t g = f;
    if (!by_index) {
      const auto found = actual.find(code);
      ASSERT_TRUE(found) << code;
      g = *found;
    }
    const core::Box& a = expected.geometry.bounds(f);
    const core::Box& b = actual.geometry.bounds(g);
    ASSERT_NEAR(a.min_x, b.min_x, metres) << code;
    ASSERT_NEAR(a.min_y, b.min_y, metres) << code;
    ASSERT_NEAR(a.max_x, b.max_x, metres) << code;
    ASSERT_NEAR(a.max_y, b.max_y, metres) << code;
    ASSERT_NEAR(expected.geometry.label_point(f).x, actual.geometry.label_point(g).x, metres)
        << code;
    ASSERT_NEAR(expected.geometry.label_point(f).y, actual.geometry.label_point(g).y, metres)
        << code;
    ASSERT_NEAR(expected.geometry.area(f), actual.geometry.area(g),
                1e-4 * expected.geometry.area(f))
        << code;
    ASSERT_EQ(expected.geometry.zone(f), actual.geometry.zone(g)) << code;
  }
}

class SourceFormatsTest : public DataTest {};

TEST_F(SourceFormatsTest, LambertShapefileLandsWhereTheGeoJsonDoes) {
  TempDir dir;
  const std::string shp = dir.file("communes17-l93.shp");
  ASSERT_EQ(translate(commune_file("17"), shp, {"-t_srs", "EPSG:2154", "-lco", "ENCODING=UTF-8"}),
            "");
  const core::VectorLayer geojson = load_one(commune_file("17"));
  const core::VectorLayer lambert = load_one(shp);
  EXPECT_EQ(lambert.driver, "ESRI Shapefile");
  EXPECT_EQ(lambert.crs, "EPSG:2154");
  EXPECT_EQ(geojson.crs, "EPSG:4326");
  EXPECT_EQ(lambert.feature_count(), 466u);
  EXPECT_TRUE(lambert.warnings.empty()) << core::testing::text(lambert.warnings.front());
  for (std::size_t f = 0; f < lambert.feature_count(); ++f)
    ASSERT_EQ(lambert.geometry.zone(f), Zone::Metropole) << lambert.codes[f];
  expect_same_places(geojson, lambert, 2.0);
  const auto rochelle = lambert.find("17300");
  ASSERT_TRUE(rochelle);
  EXPECT_EQ(lambert.names[*rochelle], "Rochelle");
  EXPECT_TRUE(lambert.geometry.contains(*rochelle, project(-1.1508, 46.1591, 2154)));
}

TEST_F(SourceFormatsTest, ReunionUtmShapefileLandsInItsInset) {
  TempDir dir;
  const std::string shp = dir.file("communes974-utm40s.shp");
  ASSERT_EQ(translate(commune_file("974"), shp, {"-t_srs", "EPSG:2975", "-lco", "ENCODING=UTF-8"}),
            "");
  const core::VectorLayer geojson = load_one(commune_file("974"));
  const core::VectorLayer utm = load_one(shp);
  EXPECT_EQ(utm.crs, "EPSG:2975");
  EXPECT_EQ(utm.feature_count(), 24u);
  for (std::size_t f = 0; f < utm.feature_count(); ++f)
    ASSERT_EQ(utm.geometry.zone(f), Zone::Reunion) << utm.codes[f];
  expect_same_places(geojson, utm, 2.0);
  const auto saint_denis = utm.find("97411");
  ASSERT_TRUE(saint_denis);
  const core::MapSpace space;
  EXPECT_TRUE(utm.geometry.contains(*saint_denis,
                                    space.to_map(Zone::Reunion, project(55.4481, -20.8823, 2975))));

  // The same position as in the national layer, merged from the 101 WGS 84 files.
  const auto& national = national_communes();
  ASSERT_TRUE(national.ok()) << core::testing::text(national.error());
  const core::GeometryStore& n = national->front().geometry;
  const std::size_t nf = *national->front().find("97411");
  EXPECT_NEAR(n.label_point(nf).x, utm.geometry.label_point(*saint_denis).x, 2.0);
  EXPECT_NEAR(n.label_point(nf).y, utm.geometry.label_point(*saint_denis).y, 2.0);
  EXPECT_NEAR(n.bounds(nf).min_x, utm.geometry.bounds(*saint_denis).min_x, 2.0);
  EXPECT_NEAR(n.bounds(nf).max_y, utm.geometry.bounds(*saint_denis).max_y, 2.0);
}

TEST_F(SourceFormatsTest, ZonesFromPositionsWhenThereIsNoCode) {
  // Without a code field, the zone of each feature comes from where it is.
  TempDir dir;
  const std::string shp = dir.file("noms974.shp");
  ASSERT_EQ(translate(commune_file("974"), shp,
                      {"-t_srs", "EPSG:2975", "-select", "nom", "-lco", "ENCODING=UTF-8"}),
            "");
  const core::VectorLayer with_codes = load_one(commune_file("974"));
  const core::VectorLayer names_only = load_one(shp);
  EXPECT_EQ(names_only.code_field, "");
  EXPECT_EQ(names_only.name_field, "nom");
  for (std::size_t f = 0; f < names_only.feature_count(); ++f)
    ASSERT_EQ(names_only.geometry.zone(f), Zone::Reunion) << names_only.names[f];
  expect_same_places(with_codes, names_only, 2.0, /*by_index=*/true);

  const std::string metro = dir.file("noms17.geojson");
  ASSERT_EQ(translate(commune_file("17"), metro, {"-select", "nom"}), "");
  const core::VectorLayer l93 = load_one(metro);
  for (std::size_t f = 0; f < l93.feature_count(); ++f)
    ASSERT_EQ(l93.geometry.zone(f), Zone::Metropole) << l93.names[f];
}

// Writes the Charente-Maritime communes as a Windows-1252 shapefile; returns the .shp path.
std::string write_cp1252_shapefile(const TempDir& dir) {
  const std::string shp = dir.file("communes17-cp1252.shp");
  const std::string error =
      translate(commune_file("17"), shp, {"-t_srs", "EPSG:2154", "-lco", "ENCODING=CP1252"});
  if (!error.empty()) throw std::runtime_error(error);
  return shp;
}

void set_language_driver(const std::string& dbf, char id) {
  std::fstream f(dbf, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(29);
  f.put(id);
}

void expect_french_names(const core::VectorLayer& layer) {
  const auto aix = layer.find("17004");
  ASSERT_TRUE(aix);
  EXPECT_EQ(layer.names[*aix], "Île-d'Aix");
  // œ is where Windows-1252 and Latin-1 differ (0x9C): only the right code page gives it.
  const auto doeuil = layer.find("17139");
  ASSERT_TRUE(doeuil);
  EXPECT_EQ(layer.names[*doeuil], "Dœuil-sur-le-Mignon");
  const auto rochelle = layer.find("17300");
  ASSERT_TRUE(rochelle);
  EXPECT_EQ(layer.names[*rochelle], "Rochelle");
}

TEST_F(SourceFormatsTest, Windows1252WithoutCpgAndWithoutLanguageDriver) {
  TempDir dir;
  const std::string shp = write_cp1252_shapefile(dir);
  const std::string dbf = dir.file("communes17-cp1252.dbf");
  fs::remove(dir.file("communes17-cp1252.cpg"));
  set_language_driver(dbf, 0);
  // The fixture is what it claims: no .cpg, byte 29 is 0, and the names are Windows-1252 bytes.
  ASSERT_FALSE(fs::exists(dir.file("communes17-cp1252.cpg")));
  const std::string bytes = read_file(dbf);
  ASSERT_EQ(bytes.at(29), 0);
  ASSERT_NE(bytes.find("\xCE"
                       "le-d'Aix"),
            std::string::npos);
  ASSERT_NE(bytes.find("D\x9C"
                       "uil-sur-le-Mignon"),
            std::string::npos);
  ASSERT_EQ(bytes.find("Île-d'Aix"), std::string::npos) << "the table was written as UTF-8";

  const core::VectorLayer layer = load_one(shp);
  EXPECT_EQ(layer.feature_count(), 466u);
  expect_french_names(layer);
}

TEST_F(SourceFormatsTest, Windows1252WithCpg) {
  TempDir dir;
  const std::string shp = write_cp1252_shapefile(dir);
  set_language_driver(dir.file("communes17-cp1252.dbf"), 0);
  write_file(dir.file("communes17-cp1252.cpg"), "1252");
  expect_french_names(load_one(shp));
}

TEST_F(SourceFormatsTest, Utf8WithCpg) {
  TempDir dir;
  const std::string shp = dir.file("communes17-utf8.shp");
  ASSERT_EQ(translate(commune_file("17"), shp, {"-lco", "ENCODING=UTF-8"}), "");
  ASSERT_EQ(read_file(dir.file("communes17-utf8.cpg")).substr(0, 5), "UTF-8");
  ASSERT_NE(read_file(dir.file("communes17-utf8.dbf")).find("Île-d'Aix"), std::string::npos);
  expect_french_names(load_one(shp));
}

TEST_F(SourceFormatsTest, GeoPackageWithSeveralLayers) {
  TempDir dir;
  const std::string gpkg = dir.file("territoires.gpkg");
  ASSERT_EQ(translate(commune_file("17"), gpkg, {"-f", "GPKG", "-nln", "communes17"}), "");
  ASSERT_EQ(translate(departements_file(), gpkg,
                      {"-f", "GPKG", "-update", "-nln", "departements", "-t_srs", "EPSG:2154"}),
            "");
  auto layers = load_layers({gpkg});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  ASSERT_EQ(layers->size(), 2u);
  const core::VectorLayer& communes = (*layers)[0];
  const core::VectorLayer& deps = (*layers)[1];
  EXPECT_EQ(communes.name, "communes17");
  EXPECT_EQ(communes.driver, "GPKG");
  EXPECT_EQ(communes.feature_count(), 466u);
  EXPECT_EQ(communes.crs, "EPSG:4326");
  EXPECT_EQ(deps.name, "departements");
  EXPECT_EQ(deps.feature_count(), 101u);
  EXPECT_EQ(deps.crs, "EPSG:2154");
  EXPECT_EQ(communes.names[*communes.find("17004")], "Île-d'Aix");
  expect_same_places(load_one(commune_file("17")), communes, 2.0);
  expect_same_places(load_one(departements_file()), deps, 2.0);

  core::LoadOptions only;
  only.layer = "departements";
  auto one = load_layers({gpkg}, only);
  ASSERT_TRUE(one.ok()) << core::testing::text(one.error());
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ(one->front().name, "departements");
  EXPECT_EQ(one->front().feature_count(), 101u);

  only.layer = "regions";
  auto none = load_layers({gpkg}, only);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.code(), core::MessageCode::LayerNoLayerNamed);
  EXPECT_EQ(core::testing::text(none.error()), gpkg + ": no layer named \"regions\" in this file");
}

TEST_F(SourceFormatsTest, FlatGeobuf) {
  TempDir dir;
  const std::string fgb = dir.file("communes974.fgb");
  ASSERT_EQ(translate(commune_file("974"), fgb, {"-f", "FlatGeobuf"}), "");
  const core::VectorLayer layer = load_one(fgb);
  EXPECT_EQ(layer.driver, "FlatGeobuf");
  EXPECT_EQ(layer.feature_count(), 24u);
  EXPECT_EQ(layer.crs, "EPSG:4326");
  EXPECT_EQ(layer.names[*layer.find("97411")], "Saint-Denis");
  expect_same_places(load_one(commune_file("974")), layer, 0.01);
}

}  // namespace
}  // namespace lumiere::test
