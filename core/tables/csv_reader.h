#pragma once
// Reads a delimited text file (CSV with `;`, `,` or tab) record by record, in bounded memory: one
// record at a time, at most kMaxRecordBytes per record (a quoted field may span lines). Detects
// the encoding (UTF-8 with or without BOM, UTF-16 LE or BE with or without BOM as Excel's
// "Unicode text" writes it, else Windows-1252; all given as UTF-8) and the delimiter from the
// first lines. Every non-blank record comes out, from line 1: which one is the header is
// TableReader's business (title rows may come first). Owns its file; one thread at a time.
#include <cstddef>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace lumiere::core {

enum class TextEncoding { Utf8, Utf8Bom, Windows1252, Utf16Le, Utf16LeBom, Utf16Be, Utf16BeBom };
// The encoding's name as users know it ("UTF-8", "Windows-1252", "UTF-16 LE"...), with or without
// a BOM alike.
std::string_view encoding_name(TextEncoding encoding);

// One row of the file: `line` is its number as a spreadsheet shows it (the header is row 1; a
// record whose quoted field spans several lines of the file is still one row).
struct CsvRow {
  int line = 0;
  int file_line = 0;  // the line of the file where the record starts
  std::vector<std::string> fields;
};

class CsvReader {
 public:
  static constexpr std::size_t kMaxRecordBytes = std::size_t{4} << 20;
  // How many non-blank lines from the top decide the delimiter.
  static constexpr int kDelimiterLines = 30;

  // Opens `path` and detects its encoding and delimiter. Fails on a missing, empty or binary
  // file.
  static Result<CsvReader> open(const std::string& path);

  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

  char delimiter() const { return delimiter_; }
  // Utf8 until the first non-ASCII byte decides (or a BOM did; UTF-16 is known at open).
  TextEncoding encoding() const { return encoding_; }

  // The next non-blank record into `row`: true when one was read, false at the end of the file,
  // or an error naming the file and the line (unterminated quote, binary content, bad encoding).
  Result<bool> next(CsvRow& row);

 private:
  CsvReader() = default;
  struct Utf16;
  // Back to the first byte (after a BOM), the encoding undecided unless the BOM or UTF-16 says.
  Status rewind();
  // Fills buffer_ with the next bytes of the file as UTF-8 (UTF-16 converted); empty at the end.
  Status refill();
  // Reads one physical line (without its end of line) converted to UTF-8; false at the end.
  Result<bool> read_line(std::string& out);
  Result<bool> read_record(CsvRow& row);
  // The error `what` at `line` of the file: its arguments are the file and the line.
  Error error_at(int line, MessageCode what) const;

  std::string path_;
  std::unique_ptr<std::ifstream> in_;
  std::unique_ptr<Utf16> utf16_;  // set for a UTF-16 file
  std::size_t bom_ = 0;           // bytes of the BOM at the start of the file
  std::string buffer_;            // bytes read ahead, as UTF-8 once UTF-16 is converted
  std::size_t pos_ = 0;           // next byte of buffer_
  char delimiter_ = ';';
  TextEncoding encoding_ = TextEncoding::Utf8;
  TextEncoding initial_encoding_ = TextEncoding::Utf8;
  bool encoding_decided_ = false;
  bool initially_decided_ = false;
  int file_line_ = 0;  // physical lines read so far
  int row_ = 0;        // records read so far (blank ones counted)
};

}  // namespace lumiere::core
