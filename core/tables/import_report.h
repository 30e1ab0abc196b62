#pragma once
// The report every import ends with (DESIGN.md "Import"): rows read, matched, harmonised,
// unmatched, duplicated, invalid values, each listed with its line; the old codes and the
// current commune each went to, the rows combined and how; notes on how cells were read (rates
// in points, ticks); and its JSON for the CLI (issue 4 point 7). Value types; report_json is
// pure.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace lumiere::core {

struct LineCode {
  int line = 0;
  std::string code;
  // Of a duplicate row (set aside): the line of the row kept in its place; 0 when what it gives
  // is already in the project (a membership the model has).
  int kept_line = 0;
};
// A duplicate row whose cell differs from the row kept in its place: both cells as typed.
struct DuplicateConflict {
  int line = 0;  // the row set aside
  std::string code;
  std::string column;
  std::string value;
  int kept_line = 0;  // the row kept
  std::string kept_value;
};
// A row naming an old commune (delegated or associated), and the current commune it counts in.
struct HarmonisedCode {
  int line = 0;
  std::string code;     // as given
  std::string current;  // the current commune
};
struct InvalidValue {
  int line = 0;
  std::string column;
  std::string value;  // the cell as typed
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
// The report keeps the counts and the first few hundred lines of each kind.
inline constexpr std::size_t kMaxListedRows = 300;

// Adds `item` to one of the report's lists unless it holds kMaxListedRows already.
template <class T>
void list_row(std::vector<T>& rows, T item) {
  if (rows.size() < kMaxListedRows) rows.push_back(std::move(item));
}

// What a report is of: its rows' codes are communes with values, or the members of structures
// (a row whose member is unknown still gives its structure's cells).
enum class ReportOf { Indicators, Structures };

// `line` is the line number as a spreadsheet shows it (the header is line 1). The code of a row
// is the commune of an indicator, the member of a membership.
struct ImportReport {
  ReportOf of = ReportOf::Indicators;
  int rows = 0;        // data rows read (blank lines excluded)
  int matched = 0;     // rows whose code the COG knows (harmonised ones included)
  int harmonised = 0;  // rows of an old commune mapped to its current commune
  int unmatched = 0;   // rows whose code the COG does not know (or with no code)
  int duplicates = 0;  // rows set aside because an earlier row (or the model) gives the same
                       // code: the row kept is not counted; all listed (up to kMaxListedRows: a
                       // count larger than its list says how many more)
  int invalid_values = 0;
  int combined = 0;  // rows combined with others into one commune (or membership): the members
                     // of every aggregation, all counted (the list stops at kMaxListedRows)
  std::vector<LineCode> unmatched_rows;
  std::vector<LineCode> duplicate_rows;
  std::vector<InvalidValue> invalid_rows;
  // Not in the JSON of the CLI (its keys stay those of issue 4): said by report_text.
  // Of the duplicate rows, those whose value differs from the row kept (up to kMaxListedRows).
  std::vector<DuplicateConflict> duplicate_conflicts;
  std::vector<HarmonisedCode> harmonised_rows;  // every row of an old code, up to kMaxListedRows
  std::vector<Aggregation> aggregations;        // up to kMaxListedRows
  // How cells were read, as codes: ImportNoteRatePoints {column}, ImportNoteTicks {column,
  // blanks} (ImportNoteTick {column} for one), ImportNoteNoValues {column, cells}
  // (ImportNoteNoValue {column}); of structures, StructureImportNoteNoMember {structure, line}.
  std::vector<Message> notes;
};

// The report as the CLI prints it: {"rows", "matched", "harmonised", "unmatched", "duplicates",
// "invalid_values", "unmatched_rows": [{"line", "code"}], "duplicate_rows": [{"line", "code"}],
// "invalid_rows": [{"line", "column", "value"}]}.
std::string report_json(const ImportReport& report);

}  // namespace lumiere::core
