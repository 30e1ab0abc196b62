// What the command line and the window share of an indicator import (app/import_apply), issue
// 18: the value column a header naming the usage wins, and the report said plainly — how the
// table was read, the notes on its cells, each old code with the current commune it counts in
// (named from the COG), the rows combined and how — in French as the planners read it.
#include "app/import_apply.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

#include "core/model/model.h"
#include "core/tables/indicator_import.h"
#include "core/tables/structure_import.h"
#include "maps/language.h"
#include "maps/message_text.h"
#include "tests/core/test_data.h"

namespace lumiere::test {
namespace {

class ImportApplyTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok());
  }
  void TearDown() override { maps::use_language(maps::Language::English); }
  core::IndicatorTable import(std::string_view content) {
    const std::string path = dir_.file("indicateurs.csv");
    write_file(path, content);
    auto t = core::import_indicators(path, *cog_registry());
    EXPECT_TRUE(t.ok());
    return t ? std::move(*t) : core::IndicatorTable{};
  }
  static bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
  TempDir dir_;
};

TEST_F(ImportApplyTest, AHeaderNamingTheUsageWinsAmongSeveralColumns) {
  const core::IndicatorTable t = import(
      "code;T\xC3\xA9l\xC3\xA9transmission Actes;Taux PES;Site web\n17004;oui;50 %;non\n"
      "17300;non;75 %;oui\n");
  ASSERT_EQ(t.columns.size(), 3u);
  const std::string actes = "Actes \xE2\x80\x94 contr\xC3\xB4le de l\xC3\xA9galit\xC3\xA9";
  auto chosen = app::value_column(t, "t.csv", {"", "actes", actes});
  ASSERT_TRUE(chosen.ok());
  EXPECT_EQ(*chosen, 0u);
  auto pes = app::value_column(t, "t.csv",
                               {"", "pes", "PES V2 \xE2\x80\x94 flux comptables et financiers"});
  ASSERT_TRUE(pes.ok());
  EXPECT_EQ(*pes, 1u);
  // Without a usage, or one no header names, several columns still ask for a choice.
  for (const app::ValueColumnRequest& request :
       {app::ValueColumnRequest{}, app::ValueColumnRequest{"", "tni", "TNI"}}) {
    auto none = app::value_column(t, "t.csv", request);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.code(), core::MessageCode::AppSeveralValueColumns);
  }
  // A column named wins over the usage.
  auto named = app::value_column(t, "t.csv", {"Site web", "actes", actes});
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(*named, 2u);
}

TEST_F(ImportApplyTest, OldCodesAreSaidWithTheNamesOfTheirCommunes) {
  // 01039 Béon is delegated in 01138 Culoz-Béon; 01001 is a commune of its own.
  const core::IndicatorTable t = import("code;Taux\n1001;10 %\n1039;40 %\n01138;70 %\n");
  const auto values = app::indicator_values(t, 0, "t.csv", "actes", 2025);
  ASSERT_EQ(values.values.size(), 2u);
  ASSERT_TRUE(maps::use_language(maps::Language::French));
  const std::string text =
      app::report_text(values.report, maps::Surface::CommandLine, {&*cog_registry(), nullptr});
  EXPECT_TRUE(has(text,
                  "lignes lues : 3 ; rapproch\xC3\xA9"
                  "es d'une commune : 3 (dont harmonis\xC3\xA9"
                  "es : 1) ; sans correspondance dans le COG : 0 ; en double, \xC3\xA9"
                  "cart\xC3\xA9"
                  "es : 0 ; valeurs "
                  "invalides : 0 ; regroup\xC3\xA9"
                  "es avec une autre ligne : 2"))
      << text;
  EXPECT_TRUE(has(text,
                  "  ligne 3 : 1039 est une ancienne commune, compt\xC3\xA9"
                  "e dans 01138 Culoz-B\xC3\xA9on\n"))
      << text;
  EXPECT_TRUE(has(text,
                  "  01138 Culoz-B\xC3\xA9on regroupe les lignes 3 (1039) et 4 (01138) : "
                  "Taux : moyenne simple de 2 lignes"))
      << text;
  // Without the COG, the codes alone.
  const std::string codes = app::report_text(values.report, maps::Surface::CommandLine);
  EXPECT_TRUE(has(codes, "comptée dans 01138\n")) << codes;
}

TEST_F(ImportApplyTest, HowTheTableWasReadIsTheFirstLine) {
  const core::IndicatorTable t = import("code;Taux\n17004;50\n17300;75\n");
  core::TableLayout layout;
  layout.format = core::TableFormat::Xlsx;
  layout.sheets = {"Notes",
                   "Donn\xC3\xA9"
                   "es"};
  layout.sheet =
      "Donn\xC3\xA9"
      "es";
  layout.header_row = 3;
  layout.header_searched = true;
  layout.encoding = core::TextEncoding::Windows1252;
  ASSERT_TRUE(maps::use_language(maps::Language::French));
  const std::string text =
      app::report_text(t.report, maps::Surface::CommandLine, {nullptr, &layout});
  EXPECT_TRUE(
      text.starts_with("Tableau lu : feuille \xC2\xAB Donn\xC3\xA9"
                       "es \xC2\xBB (sur 2 feuilles) ; en-t\xC3\xAAte trouv\xC3\xA9 ligne "
                       "3, 2 lignes au-dessus ignor\xC3\xA9"
                       "es ; encodage Windows-1252\n"))
      << text;
  // The rates in points are said.
  EXPECT_TRUE(has(text,
                  "  Taux : taux \xC3\xA9"
                  "crits de 0 \xC3\xA0 100 sans %, divis\xC3\xA9s par 100"))
      << text;
  // A table read plainly (one sheet, header on line 1, UTF-8) says nothing of it.
  const core::TableLayout plain;
  const std::string quiet =
      app::report_text(t.report, maps::Surface::CommandLine, {nullptr, &plain});
  EXPECT_TRUE(quiet.starts_with("lignes lues : 2 ;")) << quiet;
}

TEST_F(ImportApplyTest, RatesOutOfRangeAreListedAsTypedAndNotesAreTheColumns) {
  const core::IndicatorTable t =
      import("code;taux;agents;Adh\xC3\xA9sion\n17004;45 %;n.c.;x\n17300;120 %;3;\n");
  ASSERT_EQ(t.columns.size(), 3u);
  const auto values = app::indicator_values(t, 0, "t.csv", "actes", 2025);
  ASSERT_EQ(values.values.size(), 1u);
  ASSERT_EQ(values.report.invalid_rows.size(), 1u);
  EXPECT_EQ(values.report.invalid_rows[0].value, "120 %");  // as typed, not "1,2000"
  EXPECT_EQ(values.report.invalid_values, 1);
  // The notes of the other columns (a count without value, the ticks) are not this import's.
  EXPECT_TRUE(values.report.notes.empty());
  const auto ticks = app::indicator_values(t, 2, "t.csv", "actes", 2025);
  ASSERT_EQ(ticks.report.notes.size(), 1u);
  EXPECT_EQ(ticks.report.notes[0].code, core::MessageCode::ImportNoteTick);  // one blank
  ASSERT_EQ(ticks.values.size(), 2u);
  EXPECT_EQ(ticks.values[1].adopted, false);  // the blank of 17300
}

// Issue 19 point 6: reports that add up, in French and in English. Each test says the same
// report in both languages.
class TruthfulReportTest : public ImportApplyTest {
 protected:
  std::string said(const core::ImportReport& report, maps::Language language) {
    EXPECT_TRUE(maps::use_language(language));
    return app::report_text(report, maps::Surface::CommandLine, {&*cog_registry(), nullptr});
  }
};

// 17300 given three times (oui, oui, non): two rows set aside, not three, and the one whose value
// differs says so and which value was kept.
TEST_F(TruthfulReportTest, DuplicatesAreTheRowsSetAsideWithTheValueKept) {
  const core::IndicatorTable t = import("code;Actes\n17300;oui\n17300;oui\n17300;non\n");
  const auto values = app::indicator_values(t, 0, "t.csv", "actes", 2025);
  ASSERT_EQ(values.values.size(), 1u);
  EXPECT_EQ(values.values[0].adopted, true);
  const std::string en = said(values.report, maps::Language::English);
  EXPECT_TRUE(has(en, "duplicates set aside: 2;")) << en;
  EXPECT_TRUE(has(en, "  line 3: code \"17300\" repeated, row set aside (line 2 is kept)\n")) << en;
  EXPECT_TRUE(has(en,
                  "  line 4: code \"17300\" repeated, row set aside although its \"Actes\" "
                  "differs: \"non\" here, \"oui\" kept from line 2\n"))
      << en;
  EXPECT_FALSE(has(en, "line 2:")) << en;  // the row kept is no duplicate
  const std::string fr = said(values.report, maps::Language::French);
  EXPECT_TRUE(has(fr,
                  "en double, \xC3\xA9"
                  "cart\xC3\xA9"
                  "es : 2 ;"))
      << fr;
  EXPECT_TRUE(has(fr,
                  "  ligne 3 : code \xC2\xAB 17300 \xC2\xBB en double, ligne \xC3\xA9"
                  "cart\xC3\xA9"
                  "e (la ligne 2 est retenue)\n"))
      << fr;
  EXPECT_TRUE(has(fr,
                  "  ligne 4 : code \xC2\xAB 17300 \xC2\xBB en double, ligne \xC3\xA9"
                  "cart\xC3\xA9"
                  "e bien que sa valeur de \xC2\xAB Actes \xC2\xBB diff\xC3\xA8re : "
                  "\xC2\xAB non \xC2\xBB ici, \xC2\xAB oui \xC2\xBB retenu de la ligne 2\n"))
      << fr;
}

// An invalid cell is shown as typed: 150% in a rate column, never 1,5000 or 1.5.
TEST_F(TruthfulReportTest, AnInvalidCellIsShownAsTyped) {
  const core::IndicatorTable t = import("code;Taux\n17300;50 %\n17004;150%\n");
  const auto values = app::indicator_values(t, 0, "t.csv", "actes", 2025);
  ASSERT_EQ(values.values.size(), 1u);
  const std::string en = said(values.report, maps::Language::English);
  EXPECT_TRUE(has(en, "  line 3: invalid value \"150%\" in the column \"Taux\", skipped\n")) << en;
  const std::string fr = said(values.report, maps::Language::French);
  EXPECT_TRUE(has(fr,
                  "  ligne 3 : valeur \xC2\xAB 150% \xC2\xBB invalide dans la colonne "
                  "\xC2\xAB Taux \xC2\xBB, ignor\xC3\xA9"
                  "e\n"))
      << fr;
  for (const std::string& text : {en, fr}) {
    EXPECT_FALSE(has(text, "1,5")) << text;
    EXPECT_FALSE(has(text, "1.5")) << text;
  }
}

// A structure with no member is added, and the report says that it was added without members
// (not that its row was skipped).
TEST_F(TruthfulReportTest, AStructureWithoutMembersIsSaidAdded) {
  const std::string path = dir_.file("structures.csv");
  write_file(path, "structure;membre\nSM Nouveau;\nSM Ancien;17300\n");
  core::Model model(*cog_registry());
  auto s = core::import_structures(path, model);
  ASSERT_TRUE(s.ok()) << maps::message_text(s.error(), maps::Surface::CommandLine).toStdString();
  ASSERT_EQ(s->added.size(), 2u);
  const std::string en = said(s->report, maps::Language::English);
  EXPECT_TRUE(has(en, "rows read: 2; members found: 1 (harmonised: 0); members not in the COG: 1;"))
      << en;
  EXPECT_TRUE(has(en,
                  "  structure \"SM Nouveau\" added without members: none of its rows (the "
                  "first on line 2) names a member the COG knows\n"))
      << en;
  EXPECT_TRUE(has(en, "  line 2: no member given, no membership made of this row\n")) << en;
  EXPECT_FALSE(has(en, "skipped")) << en;
  const std::string fr = said(s->report, maps::Language::French);
  EXPECT_TRUE(has(fr,
                  "  structure \xC2\xAB SM Nouveau \xC2\xBB ajout\xC3\xA9"
                  "e sans membre : aucune de ses lignes (la premi\xC3\xA8re en ligne 2) ne "
                  "nomme un membre connu du COG\n"))
      << fr;
  EXPECT_TRUE(has(fr,
                  "  ligne 2 : aucun membre indiqu\xC3\xA9, aucune adh\xC3\xA9sion tir\xC3\xA9"
                  "e de cette ligne\n"))
      << fr;
  EXPECT_FALSE(has(fr, "ignor\xC3\xA9")) << fr;
}

// A table with a header and no row says that it has no row, not that it lacks a yes/no column.
TEST_F(TruthfulReportTest, AHeaderWithoutRowsSaysItHasNoRow) {
  const std::string path = dir_.file("vide.csv");
  write_file(path, "code;Actes\n");
  auto t = core::import_indicators(path, *cog_registry());
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.code(), core::MessageCode::ImportNoRows);
  ASSERT_TRUE(maps::use_language(maps::Language::English));
  const std::string en = maps::message_text(t.error(), maps::Surface::CommandLine).toStdString();
  EXPECT_EQ(en, path +
                    " has its column names on line 1 and no row below them: there is "
                    "nothing to import; check that it is the right file");
  ASSERT_TRUE(maps::use_language(maps::Language::French));
  const std::string fr = maps::message_text(t.error(), maps::Surface::CommandLine).toStdString();
  EXPECT_EQ(fr, path +
                    " a ses noms de colonnes en ligne 1 et aucune ligne en dessous : il n'y a "
                    "rien \xC3\xA0 importer ; v\xC3\xA9rifiez que c'est le bon fichier");
  for (const std::string& text : {en, fr}) {
    EXPECT_FALSE(has(text, "--value-column")) << text;
    EXPECT_FALSE(has(text, "yes/no")) << text;
  }
}

// Numbers and words agree: one value, two values (and zero in each language's way); no English
// tag in a French report.
TEST_F(TruthfulReportTest, NumbersAndWordsAgree) {
  const auto saved = [](long n) {
    return app::count_text(n, QCoreApplication::translate("Import", "%1 value saved in %2"),
                           QCoreApplication::translate("Import", "%1 values saved in %2"))
        .arg(QStringLiteral("p.gpkg"))
        .toStdString();
  };
  ASSERT_TRUE(maps::use_language(maps::Language::French));
  EXPECT_EQ(saved(1),
            "1 valeur enregistr\xC3\xA9"
            "e dans p.gpkg");
  EXPECT_EQ(saved(2),
            "2 valeurs enregistr\xC3\xA9"
            "es dans p.gpkg");
  EXPECT_EQ(saved(0),
            "0 valeur enregistr\xC3\xA9"
            "e dans p.gpkg");
  EXPECT_EQ(saved(1500),
            "1\xE2\x80\xAF"
            "500 valeurs enregistr\xC3\xA9"
            "es dans p.gpkg");
  EXPECT_EQ(app::column_type_text(core::ColumnType::YesNo).toStdString(), "oui/non");
  ASSERT_TRUE(maps::use_language(maps::Language::English));
  EXPECT_EQ(saved(1), "1 value saved in p.gpkg");
  EXPECT_EQ(saved(2), "2 values saved in p.gpkg");
  EXPECT_EQ(saved(0), "0 values saved in p.gpkg");

  // The report: one row read, one more row not detailed, one value among combined rows.
  core::ImportReport r;
  r.rows = 1;
  r.matched = 1;
  r.unmatched = 1;  // counted, not listed: "1 more row"
  const std::string en = said(r, maps::Language::English);
  EXPECT_TRUE(
      en.starts_with("rows read: 1; matched to a commune: 1 (harmonised: 0); not in the "
                     "COG: 1; duplicates set aside: 0; invalid values: 0; combined with "
                     "another row: 0\n"))
      << en;
  EXPECT_TRUE(has(en, "  … and 1 more row, not detailed\n")) << en;
  const std::string fr = said(r, maps::Language::French);
  EXPECT_TRUE(fr.starts_with("lignes lues : 1 ;")) << fr;
  EXPECT_TRUE(has(fr,
                  "  \xE2\x80\xA6 et 1 autre ligne, non d\xC3\xA9taill\xC3\xA9"
                  "e\n"))
      << fr;
  EXPECT_FALSE(has(fr, "lignes lues : 1 lignes")) << fr;

  // Combined rows of which one alone has a value: that value, said, not "sum of 1 rows".
  const core::IndicatorTable t = import("code;Actes\n17001;oui\n17123;n.c.\n");
  const auto values = app::indicator_values(t, 0, "t.csv", "actes", 2025);
  const std::string fr_one = said(values.report, maps::Language::French);
  EXPECT_TRUE(has(fr_one, "Actes : seule la ligne 2 a une valeur, qui est retenue")) << fr_one;
  EXPECT_FALSE(has(fr_one, "(yes/no)")) << fr_one;
  EXPECT_FALSE(has(fr_one, "1 membres")) << fr_one;
  const std::string en_one = said(values.report, maps::Language::English);
  EXPECT_TRUE(has(en_one, "Actes: only line 2 has a value, which is kept")) << en_one;
}

}  // namespace
}  // namespace lumiere::test
