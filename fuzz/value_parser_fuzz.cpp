// Fuzzes core::value_parser (trim, yes/no, numbers in French and English notation, dates) on
// the input as one cell. Findings: crashes, sanitizer reports and broken promises: a parsed
// number that is not finite, a cell Missing in one parser and not in another (Missing is
// exactly is_no_value), a date that does not exist, a date whose ISO text does not parse
// back to itself, a trim that is not idempotent.
#include <cmath>
#include <cstdint>
#include <string_view>

#include "core/tables/value_parser.h"
#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string_view trimmed = core::trim_cell(text);
  if (core::trim_cell(trimmed) != trimmed) fuzz::fail("trim_cell is not idempotent");
  if (trimmed.size() > text.size()) fuzz::fail("trim_cell grew the text");

  // Missing means empty or a no-value spelling ("n.c.", "-", "sans objet"…), in every parser.
  const bool no_value = core::is_no_value(text);
  if (trimmed.empty() && !no_value) fuzz::fail("an empty cell is not a no-value cell");
  const core::ParsedYesNo yes_no = core::parse_yes_no(text);
  if (no_value != (yes_no.status == core::ParseStatus::Missing))
    fuzz::fail("yes/no: missing is not the same as no value");

  const core::ParsedNumber number = core::parse_number(text);
  if (number.status == core::ParseStatus::Ok) {
    if (!std::isfinite(number.value)) fuzz::fail("a number that is not finite");
    if (number.integer && number.percent) fuzz::fail("a percentage said to be an integer");
  }
  if (no_value != (number.status == core::ParseStatus::Missing))
    fuzz::fail("number: missing is not the same as no value");

  const core::ParsedDate date = core::parse_date(text);
  if (no_value != (date.status == core::ParseStatus::Missing))
    fuzz::fail("date: missing is not the same as no value");
  if (date.status == core::ParseStatus::Ok) {
    const core::Date& d = date.value;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || d.year < 0 || d.year > 9999)
      fuzz::fail("a date that does not exist");
    const std::string iso = d.iso();
    const core::ParsedDate back = core::parse_date(iso);
    if (back.status != core::ParseStatus::Ok || !(back.value == d))
      fuzz::fail("a date's ISO text does not parse back to it");
  }
  return 0;
}
