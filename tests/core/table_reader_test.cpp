// The one reader of tables (TableReader) and the one header rule (column_names): the header row
// found below title rows or given, the sheet by name or number, the preview, and the spellings of
// a code column, on files written byte by byte and spreadsheets written by GDAL.
#include "core/tables/table_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/tables/column_names.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using Fields = std::vector<std::string>;

// Every data row's fields.
core::Result<std::vector<core::CsvRow>> rows_of(core::TableReader& reader) {
  std::vector<core::CsvRow> rows;
  core::CsvRow row;
  for (;;) {
    auto got = reader.next(row);
    if (!got) return got.error();
    if (!*got) return rows;
    rows.push_back(row);
  }
}

constexpr const char* kExport =
    "Source : enqu\xC3\xAAte usages num\xC3\xA9riques 2024;;;\n"
    ";;;\n"
    "Code INSEE;Commune;Actes;Taux\n"
    "1001;L'Abergement-Cl\xC3\xA9menciat;oui;50\n"
    "1002;L'Abergement-de-Varey;non;75\n";

TEST(TableReader, HeaderFoundBelowTitleRows) {
  TempDir dir;
  const std::string path = dir.file("export.csv");
  write_file(path, kExport);
  auto reader = core::TableReader::open(path);
  ASSERT_TRUE(reader.ok()) << core::testing::text(reader.error());
  EXPECT_EQ(reader->header(), (Fields{"Code INSEE", "Commune", "Actes", "Taux"}));
  EXPECT_EQ(reader->layout().header_row, 3);
  EXPECT_TRUE(reader->layout().header_searched);
  EXPECT_EQ(reader->layout().delimiter, ';');
  EXPECT_EQ(reader->sample().size(), 2u);
  auto rows = rows_of(*reader);
  ASSERT_TRUE(rows.ok()) << core::testing::text(rows.error());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].line, 4);
  EXPECT_EQ((*rows)[1].fields, (Fields{"1002", "L'Abergement-de-Varey", "non", "75"}));
}

// A title row as wide as the header but naming no code column loses to the row that does.
TEST(TableReader, TheRowNamingTheCodesIsTheHeader) {
  TempDir dir;
  const std::string path = dir.file("export.csv");
  write_file(path,
             "Enqu\xC3\xAAte 2024;Ain;version 2\n"
             "CODGEO;LIBGEO;Actes\n"
             "01001;A;oui\n");
  auto reader = core::TableReader::open(path);
  ASSERT_TRUE(reader.ok()) << core::testing::text(reader.error());
  EXPECT_EQ(reader->layout().header_row, 2);
  EXPECT_EQ(reader->header()[0], "CODGEO");
}

// A table without title rows keeps line 1; a one-column table too.
TEST(TableReader, PlainTablesKeepLineOne) {
  TempDir dir;
  for (const char* content : {"code;n\n17004;1\n", "code\n17004\n17005\n"}) {
    const std::string path = dir.file("t.csv");
    write_file(path, content);
    auto reader = core::TableReader::open(path);
    ASSERT_TRUE(reader.ok()) << core::testing::text(reader.error());
    EXPECT_EQ(reader->layout().header_row, 1) << content;
    EXPECT_FALSE(reader->layout().header_searched) << content;
    EXPECT_EQ(reader->header()[0], "code");
  }
}

TEST(TableReader, HeaderRowGivenOrRefused) {
  TempDir dir;
  const std::string path = dir.file("export.csv");
  write_file(path, kExport);
  // Given: row 1 (the title) is taken as it is told.
  auto told = core::TableReader::open(path, {.sheet = "", .header_row = 1});
  ASSERT_TRUE(told.ok()) << core::testing::text(told.error());
  EXPECT_EQ(told->header()[0], "Source : enqu\xC3\xAAte usages num\xC3\xA9riques 2024");
  EXPECT_FALSE(told->layout().header_searched);
  auto third = core::TableReader::open(path, {.sheet = "", .header_row = 3});
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->header()[0], "Code INSEE");

  auto blank = core::TableReader::open(path, {.sheet = "", .header_row = 2});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.code(), core::MessageCode::TableHeaderRowBlank);
  EXPECT_NE(core::testing::text(blank.error()).find("row 2 is empty"), std::string::npos)
      << core::testing::text(blank.error());
  EXPECT_NE(core::testing::text(blank.error()).find("--header-row"), std::string::npos);

  auto beyond = core::TableReader::open(path, {.sheet = "", .header_row = 9});
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.code(), core::MessageCode::TableHeaderRowBeyond);
  EXPECT_NE(core::testing::text(beyond.error()).find("has no row 9 (its last row is 5)"),
            std::string::npos)
      << core::testing::text(beyond.error());
}

// A workbook of two sheets written by GDAL: the first by default, the other by name (case and
// accents ignored) or number; a sheet it does not have is refused naming those it has.
TEST(TableReader, SheetByNameOrNumber) {
  TempDir dir;
  const std::string first = dir.file("Notes.csv");
  write_file(first, "remarque,auteur\nrien,moi\n");
  const std::string second = dir.file("Donnees.csv");
  write_file(second, "code,actes\n17004,oui\n17005,non\n");
  const std::string book = dir.file("classeur.xlsx");
  ASSERT_EQ(translate(first, book, {"-f", "XLSX", "-nln", "Notes"}), "");
  ASSERT_EQ(translate(second, book, {"-update", "-nln", "Données"}), "");

  auto by_default = core::TableReader::open(book);
  ASSERT_TRUE(by_default.ok()) << core::testing::text(by_default.error());
  EXPECT_EQ(by_default->layout().sheets, (Fields{"Notes", "Données"}));
  EXPECT_EQ(by_default->layout().sheet, "Notes");
  EXPECT_EQ(by_default->layout().format, core::TableFormat::Xlsx);

  for (const char* sheet : {"données", "DONNEES", "2"}) {
    auto chosen = core::TableReader::open(book, {.sheet = sheet, .header_row = 0});
    ASSERT_TRUE(chosen.ok()) << sheet << ": " << core::testing::text(chosen.error());
    EXPECT_EQ(chosen->layout().sheet, "Données") << sheet;
    EXPECT_EQ(chosen->header(), (Fields{"code", "actes"})) << sheet;
    auto rows = rows_of(*chosen);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2u) << sheet;
    EXPECT_EQ((*rows)[1].line, 3) << sheet;
  }
  auto missing = core::TableReader::open(book, {.sheet = "Budget", .header_row = 0});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.code(), core::MessageCode::SheetNotFound);
  EXPECT_NE(core::testing::text(missing.error()).find("its sheets are \"Notes\", \"Données\""),
            std::string::npos)
      << core::testing::text(missing.error());
  auto third = core::TableReader::open(book, {.sheet = "3", .header_row = 0});
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.code(), core::MessageCode::SheetNotFound);
}

TEST(TableReader, PreviewShowsTheRowsAsTheyAre) {
  TempDir dir;
  const std::string path = dir.file("export.csv");
  write_file(path, kExport);
  auto preview = core::preview_table(path, {}, 3);
  ASSERT_TRUE(preview.ok()) << core::testing::text(preview.error());
  EXPECT_EQ(preview->layout.header_row, 3);
  ASSERT_EQ(preview->rows.size(), 3u);  // the blank row 2 is left out
  EXPECT_EQ(preview->rows[0].line, 1);
  EXPECT_EQ(preview->rows[1].line, 3);
  EXPECT_EQ(preview->rows[2].line, 4);
  auto told = core::preview_table(path, {.sheet = "", .header_row = 4});
  ASSERT_TRUE(told.ok());
  EXPECT_EQ(told->layout.header_row, 4);
  EXPECT_EQ(told->rows.size(), 4u);
}

TEST(TableReader, EmptyTableIsAnError) {
  TempDir dir;
  const std::string path = dir.file("vide.csv");
  write_file(path, "\n;;\n");
  auto reader = core::TableReader::open(path);
  ASSERT_FALSE(reader.ok());
}

TEST(ColumnNames, EverySpellingOfACommuneCode) {
  for (const char* header :
       {"code", "Code INSEE", "code_insee", "CODE-INSEE", "Code commune", "N° INSEE",
        "Numéro INSEE", "Code officiel géographique", "COG", "DEPCOM", "CODGEO", "INSEE_COM",
        "Code INSEE de la commune", "Code géographique", " code insee "}) {
    EXPECT_TRUE(core::is_commune_code_header(header)) << header;
  }
  for (const char* header : {"Commune", "Nom", "Code département", "Taux", "SIREN", ""})
    EXPECT_FALSE(core::is_commune_code_header(header)) << header;
  EXPECT_EQ(core::find_commune_code_column({"Commune", "N° INSEE", "code"}), 1);
  EXPECT_EQ(core::find_commune_code_column({"Commune", "Taux"}), -1);
}

TEST(ColumnNames, HeaderNamingTheUsage) {
  const auto label = [](const char* id) {
    for (const core::Usage& u : core::default_usages())
      if (u.id == id) return u.label;
    return std::string();
  };
  EXPECT_TRUE(core::header_names_usage("Télétransmission Actes", "actes", label("actes")));
  EXPECT_TRUE(core::header_names_usage("ACTES", "actes", label("actes")));
  EXPECT_TRUE(core::header_names_usage("Adhésion PES V2", "pes", label("pes")));
  EXPECT_TRUE(
      core::header_names_usage("Marchés publics dématérialisés", "marches", label("marches")));
  EXPECT_TRUE(core::header_names_usage("Classes mobiles 2024", "classes_mobiles",
                                       label("classes_mobiles")));
  EXPECT_FALSE(core::header_names_usage("Taux dématérialisation", "marches", label("marches")));
  EXPECT_FALSE(core::header_names_usage("Télétransmission Actes", "ent", label("ent")));
  EXPECT_FALSE(core::header_names_usage("Commune", "actes", label("actes")));
}

class CodeByValuesTest : public DataTest {};

// No header names the codes: the column whose values are commune codes (zeros stripped, an old
// code) is found; a column of numbers that are not codes is not.
TEST_F(CodeByValuesTest, TheColumnHoldingCodes) {
  const core::CogRegistry& cog = *cog_registry();
  std::deque<core::CsvRow> sample;
  sample.push_back({2, 2, {"A", "3", "1001"}});
  sample.push_back({3, 3, {"B", "12", "1039"}});
  sample.push_back({4, 4, {"C", "7", "17300"}});
  sample.push_back({5, 5, {"D", "1", ""}});
  EXPECT_EQ(core::commune_code_column_by_values(sample, 3, cog), 2);
  sample.push_back({6, 6, {"E", "2", "pas un code"}});
  sample.push_back({7, 7, {"F", "2", "rien"}});
  EXPECT_EQ(core::commune_code_column_by_values(sample, 3, cog), -1);  // 3 of 5: not enough
}

}  // namespace
}  // namespace lumiere::test
