// Importing structures and memberships against the real COG (issue 4 point 5): codes and SIRENs
// are taken from the COG at test time; each edge case with the report it must give, and the
// batch it builds applied, undone and failing as one step.
#include "core/tables/structure_import.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/model/undo_stack.h"
#include "message_testing.h"
#include "report_json.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::MemberKind;
using core::Membership;
using core::Model;
using core::Structure;
using core::StructureColumn;
using core::StructureImport;
using core::StructureKind;

class StructureImportTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
    cog_ = &*cog_registry();
    model_.emplace(*cog_);
    stack_.emplace(*model_);
    // An EPCI of the Charente-Maritime and a commune that is not among its members.
    for (const core::CogEpci& e : cog_->epcis()) {
      if (!e.members.empty() && e.members.front().starts_with("17")) {
        epci_ = &e;
        break;
      }
    }
    ASSERT_NE(epci_, nullptr);
    // A delegated commune whose code is not its chef-lieu's (17189 -> 17219 in the COG of 2024).
    for (const core::CogCommune& c : cog_->communes()) {
      if (c.type == core::CommuneType::Delegated && c.departement == "17" &&
          c.chef_lieu != c.code) {
        delegated_ = &c;
        break;
      }
    }
    ASSERT_NE(delegated_, nullptr);
    ASSERT_NE(cog_->commune("17300"), nullptr);
    rochelle_siren_ = cog_->commune("17300")->siren;
    ASSERT_EQ(rochelle_siren_.size(), 9u);
  }

  core::Result<StructureImport> import(std::string_view content,
                                       const core::StructureImportOptions& options = {}) {
    const std::string path = dir_.file("structures.csv");
    write_file(path, content);
    return core::import_structures(path, *model_, options);
  }
  static nlohmann::json report(const StructureImport& s) {
    return nlohmann::json::parse(core::report_json(s.report));
  }
  static nlohmann::json clean_report(int rows) { return test::clean_report(rows); }
  // Applies the import's batch as one undo step.
  core::Status apply(StructureImport& s) { return stack_->push(std::move(s.command)); }
  const Membership* membership(const std::string& structure, MemberKind kind,
                               const std::string& code) const {
    const auto i = model_->membership_index(structure, kind, code);
    return i ? &model_->memberships()[*i] : nullptr;
  }

  TempDir dir_;
  const core::CogRegistry* cog_ = nullptr;
  std::optional<Model> model_;
  std::optional<core::UndoStack> stack_;
  const core::CogEpci* epci_ = nullptr;
  const core::CogCommune* delegated_ = nullptr;
  std::string rochelle_siren_;
};

TEST(StructureKindTest, FrenchLabelsAndAbbreviations) {
  using core::parse_structure_kind;
  const std::vector<std::pair<const char*, StructureKind>> cases{
      {"Syndicat mixte", StructureKind::SyndicatMixte},
      {"SYNDICAT MIXTE INFORMATIQUE", StructureKind::SyndicatMixte},
      {"SMI", StructureKind::SyndicatMixte},
      {"smo", StructureKind::SyndicatMixte},
      {"Centre de gestion", StructureKind::CentreDeGestion},
      {"CDG", StructureKind::CentreDeGestion},
      {"Agence technique", StructureKind::AgenceTechnique},
      {"Agence technique départementale", StructureKind::AgenceTechnique},
      {"ATD", StructureKind::AgenceTechnique},
      {"Association d'élus", StructureKind::AssociationElus},
      {"association d\xE2\x80\x99\xC3\x89LUS", StructureKind::AssociationElus},  // ’ and É
      {"GIP", StructureKind::Gip},
      {"Groupement d'intérêt public", StructureKind::Gip},
      {"Département", StructureKind::Departement},
      {"DEPARTEMENT", StructureKind::Departement},
      {"Conseil départemental", StructureKind::Departement},
      {"EPCI", StructureKind::Epci},
      {"Communauté de communes", StructureKind::Epci},
      {"CA", StructureKind::Epci},
      {"Métropole", StructureKind::Epci},
      {"Autre", StructureKind::Other},
  };
  for (const auto& [text, kind] : cases) {
    const auto parsed = parse_structure_kind(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(*parsed, kind) << text;
  }
  EXPECT_FALSE(parse_structure_kind("Coopérative").has_value());
  EXPECT_FALSE(parse_structure_kind("").has_value());
}

// The model's batch: the first failure reverts what was applied; revert goes in reverse order.
TEST_F(StructureImportTest, BatchIsAllOrNothing) {
  const Model before = *model_;
  auto batch = std::make_unique<core::ModelBatch>(
      core::Message{core::MessageCode::UndoImport, {"two structures and a member"}, {}});
  batch->add(std::make_unique<core::AddStructure>(
      Structure{"a", "A", StructureKind::Other, "", "", "", {"actes"}}));
  batch->add(std::make_unique<core::AddMembership>(
      Membership{"a", "17300", MemberKind::Commune, std::nullopt, std::nullopt, {"actes"}}));
  batch->add(std::make_unique<core::AddMembership>(
      Membership{"a", "99999", MemberKind::Commune, std::nullopt, std::nullopt, {}}));
  const core::Status failed = stack_->push(std::move(batch));
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.code(), core::MessageCode::MembershipCommuneUnknown);
  EXPECT_NE(core::testing::text(failed.error()).find("99999"), std::string::npos)
      << core::testing::text(failed.error());
  EXPECT_TRUE(*model_ == before);
  EXPECT_FALSE(stack_->can_undo());

  auto good = std::make_unique<core::ModelBatch>(
      core::Message{core::MessageCode::UndoImport, {"two structures"}, {}});
  good->add(std::make_unique<core::AddStructure>(
      Structure{"a", "A", StructureKind::Other, "", "", "", {"actes"}}));
  good->add(std::make_unique<core::AddMembership>(
      Membership{"a", "17300", MemberKind::Commune, std::nullopt, std::nullopt, {"actes"}}));
  good->add(std::make_unique<core::EditStructure>(
      Structure{"a", "A renamed", StructureKind::Gip, "", "", "", {"actes", "pes"}}));
  ASSERT_TRUE(stack_->push(std::move(good)).ok());
  EXPECT_EQ(model_->structures().at(0).name, "A renamed");
  ASSERT_TRUE(stack_->undo_text().has_value());
  EXPECT_EQ(core::testing::text(*stack_->undo_text()), "import of two structures");
  ASSERT_TRUE(stack_->undo());
  EXPECT_TRUE(*model_ == before);
  ASSERT_TRUE(stack_->redo().ok());
  EXPECT_EQ(model_->memberships().size(), 1u);
}

TEST_F(StructureImportTest, FrenchHeadersAreDetected) {
  auto s = import(
      "Identifiant;Nom de la structure;Type;N\xC2\xB0 SIREN;Si\xC3\xA8ge;Courriel;Code membre;"
      "SIREN membre;Date d'adh\xC3\xA9sion;Date de fin;Services souscrits;Offre\n"
      "sm17;SM 17;SMI;;17300;a@b.fr;17300;;;;;\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  const std::map<StructureColumn, std::string> expected{
      {StructureColumn::Id, "Identifiant"},
      {StructureColumn::Name, "Nom de la structure"},
      {StructureColumn::Kind, "Type"},
      {StructureColumn::Siren, "N\xC2\xB0 SIREN"},
      {StructureColumn::Seat, "Si\xC3\xA8ge"},
      {StructureColumn::Contact, "Courriel"},
      {StructureColumn::Member, "Code membre"},
      {StructureColumn::MemberSiren, "SIREN membre"},
      {StructureColumn::Since, "Date d'adh\xC3\xA9sion"},
      {StructureColumn::Until, "Date de fin"},
      {StructureColumn::Usages, "Services souscrits"},
      {StructureColumn::Offer, "Offre"},
  };
  EXPECT_EQ(s->columns, expected);
  EXPECT_EQ(report(*s), clean_report(1));
  ASSERT_EQ(s->added.size(), 1u);
  EXPECT_EQ(s->added[0],
            (Structure{"sm17", "SM 17", StructureKind::SyndicatMixte, "", "17300", "a@b.fr", {}}));
}

// A CSV as Excel saves it in France: ';', Windows-1252, CRLF. Members named every way: commune
// code (one with its zero lost), commune SIREN, EPCI SIREN, département, delegated commune.
TEST_F(StructureImportTest, SemicolonWindows1252AllMemberKinds) {
  const std::string epci = epci_->code;
  const std::string content =
      "structure;type;siren_structure;membre;date_adhesion;fin;usages;offre\r\n"
      "Syndicat num\xE9rique 17;Syndicat mixte;" +
      epci +
      ";17300;01/01/2019;;Actes, PES V2;sig\r\n"
      "Syndicat num\xE9rique 17;;;" +
      rochelle_siren_.substr(0, 3) + " " + rochelle_siren_.substr(3, 3) + " " +
      rochelle_siren_.substr(6) +
      ";;;;\r\n"  // dup of 17300
      "Syndicat num\xE9rique 17;;;" +
      epci +
      ";2020-03-15;31/12/2025;site web|classes mobiles;\r\n"
      "Syndicat num\xE9rique 17;;;17;;;Actes;\r\n"
      "Syndicat num\xE9rique 17;;;1001;;;;\r\n"
      "Syndicat num\xE9rique 17;;;" +
      delegated_->code +
      ";;;march\xE9s publics d\xE9mat\xE9rialis\xE9s;\r\n"
      "Centre de gestion de la Charente-Maritime;CDG;;17300;;;pes;\r\n";
  auto s = import(content);
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  EXPECT_EQ(s->layout.delimiter, ';');
  EXPECT_EQ(s->layout.encoding, core::TextEncoding::Windows1252);
  nlohmann::json expected = clean_report(7);
  expected["harmonised"] = 1;
  expected["duplicates"] = 1;
  expected["duplicate_rows"] = {
      {{"line", 3},
       {"code", rochelle_siren_.substr(0, 3) + " " + rochelle_siren_.substr(3, 3) + " " +
                    rochelle_siren_.substr(6)}}};
  EXPECT_EQ(report(*s), expected);
  // The two rows of La Rochelle (code, then SIREN) name one member: the second is set aside, the
  // first kept (and not counted).
  EXPECT_EQ(s->report.duplicate_rows[0].kept_line, 2);

  ASSERT_EQ(s->added.size(), 2u);
  const Structure& sm = s->added[0];
  EXPECT_EQ(sm.id, "syndicat_numerique_17");
  EXPECT_EQ(sm.name, "Syndicat num\xC3\xA9rique 17");
  EXPECT_EQ(sm.kind, StructureKind::SyndicatMixte);
  EXPECT_EQ(sm.siren, epci);  // an EPCI's SIREN is a valid SIREN for the test's purpose
  // What it offered ("offre"), then what its members subscribe.
  EXPECT_EQ(sm.usages, (std::vector<std::string>{"sig", "actes", "pes", "site_web",
                                                 "classes_mobiles", "marches"}));
  EXPECT_EQ(s->added[1].kind, StructureKind::CentreDeGestion);
  EXPECT_EQ(s->added[1].id, "centre_de_gestion_de_la_charente_maritime");

  const Model before = *model_;
  ASSERT_TRUE(apply(*s).ok());
  EXPECT_EQ(model_->memberships().size(), 6u);
  const Membership* rochelle = membership(sm.id, MemberKind::Commune, "17300");
  ASSERT_NE(rochelle, nullptr);
  EXPECT_EQ(rochelle->since, "2019-01-01");
  EXPECT_EQ(rochelle->usages, (std::vector<std::string>{"actes", "pes"}));
  const Membership* e = membership(sm.id, MemberKind::Epci, epci);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->since, "2020-03-15");
  EXPECT_EQ(e->until, "2025-12-31");
  EXPECT_EQ(e->usages, (std::vector<std::string>{"site_web", "classes_mobiles"}));
  EXPECT_NE(membership(sm.id, MemberKind::Departement, "17"), nullptr);
  EXPECT_NE(membership(sm.id, MemberKind::Commune, "01001"), nullptr);
  EXPECT_NE(membership(sm.id, MemberKind::Commune, delegated_->chef_lieu), nullptr);
  EXPECT_NE(membership(s->added[1].id, MemberKind::Commune, "17300"), nullptr);

  // One undo step restores the model exactly.
  EXPECT_EQ(stack_->index(), 1u);
  ASSERT_TRUE(stack_->undo());
  EXPECT_TRUE(*model_ == before);
}

TEST_F(StructureImportTest, CommuneSirenAndEpciSirenAreTellApart) {
  // A commune nouvelle has a SIREN of the 2000... range, as EPCI do: the COG tells them apart.
  const core::CogCommune* nouvelle = nullptr;
  for (const core::CogCommune& c : cog_->communes())
    if (c.type == core::CommuneType::Current && c.siren.starts_with("200") &&
        !cog_->epci(c.siren)) {
      nouvelle = &c;
      break;
    }
  ASSERT_NE(nouvelle, nullptr);
  auto s = import("structure;siren_membre\nS;" + nouvelle->siren + "\nS;" + epci_->code + "\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  EXPECT_EQ(report(*s), clean_report(2));
  ASSERT_EQ(s->memberships.size(), 2u);
  EXPECT_EQ(s->memberships[0].member_kind, MemberKind::Commune);
  EXPECT_EQ(s->memberships[0].member_code, nouvelle->code);
  EXPECT_EQ(s->memberships[1].member_kind, MemberKind::Epci);
  EXPECT_EQ(s->memberships[1].member_code, epci_->code);
}

TEST_F(StructureImportTest, UnknownMembersAreListed) {
  auto s = import("structure;membre\nS;17300\nS;99999\nS;123456789\nS;\nS;9Z\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(5);
  expected["matched"] = 1;
  expected["unmatched"] = 4;
  expected["unmatched_rows"] = {{{"line", 3}, {"code", "99999"}},
                                {{"line", 4}, {"code", "123456789"}},
                                {{"line", 5}, {"code", ""}},
                                {{"line", 6}, {"code", "9Z"}}};
  EXPECT_EQ(report(*s), expected);
  EXPECT_EQ(s->memberships.size(), 1u);
  EXPECT_EQ(s->added.size(), 1u);  // the structure itself is known
}

TEST_F(StructureImportTest, UnknownUsageIsListedAndTheRestKept) {
  auto s = import("structure;membre;usages\nS;17300;actes;visio;TNI\n",
                  {.table = {},
                   .columns = {},
                   .text = {core::MessageCode::UndoImport, {"x.csv"}, {}},
                   .stop = {}});
  // ';' inside an unquoted cell splits it: the extra cells are listed, never dropped silently.
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  ASSERT_EQ(s->report.invalid_rows.size(), 2u);
  EXPECT_EQ(s->report.invalid_rows[0].column, "column 4 (no header)");

  auto quoted = import("structure;membre;usages\nS;17300;\"actes;visio|TNI\"\n");
  ASSERT_TRUE(quoted.ok()) << core::testing::text(quoted.error());
  nlohmann::json expected = clean_report(1);
  expected["invalid_values"] = 1;
  expected["invalid_rows"] = {{{"line", 2}, {"column", "usages"}, {"value", "visio"}}};
  EXPECT_EQ(report(*quoted), expected);
  ASSERT_EQ(quoted->memberships.size(), 1u);
  EXPECT_EQ(quoted->memberships[0].usages, (std::vector<std::string>{"actes", "tni"}));
}

TEST_F(StructureImportTest, DuplicateMembershipInTheFile) {
  // 1001 and 01001 are one code once its zero is restored.
  auto s = import("structure;membre;usages\nS;01001;actes\nS;17300;\nS;1001;pes\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(3);
  expected["duplicates"] = 1;  // the row set aside; the row kept is no duplicate
  expected["duplicate_rows"] = {{{"line", 4}, {"code", "1001"}}};
  EXPECT_EQ(report(*s), expected);
  ASSERT_EQ(s->memberships.size(), 2u);
  EXPECT_EQ(s->memberships[0].usages, (std::vector<std::string>{"actes"}));  // the first row
  EXPECT_EQ(s->added[0].usages, (std::vector<std::string>{"actes"}));
}

TEST_F(StructureImportTest, OldCommunesOfOneCommuneMakeOneMembership) {
  // Two delegated communes of one commune nouvelle (as 17001 and 17123 of 17397).
  std::map<std::string, std::vector<const core::CogCommune*>> by_chef_lieu;
  for (const core::CogCommune& c : cog_->communes())
    if (c.type == core::CommuneType::Delegated && c.code != c.chef_lieu)
      by_chef_lieu[c.chef_lieu].push_back(&c);
  const core::CogCommune* a = nullptr;
  const core::CogCommune* b = nullptr;
  for (const auto& [chef_lieu, old] : by_chef_lieu)
    if (old.size() >= 2) {
      a = old[0];
      b = old[1];
      break;
    }
  ASSERT_NE(b, nullptr);
  auto s = import("structure;membre;depuis;fin;usages\nS;" + a->code +
                  ";2021-01-01;2024-12-31;actes\nS;" + b->code + ";2018-06-01;;sig\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(2);
  expected["harmonised"] = 2;
  EXPECT_EQ(report(*s), expected);
  ASSERT_EQ(s->memberships.size(), 1u);
  const Membership& m = s->memberships[0];
  EXPECT_EQ(m.member_code, a->chef_lieu);
  EXPECT_EQ(m.since, "2018-06-01");  // the earliest
  EXPECT_EQ(m.until, std::nullopt);  // one of them has not left
  EXPECT_EQ(m.usages, (std::vector<std::string>{"actes", "sig"}));
  ASSERT_EQ(s->report.aggregations.size(), 1u);
  EXPECT_EQ(s->report.aggregations[0].code, a->chef_lieu);
  EXPECT_EQ(s->report.aggregations[0].members.size(), 2u);
  ASSERT_EQ(s->report.aggregations[0].notes.size(), 1u);
  EXPECT_EQ(
      s->report.aggregations[0].notes[0],
      (core::Message{
          core::MessageCode::StructureImportNoteMergedOpen, {m.structure_id, "2018-06-01"}, {}}));
  EXPECT_EQ(core::testing::text(s->report.aggregations[0].notes[0]),
            "one membership of " + m.structure_id +
                ": usages united, since 2018-06-01 (the earliest), until open (the latest)");
  ASSERT_TRUE(apply(*s).ok());
}

// A structure already in the model is found by its SIREN and updated, not duplicated; a
// membership it already has is a duplicate, not re-added; one undo restores the model.
TEST_F(StructureImportTest, StructuresOfTheModelAreUpdated) {
  const std::string siren = cog_->commune("17300")->siren;  // any valid SIREN will do
  ASSERT_TRUE(
      stack_
          ->push(std::make_unique<core::AddStructure>(Structure{
              "cdg17", "CDG 17", StructureKind::CentreDeGestion, siren, "", "x@cdg17.fr", {"pes"}}))
          .ok());
  ASSERT_TRUE(stack_
                  ->push(std::make_unique<core::AddMembership>(Membership{
                      "cdg17", "17300", MemberKind::Commune, "2010-01-01", std::nullopt, {"pes"}}))
                  .ok());
  const Model before = *model_;
  auto s = import("nom;siren;siege;membre;usages\nCentre de gestion 17;" + siren +
                  ";17300;17300;actes\nCentre de gestion 17;" + siren + ";;17004;actes\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(2);
  expected["duplicates"] = 1;
  expected["duplicate_rows"] = {{{"line", 2}, {"code", "17300"}}};
  EXPECT_EQ(report(*s), expected);
  EXPECT_EQ(s->report.duplicate_rows[0].kept_line, 0);  // the project's membership is kept
  EXPECT_TRUE(s->added.empty());
  ASSERT_EQ(s->updated.size(), 1u);
  // Given cells replace, empty ones keep; usages are what it offered plus what is subscribed
  // (the duplicate's "actes" is not, as its row is not used; 17004's is).
  EXPECT_EQ(s->updated[0], (Structure{"cdg17",
                                      "Centre de gestion 17",
                                      StructureKind::CentreDeGestion,
                                      siren,
                                      "17300",
                                      "x@cdg17.fr",
                                      {"pes", "actes"}}));
  ASSERT_EQ(s->memberships.size(), 1u);
  ASSERT_TRUE(apply(*s).ok());
  EXPECT_EQ(model_->structures().size(), 1u);
  EXPECT_EQ(model_->memberships().size(), 2u);
  ASSERT_TRUE(stack_->undo());
  EXPECT_TRUE(*model_ == before);

  // Found by its id as well; nothing new gives an empty batch.
  auto same = import("id;membre\ncdg17;17300\n");
  ASSERT_TRUE(same.ok()) << core::testing::text(same.error());
  EXPECT_EQ(same->report.duplicates, 1);
  EXPECT_TRUE(same->command->empty());
}

TEST_F(StructureImportTest, BadDatesSirenKindAndSeatAreListed) {
  auto s = import(
      "structure;type;siren_structure;siege;membre;adhesion;fin\n"
      "S;Coop\xC3\xA9rative;123456789;99999;17300;31/02/2020;\n"
      "S;;;;17004;2022-01-01;2020-01-01\n"
      "S;;;;17299;hier;\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(3);
  expected["invalid_values"] = 6;
  expected["invalid_rows"] = {
      {{"line", 2}, {"column", "siren_structure"}, {"value", "123456789"}},  // bad Luhn key
      {{"line", 2}, {"column", "type"}, {"value", "Coop\xC3\xA9rative"}},
      {{"line", 2}, {"column", "siege"}, {"value", "99999"}},
      {{"line", 2}, {"column", "adhesion"}, {"value", "31/02/2020"}},
      {{"line", 3}, {"column", "fin"}, {"value", "2020-01-01"}},  // ends before it begins
      {{"line", 4}, {"column", "adhesion"}, {"value", "hier"}}};
  EXPECT_EQ(report(*s), expected);
  ASSERT_EQ(s->added.size(), 1u);
  EXPECT_EQ(s->added[0].siren, "");
  EXPECT_EQ(s->added[0].kind, StructureKind::Other);
  EXPECT_EQ(s->added[0].seat_commune, "");
  // The rows are kept without the invalid values.
  ASSERT_EQ(s->memberships.size(), 3u);
  EXPECT_EQ(s->memberships[0].since, std::nullopt);
  EXPECT_EQ(s->memberships[1].since, "2022-01-01");
  EXPECT_EQ(s->memberships[1].until, std::nullopt);
  ASSERT_TRUE(apply(*s).ok());
}

TEST_F(StructureImportTest, ConflictingValuesOfOneStructureAreListed) {
  auto s = import("id;nom;type;membre\ns;S;GIP;17300\ns;S bis;GIP;17004\ns;;CDG;17299\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(3);
  expected["invalid_values"] = 2;
  expected["invalid_rows"] = {{{"line", 3}, {"column", "nom"}, {"value", "S bis"}},
                              {{"line", 4}, {"column", "type"}, {"value", "CDG"}}};
  EXPECT_EQ(report(*s), expected);
  EXPECT_EQ(s->added.at(0).name, "S");
  EXPECT_EQ(s->added.at(0).kind, StructureKind::Gip);
  EXPECT_EQ(s->memberships.size(), 3u);
}

TEST_F(StructureImportTest, RowWithoutStructureIsNotUsed) {
  auto s = import("structure;membre\nS;17300\n;17004\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  nlohmann::json expected = clean_report(2);
  expected["invalid_values"] = 1;
  expected["invalid_rows"] = {{{"line", 3}, {"column", "structure"}, {"value", ""}}};
  EXPECT_EQ(report(*s), expected);
  ASSERT_EQ(s->memberships.size(), 1u);
  EXPECT_EQ(s->memberships[0].member_code, "17300");
}

TEST_F(StructureImportTest, EmptyFileAndHeaderOnly) {
  auto empty = import("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.code(), core::MessageCode::CsvEmpty);
  EXPECT_NE(core::testing::text(empty.error()).find("structures.csv is empty"), std::string::npos)
      << core::testing::text(empty.error());
  // Issue 19 point 6: a header and no row says that there is no row (not which column lacks).
  auto header = import("structure;membre\n");
  ASSERT_FALSE(header.ok());
  EXPECT_EQ(header.code(), core::MessageCode::ImportNoRows);
  EXPECT_NE(core::testing::text(header.error())
                .find("structures.csv has its column names on line 1 and no row below them"),
            std::string::npos)
      << core::testing::text(header.error());
  auto no_member_column = import("nom;code_postal\n");
  ASSERT_FALSE(no_member_column.ok());
  EXPECT_EQ(no_member_column.code(), core::MessageCode::ImportNoRows);
}

// Issue 19 point 6: a structure that no row gives a member is added, and said so (not listed as
// a row skipped); one with a member elsewhere gets no such note.
TEST_F(StructureImportTest, AStructureWithoutMemberIsAddedAndSaidSo) {
  auto s = import("structure;membre\nSM Nouveau;\nSM Ancien;17300\nSM Ancien;\nSM Vide;99999\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  ASSERT_EQ(s->added.size(), 3u);
  EXPECT_EQ(s->added[0].name, "SM Nouveau");
  ASSERT_EQ(s->memberships.size(), 1u);
  EXPECT_EQ(s->report.of, core::ReportOf::Structures);
  ASSERT_EQ(s->report.notes.size(), 2u);
  EXPECT_EQ(s->report.notes[0].code, core::MessageCode::StructureImportNoteNoMember);
  EXPECT_EQ(s->report.notes[0].args, (std::vector<std::string>{"SM Nouveau", "2"}));
  EXPECT_EQ(s->report.notes[1].args, (std::vector<std::string>{"SM Vide", "5"}));
  EXPECT_EQ(s->report.unmatched, 3);  // the rows give no known member, still counted so
}

TEST_F(StructureImportTest, MissingColumnsAndOverrides) {
  auto none = import("nom;code_postal\nS;17000\n");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.code(), core::MessageCode::StructureImportNoMemberColumn);
  EXPECT_NE(core::testing::text(none.error()).find("no column of members"), std::string::npos);
  auto nameless = import("truc;membre\nS;17300\n");
  ASSERT_FALSE(nameless.ok());
  EXPECT_EQ(nameless.code(), core::MessageCode::StructureImportNoNameColumn);
  EXPECT_NE(core::testing::text(nameless.error()).find("no column naming the structures"),
            std::string::npos);
  auto named =
      import("truc;qui\nS;17300\n",
             {.table = {},
              .columns = {{StructureColumn::Name, "Truc"}, {StructureColumn::Member, "qui"}},
              .text = {core::MessageCode::UndoImport, {"x.csv"}, {}},
              .stop = {}});
  ASSERT_TRUE(named.ok()) << core::testing::text(named.error());
  EXPECT_EQ(report(*named), clean_report(1));
  auto wrong = import(
      "structure;membre\nS;17300\n",
      {.table = {}, .columns = {{StructureColumn::Usages, "prestations"}}, .text = {}, .stop = {}});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.code(), core::MessageCode::ImportNoColumn);
  EXPECT_NE(core::testing::text(wrong.error()).find("\"prestations\""), std::string::npos);
}

TEST_F(StructureImportTest, UnreadableFileChangesNothing) {
  ASSERT_TRUE(stack_
                  ->push(std::make_unique<core::AddStructure>(
                      Structure{"s", "S", StructureKind::Other, "", "", "", {}}))
                  .ok());
  const Model before = *model_;
  auto truncated = import("structure;membre\nS;17300\nS;\"17004");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.code(), core::MessageCode::CsvUnterminatedQuote);
  EXPECT_NE(core::testing::text(truncated.error()).find("structures.csv, line 3"),
            std::string::npos)
      << core::testing::text(truncated.error());
  auto missing = core::import_structures(dir_.file("absent.csv"), *model_);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.code(), core::MessageCode::CsvCannotOpen);
  const std::string broken = dir_.file("structures.xlsx");
  write_file(broken, "PK\x03\x04 not really a zip");
  auto sheet = core::import_structures(broken, *model_);
  ASSERT_FALSE(sheet.ok());
  EXPECT_TRUE(sheet.code() == core::MessageCode::SheetUnreadable ||
              sheet.code() == core::MessageCode::SheetUnreadableBecause);
  EXPECT_NE(core::testing::text(sheet.error()).find("structures.xlsx"), std::string::npos);
  EXPECT_TRUE(*model_ == before);
  EXPECT_EQ(stack_->index(), 1u);
}

// The model changed between the import and its application: the batch fails whole.
TEST_F(StructureImportTest, FailingBatchChangesNothing) {
  auto s = import("id;membre\nnew;17300\nnew;17004\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  ASSERT_EQ(s->command->size(), 3u);  // AddStructure, two AddMembership
  ASSERT_TRUE(stack_
                  ->push(std::make_unique<core::AddStructure>(
                      Structure{"new", "Already", StructureKind::Other, "", "", "", {}}))
                  .ok());
  const Model before = *model_;
  const core::Status st = apply(*s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), core::MessageCode::StructureIdTaken);
  EXPECT_NE(core::testing::text(st.error()).find("already taken"), std::string::npos)
      << core::testing::text(st.error());
  EXPECT_TRUE(*model_ == before);
  EXPECT_EQ(stack_->index(), 1u);
}

// XLSX and ODS written by GDAL from a CSV whose codes are numbers (the zero of 01001 lost, as a
// spreadsheet stores it) and with a blank row: lines are the spreadsheet's rows.
TEST_F(StructureImportTest, XlsxAndOds) {
  const std::string csv = dir_.file("source.csv");
  write_file(csv,
             "structure,type,membre,adhesion,usages\nS,GIP,1001,2020-05-04,actes\n,,,,\n"
             "S,GIP," +
                 epci_->code + ",,sig|pes\nS,GIP,99999,,\n");
  write_file(dir_.file("source.csvt"), "String,String,Integer,Date,String\n");
  for (const char* format : {"XLSX", "ODS"}) {
    const std::string sheet =
        dir_.file(std::string("structures.") + (format[0] == 'X' ? "xlsx" : "ods"));
    ASSERT_EQ(translate(csv, sheet, {"-f", format}), "") << format;
    auto s = core::import_structures(sheet, *model_);
    ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
    nlohmann::json expected = clean_report(3);
    expected["matched"] = 2;
    expected["unmatched"] = 1;
    expected["unmatched_rows"] = {{{"line", 5}, {"code", "99999"}}};
    EXPECT_EQ(report(*s), expected) << format;
    ASSERT_EQ(s->memberships.size(), 2u) << format;
    EXPECT_EQ(s->memberships[0].member_code, "01001") << format;
    EXPECT_EQ(s->memberships[0].since, "2020-05-04") << format;
    EXPECT_EQ(s->memberships[1].member_kind, MemberKind::Epci) << format;
    EXPECT_EQ(s->added.at(0).kind, StructureKind::Gip) << format;
  }
}

TEST_F(StructureImportTest, JsonHasExactlyTheKeysOfTheCli) {
  auto s = import("structure;membre\nS;x\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  const auto j = nlohmann::ordered_json::parse(core::report_json(s->report));
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"rows", "matched", "harmonised", "unmatched",
                                            "duplicates", "invalid_values", "unmatched_rows",
                                            "duplicate_rows", "invalid_rows"}));
}

// Issue 18, cells as people type them: an optional cell saying "no value" (n.c., -, s.o., NC,
// n.d., #N/A, sans objet...) is an empty cell, never an invalid one: dates, kind, SIREN, seat,
// contact, usages and offer.
TEST_F(StructureImportTest, NoValueSpellingsAreEmptyCells) {
  auto s = import(
      "structure;type;siren_structure;siege;contact;membre;usages;offre;adhesion;fin\n"
      "S;n.c.;-;s.o.;NC;17300;n.d.;#N/A;sans objet;\xE2\x80\x94\n"
      "S;Syndicat mixte;;;;17004;actes;N/A;01/05/2023;non renseign\xC3\xA9\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  EXPECT_EQ(report(*s), clean_report(2));
  ASSERT_EQ(s->added.size(), 1u);
  EXPECT_EQ(s->added[0].kind, StructureKind::SyndicatMixte);  // set by the second row
  EXPECT_EQ(s->added[0].siren, "");
  EXPECT_EQ(s->added[0].seat_commune, "");
  EXPECT_EQ(s->added[0].contact, "");
  ASSERT_EQ(s->memberships.size(), 2u);
  EXPECT_EQ(s->memberships[0].usages, std::vector<std::string>{});
  EXPECT_EQ(s->memberships[0].since, std::nullopt);
  EXPECT_EQ(s->memberships[0].until, std::nullopt);
  EXPECT_EQ(s->memberships[1].since, "2023-05-01");
  EXPECT_EQ(s->memberships[1].until, std::nullopt);
  // Text that is neither a value nor a no-value spelling is still listed, as typed.
  auto bad = import("structure;membre;adhesion\nS;17300;n.c.?\n");
  ASSERT_TRUE(bad.ok()) << core::testing::text(bad.error());
  ASSERT_EQ(bad->report.invalid_rows.size(), 1u);
  EXPECT_EQ(bad->report.invalid_rows[0].value, "n.c.?");
}

// Old codes said plainly: each row of an old commune is listed with the current commune it went
// to (01039 Béon is delegated in 01138 Culoz-Béon), and the rows combined into one membership.
TEST_F(StructureImportTest, OldCodesAreListedWithTheirCurrentCommune) {
  auto s = import("structure;membre;usages\nS;1039;actes\nS;01138;pes\nS;17300;\n");
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  const core::ImportReport& r = s->report;
  EXPECT_EQ(r.harmonised, 1);
  ASSERT_EQ(r.harmonised_rows.size(), 1u);
  EXPECT_EQ(r.harmonised_rows[0].line, 2);
  EXPECT_EQ(r.harmonised_rows[0].code, "1039");
  EXPECT_EQ(r.harmonised_rows[0].current, "01138");
  EXPECT_EQ(r.duplicates, 0);
  EXPECT_EQ(r.combined, 2);
  ASSERT_EQ(r.aggregations.size(), 1u);
  EXPECT_EQ(r.aggregations[0].code, "01138");
  ASSERT_EQ(r.aggregations[0].members.size(), 2u);
  EXPECT_EQ(r.aggregations[0].members[0].code, "1039");
  EXPECT_EQ(r.aggregations[0].members[1].line, 3);
  ASSERT_EQ(s->memberships.size(), 2u);
  EXPECT_EQ(s->memberships[0].member_code, "01138");
  EXPECT_EQ(s->memberships[0].usages, (std::vector<std::string>{"actes", "pes"}));
}

// The report keeps the counts and the first few hundred lines of each kind.
TEST_F(StructureImportTest, ListsStopAtAFewHundredLines) {
  std::string content = "structure;membre;adhesion\n";
  for (int i = 0; i < 350; ++i) content += "S;99999;hier\nS;17189;\n";
  auto s = import(content);
  ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
  const core::ImportReport& r = s->report;
  EXPECT_EQ(r.rows, 700);
  EXPECT_EQ(r.unmatched, 350);
  EXPECT_EQ(r.invalid_values, 350);
  EXPECT_EQ(r.harmonised, 350);
  EXPECT_EQ(r.duplicates, 349);  // the first row of 17189 is kept
  EXPECT_EQ(r.unmatched_rows.size(), core::kMaxListedRows);
  EXPECT_EQ(r.invalid_rows.size(), core::kMaxListedRows);
  EXPECT_EQ(r.harmonised_rows.size(), core::kMaxListedRows);
  EXPECT_EQ(r.duplicate_rows.size(), core::kMaxListedRows);
  EXPECT_EQ(r.invalid_rows.back().line, 600);  // the first ones, in order
  EXPECT_EQ(report(*s)["invalid_values"], 350);
}

}  // namespace
}  // namespace lumiere::test
