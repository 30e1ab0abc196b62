// Fuzzes core::read_passage_table (INSEE's table de passage) on a temporary CSV file. Findings:
// crashes, sanitizer reports, uncaught exceptions and broken promises: rows that do not add up,
// a pair that is no commune code or maps a code onto itself, lines out of order or above the
// header, a column name that is not UTF-8.
#include <cstdint>

#include "core/tables/passage_table.h"
#include "fuzz_support.h"

using namespace lumiere;

namespace {

// What commune_code gives: five characters, digits, or 2A/2B and three digits.
bool commune_code(const std::string& code) {
  if (code.size() != 5) return false;
  for (std::size_t i = 0; i < 5; ++i) {
    const char c = code[i];
    const bool corsica = i == 1 && code[0] == '2' && (c == 'A' || c == 'B');
    if (!corsica && (c < '0' || c > '9')) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz::temp_file("-passage.csv");
  fuzz::write_bytes(path, data, size);
  auto read = core::read_passage_table(path);
  if (!read) {
    if (read.error().code == core::MessageCode::Internal) fuzz::fail("an internal error");
    return 0;
  }
  const core::PassageTable& t = *read;
  if (t.passage.size() + t.unchanged + t.incomplete_lines.size() + t.conflicts.size() > t.rows)
    fuzz::fail("more pairs, unchanged, incomplete and conflicting rows than rows");
  if (t.passage.empty() && t.unchanged == 0) fuzz::fail("a table with no pair was accepted");
  if (!fuzz::valid_utf8(t.from_column) || !fuzz::valid_utf8(t.to_column))
    fuzz::fail("a column name that is not UTF-8");
  for (const auto& [from, to] : t.passage) {
    if (!commune_code(from) || !commune_code(to)) fuzz::fail("a pair that is no commune code");
    if (from == to) fuzz::fail("a code mapped onto itself");
  }
  int previous = t.layout.header_row;
  for (int line : t.incomplete_lines) {
    if (line <= previous) fuzz::fail("incomplete lines out of order or above the header");
    previous = line;
  }
  for (const auto& [line, code] : t.conflicts) {
    if (line <= t.layout.header_row) fuzz::fail("a conflict above the header");
    if (!t.passage.count(code)) fuzz::fail("a conflict on a code with no pair");
  }
  return 0;
}
