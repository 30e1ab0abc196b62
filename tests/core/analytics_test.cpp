// Analytics against values computed by hand on the fixture of model_fixture.h (ten communes of
// the département 17, populations chosen, three EPCI).
#include "core/model/analytics.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "message_testing.h"
#include "model_fixture.h"
#include "test_data.h"

namespace lumiere::core {
namespace {

using test::fixture_cog;

// Structures and memberships:
//   soluris (syndicat mixte) offers actes, marches, sig
//     EPCI 200000001 (17001, 17002, 17003) subscribes actes, sig
//     commune 17004 subscribes actes
//     commune 17007 subscribes marches
//   cdg17 (centre de gestion) offers actes, site_web
//     département 17 (all ten communes) subscribes site_web only
//     communes 17001 and 17005 subscribe actes
//   dep17 (département) offers sig
//     commune 17008 subscribes sig
// Values of actes, 2024 (adopted yes/no): 17001 yes, 17002 no, 17003 yes, 17004 yes, 17005 no,
// 17006 no, 17007 no, 17008 yes, 17009 yes, 17010 none (not observed).
class AnalyticsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto push = [&](std::unique_ptr<ModelCommand> c) { ASSERT_TRUE(stack.push(std::move(c))); };
    push(std::make_unique<AddStructure>(Structure{"soluris",
                                                  "Soluris",
                                                  StructureKind::SyndicatMixte,
                                                  "",
                                                  "",
                                                  "",
                                                  {"actes", "marches", "sig"}}));
    push(std::make_unique<AddStructure>(Structure{
        "cdg17", "CDG 17", StructureKind::CentreDeGestion, "", "", "", {"actes", "site_web"}}));
    push(std::make_unique<AddStructure>(
        Structure{"dep17", "Département 17", StructureKind::Departement, "", "", "", {"sig"}}));
    auto member = [&](const char* s, const char* code, MemberKind kind,
                      std::vector<std::string> usages) {
      push(std::make_unique<AddMembership>(
          Membership{s, code, kind, std::nullopt, std::nullopt, std::move(usages)}));
    };
    member("soluris", "200000001", MemberKind::Epci, {"actes", "sig"});
    member("soluris", "17004", MemberKind::Commune, {"actes"});
    member("soluris", "17007", MemberKind::Commune, {"marches"});
    member("cdg17", "17", MemberKind::Departement, {"site_web"});
    member("cdg17", "17001", MemberKind::Commune, {"actes"});
    member("cdg17", "17005", MemberKind::Commune, {"actes"});
    member("dep17", "17008", MemberKind::Commune, {"sig"});
    std::vector<IndicatorValue> values;
    const std::pair<const char*, bool> actes[] = {
        {"17001", true},  {"17002", false}, {"17003", true}, {"17004", true}, {"17005", false},
        {"17006", false}, {"17007", false}, {"17008", true}, {"17009", true}};
    for (const auto& [code, adopted] : actes) {
      values.push_back({code, "actes", 2024, adopted, std::nullopt, std::nullopt, "test"});
    }
    push(std::make_unique<SetIndicatorValues>(values));
  }

  Model model{fixture_cog()};
  UndoStack stack{model};
};

std::vector<std::uint32_t> counts(const Coverage& c) { return c.structures; }

TEST_F(AnalyticsTest, MembershipsCoverTheirCommunes) {
  const CogRegistry& cog = fixture_cog();
  EXPECT_EQ(covered_communes(cog, {"s", "200000002", MemberKind::Epci, {}, {}, {}}),
            (std::vector<std::string>{"17004", "17005", "17006"}));
  EXPECT_EQ(covered_communes(cog, {"s", "17", MemberKind::Departement, {}, {}, {}}).size(), 10u);
  EXPECT_EQ(covered_communes(cog, {"s", "17003", MemberKind::Commune, {}, {}, {}}),
            (std::vector<std::string>{"17003"}));
  EXPECT_EQ(structure_communes(model, "soluris"),
            (std::vector<std::string>{"17001", "17002", "17003", "17004", "17007"}));
  EXPECT_EQ(structure_communes(model, "soluris", "marches"), (std::vector<std::string>{"17007"}));
  EXPECT_EQ(structure_communes(model, "cdg17", "actes"),
            (std::vector<std::string>{"17001", "17005"}));
}

TEST_F(AnalyticsTest, CoverageCountsStructuresThatOfferAndWhoseMembersSubscribe) {
  // actes: soluris covers 17001-17003 (EPCI) and 17004; cdg17 covers 17001 and 17005 (its
  // département membership subscribes site_web only, so it does not count for actes).
  const auto actes = coverage(model, "actes");
  EXPECT_EQ(counts(*actes), (std::vector<std::uint32_t>{2, 1, 1, 1, 1, 0, 0, 0, 0, 0}));
  EXPECT_EQ(actes->covered_communes, 5u);
  EXPECT_EQ(actes->covered_population, 120 + 499 + 500 + 1500 + 2500);  // 5 119
  EXPECT_EQ(actes->overlapping_communes, 1u);                           // 17001
  EXPECT_EQ(actes->total_communes, 10u);
  EXPECT_EQ(actes->total_population, 257119);
  EXPECT_EQ(white_zones(model, "actes"),
            (std::vector<std::string>{"17006", "17007", "17008", "17009", "17010"}));
  // site_web: the département member covers all ten communes, once each.
  const auto site = coverage(model, "site_web");
  EXPECT_EQ(counts(*site), std::vector<std::uint32_t>(10, 1));
  EXPECT_EQ(site->covered_population, 257119);
  EXPECT_TRUE(white_zones(model, "site_web").empty());
  // sig: soluris through the EPCI (17001-17003), dep17 through 17008: 120+499+500+30000.
  EXPECT_EQ(coverage(model, "sig")->covered_population, 31119);
  // pes: offered by nobody.
  EXPECT_EQ(white_zones(model, "pes").size(), 10u);
}

TEST_F(AnalyticsTest, OneStructureCountsOnceEvenThroughTwoMemberships) {
  // 17002 is already in soluris through its EPCI; as a direct member too, it still counts once.
  ASSERT_TRUE(stack.push(std::make_unique<AddMembership>(
      Membership{"soluris", "17002", MemberKind::Commune, std::nullopt, std::nullopt, {"actes"}})));
  EXPECT_EQ(coverage(model, "actes")->structures[1], 1u);
}

// The legal DGF strata (article L.2334-3 of the CGCT): 15, 500–999 apart from 1 000–1 999.
TEST_F(AnalyticsTest, LegalDgfStrata) {
  const Strata s = Strata::dgf();
  EXPECT_EQ(s.scheme, "dgf");
  const std::vector<std::int64_t> legal = {0,     500,   1000,  2000,  3500,  5000,   7500,  10000,
                                           15000, 20000, 35000, 50000, 75000, 100000, 200000};
  EXPECT_EQ(s.lower_bounds, legal);
  ASSERT_EQ(s.labels.size(), 15u);
  for (std::size_t k = 0; k < legal.size(); ++k) {
    EXPECT_EQ(s.stratum_of(legal[k]), k) << legal[k];
    if (k > 0) {
      EXPECT_EQ(s.stratum_of(legal[k] - 1), k - 1) << legal[k];
    }
  }
  EXPECT_EQ(s.labels[1], "500–999");
  EXPECT_EQ(s.labels[2], "1 000–1 999");
  EXPECT_EQ(s.labels.back(), "≥ 200 000");
  // The default of the rates and of the fracture.
  EXPECT_EQ(AdoptionOptions{}.strata.lower_bounds, legal);
  EXPECT_EQ(FractureOptions{}.strata.lower_bounds, legal);
  EXPECT_EQ(adoption_rates(model, "actes", 2024).size(), 15u);
}

TEST_F(AnalyticsTest, StrataBoundaries) {
  const Strata s = Strata::compact();
  EXPECT_EQ(s.scheme, "compact");
  EXPECT_EQ(s.stratum_of(0), 0u);
  EXPECT_EQ(s.stratum_of(499), 0u);
  EXPECT_EQ(s.stratum_of(500), 1u);
  EXPECT_EQ(s.stratum_of(1999), 1u);
  EXPECT_EQ(s.stratum_of(2000), 2u);
  EXPECT_EQ(s.stratum_of(99999), 7u);
  EXPECT_EQ(s.stratum_of(100000), 8u);
  EXPECT_EQ(s.labels.front(), "< 500");
  EXPECT_EQ(s.labels[1], "500–1 999");
  EXPECT_EQ(s.labels.back(), "≥ 100 000");
  const auto custom = Strata::from_bounds({0, 1000, 10000});
  ASSERT_TRUE(custom);
  EXPECT_EQ(custom->scheme, "custom");
  EXPECT_EQ(custom->labels, (std::vector<std::string>{"< 1 000", "1 000–9 999", "≥ 10 000"}));
  EXPECT_EQ(custom->stratum_of(999), 0u);
  EXPECT_EQ(custom->stratum_of(1000), 1u);
  EXPECT_EQ(Strata::from_bounds({100, 1000}).code(), core::MessageCode::StrataStartNotZero);
  const auto flat = Strata::from_bounds({0, 500, 500});
  ASSERT_FALSE(flat.ok());
  EXPECT_EQ(flat.error(),
            (core::Message{core::MessageCode::StrataNotIncreasing, {"500", "500"}, {}}));
  EXPECT_EQ(Strata::from_bounds({}).code(), core::MessageCode::StrataStartNotZero);
}

TEST_F(AnalyticsTest, AdoptionByStratum) {
  AdoptionOptions o;
  o.strata = Strata::compact();
  const auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 9u);
  // < 500: 17001 (120, yes), 17002 (499, no) -> 1/2; by population 120/619.
  EXPECT_EQ(g[0].communes, 2u);
  EXPECT_EQ(g[0].population, 619);
  EXPECT_EQ(g[0].covered_communes, 2u);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 0.5);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate_population, 120.0 / 619.0);
  // 500–1 999: 17003 (500, yes), 17004 (1 500, yes) -> 1.
  EXPECT_EQ(g[1].communes, 2u);
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 1.0);
  // 2 000–3 499: 17005 no; 3 500–4 999: 17006 no; 5 000–9 999: 17007 no -> 0.
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate, 0.0);
  EXPECT_DOUBLE_EQ(*g[3].adoption_rate, 0.0);
  EXPECT_DOUBLE_EQ(*g[4].adoption_rate, 0.0);
  // 10 000–19 999: no commune, no rate.
  EXPECT_EQ(g[5].communes, 0u);
  EXPECT_FALSE(g[5].adoption_rate);
  // 20 000–49 999: 17008 yes; 50 000–99 999: 17009 yes.
  EXPECT_DOUBLE_EQ(*g[6].adoption_rate, 1.0);
  EXPECT_DOUBLE_EQ(*g[7].adoption_rate, 1.0);
  // ≥ 100 000: 17010 has no value: one commune, none observed, no rate.
  EXPECT_EQ(g[8].communes, 1u);
  EXPECT_EQ(g[8].observed_communes, 0u);
  EXPECT_FALSE(g[8].adoption_rate);
  std::size_t total = 0;
  for (const auto& x : g) total += x.communes;
  EXPECT_EQ(total, 10u);
}

TEST_F(AnalyticsTest, AdoptionByTerritory) {
  AdoptionOptions o;
  o.by = Grouping::Departement;
  auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].key, "17");
  EXPECT_EQ(g[0].label, "Charente-Maritime");
  EXPECT_EQ(g[0].communes, 10u);
  EXPECT_EQ(g[0].observed_communes, 9u);
  EXPECT_EQ(g[0].covered_communes, 5u);
  // 5 of 9 observed adopt; by population (120+500+1500+30000+60000) / (257119 − 150000).
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 5.0 / 9.0);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate_population, 92120.0 / 107119.0);
  o.by = Grouping::Region;
  g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].label, "Nouvelle-Aquitaine");

  o.by = Grouping::Epci;
  g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 4u);
  // "" (no EPCI): 17007 no, 17008 yes -> 1/2.
  EXPECT_EQ(g[0].key, "");
  EXPECT_EQ(g[0].label, "Sans EPCI");
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 0.5);
  // 200000001: 17001 yes, 17002 no, 17003 yes -> 2/3.
  EXPECT_EQ(g[1].key, "200000001");
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 2.0 / 3.0);
  // 200000002: 17004 yes, 17005 no, 17006 no -> 1/3; by population 1500/8000.
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate_population, 1500.0 / 8000.0);
  // 200000003: 17009 yes, 17010 not observed -> 1/1.
  EXPECT_EQ(g[3].communes, 2u);
  EXPECT_DOUBLE_EQ(*g[3].adoption_rate, 1.0);
}

TEST_F(AnalyticsTest, AdoptionByStructure) {
  AdoptionOptions o;
  o.by = Grouping::Structure;
  const auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 3u);
  // White zones: 17006 no, 17007 no, 17008 yes, 17009 yes, 17010 not observed -> 2/4.
  EXPECT_EQ(g[0].key, "");
  EXPECT_EQ(g[0].label, "Aucune structure");
  EXPECT_EQ(g[0].communes, 5u);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 0.5);
  // cdg17 for actes: 17001 yes, 17005 no -> 1/2; by population 120 / 2 620.
  EXPECT_EQ(g[1].key, "cdg17");
  EXPECT_EQ(g[1].communes, 2u);
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate_population, 120.0 / 2620.0);
  // soluris for actes: 17001 yes, 17002 no, 17003 yes, 17004 yes -> 3/4.
  EXPECT_EQ(g[2].key, "soluris");
  EXPECT_EQ(g[2].communes, 4u);
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate, 0.75);
}

TEST_F(AnalyticsTest, FractureMetrics) {
  FractureOptions options;
  options.strata = Strata::compact();
  options.min_observed = 1;
  FractureMetrics f = fracture_metrics(model, "actes", 2024, options);
  // Lowest observed stratum: < 500 at 1/2; highest observed: 50 000–99 999 at 1 (the last
  // stratum has no observed commune).
  EXPECT_EQ(f.lowest_stratum, 0u);
  EXPECT_EQ(f.highest_stratum, 7u);
  EXPECT_DOUBLE_EQ(*f.strata_gap, 0.5);    // 1 − 0.5
  EXPECT_DOUBLE_EQ(*f.strata_ratio, 2.0);  // 1 / 0.5
  // Covered: 17001 yes, 17002 no, 17003 yes, 17004 yes, 17005 no -> 3/5.
  // Uncovered observed: 17006 no, 17007 no, 17008 yes, 17009 yes -> 2/4.
  EXPECT_DOUBLE_EQ(*f.covered_rate, 0.6);
  EXPECT_DOUBLE_EQ(*f.uncovered_rate, 0.5);
  EXPECT_NEAR(*f.covered_minus_uncovered, 0.1, 1e-12);
  // Only the last stratum (17010, not observed) is under a minimum of one.
  EXPECT_EQ(f.strata_below_minimum, (std::vector<std::size_t>{5, 8}));

  FractureOptions by_population = options;
  by_population.weighting = Weighting::Population;
  f = fracture_metrics(model, "actes", 2024, by_population);
  // < 500 by population: 120/619; 50 000–99 999: 1.
  EXPECT_DOUBLE_EQ(*f.strata_gap, 1.0 - 120.0 / 619.0);
  EXPECT_DOUBLE_EQ(*f.strata_ratio, 619.0 / 120.0);
  // Covered: (120 + 500 + 1 500) / 5 119; uncovered: (30 000 + 60 000) / 102 000.
  EXPECT_DOUBLE_EQ(*f.covered_rate, 2120.0 / 5119.0);
  EXPECT_DOUBLE_EQ(*f.uncovered_rate, 90000.0 / 102000.0);

  // A vintage without values: nothing to say.
  f = fracture_metrics(model, "actes", 2023, options);
  EXPECT_FALSE(f.strata_gap);
  EXPECT_FALSE(f.covered_minus_uncovered);
}

// A stratum of a handful of observed communes is never the highest or the lowest: with the
// minimum at 2, only < 500 (17001, 17002) and 500–1 999 (17003, 17004) remain; at 30 (the
// default), none of the fixture's strata, and each is listed as under the minimum.
TEST_F(AnalyticsTest, StrataUnderTheMinimumAreNeverHighestNorLowest) {
  FractureOptions options;
  options.strata = Strata::compact();
  options.min_observed = 2;
  FractureMetrics f = fracture_metrics(model, "actes", 2024, options);
  EXPECT_EQ(f.lowest_stratum, 0u);
  EXPECT_EQ(f.highest_stratum, 1u);  // not 50 000–99 999 and its one commune
  EXPECT_DOUBLE_EQ(*f.strata_gap, 1.0 - 0.5);
  EXPECT_EQ(f.strata_below_minimum, (std::vector<std::size_t>{2, 3, 4, 5, 6, 7, 8}));

  options.min_observed = kMinObservedCommunes;
  f = fracture_metrics(model, "actes", 2024, options);
  EXPECT_FALSE(f.lowest_stratum);
  EXPECT_FALSE(f.strata_gap);
  EXPECT_FALSE(f.strata_ratio);
  EXPECT_EQ(f.strata_below_minimum.size(), 9u);
  // The groups say it too, and keep their rates and observed populations.
  AdoptionOptions o;
  o.strata = Strata::compact();
  const auto g = adoption_rates(model, "actes", 2024, o);
  for (const AdoptionGroup& x : g) {
    EXPECT_TRUE(x.below_minimum) << x.label;
    EXPECT_LT(x.observed_communes, kMinObservedCommunes) << x.label;
  }
  EXPECT_EQ(g[0].observed_population, 619);
  EXPECT_EQ(g[8].observed_population, 0);  // 17010 (150 000) is not observed
  EXPECT_EQ(g[8].population, 150000);
  o.min_observed = 2;
  EXPECT_FALSE(adoption_rates(model, "actes", 2024, o)[0].below_minimum);
}

// The weighted Gini by its definition, ΣiΣj wi·wj·|ri − rj| / (2·W²·μ), in O(n²).
double gini_by_definition(const std::vector<double>& r, const std::vector<double>& w) {
  double total = 0, mass = 0, pairs = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    total += w[i];
    mass += w[i] * r[i];
    for (std::size_t j = 0; j < r.size(); ++j) pairs += w[i] * w[j] * std::abs(r[i] - r[j]);
  }
  return pairs / (2 * total * mass);
}

// Inequality between territories: the EPCI groups of the fixture (the communes without an EPCI
// are no territory), each with its rate by population and its observed population.
TEST_F(AnalyticsTest, InequalityBetweenTerritoriesRates) {
  AdoptionOptions o;
  o.by = Grouping::Epci;
  o.min_observed = 1;
  const auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 4u);
  const Inequality q = rate_inequality(g, Weighting::Population, 1);
  EXPECT_EQ(q.groups, 3u);
  // 200000001: (120 + 500) / 1 119; 200000002: 1 500 / 8 000; 200000003: 60 000 / 60 000.
  const std::vector<double> r = {620.0 / 1119.0, 1500.0 / 8000.0, 1.0};
  const std::vector<double> w = {1119, 8000, 60000};
  EXPECT_NEAR(*q.gini, gini_by_definition(r, w), 1e-12);
  const double mean = (620.0 + 1500.0 + 60000.0) / 69119.0;
  double var = 0;
  for (std::size_t i = 0; i < 3; ++i) var += w[i] * (r[i] - mean) * (r[i] - mean);
  EXPECT_NEAR(*q.coefficient_of_variation, std::sqrt(var / 69119.0) / mean, 1e-12);
  EXPECT_EQ(g[*q.lowest].key, "200000002");
  EXPECT_EQ(g[*q.highest].key, "200000003");
  // 10 % of 69 119 is reached within 200000002 (ranked first), 90 % within 200000003.
  EXPECT_DOUBLE_EQ(*q.p10, 1500.0 / 8000.0);
  EXPECT_DOUBLE_EQ(*q.p90, 1.0);
  // By communes: rates 2/3, 1/3, 1 weighted 3, 3, 1.
  const Inequality c = rate_inequality(g, Weighting::Communes, 1);
  EXPECT_NEAR(*c.gini, gini_by_definition({2.0 / 3, 1.0 / 3, 1.0}, {3, 3, 1}), 1e-12);
  // With the minimum at 2, 200000003 (one observed commune) is left out and said so.
  const Inequality m = rate_inequality(g, Weighting::Population, 2);
  EXPECT_EQ(m.groups, 2u);
  EXPECT_EQ(m.below_minimum, (std::vector<std::string>{"200000003"}));
  EXPECT_EQ(g[*m.highest].key, "200000001");
  // Territories adopting alike are equal, whatever the national rate (the old per-commune
  // "Gini" of yes/no values was 1 − the national rate).
  std::vector<AdoptionGroup> same = {g[1], g[2]};
  same[0].adoption_rate_population = same[1].adoption_rate_population = 0.3;
  EXPECT_DOUBLE_EQ(*rate_inequality(same, Weighting::Population, 1).gini, 0.0);
  EXPECT_DOUBLE_EQ(*rate_inequality(same, Weighting::Population, 1).coefficient_of_variation, 0.0);
}

CommuneScope scope_of(std::initializer_list<const char*> codes) {
  auto set = std::make_shared<std::unordered_set<std::string>>();
  for (const char* c : codes) set->insert(c);
  return set;
}

// A scope restricts every figure to its communes: 17004 to 17008 (the delegated 17999 and an
// unknown code are ignored).
TEST_F(AnalyticsTest, ScopeRestrictsEveryFigureToItsCommunes) {
  const CommuneScope scope =
      scope_of({"17004", "17005", "17006", "17007", "17008", "17999", "99999"});
  AdoptionOptions o;
  o.strata = Strata::compact();
  o.communes = scope;
  auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 9u);  // strata are all listed
  // 17004 (1 500, yes) in 500–1 999; 17005 (2 500, no); 17006 (4 000, no); 17007 (8 000, no);
  // 17008 (30 000, yes) in 20 000–49 999; nothing under 500 nor from 50 000.
  const std::size_t communes[] = {0, 1, 1, 1, 1, 0, 1, 0, 0};
  const std::optional<double> rates[] = {std::nullopt, 1.0, 0.0,          0.0,         0.0,
                                         std::nullopt, 1.0, std::nullopt, std::nullopt};
  for (std::size_t k = 0; k < 9; ++k) {
    EXPECT_EQ(g[k].communes, communes[k]) << k;
    EXPECT_EQ(g[k].adoption_rate, rates[k]) << k;
  }
  EXPECT_EQ(g[1].covered_communes, 1u);  // 17004, through soluris
  EXPECT_EQ(g[0].population, 0);

  o.by = Grouping::Departement;
  g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].communes, 5u);
  EXPECT_EQ(g[0].observed_communes, 5u);
  EXPECT_EQ(g[0].covered_communes, 2u);  // 17004 (soluris), 17005 (cdg17)
  EXPECT_EQ(g[0].population, 46000);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate_population, 31500.0 / 46000.0);

  // Structures: only the communes of the scope count in each.
  o.by = Grouping::Structure;
  g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0].key, "");
  EXPECT_EQ(g[0].communes, 3u);  // 17006, 17007, 17008
  EXPECT_EQ(g[1].key, "cdg17");
  EXPECT_EQ(g[1].communes, 1u);  // 17005, not 17001
  EXPECT_EQ(g[2].key, "soluris");
  EXPECT_EQ(g[2].communes, 1u);  // 17004
  // A structure with none of its communes in the scope is no group.
  o.communes = scope_of({"17006"});
  g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].key, "");

  FractureOptions f_options;
  f_options.strata = Strata::compact();
  f_options.min_observed = 1;
  f_options.communes = scope;
  const FractureMetrics f = fracture_metrics(model, "actes", 2024, f_options);
  EXPECT_EQ(f.lowest_stratum, 1u);
  EXPECT_EQ(f.highest_stratum, 6u);
  EXPECT_DOUBLE_EQ(*f.strata_gap, 0.0);
  // Covered: 17004 yes, 17005 no -> 1/2; uncovered: 17006 no, 17007 no, 17008 yes -> 1/3.
  EXPECT_DOUBLE_EQ(*f.covered_rate, 0.5);
  EXPECT_DOUBLE_EQ(*f.uncovered_rate, 1.0 / 3.0);
  EXPECT_NEAR(*f.covered_minus_uncovered, 1.0 / 6.0, 1e-12);
  EXPECT_EQ(f.strata_below_minimum, (std::vector<std::size_t>{0, 5, 7, 8}));
}

// An empty scope counts no commune: no group but the strata, no rate, no fracture.
TEST_F(AnalyticsTest, EmptyScopeCountsNothing) {
  AdoptionOptions o;
  o.communes = std::make_shared<const std::unordered_set<std::string>>();
  auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), Strata::dgf().lower_bounds.size());
  for (const AdoptionGroup& x : g) {
    EXPECT_EQ(x.communes, 0u);
    EXPECT_FALSE(x.adoption_rate);
    EXPECT_TRUE(x.below_minimum);
  }
  o.by = Grouping::Departement;
  EXPECT_TRUE(adoption_rates(model, "actes", 2024, o).empty());
  FractureOptions f_options;
  f_options.min_observed = 1;
  f_options.communes = o.communes;
  const FractureMetrics f = fracture_metrics(model, "actes", 2024, f_options);
  EXPECT_FALSE(f.lowest_stratum);
  EXPECT_FALSE(f.covered_rate);
  EXPECT_FALSE(f.uncovered_rate);
  EXPECT_FALSE(f.covered_minus_uncovered);
  // A null scope is all of the territory again.
  o.communes.reset();
  EXPECT_EQ(adoption_rates(model, "actes", 2024, o).at(0).communes, 10u);
}

TEST(OverseasCollectivities, AreTheComDepartementsOfTheCog) {
  for (const char* com : {"975", "977", "978", "984", "986", "987", "988", "989"}) {
    EXPECT_TRUE(is_overseas_collectivity(com)) << com;
  }
  for (const char* dep : {"01", "2A", "75", "95", "971", "972", "973", "974", "976", "98"}) {
    EXPECT_FALSE(is_overseas_collectivity(dep)) << dep;
  }
}

TEST_F(AnalyticsTest, RateMeasureUsesLevels) {
  // 2025: 17001 level 0.5; 17002 no (level 0); 17003 yes without a level.
  ASSERT_TRUE(stack.push(std::make_unique<SetIndicatorValues>(std::vector<IndicatorValue>{
      {"17001", "actes", 2025, std::nullopt, 0.5, std::nullopt, "test"},
      {"17002", "actes", 2025, false, 0.0, std::nullopt, "test"},
      {"17003", "actes", 2025, true, std::nullopt, "2025-03-01", "test"}})));
  AdoptionOptions o;
  o.by = Grouping::Epci;
  o.measure = AdoptionMeasure::Rate;
  auto g = adoption_rates(model, "actes", 2025, o);
  // EPCI 200000001: (0.5 + 0 + 1) / 3 = 0.5; by population (60 + 0 + 500) / 1 119.
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 0.5);
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate_population, 560.0 / 1119.0);
  o.measure = AdoptionMeasure::Binary;
  g = adoption_rates(model, "actes", 2025, o);
  // Binary: level 0.5 > 0 -> 1; no -> 0; yes -> 1: 2/3.
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 2.0 / 3.0);
}

TEST(GiniTest, KnownVectors) {
  // [0, 0, 0, 1]: μ = 1/4, ΣΣ|ai − aj| = 6, G = 6 / (2·16·1/4) = 0.75.
  EXPECT_DOUBLE_EQ(*gini({0, 0, 0, 1}), 0.75);
  EXPECT_DOUBLE_EQ(*gini({1, 0, 0, 0}), 0.75);  // order does not matter
  EXPECT_DOUBLE_EQ(*gini({1, 1, 1}), 0.0);
  // [1, 2, 3]: ΣΣ|ai − aj| = 2·(1 + 2 + 1) = 8, μ = 2, G = 8 / (2·9·2) = 2/9.
  EXPECT_NEAR(*gini({3, 1, 2}), 2.0 / 9.0, 1e-12);
  // Weights as repetitions: [0, 1] weighted 3 and 1 is [0, 0, 0, 1].
  EXPECT_DOUBLE_EQ(*gini({0, 1}, {3, 1}), 0.75);
  EXPECT_FALSE(gini({0, 0}));
  EXPECT_FALSE(gini({}));
}

}  // namespace
}  // namespace lumiere::core

namespace lumiere::core {
namespace {

// All of France: a syndicat per département (its département as member) in two départements of
// three, one value per current commune of actes 2024 (adopted when the population is over 1 000,
// or one commune in three otherwise).
class NationalAnalyticsTest : public test::CogDataTest {
 protected:
  void SetUp() override {
    test::CogDataTest::SetUp();
    if (HasFatalFailure()) return;
    model = std::make_unique<Model>(cog());
    stack = std::make_unique<UndoStack>(*model);
    std::size_t d = 0;
    for (const CogDepartement& dep : cog().departements()) {
      if (d++ % 3 == 0) continue;
      const std::string id = "syndicat-" + dep.code;
      syndicated.insert(dep.code);
      ASSERT_TRUE(stack->push(std::make_unique<AddStructure>(
          Structure{id, id, StructureKind::SyndicatMixte, "", "", "", {"actes"}})));
      ASSERT_TRUE(stack->push(std::make_unique<AddMembership>(Membership{
          id, dep.code, MemberKind::Departement, std::nullopt, std::nullopt, {"actes"}})));
    }
    std::size_t n = 0;
    for (const CogCommune& c : cog().communes()) {
      if (c.type != CommuneType::Current) continue;
      values.push_back({c.code, "actes", 2024, c.population > 1000 || n++ % 3 == 0, std::nullopt,
                        std::nullopt, "synthétique"});
    }
    ASSERT_TRUE(stack->push(std::make_unique<SetIndicatorValues>(values)));
  }

  std::unique_ptr<Model> model;
  std::unique_ptr<UndoStack> stack;
  std::vector<IndicatorValue> values;
  std::unordered_set<std::string> syndicated;  // départements with a syndicat
};

// The stats of one usage by stratum are timed (issue 4 target: under 50 ms).
TEST_F(NationalAnalyticsTest, StatsOfOneUsageForAllOfFrance) {
  const Model& model = *this->model;

  auto start = std::chrono::steady_clock::now();
  const auto cov = coverage(model, "actes");
  const double coverage_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  start = std::chrono::steady_clock::now();
  const auto groups = adoption_rates(model, "actes", 2024);
  const auto fracture = fracture_metrics(model, "actes", 2024);
  AdoptionOptions with_com;
  with_com.territory = Territory::WithOverseasCollectivities;
  const auto all_groups = adoption_rates(model, "actes", 2024, with_com);
  const double stats_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << cov->total_communes << " communes, " << cov->covered_communes
            << " covered; coverage " << coverage_ms << " ms, strata and fracture " << stats_ms
            << " ms; gap " << *fracture.strata_gap << "\n";
  std::size_t total = 0;
  for (const AdoptionGroup& g : groups) {
    total += g.communes;
    if (g.adoption_rate) {
      EXPECT_GE(*g.adoption_rate, 0.0);
      EXPECT_LE(*g.adoption_rate, 1.0);
    }
  }
  // By default metropolitan France and the DROM: the current communes of zone metro or drom in
  // the COG's file, counted here from the file itself (34,875, INSEE's count).
  std::ifstream file(test::data_dir() + "/cog/communes.json");
  const auto json = nlohmann::json::parse(file);
  std::size_t metro_drom = 0, com = 0;
  for (const auto& c : json) {
    if (c["type"] != "commune-actuelle") continue;
    (c["zone"] == "com" ? com : metro_drom) += 1;
  }
  EXPECT_EQ(metro_drom, 34875u);
  EXPECT_EQ(total, metro_drom);
  std::size_t all = 0;
  for (const AdoptionGroup& g : all_groups) all += g.communes;
  EXPECT_EQ(all, metro_drom + com);  // on request, the 94 of the COM too
  EXPECT_EQ(all, cov->total_communes);
  EXPECT_EQ(values.size(), cov->total_communes);
  EXPECT_GT(*fracture.strata_gap, 0.5);  // the small communes adopt one time in three
}

TEST_F(AnalyticsTest, AdoptionByDensityGridLevel) {
  AdoptionOptions o;
  o.by = Grouping::Density;
  o.density.grid = {{"17001", 4}, {"17002", 4}, {"17003", 3}, {"17004", 3}, {"17005", 3},
                    {"17006", 2}, {"17007", 2}, {"17008", 1}, {"17009", 1}};
  const auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 5u);  // four levels, then 17010 of unknown density
  EXPECT_EQ(g[0].key, "1");
  EXPECT_EQ(g[0].label, "Densément peuplée");
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 1.0);        // 17008 yes, 17009 yes
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 0.0);        // 17006 no, 17007 no
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate, 2.0 / 3.0);  // 17003 yes, 17004 yes, 17005 no
  EXPECT_EQ(g[3].label, "Très peu dense");
  EXPECT_DOUBLE_EQ(*g[3].adoption_rate, 0.5);  // 17001 yes, 17002 no
  EXPECT_EQ(g[4].key, "");
  EXPECT_EQ(g[4].label, "Densité inconnue");
  EXPECT_EQ(g[4].communes, 1u);
  EXPECT_FALSE(g[4].adoption_rate);  // 17010 is not observed

  o.density.grid["17008"] = 6;  // a level above 4: the seven-level grid of 2022
  const auto seven = adoption_rates(model, "actes", 2024, o);
  EXPECT_EQ(seven.front().label, "Grands centres urbains");
  EXPECT_EQ(seven[4].label, "Rural à habitat dispersé");
}

TEST_F(AnalyticsTest, AdoptionByDensityBands) {
  AdoptionOptions o;
  o.by = Grouping::Density;
  o.density.densities = {{"17001", 10},  {"17002", 24.9},  {"17003", 25},
                         {"17004", 150}, {"17005", 999.9}, {"17006", 1000}};
  const auto g = adoption_rates(model, "actes", 2024, o);
  ASSERT_EQ(g.size(), 6u);
  EXPECT_EQ(g[0].label, "moins de 25 hab./km²");
  EXPECT_DOUBLE_EQ(*g[0].adoption_rate, 0.5);  // 17001 yes, 17002 no
  EXPECT_EQ(g[1].label, "de 25 à 100 hab./km²");
  EXPECT_EQ(g[1].communes, 1u);  // 25 falls in the band it opens
  EXPECT_DOUBLE_EQ(*g[1].adoption_rate, 1.0);
  EXPECT_DOUBLE_EQ(*g[2].adoption_rate, 1.0);  // 17004
  EXPECT_DOUBLE_EQ(*g[3].adoption_rate, 0.0);  // 17005
  EXPECT_EQ(g[4].label, "1 000 hab./km² et plus");
  EXPECT_EQ(g[4].communes, 1u);
  // 17007 no, 17008 yes, 17009 yes, 17010 not observed.
  EXPECT_EQ(g[5].label, "Densité inconnue");
  EXPECT_EQ(g[5].communes, 4u);
  EXPECT_DOUBLE_EQ(*g[5].adoption_rate, 2.0 / 3.0);
  std::size_t total = 0;
  for (const auto& x : g) total += x.communes;
  EXPECT_EQ(total, 10u);
}

TEST(CommuneDensities, NationalLayer) {
  const auto& layers = test::national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const auto& cog = test::cog_registry();
  ASSERT_TRUE(cog.ok()) << core::testing::text(cog.error());
  const auto d = commune_densities(*cog, layers->front());
  // Every current commune of the départements and DROM (the COM are not mapped) but the few
  // created after the layer's vintage.
  auto com = [](const std::string& dep) {
    return dep == "975" || dep == "977" || dep == "978" || dep.starts_with("98");
  };
  std::size_t current = 0;
  for (const CogCommune& c : cog->communes()) {
    current += c.type == CommuneType::Current && !com(c.departement);
  }
  EXPECT_GT(d.size(), current - 20);
  EXPECT_LE(d.size(), current);
  // Paris: about 2.1 million inhabitants on 105 km².
  ASSERT_TRUE(d.contains("75056"));
  EXPECT_GT(d.at("75056"), 18000);
  EXPECT_LT(d.at("75056"), 23000);
  for (const auto& [code, density] : d) {
    EXPECT_TRUE(std::isfinite(density) && density >= 0) << code;
  }
}

}  // namespace
}  // namespace lumiere::core

namespace lumiere::core {
namespace {

// The scope of a département gives the figures computed by hand from its communes and their
// values; the scope of a commune of an overseas collectivity counts it only on request.
TEST_F(NationalAnalyticsTest, DepartementScopeIsItsCommunesByHand) {
  auto scope = std::make_shared<std::unordered_set<std::string>>();
  for (const CogCommune& c : cog().communes()) {
    if (c.type == CommuneType::Current && c.departement == "17") scope->insert(c.code);
  }
  ASSERT_GT(scope->size(), 400u);
  std::unordered_map<std::string, bool> adopted;
  for (const IndicatorValue& v : values) adopted[v.commune] = *v.adopted;
  const Strata strata = Strata::compact();
  struct Tally {
    std::size_t communes = 0, adopted = 0;
    std::int64_t population = 0, adopted_population = 0;
  };
  std::vector<Tally> by_hand(strata.lower_bounds.size());
  Tally covered, uncovered;
  const bool syndicat = syndicated.count("17") > 0;
  for (const std::string& code : *scope) {
    const CogCommune& c = *cog().commune(code);
    for (Tally* t : {&by_hand[strata.stratum_of(c.population)], syndicat ? &covered : &uncovered}) {
      ++t->communes;
      t->population += c.population;
      if (adopted.at(code)) {
        ++t->adopted;
        t->adopted_population += c.population;
      }
    }
  }
  AdoptionOptions o;
  o.strata = strata;
  o.communes = scope;
  const auto g = adoption_rates(*model, "actes", 2024, o);
  ASSERT_EQ(g.size(), by_hand.size());
  std::size_t total = 0;
  for (std::size_t k = 0; k < g.size(); ++k) {
    const Tally& t = by_hand[k];
    EXPECT_EQ(g[k].communes, t.communes) << k;
    EXPECT_EQ(g[k].observed_communes, t.communes) << k;
    EXPECT_EQ(g[k].population, t.population) << k;
    EXPECT_EQ(g[k].covered_communes, syndicat ? t.communes : 0u) << k;
    EXPECT_EQ(g[k].below_minimum, t.communes < kMinObservedCommunes) << k;
    if (t.communes == 0) {
      EXPECT_FALSE(g[k].adoption_rate) << k;
      continue;
    }
    EXPECT_DOUBLE_EQ(*g[k].adoption_rate, double(t.adopted) / double(t.communes)) << k;
    EXPECT_DOUBLE_EQ(*g[k].adoption_rate_population,
                     double(t.adopted_population) / double(t.population))
        << k;
    total += g[k].communes;
  }
  EXPECT_EQ(total, scope->size());
  // The same as the département's own group.
  AdoptionOptions by_departement;
  by_departement.by = Grouping::Departement;
  by_departement.communes = scope;
  const auto d = adoption_rates(*model, "actes", 2024, by_departement);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].key, "17");
  by_departement.communes.reset();
  for (const AdoptionGroup& x : adoption_rates(*model, "actes", 2024, by_departement)) {
    if (x.key != "17") continue;
    EXPECT_EQ(x.communes, d[0].communes);
    EXPECT_DOUBLE_EQ(*x.adoption_rate, *d[0].adoption_rate);
  }
  FractureOptions f_options;
  f_options.strata = strata;
  f_options.communes = scope;
  const FractureMetrics f = fracture_metrics(*model, "actes", 2024, f_options);
  const Tally& in = syndicat ? covered : uncovered;
  EXPECT_DOUBLE_EQ(*(syndicat ? f.covered_rate : f.uncovered_rate),
                   double(in.adopted) / double(in.communes));
  EXPECT_FALSE(syndicat ? f.uncovered_rate : f.covered_rate);  // all or none covered
  EXPECT_FALSE(f.covered_minus_uncovered);
  std::optional<std::size_t> lowest;
  for (std::size_t k = 0; k < by_hand.size(); ++k) {
    if (by_hand[k].communes >= kMinObservedCommunes && !lowest) lowest = k;
  }
  EXPECT_EQ(f.lowest_stratum, lowest);

  // Saint-Pierre (97502), of an overseas collectivity.
  o.communes = std::make_shared<const std::unordered_set<std::string>>(
      std::unordered_set<std::string>{"97502"});
  std::size_t counted = 0;
  for (const AdoptionGroup& x : adoption_rates(*model, "actes", 2024, o)) counted += x.communes;
  EXPECT_EQ(counted, 0u);
  o.territory = Territory::WithOverseasCollectivities;
  counted = 0;
  for (const AdoptionGroup& x : adoption_rates(*model, "actes", 2024, o)) counted += x.communes;
  EXPECT_EQ(counted, 1u);
}

}  // namespace
}  // namespace lumiere::core
