#pragma once
// The one way the imports read a table, whatever planners send: CSV or text (UTF-8 with or
// without BOM, Windows-1252, UTF-16 LE or BE with or without BOM; `;`, tab or `,`), XLSX/XLSM,
// ODS and XLS (Excel 97-2003) through OGR. Finds the header row below title rows ("Source : …",
// blank lines) unless told which, reads the sheet asked for (by name or number; the first
// otherwise), and streams the data rows one at a time after a small sample kept for detection
// (the code column when no header names it). Owns its file; one thread at a time.
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/tables/csv_reader.h"

namespace lumiere::core {

enum class TableFormat { Csv, Xlsx, Ods, Xls };

class TableRowSource;  // the rows of a text file or of a sheet (table_reader.cpp)

struct TableOptions {
  std::string
      sheet;  // a sheet's name (case and accents ignored) or its number from 1; empty: the first
  int header_row =
      0;  // the header's row as the spreadsheet numbers it (title rows included); 0: found
};

// How the table was read: what the report says and what the window's preview shows.
struct TableLayout {
  TableFormat format = TableFormat::Csv;
  std::vector<std::string> sheets;  // a spreadsheet's sheets, in order (empty for a text file)
  std::string sheet;                // the sheet read
  int header_row = 1;               // the row of the header
  bool header_searched = false;     // true when the header was found (not given) below row 1
  char delimiter = 0;               // text files only
  TextEncoding encoding = TextEncoding::Utf8;
};

class TableReader {
 public:
  // How many data rows after the header are read ahead, for the imports' detection.
  static constexpr std::size_t kSampleRows = 200;
  // How many rows from the top may hold the header when it is searched for.
  static constexpr int kHeaderSearchRows = 30;

  // Opens `path` (a spreadsheet by its extension .xlsx/.xlsm/.ods/.xls, else text) and finds its
  // header. Errors: those of the readers, a sheet not found (naming the sheets there are), a
  // header row beyond the table's rows, a table with no row.
  static Result<TableReader> open(const std::string& path, const TableOptions& options = {});

  TableReader(TableReader&&) noexcept;
  TableReader& operator=(TableReader&&) noexcept;
  ~TableReader();

  const std::vector<std::string>& header() const { return header_; }
  const TableLayout& layout() const;
  // The first data rows (up to kSampleRows), read ahead; next() still returns them.
  const std::deque<CsvRow>& sample() const { return sample_; }
  // The next non-blank data row: true when one was read, false at the end, or an error naming
  // the file and the line.
  Result<bool> next(CsvRow& row);

 private:
  TableReader() = default;
  std::unique_ptr<TableRowSource> source_;
  std::vector<std::string> header_;
  std::deque<CsvRow> sample_;
  std::size_t sample_given_ = 0;  // rows of sample_ already returned by next()
};

// The first rows of a table as they are, the title rows included, for a preview: what the
// window's import dialog shows, with the header row found (or given) in `layout`.
struct TablePreview {
  TableLayout layout;
  std::vector<CsvRow> rows;  // from row 1, blank rows left out (their numbers skipped)
};
Result<TablePreview> preview_table(const std::string& path, const TableOptions& options = {},
                                   int max_rows = 40);

// True when `path` names a spreadsheet by its extension (.xlsx, .xlsm, .ods, .xls).
bool is_spreadsheet(const std::string& path);

}  // namespace lumiere::core
