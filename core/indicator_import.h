#pragma once
// Imports a table of indicators per commune (CSV, or XLSX/ODS through OGR): finds the code column,
// types each value column (detected, overridable), matches rows to current communes through
// the COG (leading zeros restored, old communes harmonised), aggregates several old communes
// landing on one current commune by the column's type, and reports every row not used and why.
// Returns a complete table or an error, never half of one. Pure over an immutable registry.
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cog_registry.h"
#include "csv_reader.h"
#include "result.h"
#include "value_parser.h"

namespace lumiere::core {

enum class ColumnType { Identifier, Stock, Ratio, YesNo, Category, Date };
std::string_view to_string(ColumnType type);

struct IndicatorImportOptions {
  std::string code_column;                  // empty: detected by name (code, codgeo, insee...)
  std::vector<std::string> value_columns;   // empty: every other column
  std::map<std::string, ColumnType> types;  // by column name: overrides the detected type
};

struct ImportedColumn {
  std::string name;
  ColumnType type = ColumnType::Category;      // the type used
  ColumnType detected = ColumnType::Category;  // the type detection proposed (shown to the user)
};

// Stock and Ratio: double (a ratio as a fraction, "45 %" is 0.45); YesNo: bool; Identifier and
// Category: text; Date: Date; monostate: missing.
using IndicatorValue = std::variant<std::monostate, double, bool, std::string, Date>;

struct CommuneIndicators {
  std::string code;                    // current commune
  std::vector<IndicatorValue> values;  // one per ImportedColumn
  std::vector<int> lines;              // the rows it comes from
};

struct LineCode {
  int line = 0;
  std::string code;
};
struct InvalidValue {
  int line = 0;
  std::string column;
  std::string value;
};
// Several rows landing on one current commune, and how their values were combined.
struct Aggregation {
  std::string code;                // the current commune
  std::vector<LineCode> members;   // the rows (line and code as given)
  std::vector<std::string> notes;  // one per column, e.g. "adopted: yes (any member adopted)"
};

// `line` is the line number as a spreadsheet shows it (the header is line 1).
struct ImportReport {
  int rows = 0;        // data rows read (blank lines excluded)
  int matched = 0;     // rows matched to a current commune (harmonised ones included)
  int harmonised = 0;  // rows of an old commune mapped to its current commune
  int unmatched = 0;   // rows whose code the COG does not know (or with no code)
  int duplicates = 0;  // rows whose code another row also gives (all of them are listed)
  int invalid_values = 0;
  std::vector<LineCode> unmatched_rows;
  std::vector<LineCode> duplicate_rows;
  std::vector<InvalidValue> invalid_rows;
  std::vector<Aggregation> aggregations;  // not in the JSON of the CLI: shown by the UI
};

struct IndicatorTable {
  std::string code_column;
  std::vector<ImportedColumn> columns;
  std::vector<CommuneIndicators> communes;  // sorted by code
  ImportReport report;
  char delimiter = 0;  // CSV only
  TextEncoding encoding = TextEncoding::Utf8;
};

// The type a column's cells suggest, the column name helping ("taux", "part", "%"...).
ColumnType detect_column_type(std::string_view name, const std::vector<std::string>& cells);

// Reads and imports `path` (a spreadsheet by its extension .xlsx/.xlsm/.ods, else CSV). Of rows
// giving the same code, the first is used and all are listed as duplicates. Invalid cells are
// missing values, each listed.
Result<IndicatorTable> import_indicators(const std::string& path, const CogRegistry& cog,
                                         const IndicatorImportOptions& options = {});

// The report as the CLI prints it: {"rows", "matched", "harmonised", "unmatched", "duplicates",
// "invalid_values", "unmatched_rows": [{"line", "code"}], "duplicate_rows": [{"line", "code"}],
// "invalid_rows": [{"line", "column", "value"}]}.
std::string report_json(const ImportReport& report);

}  // namespace lumiere::core
