// The model's invariants: every bad command is rejected with a message and changes nothing; undo
// and redo restore the model exactly; the clean index follows the saved state.
#include "core/model/model.h"

#include <gtest/gtest.h>

#include <memory>

#include "core/model/analytics.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "message_testing.h"
#include "model_fixture.h"

namespace lumiere::core {
namespace {

using test::fixture_cog;

Structure syndicat() {
  return {"soluris",
          "Soluris",
          StructureKind::SyndicatMixte,
          "251701234",
          "17004",
          "contact@soluris.fr",
          {"actes", "marches", "sig"}};
}

Membership member(std::string code, MemberKind kind, std::vector<std::string> usages) {
  return {"soluris", std::move(code), kind, std::nullopt, std::nullopt, std::move(usages)};
}

IndicatorValue value(std::string commune, int vintage, std::optional<bool> adopted,
                     std::optional<double> level = {}) {
  return {std::move(commune), "actes", vintage, adopted, level, std::nullopt, "test"};
}

TEST(ModelTest, StartsWithTheEightUsagesOfTheDesign) {
  Model model(fixture_cog());
  ASSERT_EQ(model.usages().size(), 8u);
  const char* ids[] = {"actes", "marches",         "pes",     "sig", "ent",
                       "tni",   "classes_mobiles", "site_web"};
  for (std::size_t i = 0; i < 8; ++i) EXPECT_EQ(model.usages()[i].id, ids[i]);
  EXPECT_EQ(model.usage("pes")->label, "PES V2 — flux comptables et financiers dématérialisés");
  EXPECT_EQ(model.usage("sig")->family, "information géographique");
  EXPECT_EQ(structure_kind_label(StructureKind::AssociationElus), "Association d'élus");
}

TEST(ModelTest, IsoDates) {
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2024-13-01"));
  EXPECT_FALSE(is_iso_date("2024-1-01"));
  EXPECT_FALSE(is_iso_date("01/02/2024"));
}

// A model with one structure and two memberships, built through an undo stack.
struct Built {
  Model model{fixture_cog()};
  UndoStack stack{model};
  Built() {
    EXPECT_TRUE(stack.push(std::make_unique<AddStructure>(syndicat())));
    EXPECT_TRUE(stack.push(
        std::make_unique<AddMembership>(member("200000001", MemberKind::Epci, {"actes", "sig"}))));
    EXPECT_TRUE(stack.push(
        std::make_unique<AddMembership>(member("17004", MemberKind::Commune, {"actes"}))));
  }
};

// Pushes `command`, expects it to fail with the message `code` whose text contains `words`, and
// the model unchanged.
void expect_rejected(Built& b, std::unique_ptr<ModelCommand> command, core::MessageCode code,
                     const std::string& words) {
  const Model before = b.model;
  const std::uint64_t revision = b.model.revision();
  const std::size_t index = b.stack.index();
  const Status st = b.stack.push(std::move(command));
  ASSERT_FALSE(st.ok()) << "accepted, expected: " << words;
  EXPECT_EQ(st.code(), code) << core::testing::text(st.error());
  EXPECT_NE(core::testing::text(st.error()).find(words), std::string::npos)
      << core::testing::text(st.error());
  EXPECT_TRUE(b.model == before);
  EXPECT_EQ(b.model.revision(), revision);
  EXPECT_EQ(b.stack.index(), index);
}

TEST(ModelTest, BadStructuresAreRejected) {
  Built b;
  expect_rejected(b, std::make_unique<AddStructure>(syndicat()),
                  core::MessageCode::StructureIdTaken, "already taken");
  Structure s = syndicat();
  s.id = "";
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureNoId,
                  "needs an id");
  s = syndicat();
  s.id = "cdg";
  s.name = "";
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureNoName,
                  "no name");
  s = syndicat();
  s.id = "cdg";
  s.siren = "12345";
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureSirenInvalid,
                  "nine digits");
  s = syndicat();
  s.id = "cdg";
  s.seat_commune = "17999";  // delegated
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureSeatNotCurrent,
                  "not a current commune");
  s = syndicat();
  s.id = "cdg";
  s.usages = {"actes", "visio"};
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureUsageUnknown,
                  "not in the catalogue");
  s.usages = {"actes", "actes"};
  expect_rejected(b, std::make_unique<AddStructure>(s), core::MessageCode::StructureUsageTwice,
                  "twice");
  // Edits: the members subscribe actes and sig, so the structure must keep offering them.
  s = syndicat();
  s.usages = {"marches", "sig"};
  expect_rejected(b, std::make_unique<EditStructure>(s),
                  core::MessageCode::StructureUsageSubscribed, "must keep offering \"actes\"");
  s = syndicat();
  s.id = "other";
  expect_rejected(b, std::make_unique<EditStructure>(s), core::MessageCode::StructureMissingToEdit,
                  "no structure \"other\"");
  expect_rejected(b, std::make_unique<RemoveStructure>("other"),
                  core::MessageCode::StructureMissingToRemove, "no structure \"other\"");
}

TEST(ModelTest, BadMembershipsAreRejected) {
  Built b;
  Membership m = member("17001", MemberKind::Commune, {"actes"});
  m.structure_id = "nobody";
  expect_rejected(b, std::make_unique<AddMembership>(m), core::MessageCode::MembershipNoStructure,
                  "no structure \"nobody\"");
  expect_rejected(b, std::make_unique<AddMembership>(member("17100", MemberKind::Commune, {})),
                  core::MessageCode::MembershipCommuneUnknown, "not in the COG");
  expect_rejected(b, std::make_unique<AddMembership>(member("17999", MemberKind::Commune, {})),
                  core::MessageCode::MembershipCommuneOld, "current commune 17001");
  expect_rejected(b, std::make_unique<AddMembership>(member("200000009", MemberKind::Epci, {})),
                  core::MessageCode::MembershipEpciUnknown, "no EPCI");
  expect_rejected(b, std::make_unique<AddMembership>(member("79", MemberKind::Departement, {})),
                  core::MessageCode::MembershipDepartementUnknown, "no département");
  expect_rejected(b, std::make_unique<AddMembership>(member("17005", MemberKind::Commune, {"pes"})),
                  core::MessageCode::MembershipUsageNotOffered, "does not offer \"pes\"");
  expect_rejected(b, std::make_unique<AddMembership>(member("17005", MemberKind::Commune, {"x"})),
                  core::MessageCode::MembershipUsageUnknown, "not in the catalogue");
  expect_rejected(b, std::make_unique<AddMembership>(member("17004", MemberKind::Commune, {"sig"})),
                  core::MessageCode::MembershipExists, "already has the member 17004");
  m = member("17005", MemberKind::Commune, {"actes"});
  m.since = "2024-02-30";
  expect_rejected(b, std::make_unique<AddMembership>(m), core::MessageCode::MembershipDateInvalid,
                  "2024-02-30");
  m.since = "2024-03-01";
  m.until = "2023-12-31";
  expect_rejected(b, std::make_unique<AddMembership>(m),
                  core::MessageCode::MembershipEndsBeforeStart, "before it begins");
  expect_rejected(b, std::make_unique<RemoveMembership>("soluris", MemberKind::Commune, "17005"),
                  core::MessageCode::MembershipMissingToRemove, "no member 17005");
}

TEST(ModelTest, BadUsagesAndValuesAreRejected) {
  Built b;
  expect_rejected(b, std::make_unique<AddUsage>(Usage{"actes", "Doublon", "x"}),
                  core::MessageCode::UsageExists, "already exists");
  expect_rejected(b, std::make_unique<AddUsage>(Usage{"Visio conf", "Visio", "x"}),
                  core::MessageCode::UsageIdInvalid, "not valid");
  expect_rejected(b, std::make_unique<AddUsage>(Usage{"visio", "", "x"}),
                  core::MessageCode::UsageNoLabel, "no label");

  // One bad value rejects the whole batch: the good ones before it are not set either.
  auto batch = [](IndicatorValue bad) {
    return std::make_unique<SetIndicatorValues>(
        std::vector<IndicatorValue>{value("17001", 2024, true), value("17002", 2024, false), bad});
  };
  expect_rejected(b, batch(value("17003", 1900, true)), core::MessageCode::ValueVintageInvalid,
                  "vintage 1900");
  expect_rejected(b, batch(value("17003", 2024, std::nullopt, 1.5)),
                  core::MessageCode::ValueLevelInvalid, "between 0 and 1");
  expect_rejected(b, batch(value("17003", 2024, std::nullopt)), core::MessageCode::ValueEmpty,
                  "neither");
  expect_rejected(b, batch(value("17999", 2024, true)), core::MessageCode::ValueCommuneNotCurrent,
                  "not a current commune");
  expect_rejected(b, batch(value("17001", 2024, false)), core::MessageCode::ValueTwice,
                  "two values");
  IndicatorValue v = value("17003", 2024, true);
  v.usage = "visio";
  expect_rejected(b, batch(v), core::MessageCode::ValueUsageUnknown, "not in the catalogue");
  v = value("17003", 2024, true);
  v.adoption_date = "2024-00-01";
  expect_rejected(b, batch(v), core::MessageCode::ValueAdoptionDateInvalid, "2024-00-01");
  EXPECT_TRUE(b.model.indicators().empty());
}

TEST(ModelTest, UndoAndRedoRestoreExactly) {
  Model model(fixture_cog());
  UndoStack stack(model);
  std::vector<Model> states{model};
  auto push = [&](std::unique_ptr<ModelCommand> c) {
    ASSERT_TRUE(stack.push(std::move(c)));
    states.push_back(model);
  };
  push(std::make_unique<AddUsage>(Usage{"visio", "Visioconférence", "services en ligne"}));
  push(std::make_unique<AddStructure>(syndicat()));
  Structure cdg{"cdg17", "CDG 17", StructureKind::CentreDeGestion, "", "", "", {"actes", "visio"}};
  push(std::make_unique<AddStructure>(cdg));
  push(std::make_unique<AddMembership>(member("17001", MemberKind::Commune, {"actes"})));
  push(std::make_unique<AddMembership>(
      Membership{"cdg17", "17", MemberKind::Departement, "2020-01-01", std::nullopt, {"visio"}}));
  push(std::make_unique<AddMembership>(member("200000002", MemberKind::Epci, {"sig"})));
  push(std::make_unique<SetIndicatorValues>(
      std::vector<IndicatorValue>{value("17001", 2024, true), value("17002", 2024, false)}));
  // Replaces one value and adds one: undo must bring back the old one and drop the new one.
  push(std::make_unique<SetIndicatorValues>(
      std::vector<IndicatorValue>{value("17001", 2024, false, 0.25), value("17003", 2024, true)}));
  Structure edited = syndicat();
  edited.name = "Soluris (syndicat informatique)";
  edited.usages = {"actes", "sig", "pes"};
  push(std::make_unique<EditStructure>(edited));
  push(std::make_unique<RemoveMembership>("cdg17", MemberKind::Departement, "17"));
  // Removing the first structure takes its two memberships; undo puts them back in place.
  push(std::make_unique<RemoveStructure>("soluris"));
  EXPECT_TRUE(model.memberships().empty());
  EXPECT_EQ(model.indicator("17001", "actes", 2024)->level, 0.25);

  for (std::size_t i = states.size() - 1; i > 0; --i) {
    ASSERT_TRUE(stack.undo());
    EXPECT_TRUE(model == states[i - 1]) << "after undoing step " << i;
  }
  EXPECT_FALSE(stack.undo());
  for (std::size_t i = 1; i < states.size(); ++i) {
    ASSERT_TRUE(stack.redo());
    EXPECT_TRUE(model == states[i]) << "after redoing step " << i;
  }
  EXPECT_FALSE(stack.redo());
}

TEST(ModelTest, CleanIndexFollowsTheSavedState) {
  Built b;
  EXPECT_FALSE(b.stack.clean());
  b.stack.set_clean();
  EXPECT_EQ(b.stack.clean_index(), 3u);
  ASSERT_TRUE(b.stack.undo());
  EXPECT_FALSE(b.stack.clean());
  ASSERT_TRUE(b.stack.redo());
  EXPECT_TRUE(b.stack.clean());
  ASSERT_TRUE(b.stack.undo());
  ASSERT_TRUE(b.stack.undo());
  // A new command drops the redo steps, the saved state among them: never clean again.
  ASSERT_TRUE(b.stack.push(
      std::make_unique<AddMembership>(member("17005", MemberKind::Commune, {"actes"}))));
  EXPECT_FALSE(b.stack.clean_index().has_value());
  EXPECT_FALSE(b.stack.clean());
  EXPECT_FALSE(b.stack.can_redo());
  ASSERT_TRUE(b.stack.undo_text().has_value());
  EXPECT_EQ(*b.stack.undo_text(),
            (core::Message{core::MessageCode::UndoAddMembership, {"17005", "soluris"}, {}}));
  EXPECT_EQ(core::testing::text(*b.stack.undo_text()), "Add 17005 to soluris");
}

TEST(ModelTest, DerivedResultsFollowChanges) {
  Built b;
  // Through the EPCI 200000001 (17001, 17002, 17003) and the commune 17004.
  EXPECT_EQ(coverage(b.model, "actes")->covered_communes, 4u);
  const auto cached = coverage(b.model, "actes");
  EXPECT_EQ(cached.get(), coverage(b.model, "actes").get());  // same revision: cached
  ASSERT_TRUE(b.stack.push(
      std::make_unique<AddMembership>(member("17005", MemberKind::Commune, {"actes"}))));
  EXPECT_EQ(coverage(b.model, "actes")->covered_communes, 5u);
  EXPECT_EQ(cached->covered_communes, 4u);  // an old result stays as it was
  ASSERT_TRUE(b.stack.undo());
  EXPECT_EQ(coverage(b.model, "actes")->covered_communes, 4u);
  // A copy has its own cache.
  Model copy = b.model;
  EXPECT_EQ(coverage(copy, "sig")->covered_communes, 3u);
}

TEST(ModelTest, VintagesOfAUsageIncreaseWithoutRepeats) {
  Model model(fixture_cog());
  UndoStack stack(model);
  EXPECT_TRUE(model.vintages("actes").empty());
  ASSERT_TRUE(stack.push(std::make_unique<SetIndicatorValues>(
      std::vector<IndicatorValue>{value("17001", 2024, true), value("17002", 2019, false),
                                  value("17003", 2024, true), value("17004", 2021, true)})));
  EXPECT_EQ(model.vintages("actes"), (std::vector<int>{2019, 2021, 2024}));
  EXPECT_TRUE(model.vintages("act").empty());  // a prefix of an id is another usage
  EXPECT_TRUE(model.vintages("sig").empty());
}

}  // namespace
}  // namespace lumiere::core
