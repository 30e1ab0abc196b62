// Importing indicator tables against the real COG: one test per edge case of issue 4 point 4,
// each with the report it must give.
#include "core/tables/indicator_import.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "message_testing.h"
#include "report_json.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::ColumnType;
using core::ImportReport;
using core::IndicatorTable;

class IndicatorImportTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }
  core::Result<IndicatorTable> import(std::string_view content,
                                      const core::IndicatorImportOptions& options = {}) {
    const std::string path = dir_.file("indicateurs.csv");
    write_file(path, content);
    return core::import_indicators(path, *cog_registry(), options);
  }
  // The report as JSON, for comparing whole reports at once.
  static nlohmann::json report(const IndicatorTable& table) {
    return nlohmann::json::parse(core::report_json(table.report));
  }
  static nlohmann::json clean_report(int rows) { return test::clean_report(rows); }
  static const core::CommuneIndicators* find(const IndicatorTable& t, const std::string& code) {
    for (const auto& c : t.communes)
      if (c.code == code) return &c;
    return nullptr;
  }
  TempDir dir_;
};

TEST_F(IndicatorImportTest, SemicolonCommaAndTab) {
  for (const std::string d : {";", ",", "\t"}) {
    auto t = import("codgeo" + d + "agents\n17004" + d + "3\n17300" + d + "120\n");
    ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
    EXPECT_EQ(t->layout.delimiter, d[0]);
    EXPECT_EQ(report(*t), clean_report(2));
    EXPECT_EQ(t->code_column, "codgeo");
    ASSERT_EQ(t->columns.size(), 1u);
    EXPECT_EQ(t->columns[0].detected, ColumnType::Stock);
    EXPECT_EQ(std::get<double>(find(*t, "17300")->values[0]), 120.0);
  }
}

TEST_F(IndicatorImportTest, Utf8WithBom) {
  auto t = import(
      "\xEF\xBB\xBF"
      "code;nom;agents\n17004;\xC3\x8Ele-d'Aix;3\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(t->code_column, "code");  // found although the BOM precedes it
  EXPECT_EQ(report(*t), clean_report(1));
  EXPECT_EQ(std::get<std::string>(find(*t, "17004")->values[0]), "\xC3\x8Ele-d'Aix");
}

TEST_F(IndicatorImportTest, Windows1252) {
  auto t = import("code;nom;agents\r\n17004;\xCEle-d'Aix;3\r\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(t->layout.encoding, core::TextEncoding::Windows1252);
  EXPECT_EQ(report(*t), clean_report(1));
  EXPECT_EQ(t->columns[0].detected, ColumnType::Category);
  EXPECT_EQ(std::get<std::string>(find(*t, "17004")->values[0]), "\xC3\x8Ele-d'Aix");
}

TEST_F(IndicatorImportTest, DecimalCommaMakesARatio) {
  auto t = import("code;taux_equipement;depense\n17004;0,5;1 234,5\n17300;0,25;12\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(2));
  EXPECT_EQ(t->columns[0].detected, ColumnType::Ratio);
  EXPECT_EQ(t->columns[1].detected, ColumnType::Stock);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17004")->values[0]), 0.5);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17004")->values[1]), 1234.5);
}

TEST_F(IndicatorImportTest, LeadingZeroRestored) {
  auto t = import("code;agents\n1001;4\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(1));  // restoring a zero is not harmonising
  ASSERT_NE(find(*t, "01001"), nullptr);
}

TEST_F(IndicatorImportTest, CorsicaInEitherCase) {
  auto t = import("code;agents\n2A004;10\n2b033;7\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(2));
  ASSERT_NE(find(*t, "2A004"), nullptr);
  ASSERT_NE(find(*t, "2B033"), nullptr);
  // 2A004 and 2a004 are one code: the second is a duplicate.
  auto dup = import("code;agents\n2A004;10\n2a004;11\n");
  ASSERT_TRUE(dup.ok()) << core::testing::text(dup.error());
  EXPECT_EQ(dup->report.duplicates, 1);
}

TEST_F(IndicatorImportTest, DelegatedCommuneHarmonisedAndOldCommunesSummed) {
  // 17189 Hiers-Brouage is delegated in 17219 Marennes-Hiers-Brouage; 17001 and 17123 are
  // delegated in 17397, so their stocks add up and its yes/no is yes when either adopted.
  auto t = import(
      "code;agents;adhesion;nom\n"
      "17189;5;non;Hiers-Brouage\n"
      "17001;3;oui;Aigrefeuille\n"
      "17123;4;non;Autre\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  auto expected = clean_report(3);
  expected["harmonised"] = 3;
  EXPECT_EQ(report(*t), expected);
  EXPECT_EQ(t->columns[0].detected, ColumnType::Stock);
  EXPECT_EQ(t->columns[1].detected, ColumnType::YesNo);
  ASSERT_EQ(t->communes.size(), 2u);
  EXPECT_EQ(std::get<double>(find(*t, "17219")->values[0]), 5.0);
  const auto* merged = find(*t, "17397");
  ASSERT_NE(merged, nullptr);
  EXPECT_EQ(std::get<double>(merged->values[0]), 7.0);
  EXPECT_EQ(std::get<bool>(merged->values[1]), true);
  EXPECT_EQ(merged->lines, (std::vector<int>{3, 4}));
  // The report says how the two were combined.
  ASSERT_EQ(t->report.aggregations.size(), 1u);
  const auto& a = t->report.aggregations[0];
  EXPECT_EQ(a.code, "17397");
  ASSERT_EQ(a.members.size(), 2u);
  EXPECT_EQ(a.members[0].line, 3);
  EXPECT_EQ(a.members[1].code, "17123");
  ASSERT_EQ(a.notes.size(), 3u);
  EXPECT_EQ(a.notes[0], (core::Message{core::MessageCode::ImportNoteSum, {"agents", "2"}, {}}));
  EXPECT_EQ(core::testing::text(a.notes[0]), "agents: sum of 2 rows");
  EXPECT_EQ(a.notes[1].code, core::MessageCode::ImportNoteYesSome);
  EXPECT_EQ(core::testing::text(a.notes[1]),
            "adhesion: yes, because at least one of 2 members adopted");
  EXPECT_EQ(a.notes[2].code, core::MessageCode::ImportNoteDisagree);
}

TEST_F(IndicatorImportTest, RatiosOfOldCommunesAreAveraged) {
  auto t = import("code;taux\n17001;10 %\n17123;30 %\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17397")->values[0]), 0.2);
  // The COG gives no population to delegated communes, so no weights: a plain mean, and the
  // report says so (17219 has one as the current commune, 17189 has none).
  auto current = import("code;taux\n17219;10 %\n17189;30 %\n");
  ASSERT_TRUE(current.ok()) << core::testing::text(current.error());
  EXPECT_DOUBLE_EQ(std::get<double>(find(*current, "17219")->values[0]), 0.2);
  ASSERT_EQ(current->report.aggregations.size(), 1u);
  ASSERT_EQ(current->report.aggregations[0].notes.size(), 1u);
  EXPECT_EQ(current->report.aggregations[0].notes[0].code, core::MessageCode::ImportNotePlainMean);
  EXPECT_NE(core::testing::text(current->report.aggregations[0].notes[0]).find("not weighted"),
            std::string::npos);
}

TEST_F(IndicatorImportTest, UnmatchedCodeWithItsLine) {
  auto t = import("code;agents\n17004;3\n99999;4\n;5\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  nlohmann::json expected = clean_report(3);
  expected["matched"] = 1;
  expected["unmatched"] = 2;
  expected["unmatched_rows"] = {{{"line", 3}, {"code", "99999"}}, {{"line", 4}, {"code", ""}}};
  EXPECT_EQ(report(*t), expected);
}

TEST_F(IndicatorImportTest, DuplicatedCodeWithBothLines) {
  auto t = import("code;agents\n17004;3\n17300;8\n17004;4\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  nlohmann::json expected = clean_report(3);
  expected["duplicates"] = 1;  // the row set aside; the row kept is no duplicate
  expected["duplicate_rows"] = {{{"line", 4}, {"code", "17004"}}};
  EXPECT_EQ(report(*t), expected);
  EXPECT_EQ(std::get<double>(find(*t, "17004")->values[0]), 3.0);  // the first is used
}

// Issue 19 point 6: a code given three times (oui, oui, non) sets two rows aside, not three, and
// the one whose value differs from the row kept is said with both values as typed.
TEST_F(IndicatorImportTest, DuplicatesCountTheRowsSetAsideAndTheirDifferingValues) {
  auto t = import("code;Actes\n17300;oui\n17300;Oui\n17300;non\n17004;oui\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  const ImportReport& r = t->report;
  EXPECT_EQ(r.duplicates, 2);
  ASSERT_EQ(r.duplicate_rows.size(), 2u);
  EXPECT_EQ(r.duplicate_rows[0].line, 3);
  EXPECT_EQ(r.duplicate_rows[0].kept_line, 2);
  EXPECT_EQ(r.duplicate_rows[1].line, 4);
  EXPECT_EQ(r.duplicate_rows[1].kept_line, 2);
  ASSERT_EQ(r.duplicate_conflicts.size(), 1u);  // "Oui" is the same value as "oui"
  const core::DuplicateConflict& d = r.duplicate_conflicts[0];
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.column, "Actes");
  EXPECT_EQ(d.value, "non");
  EXPECT_EQ(d.kept_line, 2);
  EXPECT_EQ(d.kept_value, "oui");
  EXPECT_EQ(std::get<bool>(find(*t, "17300")->values[0]), true);  // the first row is kept
}

// Issue 19 point 6: a header and no row says so, not that a column is missing.
TEST_F(IndicatorImportTest, AHeaderWithoutRowsSaysSo) {
  for (const char* content : {"code;Actes\n", "commune;Actes\n\n\n"}) {
    auto t = import(content);
    ASSERT_FALSE(t.ok()) << content;
    EXPECT_EQ(t.code(), core::MessageCode::ImportNoRows);
    EXPECT_NE(core::testing::text(t.error()).find("no row below them"), std::string::npos)
        << core::testing::text(t.error());
  }
}

// Of old communes combined, one alone with a value is that value ("sum of 1 rows" said nothing).
TEST_F(IndicatorImportTest, OneValueAmongCombinedRowsIsKeptAndSaid) {
  // 17001 and 17123 are delegated in 17397.
  auto t = import("code;agents\n17001;4\n17123;n.c.\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  ASSERT_EQ(t->report.aggregations.size(), 1u);
  ASSERT_EQ(t->report.aggregations[0].notes.size(), 1u);
  EXPECT_EQ(t->report.aggregations[0].notes[0].code, core::MessageCode::ImportNoteSingleValue);
  EXPECT_EQ(t->report.aggregations[0].notes[0].args, (std::vector<std::string>{"agents", "2"}));
  EXPECT_EQ(std::get<double>(find(*t, "17397")->values[0]), 4.0);
}

TEST_F(IndicatorImportTest, InvalidValueWithLineColumnAndValue) {
  auto t = import(
      "code;agents;adhesion\n17004;3;oui\n17300;beaucoup;non\n17299;5;peut-\xC3\xAAtre\n"
      "17306;6;oui\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  nlohmann::json expected = clean_report(4);
  expected["invalid_values"] = 2;
  expected["invalid_rows"] = {{{"line", 3}, {"column", "agents"}, {"value", "beaucoup"}},
                              {{"line", 4}, {"column", "adhesion"}, {"value", "peut-\xC3\xAAtre"}}};
  EXPECT_EQ(report(*t), expected);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(find(*t, "17300")->values[0]));
}

TEST_F(IndicatorImportTest, YesNoVariants) {
  auto t = import(
      "code;adhesion\n17004;Oui\n17300;N\n17299;vrai\n17306;FAUX\n17008;yes\n"
      "17002;false\n17003;x\n17005;\n17006;1\n17007;0\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(10));
  EXPECT_EQ(t->columns[0].detected, ColumnType::YesNo);
  const std::vector<std::pair<const char*, int>> expected{
      {"17004", 1}, {"17300", 0}, {"17299", 1},  {"17306", 0}, {"17008", 1},
      {"17002", 0}, {"17003", 1}, {"17005", -1}, {"17006", 1}, {"17007", 0}};
  for (const auto& [code, value] : expected) {
    const auto* c = find(*t, code);
    ASSERT_NE(c, nullptr) << code;
    if (value < 0)
      EXPECT_TRUE(std::holds_alternative<std::monostate>(c->values[0])) << code;
    else
      EXPECT_EQ(std::get<bool>(c->values[0]), value == 1) << code;
  }
}

TEST_F(IndicatorImportTest, PercentagesAndTypeOverride) {
  auto t = import("code;couverture;nb\n17004;45 %;1\n17300;12,5%;0\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(t->columns[0].detected, ColumnType::Ratio);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17004")->values[0]), 0.45);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17300")->values[0]), 0.125);
  EXPECT_EQ(t->columns[1].detected, ColumnType::YesNo);
  // The user says "nb" is a count: the detected type is kept for display, the chosen one used.
  auto overridden = import("code;couverture;nb\n17004;45 %;1\n17300;12,5%;0\n",
                           {.table = {},
                            .code_column = "",
                            .value_columns = {},
                            .types = {{"nb", ColumnType::Stock}},
                            .stop = {}});
  ASSERT_TRUE(overridden.ok()) << core::testing::text(overridden.error());
  EXPECT_EQ(overridden->columns[1].detected, ColumnType::YesNo);
  EXPECT_EQ(overridden->columns[1].type, ColumnType::Stock);
  EXPECT_EQ(std::get<double>(find(*overridden, "17004")->values[1]), 1.0);
}

TEST_F(IndicatorImportTest, DatesAndIdentifiers) {
  auto t = import("code;adhesion_le;siren\n17004;01/05/2023;200041762\n17300;2021-01-15;041762\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(t->columns[0].detected, ColumnType::Date);
  EXPECT_EQ(t->columns[1].detected, ColumnType::Identifier);
  EXPECT_EQ(std::get<core::Date>(find(*t, "17004")->values[0]), (core::Date{2023, 5, 1}));
  EXPECT_EQ(std::get<std::string>(find(*t, "17300")->values[1]), "041762");  // codes stay text
}

TEST_F(IndicatorImportTest, QuotedFieldWithDelimiterAndNewline) {
  auto t = import(
      "code;commentaire;agents\n17004;\"deux; points\";3\n"
      "17300;\"sur\ndeux lignes\";8\n99999;x;1\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  nlohmann::json expected = clean_report(3);
  expected["matched"] = 2;
  expected["unmatched"] = 1;
  expected["unmatched_rows"] = {{{"line", 4}, {"code", "99999"}}};  // row 4 though file line 5
  EXPECT_EQ(report(*t), expected);
  EXPECT_EQ(std::get<std::string>(find(*t, "17004")->values[0]), "deux; points");
  EXPECT_EQ(std::get<std::string>(find(*t, "17300")->values[0]), "sur\ndeux lignes");
}

TEST_F(IndicatorImportTest, TruncatedFileImportsNothing) {
  auto t = import("code;commentaire\n17004;ok\n17300;\"jamais ferm\xC3\xA9");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.code(), core::MessageCode::CsvUnterminatedQuote);
  EXPECT_NE(core::testing::text(t.error()).find("indicateurs.csv, line 3"), std::string::npos)
      << core::testing::text(t.error());
}

TEST_F(IndicatorImportTest, EmptyFileImportsNothing) {
  auto t = import("");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.code(), core::MessageCode::CsvEmpty);
  EXPECT_NE(core::testing::text(t.error()).find("indicateurs.csv is empty"), std::string::npos)
      << core::testing::text(t.error());
}

TEST_F(IndicatorImportTest, BinaryFileImportsNothing) {
  auto t =
      import(std::string("code;n\n17004;1\n\x7F"
                         "ELF\x02\x01\x01\0\0\0",
                         25));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(core::testing::text(t.error()).find("indicateurs.csv, line 3"), std::string::npos)
      << core::testing::text(t.error());
  EXPECT_EQ(t.code(), core::MessageCode::CsvBinaryContent);
}

TEST_F(IndicatorImportTest, CodeColumnMissingOrNamed) {
  // No header names the codes and no column holds them.
  auto none = import("commune;agents\nSaintes;3\n");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.code(), core::MessageCode::IndicatorNoCodeColumn);
  EXPECT_NE(core::testing::text(none.error()).find("--code-column"), std::string::npos);
  EXPECT_NE(maps::message_string(none.error(), maps::Surface::Window).find("import dialog"),
            std::string::npos);
  auto named =
      import("commune;agents\n17004;3\n",
             {.table = {}, .code_column = "Commune", .value_columns = {}, .types = {}, .stop = {}});
  ASSERT_TRUE(named.ok()) << core::testing::text(named.error());
  EXPECT_EQ(report(*named), clean_report(1));
  auto wrong = import(
      "code;agents\n17004;3\n",
      {.table = {}, .code_column = "", .value_columns = {"effectif"}, .types = {}, .stop = {}});
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.code(), core::MessageCode::ImportNoColumn);
  EXPECT_NE(core::testing::text(wrong.error()).find("\"effectif\""), std::string::npos);
}

TEST_F(IndicatorImportTest, CellsBeyondTheHeaderAreReported) {
  auto t = import("code;agents\n17004;3;oubli\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  ASSERT_EQ(t->report.invalid_rows.size(), 1u);
  EXPECT_EQ(t->report.invalid_rows[0].line, 2);
  EXPECT_EQ(t->report.invalid_rows[0].value, "oubli");
}

// XLSX and ODS written by GDAL from a CSV whose codes are numbers (as a spreadsheet stores
// them, zeros lost) and with a blank row: lines are the spreadsheet's rows.
TEST_F(IndicatorImportTest, XlsxAndOds) {
  const std::string csv = dir_.file("source.csv");
  write_file(csv, "code,agents,adhesion\n1001,3,oui\n,,\n17004,4,non\n99999,1,oui\n17189,2,x\n");
  write_file(dir_.file("source.csvt"), "Integer,Integer,String\n");  // codes as numbers
  for (const char* format : {"XLSX", "ODS"}) {
    const std::string sheet =
        dir_.file(std::string("indicateurs.") + (format[0] == 'X' ? "xlsx" : "ods"));
    ASSERT_EQ(translate(csv, sheet, {"-f", format}), "") << format;
    auto t = core::import_indicators(sheet, *cog_registry());
    ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
    nlohmann::json expected = clean_report(4);
    expected["matched"] = 3;
    expected["harmonised"] = 1;
    expected["unmatched"] = 1;
    expected["unmatched_rows"] = {{{"line", 5}, {"code", "99999"}}};
    EXPECT_EQ(report(*t), expected) << format;
    EXPECT_EQ(t->columns[0].detected, ColumnType::Stock) << format;
    EXPECT_EQ(t->columns[1].detected, ColumnType::YesNo) << format;
    ASSERT_NE(find(*t, "01001"), nullptr) << format;
    EXPECT_EQ(find(*t, "17004")->lines, (std::vector<int>{4})) << format;
    EXPECT_EQ(std::get<bool>(find(*t, "17219")->values[1]), true) << format;
  }
}

TEST_F(IndicatorImportTest, BrokenSpreadsheetImportsNothing) {
  const std::string path = dir_.file("indicateurs.xlsx");
  write_file(path, "PK\x03\x04 not really a zip");
  auto t = core::import_indicators(path, *cog_registry());
  ASSERT_FALSE(t.ok());
  EXPECT_TRUE(t.code() == core::MessageCode::SheetUnreadable ||
              t.code() == core::MessageCode::SheetUnreadableBecause);
  EXPECT_NE(core::testing::text(t.error()).find("indicateurs.xlsx"), std::string::npos)
      << core::testing::text(t.error());
}

TEST_F(IndicatorImportTest, JsonHasExactlyTheKeysOfTheCli) {
  auto t = import("code;agents\n17004;x\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  const nlohmann::json j = report(*t);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys.size(), 9u);
  for (const char* k : {"rows", "matched", "harmonised", "unmatched", "duplicates",
                        "invalid_values", "unmatched_rows", "duplicate_rows", "invalid_rows"})
    EXPECT_TRUE(j.contains(k)) << k;
}

// Issue 18, cells as people type them. The spellings of "no value" are missing values, counted
// per column, never invalid, and they do not vote: a column of one count and three "n.c." is a
// stock (without the rule, a category).
TEST_F(IndicatorImportTest, NoValueSpellingsAreCountedNeverInvalid) {
  auto t = import(
      "code;taux;adhesion;nb\n"
      "17004;n.c.;NC;-\n"
      "17300;45 %;oui;3\n"
      "17299;s.o.;#N/A;\xE2\x80\x94\n"
      "17306;;non;sans objet\n"
      "17008;non renseign\xC3\xA9;n/a;N.D.\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(5));
  ASSERT_EQ(t->columns.size(), 3u);
  EXPECT_EQ(t->columns[0].detected, ColumnType::Ratio);
  EXPECT_EQ(t->columns[1].detected, ColumnType::YesNo);
  EXPECT_EQ(t->columns[2].detected, ColumnType::Stock);
  EXPECT_EQ(t->columns[0].no_value, 4);
  EXPECT_EQ(t->columns[1].no_value, 3);
  EXPECT_EQ(t->columns[2].no_value, 4);
  EXPECT_FALSE(t->columns[1].ticks);
  for (const char* code : {"17004", "17299"})
    for (std::size_t c = 0; c < 3; ++c)
      EXPECT_TRUE(std::holds_alternative<std::monostate>(find(*t, code)->values[c])) << code;
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17300")->values[0]), 0.45);
  EXPECT_EQ(std::get<double>(find(*t, "17300")->values[2]), 3.0);
  // The report says how many cells of each column had no value.
  ASSERT_EQ(t->report.notes.size(), 3u);
  EXPECT_EQ(t->report.notes[0],
            (core::Message{core::MessageCode::ImportNoteNoValues, {"taux", "4"}, {}}));
  EXPECT_EQ(core::testing::text(t->report.notes[2]),
            "nb: 4 cells without a value (empty, n.c., -, s.o., n.d....), left without a value");
}

// Rates written 0-100 without %: divided by 100 when every such value is within 0-100 and some
// are above 1; a value typed with % is a percentage either way; the report says so.
TEST_F(IndicatorImportTest, RatesInPointsAreDividedByHundred) {
  auto t = import("code;Taux\n17004;50\n17300;75\n17299;100\n17306;12,5 %\n17008;0\n17002;-\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(6));
  ASSERT_EQ(t->columns[0].type, ColumnType::Ratio);
  EXPECT_TRUE(t->columns[0].percent_points);
  const std::vector<std::pair<const char*, double>> expected{
      {"17004", 0.5}, {"17300", 0.75}, {"17299", 1.0}, {"17306", 0.125}, {"17008", 0.0}};
  for (const auto& [code, value] : expected)
    EXPECT_DOUBLE_EQ(std::get<double>(find(*t, code)->values[0]), value) << code;
  ASSERT_EQ(t->report.notes.size(), 2u);
  EXPECT_EQ(t->report.notes[0],
            (core::Message{core::MessageCode::ImportNoteRatePoints, {"Taux"}, {}}));
  EXPECT_EQ(t->report.notes[1],
            (core::Message{core::MessageCode::ImportNoteNoValue, {"Taux"}, {}}));  // the "-"
  EXPECT_EQ(core::testing::text(t->report.notes[0]),
            "Taux: rates written from 0 to 100 without %, divided by 100 (50 is read as 50 %)");
  // Fractions stay fractions (nothing above 1), and say nothing.
  auto fractions = import("code;Taux\n17004;0,5\n17300;1\n17299;0\n");
  ASSERT_TRUE(fractions.ok()) << core::testing::text(fractions.error());
  EXPECT_FALSE(fractions->columns[0].percent_points);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*fractions, "17300")->values[0]), 1.0);
  EXPECT_TRUE(fractions->report.notes.empty());
  // A stock is never divided.
  auto stock = import("code;agents\n17004;50\n17300;75\n");
  ASSERT_TRUE(stock.ok()) << core::testing::text(stock.error());
  EXPECT_EQ(stock->columns[0].type, ColumnType::Stock);
  EXPECT_FALSE(stock->columns[0].percent_points);
  EXPECT_EQ(std::get<double>(find(*stock, "17004")->values[0]), 50.0);
}

// A ratio outside [0, 1] once read is an invalid value, listed as typed: not divided when a
// value above 100 shows the column is not in points; "120 %" is above 100 % either way.
TEST_F(IndicatorImportTest, RatesOutsideZeroOneAreListedAsTyped) {
  auto t = import("code;taux\n17004;50\n17300;120\n17299;45 %\n17306;120 %\n17008;-3\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_FALSE(t->columns[0].percent_points);
  nlohmann::json expected = clean_report(5);
  expected["invalid_values"] = 4;
  expected["invalid_rows"] = {{{"line", 2}, {"column", "taux"}, {"value", "50"}},
                              {{"line", 3}, {"column", "taux"}, {"value", "120"}},
                              {{"line", 5}, {"column", "taux"}, {"value", "120 %"}},
                              {{"line", 6}, {"column", "taux"}, {"value", "-3"}}};
  EXPECT_EQ(report(*t), expected);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "17299")->values[0]), 0.45);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(find(*t, "17300")->values[0]));
}

// A column whose only values are ticks reads an empty cell as no (an "n.c." stays without a
// value); the report says how many blanks it read so.
TEST_F(IndicatorImportTest, TickColumnReadsBlanksAsNo) {
  auto t = import(
      "code;Adh\xC3\xA9sion\n17004;x\n17300;\n17299;\xE2\x9C\x93\n17306;n.c.\n17008;X\n"
      "17002;\n17003;\xE2\x98\x91\n17005;\xE2\x9C\x94\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(report(*t), clean_report(8));
  ASSERT_EQ(t->columns[0].type, ColumnType::YesNo);
  EXPECT_TRUE(t->columns[0].ticks);
  EXPECT_EQ(t->columns[0].blanks_as_no, 2);
  EXPECT_EQ(t->columns[0].no_value, 1);
  const std::vector<std::pair<const char*, int>> expected{{"17004", 1},  {"17300", 0}, {"17299", 1},
                                                          {"17306", -1}, {"17008", 1}, {"17002", 0},
                                                          {"17003", 1},  {"17005", 1}};
  for (const auto& [code, value] : expected) {
    const auto* c = find(*t, code);
    ASSERT_NE(c, nullptr) << code;
    if (value < 0)
      EXPECT_TRUE(std::holds_alternative<std::monostate>(c->values[0])) << code;
    else
      EXPECT_EQ(std::get<bool>(c->values[0]), value == 1) << code;
  }
  ASSERT_EQ(t->report.notes.size(), 2u);
  EXPECT_EQ(t->report.notes[0],
            (core::Message{core::MessageCode::ImportNoteTicks, {"Adh\xC3\xA9sion", "2"}, {}}));
  EXPECT_EQ(core::testing::text(t->report.notes[0]),
            "Adh\xC3\xA9sion: a column of ticks, so its 2 blank cells are read as no");
  auto one = import("code;adhesion\n17004;x\n17300;\n");
  ASSERT_TRUE(one.ok()) << core::testing::text(one.error());
  ASSERT_EQ(one->report.notes.size(), 1u);
  EXPECT_EQ(core::testing::text(one->report.notes[0]),
            "adhesion: a column of ticks, so its blank cell is read as no");
  // Oui and blanks, or ticks beside a "non": blanks stay without a value.
  for (const char* other : {"code;adhesion\n17004;oui\n17300;\n",
                            "code;adhesion\n17004;x\n"
                            "17299;non\n17300;\n"}) {
    auto o = import(other);
    ASSERT_TRUE(o.ok()) << core::testing::text(o.error());
    EXPECT_FALSE(o->columns[0].ticks) << other;
    EXPECT_TRUE(std::holds_alternative<std::monostate>(find(*o, "17300")->values[0])) << other;
  }
}

// What does not parse is an invalid row shown exactly as typed: line, column, text (spaces and
// all), in each type of column.
TEST_F(IndicatorImportTest, WhatDoesNotParseIsListedAsTyped) {
  auto t = import(
      "code;agents;adhesion;adhesion_le\n"
      "17004; 12 agents ;peut-\xC3\xAAtre;31/02/2023\n"
      "17300;3;oui;01/05/2023\n"
      "17299;4;non;2023-06-01\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  EXPECT_EQ(t->columns[0].type, ColumnType::Stock);
  EXPECT_EQ(t->columns[1].type, ColumnType::YesNo);
  EXPECT_EQ(t->columns[2].type, ColumnType::Date);
  nlohmann::json expected = clean_report(3);
  expected["invalid_values"] = 3;
  expected["invalid_rows"] = {{{"line", 2}, {"column", "agents"}, {"value", " 12 agents "}},
                              {{"line", 2}, {"column", "adhesion"}, {"value", "peut-\xC3\xAAtre"}},
                              {{"line", 2}, {"column", "adhesion_le"}, {"value", "31/02/2023"}}};
  EXPECT_EQ(report(*t), expected);
}

// Issue 18 point 4 (01039 Béon is delegated in 01138 Culoz-Béon): both given are combined, the
// report lists the old code with its current commune, the rows combined and how; no duplicate.
TEST_F(IndicatorImportTest, OldCodeAndItsCurrentCommuneSaidPlainly) {
  auto t = import("code;Taux\n1001;10 %\n1039;40 %\n01138;70 %\n");
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  const ImportReport& r = t->report;
  EXPECT_EQ(r.duplicates, 0);
  EXPECT_EQ(r.harmonised, 1);
  ASSERT_EQ(r.harmonised_rows.size(), 1u);
  EXPECT_EQ(r.harmonised_rows[0].line, 3);
  EXPECT_EQ(r.harmonised_rows[0].code, "1039");  // as given
  EXPECT_EQ(r.harmonised_rows[0].current, "01138");
  EXPECT_EQ(r.combined, 2);
  ASSERT_EQ(r.aggregations.size(), 1u);
  EXPECT_EQ(r.aggregations[0].code, "01138");
  ASSERT_EQ(r.aggregations[0].members.size(), 2u);
  EXPECT_EQ(r.aggregations[0].members[0].line, 3);
  EXPECT_EQ(r.aggregations[0].members[1].code, "01138");
  ASSERT_EQ(r.aggregations[0].notes.size(), 1u);
  EXPECT_EQ(r.aggregations[0].notes[0].code, core::MessageCode::ImportNotePlainMean);
  EXPECT_DOUBLE_EQ(std::get<double>(find(*t, "01138")->values[0]), 0.55);
  EXPECT_EQ(find(*t, "01138")->lines, (std::vector<int>{3, 4}));
  // The JSON of the CLI keeps the keys of issue 4.
  auto expected = clean_report(3);
  expected["harmonised"] = 1;
  EXPECT_EQ(report(*t), expected);
}

// The report keeps the counts and the first few hundred lines of each kind.
TEST_F(IndicatorImportTest, ListsStopAtAFewHundredLines) {
  EXPECT_EQ(core::kMaxListedRows, 300u);
  std::string content = "code;agents\n";
  for (int i = 0; i < 350; ++i) content += "17189;1\n99999;beaucoup\n";
  core::IndicatorImportOptions options;
  options.types = {{"agents", ColumnType::Stock}};  // half its cells are not numbers
  auto t = import(content, options);
  ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
  const ImportReport& r = t->report;
  EXPECT_EQ(r.rows, 700);
  EXPECT_EQ(r.harmonised, 350);
  EXPECT_EQ(r.duplicates, 349);  // the first row of 17189 is kept
  EXPECT_EQ(r.unmatched, 350);
  EXPECT_EQ(r.invalid_values, 350);
  EXPECT_EQ(r.harmonised_rows.size(), 300u);
  EXPECT_EQ(r.duplicate_rows.size(), 300u);
  EXPECT_EQ(r.unmatched_rows.size(), 300u);
  EXPECT_EQ(r.invalid_rows.size(), 300u);
  EXPECT_EQ(r.invalid_rows.back().line, 601);  // the first ones, in order
}

}  // namespace
}  // namespace lumiere::test
