// Fuzzes core::CsvReader (encoding and delimiter detection, UTF-16, quoted fields, bounded
// records), then core::TableReader (the header row found below title rows), on a temporary file
// holding the input. Findings: crashes, sanitizer reports, and rows that break the readers'
// promises (text not in UTF-8, a row with no field, row numbers going backwards, a data row
// above the header).
#include <cstdint>

#include "core/tables/csv_reader.h"
#include "core/tables/table_reader.h"
#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz::temp_file(".csv");
  fuzz::write_bytes(path, data, size);
  auto reader = core::CsvReader::open(path);
  if (!reader) {
    if (reader.error().code == core::MessageCode::Internal) fuzz::fail("an internal error");
    return 0;
  }
  const char d = reader->delimiter();
  if (d != ';' && d != ',' && d != '\t') fuzz::fail("an unknown delimiter");
  core::CsvRow row;
  int last_line = 0;
  for (int n = 0; n < 1'000'000; ++n) {
    auto got = reader->next(row);
    if (!got) {
      if (got.error().args.empty() || got.error().args.front() != path)
        fuzz::fail("an error that does not name the file");
      break;
    }
    if (!*got) break;
    if (row.fields.empty()) fuzz::fail("a row with no field");
    if (row.line <= last_line) fuzz::fail("row numbers going backwards");
    if (row.file_line < 1 || row.file_line > row.line + 1'000'000) fuzz::fail("a bad file line");
    last_line = row.line;
    for (const auto& f : row.fields)
      if (!fuzz::valid_utf8(f)) fuzz::fail("a field that is not UTF-8");
  }
  // The same file through TableReader: a header found among the first rows, data rows after it.
  auto table = core::TableReader::open(path);
  if (!table) {
    if (table.error().code == core::MessageCode::Internal) fuzz::fail("an internal error");
    return 0;
  }
  const int header_row = table->layout().header_row;
  if (header_row < 1 || header_row > core::TableReader::kHeaderSearchRows * 1'000'000)
    fuzz::fail("a bad header row");
  if (table->header().empty()) fuzz::fail("a header with no field");
  last_line = header_row;
  for (int n = 0; n < 1'000'000; ++n) {
    auto got = table->next(row);
    if (!got || !*got) break;
    if (row.line <= last_line) fuzz::fail("a data row above the header or going backwards");
    last_line = row.line;
  }
  return 0;
}
