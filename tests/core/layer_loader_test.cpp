// load_layers on the real boundaries: the national commune layer merged from its 101 files, the
// départements, well-known communes, and how the code and name fields are found.
#include "core/layers/layer_loader.h"

#include <gtest/gtest.h>

#include <set>

#include "core/cog/cog_match.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::load_layers;
using core::LoadOptions;

class LayerLoaderTest : public DataTest {};

TEST_F(LayerLoaderTest, NationalCommunesMergeIntoOneLayer) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  ASSERT_EQ(layers->size(), 1u);
  const core::VectorLayer& communes = layers->front();
  EXPECT_EQ(communes.name, "communes");
  EXPECT_EQ(communes.driver, "GeoJSON");
  EXPECT_EQ(communes.sources, commune_files());
  EXPECT_EQ(communes.feature_count(), 35357u);
  EXPECT_EQ(communes.geometry.feature_count(), 35357u);
  EXPECT_EQ(communes.names.size(), 35357u);
  EXPECT_EQ(communes.official_names.size(), 35357u);
  EXPECT_EQ(communes.code_field, "code");
  EXPECT_EQ(communes.name_field, "nom");
  EXPECT_EQ(communes.crs, "EPSG:4326");
  EXPECT_EQ(communes.geometry_type, "MultiPolygon");
  // Every code is distinct, and every feature has a geometry.
  EXPECT_EQ(std::set<std::string>(communes.codes.begin(), communes.codes.end()).size(), 35357u);
  std::size_t mapped = 0;
  for (std::size_t f = 0; f < communes.feature_count(); ++f)
    mapped += communes.geometry.has_geometry(f) ? 1 : 0;
  EXPECT_EQ(mapped, 35357u);
  const core::GeometryReport& r = communes.report;
  EXPECT_EQ(r.null_geometries, 0u);
  EXPECT_EQ(r.empty, 0u);
  EXPECT_EQ(r.other_type, 0u);
  EXPECT_EQ(r.invalid, r.repaired) << "an invalid commune could not be repaired";
  // Merged in the order given: the first file's first feature leads, Mayotte's close.
  EXPECT_TRUE(communes.codes.front().starts_with("01"));
  EXPECT_TRUE(communes.codes.back().starts_with("976"));
}

TEST_F(LayerLoaderTest, DepartementsFile) {
  auto layers = load_layers({departements_file()});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  ASSERT_EQ(layers->size(), 1u);
  const core::VectorLayer& deps = layers->front();
  EXPECT_EQ(deps.name, "departements-avec-outre-mer");
  EXPECT_EQ(deps.feature_count(), 101u);
  EXPECT_EQ(deps.code_field, "code");
  EXPECT_EQ(deps.name_field, "nom");
  EXPECT_TRUE(deps.warnings.empty()) << core::testing::text(deps.warnings.front());
  for (const char* code : {"01", "2A", "2B", "17", "95", "971", "972", "973", "974", "976"}) {
    const auto f = deps.find(code);
    ASSERT_TRUE(f) << code;
    EXPECT_TRUE(deps.geometry.has_geometry(*f)) << code;
  }
  EXPECT_FALSE(deps.find("20"));
  EXPECT_FALSE(deps.find("975"));
  EXPECT_EQ(deps.names[*deps.find("17")], "Charente-Maritime");
  EXPECT_EQ(deps.names[*deps.find("974")], "La Réunion");
}

// Two-digit codes say nothing of the zone (région 04 is La Réunion, département 04 the
// Alpes-de-Haute-Provence): the overseas régions land in their insets by position.
TEST_F(LayerLoaderTest, OverseasRegionsLandInTheirInsets) {
  auto layers = load_layers({data_dir() + "/boundaries/regions-avec-outre-mer.geojson"});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& regions = layers->front();
  ASSERT_EQ(regions.feature_count(), 18u);
  const core::MapSpace space;
  const std::pair<const char*, core::Zone> expected[] = {
      {"01", core::Zone::Guadeloupe}, {"02", core::Zone::Martinique},
      {"03", core::Zone::Guyane},     {"04", core::Zone::Reunion},
      {"06", core::Zone::Mayotte},    {"84", core::Zone::Metropole}};
  for (const auto& [code, zone] : expected) {
    const auto f = regions.find(code);
    ASSERT_TRUE(f) << code;
    EXPECT_EQ(regions.geometry.zone(*f), zone) << code;
    EXPECT_EQ(space.zone_at(regions.geometry.label_point(*f)), zone) << code;
  }
  const core::Box e = regions.geometry.extent();
  const core::Box france = space.france_extent();
  EXPECT_TRUE(france.contains({e.min_x, e.min_y}) && france.contains({e.max_x, e.max_y}));
}

TEST_F(LayerLoaderTest, WellKnownCommunesByCodeAndName) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  core::VectorLayer communes = [&] {
    // A copy of the codes and names only: apply_official_names needs a mutable layer.
    core::VectorLayer copy;
    copy.codes = layers->front().codes;
    copy.names = layers->front().names;
    copy.official_names.assign(copy.codes.size(), "");
    copy.index_codes();
    return copy;
  }();
  struct Known {
    const char* code;
    const char* layer_name;
    const char* official_name;
  };
  for (const Known& k :
       {Known{"17300", "Rochelle", "La Rochelle"}, Known{"2A004", "Ajaccio", "Ajaccio"},
        Known{"97411", "Saint-Denis", "Saint-Denis"}, Known{"17004", "Île-d'Aix", "Île-d'Aix"}}) {
    const auto f = communes.find(k.code);
    ASSERT_TRUE(f) << k.code;
    EXPECT_EQ(communes.codes[*f], k.code);
    EXPECT_EQ(communes.names[*f], k.layer_name);
    // Before the COG is applied, the layer's own name is the one shown.
    EXPECT_EQ(communes.display_name(*f), k.layer_name);
  }
  // Found by name too (the layer's own names, as a search would): names repeat across France.
  auto codes_named = [&](const std::string& name) {
    std::set<std::string> codes;
    for (std::size_t f = 0; f < communes.feature_count(); ++f) {
      if (communes.names[f] == name) codes.insert(communes.codes[f]);
    }
    return codes;
  };
  EXPECT_EQ(codes_named("Rochelle"), (std::set<std::string>{"17300", "70450"}));
  EXPECT_EQ(codes_named("Ajaccio"), (std::set<std::string>{"2A004"}));
  EXPECT_EQ(codes_named("Saint-Denis"),
            (std::set<std::string>{"11339", "30247", "93066", "97411"}));
  EXPECT_TRUE(codes_named("La Rochelle").empty()) << "the 2018 layer lacks the article";

  const auto& cog = cog_registry();
  ASSERT_TRUE(cog.ok()) << core::testing::text(cog.error());
  core::apply_official_names(communes, *cog);
  for (const Known& k :
       {Known{"17300", "Rochelle", "La Rochelle"}, Known{"2A004", "Ajaccio", "Ajaccio"},
        Known{"97411", "Saint-Denis", "Saint-Denis"}}) {
    const std::size_t f = *communes.find(k.code);
    EXPECT_EQ(communes.official_names[f], k.official_name) << k.code;
    EXPECT_EQ(communes.display_name(f), k.official_name) << k.code;
    EXPECT_EQ(communes.names[f], k.layer_name) << "the layer's own name stays available";
  }
  // A commune merged since 2018 has no current COG entry: its own name is shown.
  const auto merged = communes.find("50206");
  ASSERT_TRUE(merged);
  EXPECT_TRUE(communes.official_names[*merged].empty());
  EXPECT_EQ(communes.display_name(*merged), communes.names[*merged]);
}

TEST_F(LayerLoaderTest, FilesOfDifferentKindsStaySeparateLayers) {
  // Files of one driver with the same fields merge into one layer; a file with other fields
  // makes a layer of its own.
  TempDir dir;
  const std::string other = dir.file("other.geojson");
  write_file(other, feature_collection({feature(R"({"INSEE_COM":"17300","NOM":"La Rochelle"})",
                                                square(-1.16, 46.15, 0.01))}));
  auto layers = load_layers({commune_file("17"), other});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  ASSERT_EQ(layers->size(), 2u);
  EXPECT_EQ((*layers)[0].name, "communes-17-charente-maritime");
  EXPECT_EQ((*layers)[0].feature_count(), 466u);
  EXPECT_EQ((*layers)[1].name, "other");
  EXPECT_EQ((*layers)[1].feature_count(), 1u);

  auto merged = load_layers({commune_file("17"), commune_file("974")});
  ASSERT_TRUE(merged.ok()) << core::testing::text(merged.error());
  ASSERT_EQ(merged->size(), 1u);
  EXPECT_EQ(merged->front().name, "communes");
  EXPECT_EQ(merged->front().feature_count(), 466u + 24u);
  EXPECT_EQ(merged->front().sources.size(), 2u);
}

TEST(FieldDetection, CodeFieldsCaseInsensitively) {
  using core::detect_code_field;
  EXPECT_EQ(detect_code_field({"code", "nom"}), 0);
  EXPECT_EQ(detect_code_field({"ID", "INSEE_COM", "NOM"}), 1);
  EXPECT_EQ(detect_code_field({"NOM", "INSEE_DEP"}), 1);
  EXPECT_EQ(detect_code_field({"libgeo", "codgeo"}), 1);
  EXPECT_EQ(detect_code_field({"CODGEO", "LIBGEO"}), 0);
  EXPECT_EQ(detect_code_field({"Code", "Nom"}), 0);
  EXPECT_EQ(detect_code_field({"nom", "population"}), -1);
  EXPECT_EQ(detect_code_field({}), -1);
  // "code" is preferred over a looser name wherever it stands.
  EXPECT_EQ(detect_code_field({"insee", "code"}), 1);
}

TEST(FieldDetection, NameFieldsCaseInsensitively) {
  using core::detect_name_field;
  EXPECT_EQ(detect_name_field({"code", "nom"}), 1);
  EXPECT_EQ(detect_name_field({"INSEE_COM", "NOM"}), 1);
  EXPECT_EQ(detect_name_field({"codgeo", "libgeo"}), 1);
  EXPECT_EQ(detect_name_field({"CODGEO", "LIBGEO"}), 1);
  EXPECT_EQ(detect_name_field({"Nom", "Code"}), 0);
  EXPECT_EQ(detect_name_field({"code", "population"}), -1);
}

// One feature in La Rochelle with the given properties, loaded: the fields the loader chose.
struct Detected {
  std::string code_field, name_field, code, name;
};
core::Result<Detected> load_with_properties(const TempDir& dir, const std::string& properties,
                                            const LoadOptions& options = {}) {
  const std::string path = dir.file("fields.geojson");
  write_file(path, feature_collection({feature(properties, square(-1.16, 46.15, 0.01))}));
  auto layers = load_layers({path}, options);
  if (!layers) return layers.error();
  const core::VectorLayer& l = layers->front();
  return Detected{l.code_field, l.name_field, l.codes.at(0), l.names.at(0)};
}

TEST(FieldDetection, ThroughLoad) {
  TempDir dir;
  struct Case {
    const char* properties;
    const char* code_field;
    const char* name_field;
    const char* code;
  };
  for (const Case& c : {
           Case{R"({"code":"17300","nom":"La Rochelle"})", "code", "nom", "17300"},
           Case{R"({"INSEE_COM":"17300","NOM":"La Rochelle"})", "INSEE_COM", "NOM", "17300"},
           Case{R"({"INSEE_DEP":"17","NOM":"La Rochelle"})", "INSEE_DEP", "NOM", "17"},
           Case{R"({"codgeo":"17300","libgeo":"La Rochelle"})", "codgeo", "libgeo", "17300"},
           Case{R"({"CodGeo":"17300","LibGeo":"La Rochelle"})", "CodGeo", "LibGeo", "17300"},
           Case{R"({"population":75000,"Code":"17300","Nom":"La Rochelle"})", "Code", "Nom",
                "17300"},
       }) {
    auto detected = load_with_properties(dir, c.properties);
    ASSERT_TRUE(detected.ok()) << c.properties << ": " << core::testing::text(detected.error());
    EXPECT_EQ(detected->code_field, c.code_field) << c.properties;
    EXPECT_EQ(detected->name_field, c.name_field) << c.properties;
    EXPECT_EQ(detected->code, c.code) << c.properties;
    EXPECT_EQ(detected->name, "La Rochelle") << c.properties;
  }
}

TEST(FieldDetection, NoCodeFieldLoadsWithAWarning) {
  TempDir dir;
  const std::string path = dir.file("nocode.geojson");
  write_file(path, feature_collection({feature(R"({"population":75000,"nom":"La Rochelle"})",
                                               square(-1.16, 46.15, 0.01))}));
  auto layers = load_layers({path});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& l = layers->front();
  EXPECT_EQ(l.code_field, "");
  EXPECT_EQ(l.name_field, "nom");
  EXPECT_EQ(l.codes.at(0), "");
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0].code, core::MessageCode::LayerNoCodeField);
  EXPECT_EQ(core::testing::text(l.warnings[0]),
            path +
                ": no COG code field found; name it with --code-field (zones are then found "
                "from positions)");
  // The zone then comes from the position.
  EXPECT_EQ(l.geometry.zone(0), core::Zone::Metropole);
}

TEST(FieldDetection, ExplicitFieldsWinOverDetection) {
  TempDir dir;
  const std::string properties =
      R"({"code":"X1","nom":"wrong","ident":"17300","appellation":"La Rochelle"})";
  LoadOptions options;
  options.code_field = "ident";
  options.name_field = "APPELLATION";  // matched case-insensitively, reported as in the file
  auto detected = load_with_properties(dir, properties, options);
  ASSERT_TRUE(detected.ok()) << core::testing::text(detected.error());
  EXPECT_EQ(detected->code_field, "ident");
  EXPECT_EQ(detected->name_field, "appellation");
  EXPECT_EQ(detected->code, "17300");
  EXPECT_EQ(detected->name, "La Rochelle");
}

TEST(FieldDetection, UnknownExplicitFieldNamesTheFields) {
  TempDir dir;
  const std::string path = dir.file("fields.geojson");
  LoadOptions options;
  options.code_field = "codeinsee";
  auto detected = load_with_properties(dir, R"({"code":"17300","nom":"La Rochelle"})", options);
  ASSERT_FALSE(detected.ok());
  EXPECT_EQ(detected.code(), core::MessageCode::LayerNoCodeFieldNamed);
  EXPECT_EQ(core::testing::text(detected.error()),
            path + ": no field named \"codeinsee\" for the COG code; the fields are: code, nom");

  LoadOptions by_name;
  by_name.name_field = "libelle";
  auto named = load_with_properties(dir, R"({"code":"17300","nom":"La Rochelle"})", by_name);
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.code(), core::MessageCode::LayerNoNameFieldNamed);
  EXPECT_EQ(core::testing::text(named.error()),
            path + ": no field named \"libelle\" for the name; the fields are: code, nom");
}

}  // namespace
}  // namespace lumiere::test
