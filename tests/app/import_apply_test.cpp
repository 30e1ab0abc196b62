// What the command line and the window share of an indicator import (app/import_apply), issue
// 18: the value column a header naming the usage wins, and the report said plainly — how the
// table was read, the notes on its cells, each old code with the current commune it counts in
// (named from the COG), the rows combined and how — in French as the planners read it.
#include "app/import_apply.h"

#include <gtest/gtest.h>

#include "core/tables/indicator_import.h"
#include "maps/language.h"
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
                  "es : 1) ; sans correspondance dans le COG : 0 ; en double : 0 ; valeurs "
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

}  // namespace
}  // namespace lumiere::test
