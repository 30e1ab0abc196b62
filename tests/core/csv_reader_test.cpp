// The CSV reader on files written byte by byte: delimiters, encodings, RFC 4180 quoting, line
// numbers as a spreadsheet shows them, and one clear error per malformed file.
#include "core/tables/csv_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using Rows = std::vector<core::CsvRow>;

// Reads every record of `content` written to a file: the first into `header` (the reader takes
// no record as the header: TableReader does), the others into `rows`.
struct Read {
  core::CsvReader reader;
  std::vector<std::string> header;
  Rows rows;
};

core::Result<Read> read_all(const TempDir& dir, std::string_view content) {
  const std::string path = dir.file("table.csv");
  write_file(path, content);
  auto reader = core::CsvReader::open(path);
  if (!reader) return reader.error();
  Read read{std::move(*reader), {}, {}};
  core::CsvRow row;
  for (bool first = true;; first = false) {
    auto got = read.reader.next(row);
    if (!got) return got.error();
    if (!*got) break;
    if (first) {
      EXPECT_EQ(row.line, 1);
      read.header = row.fields;
    } else {
      read.rows.push_back(row);
    }
  }
  return read;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, DetectsSemicolonCommaAndTab) {
  TempDir dir;
  for (const std::string delimiter : {";", ",", "\t"}) {
    auto read = read_all(dir, "code" + delimiter + "valeur\n17004" + delimiter + "12\n");
    ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
    EXPECT_EQ(read->reader.delimiter(), delimiter[0]);
    EXPECT_EQ(read->header, (Fields{"code", "valeur"}));
    ASSERT_EQ(read->rows.size(), 1u);
    EXPECT_EQ(read->rows[0].fields, (Fields{"17004", "12"}));
    EXPECT_EQ(read->rows[0].line, 2);
  }
}

TEST(CsvReader, DecimalCommaInCommaFileIsQuoted) {
  TempDir dir;
  auto read = read_all(dir, "code,taux\n17004,\"12,5\"\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  EXPECT_EQ(read->reader.delimiter(), ',');
  EXPECT_EQ(read->rows[0].fields, (Fields{"17004", "12,5"}));
}

TEST(CsvReader, Utf8WithBom) {
  TempDir dir;
  auto read = read_all(dir,
                       "\xEF\xBB\xBF"
                       "code;nom\n17004;\xC3\x8Ele-d'Aix\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  EXPECT_EQ(read->reader.encoding(), core::TextEncoding::Utf8Bom);
  EXPECT_EQ(read->header[0], "code");  // the BOM is not part of the first name
  EXPECT_EQ(read->rows[0].fields[1], "\xC3\x8Ele-d'Aix");
}

TEST(CsvReader, Utf8WithoutBom) {
  TempDir dir;
  auto read = read_all(dir, "code;nom\n17004;\xC3\x8Ele-d'Aix\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  EXPECT_EQ(read->reader.encoding(), core::TextEncoding::Utf8);
  EXPECT_EQ(read->rows[0].fields[1], "\xC3\x8Ele-d'Aix");
}

TEST(CsvReader, Windows1252ConvertedToUtf8) {
  TempDir dir;
  // 0xCE is Î, 0x80 is € in Windows-1252.
  auto read = read_all(dir, "code;nom;budget\r\n17004;\xCEle-d'Aix;12 \x80\r\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  EXPECT_EQ(read->reader.encoding(), core::TextEncoding::Windows1252);
  EXPECT_EQ(read->rows[0].fields, (Fields{"17004", "\xC3\x8Ele-d'Aix", "12 \xE2\x82\xAC"}));
}

TEST(CsvReader, QuotedDelimiterDoubledQuoteAndNewlineInside) {
  TempDir dir;
  auto read = read_all(dir,
                       "code;commentaire;n\r\n"
                       "17004;\"a; b\";1\r\n"
                       "17005;\"il dit \"\"oui\"\"\nsur deux lignes\";2\r\n"
                       "17006;fin;3\r\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  ASSERT_EQ(read->rows.size(), 3u);
  EXPECT_EQ(read->rows[0].fields, (Fields{"17004", "a; b", "1"}));
  EXPECT_EQ(read->rows[1].fields, (Fields{"17005", "il dit \"oui\"\nsur deux lignes", "2"}));
  // A spreadsheet shows the two-line record as one row: 17006 is row 4, on line 5 of the file.
  EXPECT_EQ(read->rows[2].line, 4);
  EXPECT_EQ(read->rows[2].file_line, 5);
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  TempDir dir;
  auto read = read_all(dir, "code;n\n\n17004;1\n   \n17005;2");  // no final newline either
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  ASSERT_EQ(read->rows.size(), 2u);
  EXPECT_EQ(read->rows[0].line, 3);
  EXPECT_EQ(read->rows[1].line, 5);
  EXPECT_EQ(read->rows[1].fields, (Fields{"17005", "2"}));
}

TEST(CsvReader, TruncatedFileNamesTheLineOfTheOpenQuote) {
  TempDir dir;
  auto read = read_all(dir, "code;commentaire\n17004;ok\n17005;\"jamais ferm\xC3\xA9\nsuite");
  ASSERT_FALSE(read.ok());
  EXPECT_NE(core::testing::text(read.error()).find("table.csv, line 3"), std::string::npos)
      << core::testing::text(read.error());
  EXPECT_EQ(read.code(), core::MessageCode::CsvUnterminatedQuote);
  EXPECT_NE(core::testing::text(read.error()).find("never closed"), std::string::npos);
}

TEST(CsvReader, EmptyFileIsAnError) {
  TempDir dir;
  for (const char* content : {"", "\n\n", "\xEF\xBB\xBF"}) {
    auto read = read_all(dir, content);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.code(), core::MessageCode::CsvEmpty);
    EXPECT_NE(core::testing::text(read.error()).find("table.csv is empty"), std::string::npos)
        << core::testing::text(read.error());
  }
}

TEST(CsvReader, BinaryFileIsAnError) {
  TempDir dir;
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20);
  auto read = read_all(dir, png);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(core::testing::text(read.error()).find("table.csv, line"), std::string::npos);
  EXPECT_EQ(read.code(), core::MessageCode::CsvBinaryContent);
  EXPECT_NE(core::testing::text(read.error()).find("binary"), std::string::npos)
      << core::testing::text(read.error());
  // Binary content further down is found on its line.
  auto later = read_all(dir, std::string("code;n\n17004;1\n17005;\0\x01\x02\n", 25));
  ASSERT_FALSE(later.ok());
  EXPECT_EQ(later.code(), core::MessageCode::CsvBinaryContent);
  EXPECT_NE(core::testing::text(later.error()).find("line 3"), std::string::npos)
      << core::testing::text(later.error());
}

TEST(CsvReader, MissingFileIsAnError) {
  auto reader = core::CsvReader::open("/nonexistent/table.csv");
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.error(),
            (core::Message{core::MessageCode::CsvCannotOpen, {"/nonexistent/table.csv"}, {}}));
  EXPECT_EQ(core::testing::text(reader.error()),
            "cannot open /nonexistent/table.csv: check that the file exists and can be read");
}

// A folder used to throw std::ios_base::failure at the first read (EISDIR), and a FIFO would
// block the open: both are refused before anything is opened.
TEST(CsvReader, FolderAndFifoAreRefusedBeforeOpening) {
  TempDir dir;
  const std::string folder = dir.file("folder.csv");
  ASSERT_TRUE(std::filesystem::create_directory(folder));
  auto from_folder = core::CsvReader::open(folder);
  ASSERT_FALSE(from_folder.ok());
  EXPECT_EQ(from_folder.error(), (core::Message{core::MessageCode::PathIsAFolder, {folder}, {}}));
  EXPECT_EQ(core::testing::text(from_folder.error()),
            folder + " is a folder, not a file; give the path of a file");
  const std::string fifo = dir.file("pipe.csv");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  auto from_fifo = core::CsvReader::open(fifo);
  ASSERT_FALSE(from_fifo.ok());
  EXPECT_EQ(from_fifo.code(), core::MessageCode::PathIsAFifo);
}

// Excel's "Texte Unicode": UTF-16 LE with a BOM, tab-separated, CRLF; and the same in big
// endian, and both without a BOM (the zero bytes tell).
std::string utf16(std::string_view latin, bool little_endian) {
  std::string out;
  for (unsigned char c : latin) {
    // `latin` is ASCII or Latin-1 here: one UTF-16 unit per byte.
    out += little_endian ? std::string{static_cast<char>(c), '\0'}
                         : std::string{'\0', static_cast<char>(c)};
  }
  return out;
}

TEST(CsvReader, Utf16WithAndWithoutBom) {
  TempDir dir;
  const std::string text = "Code INSEE\tCommune\r\n1001\tL'Abergement-Cl\xE9menciat\r\n";
  const std::string name = "L'Abergement-Cl\xC3\xA9menciat";
  struct Case {
    std::string bytes;
    core::TextEncoding encoding;
  };
  const Case cases[] = {
      {"\xFF\xFE" + utf16(text, true), core::TextEncoding::Utf16LeBom},
      {"\xFE\xFF" + utf16(text, false), core::TextEncoding::Utf16BeBom},
      {utf16(text, true), core::TextEncoding::Utf16Le},
      {utf16(text, false), core::TextEncoding::Utf16Be},
  };
  for (const Case& c : cases) {
    auto read = read_all(dir, c.bytes);
    ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
    EXPECT_EQ(read->reader.encoding(), c.encoding);
    EXPECT_EQ(read->reader.delimiter(), '\t');
    EXPECT_EQ(read->header, (Fields{"Code INSEE", "Commune"}));
    ASSERT_EQ(read->rows.size(), 1u);
    EXPECT_EQ(read->rows[0].fields, (Fields{"1001", name}));
    EXPECT_EQ(read->rows[0].line, 2);
  }
}

TEST(CsvReader, Utf16CutInTheMiddleOfACharacterIsAnError) {
  TempDir dir;
  auto read = read_all(dir, "\xFF\xFE" + utf16("code\tn\r\n17004\t1\r\n", true) + "7");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.code(), core::MessageCode::CsvBadUtf16);
  EXPECT_NE(core::testing::text(read.error()).find("table.csv, line 3"), std::string::npos)
      << core::testing::text(read.error());
}

// The delimiter is what the lines agree on: a title row without one, decimal commas on some
// lines, do not decide it.
TEST(CsvReader, DelimiterFromTheLinesNotFromATitle) {
  TempDir dir;
  auto read = read_all(dir,
                       "Source : enqu\xC3\xAAte 2024, Ain\n\n"
                       "Code INSEE;Commune;Taux\n1001;A;0,5\n1002;B;1\n1004;C;0,25\n");
  ASSERT_TRUE(read.ok()) << core::testing::text(read.error());
  EXPECT_EQ(read->reader.delimiter(), ';');
  EXPECT_EQ(read->header, (Fields{"Source : enqu\xC3\xAAte 2024, Ain"}));
  ASSERT_EQ(read->rows.size(), 4u);
  EXPECT_EQ(read->rows[0].line, 3);
  EXPECT_EQ(read->rows[1].fields, (Fields{"1001", "A", "0,5"}));
}

TEST(CsvReader, MixedEncodingIsAnError) {
  TempDir dir;
  auto read = read_all(dir, "code;nom\n17004;\xC3\x8Ele\n17005;\xCEle\n");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.code(), core::MessageCode::CsvMixedEncoding);
  EXPECT_NE(core::testing::text(read.error()).find("line 3"), std::string::npos)
      << core::testing::text(read.error());
}

}  // namespace
}  // namespace lumiere::test
