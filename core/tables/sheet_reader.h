#pragma once
// Reads one sheet of a spreadsheet (XLSX/XLSM, ODS, XLS) through OGR row by row, as CsvReader
// reads a text file: every non-blank row from row 1, every cell as text (codes stay text; "01001"
// keeps its zero), `line` the row number the spreadsheet shows (OGR numbers the features of these
// drivers by row). No row is taken as the header here: TableReader finds it. Owns its GDAL
// dataset; one thread at a time.
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/tables/csv_reader.h"

namespace lumiere::core {

class SheetReader {
 public:
  // True when `path` names a spreadsheet this reader handles (.xlsx, .xlsm, .ods, .xls).
  static bool handles(const std::string& path);
  // Opens the sheet `sheet` of `path`: its name (compared folded: case, accents and spaces
  // ignored) or its number from 1; the first sheet when empty.
  static Result<SheetReader> open(const std::string& path, const std::string& sheet = {});

  SheetReader(SheetReader&&) noexcept;
  SheetReader& operator=(SheetReader&&) noexcept;
  ~SheetReader();

  // The sheets of the file, in order, and the one read.
  const std::vector<std::string>& sheets() const { return sheets_; }
  const std::string& sheet() const { return sheet_; }
  // The GDAL driver that read the file: "XLSX", "ODS" or "XLS" (its content, whatever its name).
  const std::string& driver() const { return driver_; }
  // The next non-blank row: true when one was read, false at the end.
  Result<bool> next(CsvRow& row);

 private:
  SheetReader() = default;
  struct Dataset;
  std::string path_;
  std::unique_ptr<Dataset> dataset_;
  std::vector<std::string> sheets_;
  std::string sheet_;
  std::string driver_;
  int last_line_ = 0;
};

}  // namespace lumiere::core
