// Tables as planners send them (issue 18, "What must show"): a real planner's export of the Ain
// (tests/data/tables, made by make-fixtures.sh) imported with no option given, as Excel's
// Windows-1252 ';' CSV with two rows above the header, as Excel's "Texte Unicode" (UTF-16 LE with
// a BOM, tab-separated) and as UTF-16 BE without BOM (both made here from the CSV's text), and as
// LibreOffice saved it: .xls, .xlsx and .ods. Every form gives the same table: the header found in
// row 3, the code column from `Code INSEE`, the zeros the spreadsheet dropped restored, the old
// code 1039 (Béon) combined into its current commune 01138 (Culoz-Béon) given in the same table,
// 1120 (Cordieux) counted in 01262 (Montluel), 1999 unknown. The same for the structures export.
#include <gtest/gtest.h>
#include <iconv.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/tables/indicator_import.h"
#include "core/tables/structure_import.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::ColumnType;
using core::TableFormat;
using core::TextEncoding;

const std::string kTables = LUMIERE_TEST_TABLES;
const std::string kIndicators = kTables + "/usages-numeriques-ain";
const std::string kStructures = kTables + "/adhesions-structures-ain";

// `text` from the encoding `from` to `to`, through iconv (empty when a byte does not convert).
std::string convert(const std::string& text, const char* from, const char* to) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return {};
  std::string in = text;
  std::string out(in.size() * 4 + 16, '\0');
  char* src = in.data();
  char* dst = out.data();
  std::size_t left = in.size();
  std::size_t room = out.size();
  const std::size_t done = iconv(cd, &src, &left, &dst, &room);
  iconv_close(cd);
  if (done == static_cast<std::size_t>(-1)) return {};
  out.resize(out.size() - room);
  return out;
}

// The Windows-1252 ';' CSV as Excel's "Texte Unicode" writes the same table: tabs, UTF-16 in the
// byte order given, with or without its BOM.
enum class Bom { With, Without };
std::string as_unicode_text(const std::string& csv_path, const char* utf16, Bom bom) {
  std::string utf8 = convert(read_file(csv_path), "WINDOWS-1252", "UTF-8");
  for (char& c : utf8)
    if (c == ';') c = '\t';  // no cell of the fixtures holds a ';'
  std::string bytes = convert(utf8, "UTF-8", utf16);
  if (bom == Bom::With)
    bytes.insert(0, std::string(utf16) == std::string("UTF-16LE") ? "\xFF\xFE" : "\xFE\xFF");
  return bytes;
}

// What the survey says of each commune once imported: adoption of the télétransmission and the
// rate as a fraction (none: "n.c.").
struct Expected {
  bool actes;
  std::optional<double> rate;
};
const std::map<std::string, Expected>& expected_communes() {
  static const std::map<std::string, Expected> kExpected = {
      {"01001", {true, 0.75}},
      {"01002", {false, 0.20}},
      {"01004", {true, 1.0}},
      {"01005", {true, 0.625}},
      {"01007", {false, 0.40}},
      {"01033", {true, 0.90}},
      {"01053", {true, 1.0}},
      {"01093", {true, 0.80}},
      // 1039 Béon (oui, 60) and 1138 Culoz-Béon (non, 50): adopted by one, a plain mean of the
      // rates (the COG gives no population to a delegated commune, so no weights).
      {"01138", {true, 0.55}},
      {"01143", {true, 0.95}},
      {"01173", {true, 0.85}},
      {"01185", {false, std::nullopt}},  // n.c.
      {"01249", {true, 0.70}},
      {"01262", {false, 0.30}},  // 1120 Cordieux, associated commune of Montluel
      {"01283", {true, 1.0}},
      {"01344", {true, 0.875}},
      {"01381", {false, 0.10}},
      {"01427", {true, 0.65}},
      {"01451", {false, 0.45}},
  };
  return kExpected;
}

class TableExportsTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }

  // Imports `path` with no option and checks everything the issue asks of it.
  void check_indicators(const std::string& path, TableFormat format) {
    SCOPED_TRACE(path);
    auto t = core::import_indicators(path, *cog_registry());
    ASSERT_TRUE(t.ok()) << core::testing::text(t.error());
    tables_.push_back(*t);

    // The header found below the title rows; the code column named `Code INSEE`.
    EXPECT_EQ(t->layout.format, format);
    EXPECT_EQ(t->layout.header_row, 3);
    EXPECT_TRUE(t->layout.header_searched);
    EXPECT_EQ(t->code_column, "Code INSEE");
    if (format != TableFormat::Csv) {
      EXPECT_EQ(t->layout.sheet, "usages-numeriques-ain");
      EXPECT_EQ(t->layout.sheets, std::vector<std::string>{"usages-numeriques-ain"});
    }

    // The columns and their types.
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < t->columns.size(); ++i) column[t->columns[i].name] = i;
    ASSERT_TRUE(column.contains("Télétransmission Actes"));
    ASSERT_TRUE(column.contains("Taux dématérialisation"));
    ASSERT_TRUE(column.contains("Commune"));
    EXPECT_EQ(t->columns.size(), 3u);
    const std::size_t actes = column["Télétransmission Actes"];
    const std::size_t rate = column["Taux dématérialisation"];
    const std::size_t name = column["Commune"];
    EXPECT_EQ(t->columns[actes].detected, ColumnType::YesNo);
    EXPECT_EQ(t->columns[rate].detected, ColumnType::Ratio);

    // The counts: 21 rows, 20 matched of which 2 old codes, 1999 unknown, nothing invalid ("n.c."
    // is no value, not an error), no duplicate (an old code and its commune are combined).
    const core::ImportReport& r = t->report;
    EXPECT_EQ(r.rows, 21);
    EXPECT_EQ(r.matched, 20);
    EXPECT_EQ(r.harmonised, 2);
    EXPECT_EQ(r.unmatched, 1);
    EXPECT_EQ(r.duplicates, 0);
    EXPECT_EQ(r.invalid_values, 0);
    for (const auto& i : r.invalid_rows)
      ADD_FAILURE() << "invalid: line " << i.line << " " << i.column << " \"" << i.value << "\"";
    ASSERT_EQ(r.unmatched_rows.size(), 1u);
    EXPECT_EQ(r.unmatched_rows[0].line, 24);  // as the spreadsheet numbers its rows
    EXPECT_EQ(r.unmatched_rows[0].code, "1999");
    // Each old code and the current commune it went to.
    ASSERT_EQ(r.harmonised_rows.size(), 2u);
    EXPECT_EQ(r.harmonised_rows[0].line, 10);
    EXPECT_EQ(r.harmonised_rows[0].code, "1039");
    EXPECT_EQ(r.harmonised_rows[0].current, "01138");
    EXPECT_EQ(r.harmonised_rows[1].line, 13);
    EXPECT_EQ(r.harmonised_rows[1].code, "1120");
    EXPECT_EQ(r.harmonised_rows[1].current, "01262");
    // 1039 and 1138 combined into 01138, and how.
    EXPECT_EQ(r.combined, 2);
    ASSERT_EQ(r.aggregations.size(), 1u);
    EXPECT_EQ(r.aggregations[0].code, "01138");
    ASSERT_EQ(r.aggregations[0].members.size(), 2u);
    EXPECT_EQ(r.aggregations[0].members[0].line, 10);
    EXPECT_EQ(r.aggregations[0].members[1].line, 14);
    EXPECT_FALSE(r.aggregations[0].notes.empty());
    // The report says the rates were read in points (0-100).
    bool rate_note = false;
    for (const core::Message& m : r.notes)
      rate_note = rate_note || (!m.args.empty() && m.args[0] == "Taux dématérialisation");
    EXPECT_TRUE(rate_note) << "no note on the rate column";

    // The values, commune by commune: the zeros restored, the old codes counted in their commune.
    ASSERT_EQ(t->communes.size(), expected_communes().size());
    for (const core::CommuneIndicators& c : t->communes) {
      SCOPED_TRACE(c.code);
      const auto it = expected_communes().find(c.code);
      ASSERT_NE(it, expected_communes().end()) << "unexpected commune";
      ASSERT_EQ(c.values.size(), t->columns.size());
      const auto* adopted = std::get_if<bool>(&c.values[actes]);
      ASSERT_NE(adopted, nullptr);
      EXPECT_EQ(*adopted, it->second.actes);
      if (it->second.rate) {
        const auto* value = std::get_if<double>(&c.values[rate]);
        ASSERT_NE(value, nullptr);
        EXPECT_NEAR(*value, *it->second.rate, 1e-9);
      } else {
        EXPECT_TRUE(std::holds_alternative<std::monostate>(c.values[rate]));
      }
    }
    // Names with their accents, whatever the file's encoding.
    for (const core::CommuneIndicators& c : t->communes) {
      if (c.code == "01093") {
        EXPECT_EQ(std::get<std::string>(c.values[name]), "Châtillon-sur-Chalaronne");
      }
      if (c.code == "01344") {
        EXPECT_EQ(std::get<std::string>(c.values[name]), "Saint-Denis-lès-Bourg");
      }
      if (c.code == "01138") {
        EXPECT_EQ(std::get<std::string>(c.values[name]), "Culoz-Béon");  // its own row's
        EXPECT_EQ(c.lines, (std::vector<int>{10, 14}));
      }
    }
  }

  TempDir dir_;
  std::vector<core::IndicatorTable> tables_;
};

TEST_F(TableExportsTest, IndicatorsFromExcelCsvWindows1252) {
  check_indicators(kIndicators + ".csv", TableFormat::Csv);
  ASSERT_EQ(tables_.size(), 1u);
  EXPECT_EQ(tables_[0].layout.encoding, TextEncoding::Windows1252);
  EXPECT_EQ(tables_[0].layout.delimiter, ';');
}

TEST_F(TableExportsTest, IndicatorsFromUnicodeTextUtf16LeWithBom) {
  const std::string path = dir_.file("usages-numeriques-ain.txt");
  write_file(path, as_unicode_text(kIndicators + ".csv", "UTF-16LE", Bom::With));
  check_indicators(path, TableFormat::Csv);
  ASSERT_EQ(tables_.size(), 1u);
  EXPECT_EQ(tables_[0].layout.encoding, TextEncoding::Utf16LeBom);
  EXPECT_EQ(tables_[0].layout.delimiter, '\t');
}

TEST_F(TableExportsTest, IndicatorsFromUtf16BeWithoutBom) {
  const std::string path = dir_.file("usages-numeriques-ain.txt");
  write_file(path, as_unicode_text(kIndicators + ".csv", "UTF-16BE", Bom::Without));
  check_indicators(path, TableFormat::Csv);
  ASSERT_EQ(tables_.size(), 1u);
  EXPECT_EQ(tables_[0].layout.encoding, TextEncoding::Utf16Be);
  EXPECT_EQ(tables_[0].layout.delimiter, '\t');
}

TEST_F(TableExportsTest, IndicatorsFromXls) {
  check_indicators(kIndicators + ".xls", TableFormat::Xls);
}

TEST_F(TableExportsTest, IndicatorsFromXlsx) {
  check_indicators(kIndicators + ".xlsx", TableFormat::Xlsx);
}

TEST_F(TableExportsTest, IndicatorsFromOds) {
  check_indicators(kIndicators + ".ods", TableFormat::Ods);
}

// Every form gives the very same communes, values and source rows as the CSV.
TEST_F(TableExportsTest, EveryFormGivesTheSameTable) {
  const std::string le = dir_.file("le.txt");
  const std::string be = dir_.file("be.txt");
  write_file(le, as_unicode_text(kIndicators + ".csv", "UTF-16LE", Bom::With));
  write_file(be, as_unicode_text(kIndicators + ".csv", "UTF-16BE", Bom::Without));
  std::vector<std::string> paths = {
      kIndicators + ".csv", le, be, kIndicators + ".xls", kIndicators + ".xlsx",
      kIndicators + ".ods"};
  std::vector<core::IndicatorTable> tables;
  for (const std::string& path : paths) {
    auto t = core::import_indicators(path, *cog_registry());
    ASSERT_TRUE(t.ok()) << path << ": " << core::testing::text(t.error());
    tables.push_back(std::move(*t));
  }
  for (std::size_t i = 1; i < tables.size(); ++i) {
    SCOPED_TRACE(paths[i]);
    ASSERT_EQ(tables[i].communes.size(), tables[0].communes.size());
    for (std::size_t c = 0; c < tables[0].communes.size(); ++c) {
      EXPECT_EQ(tables[i].communes[c].code, tables[0].communes[c].code);
      EXPECT_EQ(tables[i].communes[c].lines, tables[0].communes[c].lines);
      EXPECT_TRUE(tables[i].communes[c].values == tables[0].communes[c].values)
          << tables[0].communes[c].code;
    }
    EXPECT_EQ(core::report_json(tables[i].report), core::report_json(tables[0].report));
  }
}

// The structures export: one row per (structure, member), the member headed `Code INSEE`.
class StructureExportsTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
    model_.emplace(*cog_registry());
  }

  void check_structures(const std::string& path, TableFormat format) {
    SCOPED_TRACE(path);
    auto s = core::import_structures(path, *model_);
    ASSERT_TRUE(s.ok()) << core::testing::text(s.error());
    EXPECT_EQ(s->layout.format, format);
    EXPECT_EQ(s->layout.header_row, 3);
    EXPECT_TRUE(s->layout.header_searched);
    using core::StructureColumn;
    EXPECT_EQ(s->columns[StructureColumn::Member], "Code INSEE");
    EXPECT_EQ(s->columns[StructureColumn::Name], "Structure");
    EXPECT_EQ(s->columns[StructureColumn::Kind], "Type");
    EXPECT_EQ(s->columns[StructureColumn::Since], "Date d'adhésion");
    EXPECT_EQ(s->columns[StructureColumn::Usages], "Services souscrits");

    const core::ImportReport& r = s->report;
    EXPECT_EQ(r.rows, 12);
    EXPECT_EQ(r.matched, 11);
    EXPECT_EQ(r.harmonised, 2);
    EXPECT_EQ(r.unmatched, 1);
    EXPECT_EQ(r.duplicates, 0);
    EXPECT_EQ(r.invalid_values, 0);
    for (const auto& i : r.invalid_rows)
      ADD_FAILURE() << "invalid: line " << i.line << " " << i.column << " \"" << i.value << "\"";
    ASSERT_EQ(r.unmatched_rows.size(), 1u);
    EXPECT_EQ(r.unmatched_rows[0].line, 9);
    EXPECT_EQ(r.unmatched_rows[0].code, "1999");
    ASSERT_EQ(r.harmonised_rows.size(), 2u);
    EXPECT_EQ(r.harmonised_rows[0].line, 6);
    EXPECT_EQ(r.harmonised_rows[0].code, "1039");
    EXPECT_EQ(r.harmonised_rows[0].current, "01138");
    EXPECT_EQ(r.harmonised_rows[1].line, 8);
    EXPECT_EQ(r.harmonised_rows[1].code, "1120");
    EXPECT_EQ(r.harmonised_rows[1].current, "01262");
    ASSERT_EQ(r.aggregations.size(), 1u);
    EXPECT_EQ(r.aggregations[0].code, "01138");

    // Two structures, ten memberships (1039 and 1138 make one; 1999 none).
    ASSERT_EQ(s->added.size(), 2u);
    std::map<std::string, core::Structure> added;
    for (const core::Structure& st : s->added) added[st.name] = st;
    ASSERT_TRUE(added.contains("SIEA"));
    ASSERT_TRUE(added.contains("CDG 01"));
    EXPECT_EQ(added["SIEA"].kind, core::StructureKind::SyndicatMixte);
    EXPECT_EQ(added["CDG 01"].kind, core::StructureKind::CentreDeGestion);
    ASSERT_EQ(s->memberships.size(), 10u);
    std::map<std::string, core::Membership> by_code;
    for (const core::Membership& m : s->memberships) {
      EXPECT_EQ(m.member_kind, core::MemberKind::Commune);
      by_code[m.member_code] = m;
    }
    for (const char* code :
         {"01001", "01004", "01138", "01262", "01053", "01093", "01283", "01427", "01451", "01344"})
      EXPECT_TRUE(by_code.contains(code)) << code;
    const core::Membership& culoz = by_code["01138"];
    EXPECT_EQ(culoz.structure_id, added["SIEA"].id);
    EXPECT_EQ(culoz.since, std::optional<std::string>("2016-01-01"));  // the earliest
    std::vector<std::string> usages = culoz.usages;
    std::sort(usages.begin(), usages.end());
    EXPECT_EQ(usages, (std::vector<std::string>{"actes", "sig"}));
    EXPECT_EQ(by_code["01001"].since, std::optional<std::string>("2019-03-15"));
    EXPECT_EQ(by_code["01451"].usages, (std::vector<std::string>{"actes", "pes"}));
    EXPECT_EQ(by_code["01053"].usages, (std::vector<std::string>{"actes", "marches"}));
    EXPECT_EQ(by_code["01344"].since, std::nullopt);
  }

  std::optional<core::Model> model_;
  TempDir dir_;
};

TEST_F(StructureExportsTest, FromExcelCsvWindows1252) {
  check_structures(kStructures + ".csv", TableFormat::Csv);
}

TEST_F(StructureExportsTest, FromUnicodeTextUtf16LeWithBom) {
  const std::string path = dir_.file("adhesions-structures-ain.txt");
  write_file(path, as_unicode_text(kStructures + ".csv", "UTF-16LE", Bom::With));
  check_structures(path, TableFormat::Csv);
}

TEST_F(StructureExportsTest, FromXls) { check_structures(kStructures + ".xls", TableFormat::Xls); }

TEST_F(StructureExportsTest, FromXlsx) {
  check_structures(kStructures + ".xlsx", TableFormat::Xlsx);
}

}  // namespace
}  // namespace lumiere::test
