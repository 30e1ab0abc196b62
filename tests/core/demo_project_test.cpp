// The demo project on the real sample data: built once per test process for all of France (the
// national checks), and on three départements for the determinism checks (a few data files linked
// into a temporary data folder, so that the extra builds stay quick).
#include "core/project/demo_project.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include "core/model/analytics.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::core {
namespace {

namespace fs = std::filesystem;

class DemoProjectTest : public test::DataTest {
 protected:
  static void SetUpTestSuite() {
    if (!test::data_present()) return;
    demo_ = new Result<Project>(build_demo_project(test::data_dir()));
  }
  static void TearDownTestSuite() {
    delete demo_;
    demo_ = nullptr;
  }
  void SetUp() override {
    test::DataTest::SetUp();
    ASSERT_TRUE(demo_ && demo_->ok()) << (demo_ ? core::testing::text(demo_->error()) : "no demo");
  }
  static const Project& demo() { return demo_->value(); }
  static const Model& model() { return demo().model(); }

  static std::size_t current_communes() {
    std::size_t n = 0;
    for (const CogCommune& c : demo().cog().communes()) n += c.type == CommuneType::Current;
    return n;
  }

 private:
  static Result<Project>* demo_;
};
Result<Project>* DemoProjectTest::demo_ = nullptr;

TEST_F(DemoProjectTest, HoldsTheRealLayersAndCog) {
  const VectorLayer* communes = demo().layer("communes");
  const VectorLayer* departements = demo().layer("departements");
  const VectorLayer* source = demo().layer(kSourceCommunesLayer);
  ASSERT_TRUE(communes && departements && source);
  EXPECT_EQ(source->feature_count(), 35357u);  // the 101 files of the sample data
  EXPECT_EQ(departements->feature_count(), 101u);
  EXPECT_TRUE(communes->attributes.numbers("population"));
  EXPECT_EQ(communes->official_names[*communes->find("17300")], "La Rochelle");
  EXPECT_EQ(demo().cog().communes().size(), test::cog_registry()->communes().size());
}

// Issue 19: the commune layer drawn by default is on the current COG.
TEST_F(DemoProjectTest, CommunesAreTheCommunesOfToday) {
  const VectorLayer* communes = demo().layer("communes");
  ASSERT_TRUE(communes);
  std::set<std::string> codes;
  std::size_t placed = 0;
  for (std::size_t f = 0; f < communes->feature_count(); ++f) {
    const std::string& code = communes->codes[f];
    EXPECT_TRUE(codes.insert(code).second) << code << " drawn twice";
    const CogCommune* c = demo().cog().commune(code);
    ASSERT_TRUE(c) << code;
    EXPECT_EQ(c->type, CommuneType::Current) << code << " is not a commune of today";
    placed += c->type == CommuneType::Current;
  }
  // Every current commune of the DROM and metropolitan France that has a boundary in 2018 or
  // whose former communes have one: 34,875 less the communes created since from no 2018 piece.
  std::size_t with_a_piece = 0;
  const VectorLayer* source = demo().layer(kSourceCommunesLayer);
  std::set<std::string> reached;
  for (const std::string& code : source->codes) {
    if (const CogCommune* c = demo().cog().current_commune(code)) reached.insert(c->code);
  }
  with_a_piece = reached.size();
  EXPECT_EQ(placed, with_a_piece);
  EXPECT_GT(placed, 34800u);
  // Magnieu (01227) absorbed Saint-Champ (01341): its density counts both areas (57.0, not
  // 104.2 inhabitants per km²).
  const std::size_t magnieu = *communes->find("01227");
  const auto* density = communes->attributes.numbers("density");
  ASSERT_TRUE(density);
  EXPECT_NEAR((*density)[magnieu], 57.0, 0.5);
  EXPECT_NEAR(
      communes->geometry.area(magnieu),
      source->geometry.area(*source->find("01227")) + source->geometry.area(*source->find("01341")),
      1.0);
}

TEST_F(DemoProjectTest, SaysItsStructuresAndValuesAreSynthetic) {
  EXPECT_NE(demo().info.description.find("synthétiques"), std::string::npos);
  EXPECT_NE(demo().info.description.find("graine 42"), std::string::npos);
  EXPECT_NE(demo().info.description.find("COG"), std::string::npos);
  for (const Structure& s : model().structures()) {
    EXPECT_NE(s.contact.find("fictive"), std::string::npos) << s.id;
    EXPECT_NE(s.contact.find("synthétiques"), std::string::npos) << s.id;
    if (s.kind != StructureKind::Epci) {
      EXPECT_NE(s.name.find("ficti"), std::string::npos) << s.id;  // fictif, offre fictive
    }
  }
  for (const auto& [key, v] : model().indicators()) {
    ASSERT_NE(v.source.find("Synthétique"), std::string::npos) << v.commune;
  }
}

TEST_F(DemoProjectTest, AboutTwoThirdsOfTheDepartementsHaveASyndicatSomeRegional) {
  const CogRegistry& cog = demo().cog();
  std::set<std::string> with_syndicat;
  std::size_t regional = 0;
  for (const Structure& s : model().structures()) {
    if (s.kind != StructureKind::SyndicatMixte) continue;
    std::set<std::string> deps;
    for (const std::string& code : structure_communes(model(), s.id)) {
      deps.insert(cog.commune(code)->departement);
    }
    EXPECT_FALSE(deps.empty()) << s.id << " has no member";
    with_syndicat.insert(deps.begin(), deps.end());
    if (s.id.starts_with("si-r")) {
      ++regional;
      EXPECT_GE(deps.size(), 2u) << s.id;
    }
  }
  // 101 départements on the map; EPCI members spill over a few borders.
  EXPECT_GE(with_syndicat.size(), 60u);
  EXPECT_LE(with_syndicat.size(), 80u);
  EXPECT_GE(regional, 2u);
  EXPECT_LE(regional, 3u);
  // A centre de gestion per département, and some EPCI as structures.
  std::map<StructureKind, std::size_t> kinds;
  for (const Structure& s : model().structures()) ++kinds[s.kind];
  EXPECT_EQ(kinds[StructureKind::CentreDeGestion], 101u);
  EXPECT_GT(kinds[StructureKind::Epci], 100u);
  for (const Membership& m : model().memberships()) {
    ASSERT_TRUE(m.since && is_iso_date(*m.since)) << m.structure_id << " " << m.member_code;
  }
}

TEST_F(DemoProjectTest, LeavesWhiteZones) {
  for (const Usage& u : model().usages()) {
    const auto cov = coverage(model(), u.id);
    EXPECT_GT(cov->covered_communes, 0u) << u.id;
    EXPECT_LT(cov->covered_communes, cov->total_communes) << u.id;
    EXPECT_FALSE(white_zones(model(), u.id).empty()) << u.id;
  }
}

TEST_F(DemoProjectTest, EveryCurrentCommuneHasAValuePerUsage) {
  const std::size_t n = current_communes();
  EXPECT_EQ(model().usages().size(), 8u);
  EXPECT_EQ(model().indicators().size(), n * model().usages().size());
  for (const Usage& u : model().usages()) {
    EXPECT_TRUE(model().indicator("17300", u.id, 2024)) << u.id;
    EXPECT_TRUE(model().indicator("2A004", u.id, 2024)) << u.id;
  }
}

TEST_F(DemoProjectTest, RatesAreBetweenZeroAndOneAndGroupsCountEveryCommune) {
  const std::size_t n = current_communes();
  for (const Usage& u : model().usages()) {
    for (Grouping by : {Grouping::Stratum, Grouping::Departement, Grouping::Region, Grouping::Epci,
                        Grouping::Structure}) {
      AdoptionOptions options;
      options.by = by;
      options.territory = Territory::WithOverseasCollectivities;  // n counts the COM too
      std::size_t communes = 0, observed = 0;
      for (const AdoptionGroup& g : adoption_rates(model(), u.id, 2024, options)) {
        communes += g.communes;
        observed += g.observed_communes;
        for (const auto& rate : {g.adoption_rate, g.adoption_rate_population}) {
          if (!rate) continue;
          EXPECT_GE(*rate, 0.0) << u.id << " " << g.key;
          EXPECT_LE(*rate, 1.0) << u.id << " " << g.key;
        }
      }
      // Structure groups overlap (a commune counts for each structure covering it).
      if (by == Grouping::Structure) {
        EXPECT_GE(communes, n) << u.id;
      } else {
        EXPECT_EQ(communes, n) << u.id;
        EXPECT_EQ(observed, n) << u.id;
      }
    }
  }
}

TEST_F(DemoProjectTest, TheFractureBetweenStrataShows) {
  for (const Usage& u : model().usages()) {
    // The compact strata: the last legal one (200 000 and more) has only 11 communes.
    AdoptionOptions compact;
    compact.strata = Strata::compact();
    const auto groups = adoption_rates(model(), u.id, 2024, compact);
    ASSERT_EQ(groups.size(), 9u);
    ASSERT_TRUE(groups.front().adoption_rate && groups.back().adoption_rate);
    const double small = *groups.front().adoption_rate, large = *groups.back().adoption_rate;
    // PES is nearly universal, so its gap is the narrowest.
    EXPECT_LT(small, large - (u.id == "pes" ? 0.15 : 0.3)) << u.id;
    const FractureMetrics f = fracture_metrics(model(), u.id, 2024);
    ASSERT_TRUE(f.strata_gap && f.covered_minus_uncovered && f.strata_ratio) << u.id;
    EXPECT_GT(*f.strata_gap, 0.15) << u.id;
    EXPECT_GT(*f.covered_minus_uncovered, 0.05) << u.id;  // membership helps
  }
  const auto actes = adoption_rates(model(), "actes", 2024);
  std::cout << "actes: < 500 " << *actes.front().adoption_rate << ", >= 100 000 "
            << *actes.back().adoption_rate << "\n";
}

// Three départements (two in one région), with the COG and the département layer of the sample
// data, linked into a temporary data folder.
class DemoDeterminismTest : public test::DataTest {
 protected:
  void SetUp() override {
    test::DataTest::SetUp();
    const auto communes = dir.path() / "boundaries" / "communes";
    fs::create_directories(communes);
    for (const char* d : {"17", "79", "2A"}) {
      const fs::path file = test::commune_file(d);
      fs::create_symlink(file, communes / file.filename());
    }
    fs::create_symlink(test::departements_file(),
                       dir.path() / "boundaries" / "departements-avec-outre-mer.geojson");
    fs::create_directory_symlink(test::cog_dir(), dir.path() / "cog");
  }
  Result<Project> build(std::uint64_t seed, int vintage = 2024) {
    DemoOptions options;
    options.seed = seed;
    options.vintage = vintage;
    return build_demo_project(dir.path().string(), options);
  }
  test::TempDir dir;
};

TEST_F(DemoDeterminismTest, TheSameSeedGivesTheSameProject) {
  auto a = build(7), b = build(7);
  ASSERT_TRUE(a.ok()) << core::testing::text(a.error());
  ASSERT_TRUE(b.ok()) << core::testing::text(b.error());
  EXPECT_TRUE(a->model() == b->model());
  EXPECT_EQ(a->info.description, b->info.description);
  EXPECT_EQ(a->model().structures(), b->model().structures());
  EXPECT_EQ(a->model().memberships(), b->model().memberships());
  // Today's communes, the départements, the boundaries as drawn (the Deux-Sèvres have communes
  // nouvelles).
  ASSERT_EQ(a->layers.size(), 3u);
  ASSERT_EQ(b->layers.size(), 3u);
  EXPECT_EQ(a->layers[0].name, "communes");
  EXPECT_EQ(a->layers[1].name, "departements");
  EXPECT_EQ(a->layers[2].name, kSourceCommunesLayer);
  EXPECT_LT(a->layers[0].feature_count(), a->layers[2].feature_count());
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(a->layers[i].name, b->layers[i].name);
    EXPECT_EQ(a->layers[i].codes, b->layers[i].codes);
  }
  // Three départements on the map: two have a syndicat, each has a centre de gestion.
  std::size_t syndicats = 0, cdg = 0;
  for (const Structure& s : a->model().structures()) {
    syndicats += s.kind == StructureKind::SyndicatMixte;
    cdg += s.kind == StructureKind::CentreDeGestion;
  }
  EXPECT_EQ(syndicats, 2u);
  EXPECT_EQ(cdg, 3u);
}

TEST_F(DemoDeterminismTest, AnotherSeedGivesAnotherProject) {
  auto a = build(7), b = build(8);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_FALSE(a->model() == b->model());
  EXPECT_NE(a->model().memberships(), b->model().memberships());
  EXPECT_NE(a->info.description, b->info.description);
  EXPECT_NE(b->info.description.find("graine 8"), std::string::npos);
  // The real part does not depend on the seed.
  EXPECT_EQ(a->layers[0].codes, b->layers[0].codes);
  EXPECT_EQ(a->model().indicators().size(), b->model().indicators().size());
}

TEST_F(DemoDeterminismTest, TheVintageIsTheOneAsked) {
  auto p = build(7, 2021);
  ASSERT_TRUE(p.ok()) << core::testing::text(p.error());
  for (const auto& [key, v] : p->model().indicators()) {
    ASSERT_EQ(v.vintage, 2021);
    if (v.adoption_date) {
      ASSERT_LT(*v.adoption_date, "2021");
    }
  }
  const auto too_old = build(7, 1800);
  ASSERT_FALSE(too_old.ok());
  EXPECT_EQ(too_old.code(), MessageCode::DemoBadVintage);
  EXPECT_EQ(core::testing::text(too_old.error()),
            "The vintage 1800 is not a year between 1990 and 2100: give another.");
}

TEST(DemoProjectErrors, MissingDataIsOneSentence) {
  test::TempDir dir;
  const auto p = build_demo_project(dir.path().string());
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.code(), MessageCode::DemoDataMissing);
  EXPECT_NE(core::testing::text(p.error()).find("scripts/fetch-data"), std::string::npos);
}

}  // namespace
}  // namespace lumiere::core
