#pragma once
// Parses the cell values of imported tables as users type them in French and English
// spreadsheets: yes/no, numbers (decimal comma or point, thousands separators), percentages and
// dates; the spellings of "no value" (n.c., -, s.o., #N/A...). Pure functions, safe from any
// thread.
#include <string>
#include <string_view>

namespace lumiere::core {

enum class ParseStatus { Ok, Missing, Invalid };

struct ParsedYesNo {
  ParseStatus status = ParseStatus::Missing;
  bool value = false;
  bool tick = false;  // a mark of a ticked box (x, X, ✓, ✔, ☑): yes
};

struct ParsedNumber {
  ParseStatus status = ParseStatus::Missing;
  double value = 0.0;    // a percentage is divided by 100: "45 %" gives 0.45
  bool percent = false;  // the text carried a percent sign
  bool integer = false;  // the text had no decimal part
};

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const Date&, const Date&) = default;
  std::string iso() const;  // "2023-05-01"
};

struct ParsedDate {
  ParseStatus status = ParseStatus::Missing;
  Date value;
};

// Trims spaces, tabs, no-break spaces (U+00A0, U+202F) at both ends.
std::string_view trim_cell(std::string_view text);

// True when the cell says there is no value: empty, or one of the spellings planners and
// spreadsheets use for it, case, dots and spaces ignored: "n.c.", "NC", "-", "–", "—",
// "s.o.", "s/o", "n.d.", "n/a", "NA", "#N/A" (LibreOffice's "#N/D"), "sans objet",
// "non communiqué", "non renseigné" (also "n/c", "n/d"). Such a cell is missing, never invalid.
bool is_no_value(std::string_view text);

// True when the cell is the mark of a ticked box: x, X, ✓, ✔, ☑ (with or without
// the emoji variation selector U+FE0F).
bool is_tick(std::string_view text);

// Oui/Non, O/N, 1/0, vrai/faux, yes/no, y/n, true/false, a tick (is_tick: yes), ☐ (an empty
// box: no); any case. A no-value spelling (is_no_value) is Missing, anything else Invalid.
ParsedYesNo parse_yes_no(std::string_view text);

// "1234", "-12,5", "1 234,5" (space, U+00A0 or U+202F between thousands), "1.234,5",
// "1,234.5", "45 %", "45%". A lone separator is decimal ("1,234" is 1.234: French first).
// A no-value spelling is Missing.
ParsedNumber parse_number(std::string_view text);

// ISO "2023-05-01" (also "2023/05/01" and a midnight time, as spreadsheets export dates) or
// French "01/05/2023" (day first, one or two digits), validated. A no-value spelling is Missing.
ParsedDate parse_date(std::string_view text);

}  // namespace lumiere::core
