#pragma once
// Imports a table of indicators per commune (CSV, or XLSX/ODS through OGR): finds the code column,
// types each value column (detected, overridable), matches rows to current communes through
// the COG (leading zeros restored, old communes harmonised), aggregates several old communes
// landing on one current commune by the column's type, and reports every row not used and why.
// Returns a complete table or an error, never half of one. Pure over an immutable registry.
// Streams: two passes over the file, one row in memory at a time; what it keeps grows with the
// communes of the COG, not with the rows (docs/RELIABILITY.md states the bound and its test).
#include <map>
#include <stop_token>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/result.h"
#include "core/tables/csv_reader.h"
#include "core/tables/import_report.h"
#include "core/tables/table_reader.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

enum class ColumnType { Identifier, Stock, Ratio, YesNo, Category, Date };
std::string_view to_string(ColumnType type);

struct IndicatorImportOptions {
  TableOptions table;                       // the sheet and the header row (found by default)
  std::string code_column;                  // empty: detected by name (code, codgeo, insee...)
  std::vector<std::string> value_columns;   // empty: every other column
  std::map<std::string, ColumnType> types;  // by column name: overrides the detected type
  std::stop_token stop;  // checked before each row: the import ends with a "cancelled" error
};

// How the cells of a column were read; the counts are over every data row.
struct ImportedColumn {
  std::string name;
  ColumnType type = ColumnType::Category;      // the type used
  ColumnType detected = ColumnType::Category;  // the type detection proposed (shown to the user)
  int no_value = 0;  // cells without a value: empty or a no-value spelling (is_no_value)
  // Ratio: the values written without % are points (every one within 0-100 and some above 1),
  // divided by 100; a value with % is a percentage either way.
  bool percent_points = false;
  // YesNo: every cell with a value is a tick (x, ✓...), so an empty cell (not an "n.c." one)
  // reads as no; `blanks_as_no` of them did.
  bool ticks = false;
  int blanks_as_no = 0;
};

// Stock and Ratio: double (a ratio as a fraction, "45 %" is 0.45); YesNo: bool; Identifier and
// Category: text; Date: Date; monostate: missing.
using ImportedValue = std::variant<std::monostate, double, bool, std::string, Date>;

struct CommuneIndicators {
  std::string code;                   // current commune
  std::vector<ImportedValue> values;  // one per ImportedColumn
  std::vector<int> lines;             // the rows it comes from
};

struct IndicatorTable {
  std::string code_column;
  std::vector<ImportedColumn> columns;
  std::vector<CommuneIndicators> communes;  // sorted by code
  ImportReport report;
  TableLayout layout;  // how the file was read: format, sheet, header row, delimiter, encoding
};

// The type a column's cells suggest, the column name helping ("taux", "part", "%"...).
ColumnType detect_column_type(std::string_view name, const std::vector<std::string>& cells);

// The same, one cell at a time (what the import does, in constant memory). A cell without a
// value (is_no_value) does not vote.
class TypeVotes {
 public:
  void add(std::string_view cell);
  ColumnType type(std::string_view name) const;
  // Read as a ratio, the numbers written without % are points: every one within 0-100, and
  // some above 1.
  bool percent_points() const { return plain_numbers > 0 && plain_within_100 && plain_above_1; }
  // Every cell with a value is a tick (x, ✓, ✔, ☑), and there is one.
  bool ticks() const { return cells > 0 && cells == tick_cells; }

 private:
  struct Counts {
    int ok = 0;
    int invalid = 0;
    bool full() const { return ok > 0 && invalid == 0; }
    bool most() const { return ok > invalid; }
  };
  Counts yes_no, number, date;
  bool percent = false;
  bool fractional = false;
  bool unit_range = true;
  bool leading_zero = false;
  int cells = 0;          // cells with a value
  int tick_cells = 0;     // of them, ticks
  int plain_numbers = 0;  // numbers written without %
  bool plain_within_100 = true;
  bool plain_above_1 = false;
};

// Reads and imports `path` (a spreadsheet by its extension .xlsx/.xlsm/.ods, else CSV). Of rows
// giving the same code, the first is used and the others are set aside, listed as duplicates
// (with each cell whose value differs from the row kept). A header with no row below it is an
// error (ImportNoRows). Invalid cells (and a
// ratio outside [0, 1] once read) are missing values, each listed as typed (the first
// kMaxListedRows of each list; all counted); cells without a value are counted per column.
Result<IndicatorTable> import_indicators(const std::string& path, const CogRegistry& cog,
                                         const IndicatorImportOptions& options = {});
}  // namespace lumiere::core
