#pragma once
// The report every import ends with (DESIGN.md "Import"): rows read, matched, harmonised,
// unmatched, duplicated, invalid values, each listed with its line; and its JSON for the CLI
// (issue 4 point 7). Value types; report_json is pure.
#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"

namespace lumiere::core {

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
  std::string code;               // the current commune (or member)
  std::vector<LineCode> members;  // the rows (line and code as given)
  // One per column (or per membership), as codes: ImportNoteSum {column, rows}, ImportNoteYesSome
  // {column, members}, StructureImportNoteMerged {structure, since, until}...
  std::vector<Message> notes;
};

// How many rows each list of a report holds at most: the counts go on, the lists stop (a file of
// two million rows repeating its codes would otherwise list them all, in memory and on screen).
inline constexpr std::size_t kMaxListedRows = 10000;

// `line` is the line number as a spreadsheet shows it (the header is line 1). The code of a row
// is the commune of an indicator, the member of a membership.
struct ImportReport {
  int rows = 0;        // data rows read (blank lines excluded)
  int matched = 0;     // rows whose code the COG knows (harmonised ones included)
  int harmonised = 0;  // rows of an old commune mapped to its current commune
  int unmatched = 0;   // rows whose code the COG does not know (or with no code)
  int duplicates = 0;  // rows giving what another row (or the model) gives; all listed (up to
                       // kMaxListedRows: a count larger than its list says how many more)
  int invalid_values = 0;
  std::vector<LineCode> unmatched_rows;
  std::vector<LineCode> duplicate_rows;
  std::vector<InvalidValue> invalid_rows;
  std::vector<Aggregation> aggregations;  // not in the JSON of the CLI: shown by the UI
};

// The report as the CLI prints it: {"rows", "matched", "harmonised", "unmatched", "duplicates",
// "invalid_values", "unmatched_rows": [{"line", "code"}], "duplicate_rows": [{"line", "code"}],
// "invalid_rows": [{"line", "column", "value"}]}.
std::string report_json(const ImportReport& report);

}  // namespace lumiere::core
