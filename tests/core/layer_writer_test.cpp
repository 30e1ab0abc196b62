// Lumière's own GeoPackage: the layer written in map space comes back equal without being
// projected or checked again, follows insets that moved since, opens in GDAL as an ordinary
// Lambert-93 layer, and a failed save leaves the previous file whole.
#include "core/layers/layer_writer.h"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <string>
#include <string_view>

#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::Zone;

class LayerWriterTest : public DataTest {};

core::Result<std::vector<core::VectorLayer>> charente_and_reunion() {
  return core::load_layers({commune_file("17"), commune_file("974")});
}

TEST_F(LayerWriterTest, RoundTripGivesTheSameLayer) {
  auto layers = charente_and_reunion();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& original = layers->front();
  TempDir dir;
  const std::string gpkg = dir.file("communes.gpkg");
  ASSERT_TRUE(core::write_geopackage(gpkg, {&original}, core::MapSpace{}).ok());

  auto back = core::load_layers({gpkg});
  ASSERT_TRUE(back.ok()) << core::testing::text(back.error());
  ASSERT_EQ(back->size(), 1u);  // the lumiere_layers table is not a map layer
  const core::VectorLayer& read = back->front();
  EXPECT_EQ(read.crs, "EPSG:2154");
  ASSERT_EQ(read.feature_count(), original.feature_count());
  EXPECT_EQ(read.codes, original.codes);
  EXPECT_EQ(read.names, original.names);
  for (std::size_t f = 0; f < read.feature_count(); ++f) {
    EXPECT_EQ(read.geometry.zone(f), original.geometry.zone(f)) << read.codes[f];
    EXPECT_DOUBLE_EQ(read.geometry.area(f), original.geometry.area(f)) << read.codes[f];
    EXPECT_EQ(read.geometry.label_point(f), original.geometry.label_point(f)) << read.codes[f];
    EXPECT_EQ(read.geometry.bounds(f), original.geometry.bounds(f)) << read.codes[f];
  }
  EXPECT_EQ(read.geometry.point_count(), original.geometry.point_count());
}

TEST_F(LayerWriterTest, FeaturesFollowInsetsThatMoved) {
  auto layers = charente_and_reunion();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  TempDir dir;
  const std::string gpkg = dir.file("communes.gpkg");
  ASSERT_TRUE(core::write_geopackage(gpkg, {&layers->front()}, core::MapSpace{}).ok());
  core::LoadOptions options;
  options.map_space.move_inset(Zone::Reunion, {1300000, 6100000});
  auto back = core::load_layers({gpkg}, options);
  ASSERT_TRUE(back.ok()) << core::testing::text(back.error());
  const core::VectorLayer& read = back->front();
  const auto saint_denis = read.find("97411");
  const auto la_rochelle = read.find("17300");
  ASSERT_TRUE(saint_denis && la_rochelle);
  EXPECT_TRUE(options.map_space.inset(Zone::Reunion)
                  .frame.contains(read.geometry.label_point(*saint_denis)));
  // The metropole does not move.
  EXPECT_EQ(read.geometry.bounds(*la_rochelle),
            layers->front().geometry.bounds(*layers->front().find("17300")));
}

TEST_F(LayerWriterTest, OpensAsAnOrdinaryLambert93Layer) {
  auto layers = charente_and_reunion();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  TempDir dir;
  const std::string gpkg = dir.file("communes.gpkg");
  ASSERT_TRUE(core::write_geopackage(gpkg, {&layers->front()}, core::MapSpace{}).ok());
  GDALAllRegister();
  auto* ds = static_cast<GDALDataset*>(
      GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  ASSERT_NE(ds, nullptr);
  OGRLayer* layer = ds->GetLayerByName(layers->front().name.c_str());
  ASSERT_NE(layer, nullptr);
  ASSERT_NE(layer->GetSpatialRef(), nullptr);
  EXPECT_STREQ(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "2154");
  EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(layers->front().feature_count()));
  EXPECT_NE(ds->GetLayerByName("lumiere_layers"), nullptr);
  GDALClose(ds);
}

TEST_F(LayerWriterTest, AFailedSaveLeavesThePreviousFileWhole) {
  auto layers = charente_and_reunion();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  TempDir dir;
  const std::string gpkg = dir.file("communes.gpkg");
  ASSERT_TRUE(core::write_geopackage(gpkg, {&layers->front()}, core::MapSpace{}).ok());
  const std::string before = read_file(gpkg);
  // Writing into a folder that does not exist fails with one sentence and touches nothing.
  const auto missing = core::write_geopackage(dir.file("no/such/folder/x.gpkg"), {&layers->front()},
                                              core::MapSpace{});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.code(), core::MessageCode::WriteNoFolder);
  // Two layers with one name cannot both be created: the save fails half-way, the old file stays.
  const auto twice =
      core::write_geopackage(gpkg, {&layers->front(), &layers->front()}, core::MapSpace{});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.code(), core::MessageCode::WriteFailed);
  EXPECT_TRUE(core::testing::text(twice.error()).ends_with("; the previous file is unchanged"))
      << core::testing::text(twice.error());
  EXPECT_EQ(read_file(gpkg), before);
  // No temporary file is left beside it.
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
}

// Found by fuzz/insets_fuzz: a value of the wrong type threw nlohmann::json::type_error out of
// insets_from_json (and through MapDocument::from_json), ending the process.
TEST(InsetsJson, WrongTypesAreErrorsNotExceptions) {
  const char* cases[] = {
      R"([{"zone": [-2000000, 6300000, -70000000000, 200000]}])",
      R"([{"zone": "mayotte", "frame": 2.0, "offset": [0, 0], "scale": 1}])",
      R"([{"zone": "mayotte", "frame": ["a", 0, 1, 1], "offset": [0, 0], "scale": 1}])",
      R"([{"zone": "mayotte", "frame": [0, 0, 1, 1], "offset": {"x": 0}, "scale": 1}])",
      R"([{"zone": "mayotte", "frame": [0, 0, 1, 1], "offset": [0, 0], "scale": "2"}])",
      R"([{"zone": "mayotte", "frame": [0, 0, 1, 1], "offset": [0, 0], "scale": 1e999}])",
      R"([{"zone": "mayotte", "frame": [0, 0, 1, 1], "offset": [0, 0], "scale": 1, "visible": 1}])",
      R"([{"zone": "mayotte", "frame": [1, 0, 0, 1], "offset": [0, 0], "scale": 1}])",
      R"([{"zone": "mayotte", "frame": [0, 0, 1e999, 1], "offset": [0, 0], "scale": 1}])",
  };
  for (const char* json : cases) {
    core::Result<core::MapSpace> space = core::MapSpace{};
    EXPECT_NO_THROW(space = core::insets_from_json(json)) << json;
    ASSERT_FALSE(space.ok()) << json;
    // nlohmann refuses 1e999 while parsing; the rest is refused entry by entry.
    const core::MessageCode expected =
        std::string_view(json).find("1e999") != std::string_view::npos
            ? core::MessageCode::InsetLayoutNotJson
            : core::MessageCode::InsetEntryNotDrom;
    EXPECT_EQ(space.code(), expected) << json;
  }
  // What insets_to_json writes still reads back.
  core::MapSpace moved;
  moved.inset(Zone::Mayotte).visible = false;
  auto back = core::insets_from_json(core::insets_to_json(moved));
  ASSERT_TRUE(back.ok()) << core::testing::text(back.error());
  EXPECT_EQ(core::insets_to_json(*back), core::insets_to_json(moved));
}

}  // namespace
}  // namespace lumiere::test
