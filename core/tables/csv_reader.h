#pragma once
// Reads a delimited text file (CSV with `;`, `,` or tab) row by row, in bounded memory: one
// record at a time, at most kMaxRecordBytes per record (a quoted field may span lines). Detects
// the delimiter from the header line and the encoding (UTF-8 with or without BOM, else
// Windows-1252, converted to UTF-8 through iconv). Owns its file; one thread at a time.
#include <cstddef>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

namespace lumiere::core {

enum class TextEncoding { Utf8, Utf8Bom, Windows1252 };

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

  // Opens `path` and reads its header. Fails on a missing, empty or binary file.
  static Result<CsvReader> open(const std::string& path);

  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

  const std::vector<std::string>& header() const { return header_; }
  char delimiter() const { return delimiter_; }
  // Utf8 until the first non-ASCII byte decides (or the BOM did).
  TextEncoding encoding() const { return encoding_; }

  // The next non-blank row into `row`: true when one was read, false at the end of the file, or
  // an error naming the file and the line (unterminated quote, binary content, bad encoding).
  Result<bool> next(CsvRow& row);

 private:
  CsvReader() = default;
  // Reads one physical line (without its end of line) converted to UTF-8; false at the end.
  Result<bool> read_line(std::string& out);
  Result<bool> read_record(CsvRow& row);
  // The error `what` at `line` of the file: its arguments are the file and the line.
  Error error_at(int line, MessageCode what) const;

  std::string path_;
  std::unique_ptr<std::ifstream> in_;
  std::vector<std::string> header_;
  char delimiter_ = ';';
  TextEncoding encoding_ = TextEncoding::Utf8;
  bool encoding_decided_ = false;
  int file_line_ = 0;  // physical lines read so far
  int row_ = 0;        // records read so far (header included)
};

}  // namespace lumiere::core
