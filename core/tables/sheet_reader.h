#pragma once
// Reads the first sheet of a spreadsheet (XLSX, ODS) through OGR row by row, with the same rows
// as CsvReader: line 1 is the header (forced: a sheet of text cells has no other way to tell),
// every cell as text (codes stay text; "01001" keeps its zero), `line` the row number the
// spreadsheet shows (OGR numbers the features of these drivers by row). Owns its GDAL dataset;
// one thread at a time.
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/tables/csv_reader.h"

namespace lumiere::core {

class SheetReader {
 public:
  // True when `path` names a spreadsheet this reader handles (.xlsx, .xlsm, .ods).
  static bool handles(const std::string& path);
  static Result<SheetReader> open(const std::string& path);

  SheetReader(SheetReader&&) noexcept;
  SheetReader& operator=(SheetReader&&) noexcept;
  ~SheetReader();

  const std::vector<std::string>& header() const { return header_; }
  // The next non-blank row: true when one was read, false at the end.
  Result<bool> next(CsvRow& row);

 private:
  SheetReader() = default;
  struct Dataset;
  std::string path_;
  std::unique_ptr<Dataset> dataset_;
  std::vector<std::string> header_;
  int last_line_ = 1;
};

}  // namespace lumiere::core
