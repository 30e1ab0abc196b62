// The COG registry on the real @etalab/decoupage-administratif files, and how the 2018 boundary
// layers match it (numbers checked against the data by an independent count, see the README of
// the sample data: 34,864 codes in both, 493 only in the boundaries of which 408 merged since).
#include "core/cog/cog_registry.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/cog/cog_match.h"
#include "core/geometry/zone.h"
#include "core/layers/layer_loader.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::CogRegistry;
using core::CommuneType;

class CogRegistryTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }
  const CogRegistry& cog() const { return *cog_registry(); }
};

TEST_F(CogRegistryTest, Counts) {
  std::size_t current = 0, delegated = 0, associated = 0, arrondissements = 0;
  for (const core::CogCommune& c : cog().communes()) {
    switch (c.type) {
      case CommuneType::Current:
        ++current;
        break;
      case CommuneType::Delegated:
        ++delegated;
        break;
      case CommuneType::Associated:
        ++associated;
        break;
      case CommuneType::MunicipalArrondissement:
        ++arrondissements;
        break;
    }
  }
  EXPECT_EQ(cog().communes().size(), 37590u);
  EXPECT_EQ(current, 34969u);
  EXPECT_EQ(delegated, 2105u);
  EXPECT_EQ(associated, 471u);
  EXPECT_EQ(arrondissements, 45u);
  EXPECT_EQ(cog().epcis().size(), 1255u);

  // The files also list the collectivités d'outre-mer as départements and régions (975, 977,
  // 978, 984, 986..989): 101 mapped départements and 18 régions besides them.
  auto mapped = [](const auto& items) {
    return std::count_if(items.begin(), items.end(),
                         [](const auto& i) { return core::zone_from_code(i.code).has_value(); });
  };
  EXPECT_EQ(cog().departements().size(), 109u);
  EXPECT_EQ(mapped(cog().departements()), 101);
  EXPECT_EQ(cog().regions().size(), 26u);
  EXPECT_EQ(mapped(cog().regions()), 18);
}

TEST_F(CogRegistryTest, Lookups) {
  const core::CogCommune* rochelle = cog().commune("17300");
  ASSERT_NE(rochelle, nullptr);
  EXPECT_EQ(rochelle->name, "La Rochelle");
  EXPECT_EQ(rochelle->type, CommuneType::Current);
  EXPECT_EQ(rochelle->departement, "17");
  EXPECT_EQ(rochelle->region, "75");
  EXPECT_EQ(rochelle->siren, "211703004");
  EXPECT_EQ(rochelle->population, 79851);
  EXPECT_EQ(rochelle->postal_codes, std::vector<std::string>{"17000"});
  EXPECT_EQ(rochelle->epci, "241700434");
  const core::CogEpci* agglo = cog().epci("241700434");
  ASSERT_NE(agglo, nullptr);
  EXPECT_EQ(agglo->name, "CA de La Rochelle");
  EXPECT_EQ(agglo->type, "CA");
  EXPECT_EQ(agglo->members.size(), 28u);
  EXPECT_TRUE(std::count(agglo->members.begin(), agglo->members.end(), "17300"));

  ASSERT_NE(cog().commune("2A004"), nullptr);
  EXPECT_EQ(cog().commune("2A004")->name, "Ajaccio");
  ASSERT_NE(cog().commune("97411"), nullptr);
  EXPECT_EQ(cog().commune("97411")->departement, "974");
  EXPECT_EQ(cog().commune("97411")->region, "04");

  ASSERT_NE(cog().departement("17"), nullptr);
  EXPECT_EQ(cog().departement("17")->name, "Charente-Maritime");
  EXPECT_EQ(cog().departement("17")->region, "75");
  ASSERT_NE(cog().region("75"), nullptr);
  EXPECT_EQ(cog().region("75")->name, "Nouvelle-Aquitaine");
  ASSERT_NE(cog().region("04"), nullptr);
  EXPECT_EQ(cog().region("04")->name, "La Réunion");

  EXPECT_EQ(cog().commune("99999"), nullptr);
  EXPECT_EQ(cog().departement("20"), nullptr);
  EXPECT_EQ(cog().epci("000000000"), nullptr);
}

TEST_F(CogRegistryTest, CurrentCommuneOfDelegatedAndAssociatedCommunes) {
  // Tourlaville, delegated commune of Cherbourg-en-Cotentin since 2016.
  const core::CogCommune* tourlaville = cog().commune("50602");
  ASSERT_NE(tourlaville, nullptr);
  EXPECT_EQ(tourlaville->type, CommuneType::Delegated);
  EXPECT_EQ(tourlaville->chef_lieu, "50129");
  const core::CogCommune* now = cog().current_commune("50602");
  ASSERT_NE(now, nullptr);
  EXPECT_EQ(now->code, "50129");
  EXPECT_EQ(now->name, "Cherbourg-en-Cotentin");
  // Hiers-Brouage, in the 2018 boundaries, is now part of Marennes-Hiers-Brouage.
  ASSERT_NE(cog().current_commune("17189"), nullptr);
  EXPECT_EQ(cog().current_commune("17189")->name, "Marennes-Hiers-Brouage");
  // An associated commune, in another département than its chef-lieu's code suggests.
  ASSERT_NE(cog().current_commune("02285"), nullptr);
  EXPECT_EQ(cog().current_commune("02285")->code, "59545");
  // A code that is both the chef-lieu (current) and a delegated commune: the current one.
  ASSERT_NE(cog().commune("01015"), nullptr);
  EXPECT_EQ(cog().commune("01015")->type, CommuneType::Current);
  EXPECT_EQ(cog().commune("01015")->name, "Arboys en Bugey");
  EXPECT_EQ(cog().current_commune("01015"), cog().commune("01015"));
  // A code the COG keeps only among the former codes (anciensCodes) of a current commune:
  // Tirepied (50206), absorbed by Tirepied-sur-Sée (issue 19).
  EXPECT_EQ(cog().commune("50206"), nullptr);
  ASSERT_NE(cog().current_commune("50206"), nullptr);
  EXPECT_EQ(cog().current_commune("50206")->code, "50597");
  // A current commune is its own; a municipal arrondissement and an unknown code have none.
  EXPECT_EQ(cog().current_commune("17300"), cog().commune("17300"));
  EXPECT_EQ(cog().current_commune("75101"), nullptr);
  EXPECT_EQ(cog().current_commune("50999"), nullptr);
}

TEST_F(CogRegistryTest, MatchOfTheNationalCommuneLayer) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& communes = layers->front();
  EXPECT_EQ(core::detect_kind(communes, cog()), core::TerritoryKind::Commune);
  const core::CogMatch m = core::match_cog(communes, cog());
  EXPECT_EQ(m.kind, core::TerritoryKind::Commune);
  EXPECT_EQ(m.matched.size(), 34864u);
  EXPECT_EQ(m.layer_only.size(), 493u);
  // All 493: 408 as communes déléguées or associées, 85 only through the anciensCodes of their
  // current commune (issue 19).
  EXPECT_EQ(m.merged.size(), 493u);
  EXPECT_EQ(m.matched.size() + m.layer_only.size(), communes.feature_count());
  // 105 current communes have no 2018 boundary: 11 communes created since, and 94 in the
  // collectivités d'outre-mer, which are not mapped and so not expected in the layer.
  EXPECT_EQ(m.cog_only,
            (std::vector<std::string>{"12218", "14581", "14666", "15031", "15035", "15047", "15171",
                                      "49126", "69114", "85165", "85212"}));
  const auto merged = std::find(m.merged.begin(), m.merged.end(),
                                std::pair<std::string, std::string>{"17189", "17219"});
  EXPECT_NE(merged, m.merged.end()) << "Hiers-Brouage merged into Marennes-Hiers-Brouage";
  for (const auto& [old_code, new_code] : m.merged) {
    ASSERT_TRUE(std::binary_search(m.layer_only.begin(), m.layer_only.end(), old_code));
    const core::CogCommune* now = cog().commune(new_code);
    ASSERT_NE(now, nullptr) << new_code;
    EXPECT_EQ(now->type, CommuneType::Current) << new_code;
  }
  EXPECT_TRUE(std::binary_search(m.layer_only.begin(), m.layer_only.end(), "50206"));
  EXPECT_TRUE(std::binary_search(m.matched.begin(), m.matched.end(), "17300"));
}

TEST_F(CogRegistryTest, MatchOfTheDepartementLayer) {
  auto layers = core::load_layers({departements_file()});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  core::VectorLayer& deps = layers->front();
  const core::CogMatch m = core::match_cog(deps, cog());
  EXPECT_EQ(m.kind, core::TerritoryKind::Departement);
  EXPECT_EQ(m.matched.size(), 101u);
  EXPECT_TRUE(m.layer_only.empty());
  EXPECT_TRUE(m.cog_only.empty()) << m.cog_only.front() << " is not a mapped département";
  EXPECT_TRUE(m.merged.empty());
  core::apply_official_names(deps, cog());
  EXPECT_EQ(deps.display_name(*deps.find("974")), "La Réunion");
  EXPECT_EQ(deps.display_name(*deps.find("2A")), "Corse-du-Sud");
}

TEST_F(CogRegistryTest, MatchOfOneDepartementsCommunes) {
  auto layers = core::load_layers({commune_file("17")});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  core::VectorLayer& communes = layers->front();
  const core::CogMatch m = core::match_cog(communes, cog());
  EXPECT_EQ(m.matched.size(), 462u);
  EXPECT_EQ(m.layer_only, (std::vector<std::string>{"17169", "17189", "17272", "17334"}));
  EXPECT_EQ(m.merged.size(), 4u);
  // The COG side is the départements the layer covers: no current commune of Charente-Maritime
  // lacks a 2018 boundary (the four merged into communes that are in the layer).
  EXPECT_TRUE(m.cog_only.empty()) << m.cog_only.size() << " first " << m.cog_only.front();
  core::apply_official_names(communes, cog());
  const std::size_t rochelle = *communes.find("17300");
  EXPECT_EQ(communes.names[rochelle], "Rochelle");
  EXPECT_EQ(communes.official_names[rochelle], "La Rochelle");
  EXPECT_EQ(communes.display_name(rochelle), "La Rochelle");
  const std::size_t brouage = *communes.find("17189");
  EXPECT_EQ(communes.official_names[brouage], "") << "no current commune has this code";
  EXPECT_EQ(communes.display_name(brouage), "Hiers-Brouage");
}

TEST(CogRegistryLoad, NotACogFolder) {
  TempDir dir;
  auto missing = CogRegistry::load(dir.path().string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.code(), core::MessageCode::CogFileUnreadable);
  EXPECT_EQ(core::testing::text(missing.error()),
            dir.file("communes.json") +
                ": cannot open the COG file; run scripts/fetch-data or "
                "give the COG folder with --cog");
  write_file(dir.file("communes.json"), R"({"not": "an array"})");
  auto wrong = CogRegistry::load(dir.path().string());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.code(), core::MessageCode::CogNotJsonArray);
  EXPECT_EQ(core::testing::text(wrong.error()),
            dir.file("communes.json") +
                ": not a COG file (a JSON array was expected); get it "
                "again with scripts/fetch-data");
}

// Found by fuzz/cog_registry_fuzz (UBSan): a population beyond int64 (1e300, 2^64) was converted
// to int64, which is undefined. It reads as 0 (unknown), as a missing one does.
TEST(CogRegistryLoad, PopulationsBeyondInt64AreZero) {
  TempDir dir;
  write_file(dir.file("communes.json"),
             R"([{"code": "01001", "population": 1e300}, {"code": "01002", "population": -1e19},)"
             R"( {"code": "01004", "population": 18446744073709551615},)"
             R"( {"code": "01005", "population": 1234.0}, {"code": "01006", "population": 56}])");
  for (const char* file : {"departements.json", "regions.json"}) write_file(dir.file(file), "[]");
  write_file(
      dir.file("epci.json"),
      R"([{"code": "200000172", "populationTotale": 1e30, "membres": [{"code": "01001"}]}])");
  auto cog = CogRegistry::load(dir.path().string());
  ASSERT_TRUE(cog.ok()) << core::testing::text(cog.error());
  EXPECT_EQ(cog->commune("01001")->population, 0);
  EXPECT_EQ(cog->commune("01002")->population, 0);
  EXPECT_EQ(cog->commune("01004")->population, 0);
  EXPECT_EQ(cog->commune("01005")->population, 1234);
  EXPECT_EQ(cog->commune("01006")->population, 56);
  EXPECT_EQ(cog->epci("200000172")->population, 0);
}

}  // namespace
}  // namespace lumiere::test
