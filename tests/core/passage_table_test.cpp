// INSEE's table de passage read as planners have it (issue 19): the columns of old and new codes
// found or named, codes as a spreadsheet mangles them, rows that say nothing reported, and each
// kind of table that is no table de passage refused with its message.
#include "core/tables/passage_table.h"

#include <gtest/gtest.h>

#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::MessageCode;
using core::PassageOptions;

// As INSEE publishes it: a title, a blank line, then the header; codes of 2018 and of 2024 with
// their names between.
constexpr std::string_view kInsee =
    "Table de passage annuelle au 1er janvier 2024\n"
    "\n"
    "CODGEO_2018;LIBGEO_2018;CODGEO_2024;LIBGEO_2024\n"
    "49069;Orée d'Anjou;49126;Orée d'Anjou\n"
    "1001;L'Abergement-Clémenciat;1001;L'Abergement-Clémenciat\n"
    "44160.0;Saint-Géréon;44003.0;Ancenis-Saint-Géréon\n"
    "2a004;Ajaccio;2A004;Ajaccio\n"
    ";sans code;01004;Ambérieu-en-Bugey\n"
    "49065;Hauts d'Anjou;49080;Les Hauts-d'Anjou\n"
    "49065;Hauts d'Anjou;49999;ailleurs\n";

TEST(PassageTableTest, FindsTheColumnsAndReadsCodesAsSpreadsheetsWriteThem) {
  TempDir dir;
  const std::string path = dir.file("passage.csv");
  write_file(path, kInsee);
  auto table = core::read_passage_table(path);
  ASSERT_TRUE(table.ok()) << core::testing::text(table.error());
  EXPECT_EQ(table->layout.header_row, 3);
  EXPECT_EQ(table->from_column, "CODGEO_2018");
  EXPECT_EQ(table->to_column, "CODGEO_2024");
  EXPECT_EQ(table->rows, 7u);
  // 01001 (its zero lost) and 2A004 (written in lower case) are the same code on both sides.
  EXPECT_EQ(table->unchanged, 2u);
  EXPECT_EQ(table->passage.size(), 3u);
  EXPECT_EQ(table->passage.at("49069"), "49126");
  EXPECT_EQ(table->passage.at("44160"), "44003");  // ".0" of a number cell dropped
  // 49065 given two new codes: the first kept, the second reported with its line.
  EXPECT_EQ(table->passage.at("49065"), "49080");
  ASSERT_EQ(table->conflicts.size(), 1u);
  EXPECT_EQ(table->conflicts[0], (std::pair<int, std::string>{10, "49065"}));
  EXPECT_EQ(table->incomplete_lines, std::vector<int>{8});
}

TEST(PassageTableTest, ColumnsNamedByTheUserWinWhateverTheirCaseAndAccents) {
  TempDir dir;
  const std::string path = dir.file("passage.csv");
  write_file(path,
             "Code commune 2024;Code commune d'origine;Nom\n49126;49069;Orée d'Anjou\n"
             "49080;49065;Les Hauts-d'Anjou\n");
  // Found by position, the first column of codes would be taken for the old one: wrong here.
  auto found = core::read_passage_table(path);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->passage.count("49126"), 1u);
  PassageOptions named;
  named.from_column = "code commune d'origine";
  named.to_column = "CODE COMMUNE 2024";
  auto table = core::read_passage_table(path, named);
  ASSERT_TRUE(table.ok()) << core::testing::text(table.error());
  EXPECT_EQ(table->from_column, "Code commune d'origine");
  EXPECT_EQ(table->passage, (core::CommunePassage{{"49069", "49126"}, {"49065", "49080"}}));
}

TEST(PassageTableTest, AnXlsxSheetReadsAsItsCsv) {
  TempDir dir;
  const std::string csv = dir.file("passage.csv");
  write_file(csv, "CODGEO_INI,CODGEO_2024\n49069,49126\n44160,44003\n");
  const std::string xlsx = dir.file("passage.xlsx");
  ASSERT_EQ(translate(csv, xlsx, {"-f", "XLSX"}), "");
  auto table = core::read_passage_table(xlsx);
  ASSERT_TRUE(table.ok()) << core::testing::text(table.error());
  EXPECT_EQ(table->passage, (core::CommunePassage{{"49069", "49126"}, {"44160", "44003"}}));
}

TEST(PassageTableTest, TablesThatAreNoTableDePassageAreRefused) {
  TempDir dir;
  const std::string one = dir.file("une-colonne.csv");
  write_file(one, "CODGEO;LIBGEO\n01001;L'Abergement-Clémenciat\n");
  auto refused = core::read_passage_table(one);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.code(), MessageCode::PassageNoCodeColumns);

  PassageOptions absent;
  absent.from_column = "COM_INI";
  refused = core::read_passage_table(one, absent);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.code(), MessageCode::PassageColumnNotFound);
  EXPECT_NE(core::testing::text(refused.error()).find("CODGEO, LIBGEO"), std::string::npos)
      << core::testing::text(refused.error());

  const std::string none = dir.file("sans-paire.csv");
  write_file(none, "ancien;nouveau;nom\n01001;;x\n;01002;y\n");
  refused = core::read_passage_table(none);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.code(), MessageCode::PassageNoPair);

  refused = core::read_passage_table(dir.file("absente.csv"));
  EXPECT_FALSE(refused.ok());
}

}  // namespace
}  // namespace lumiere::test
