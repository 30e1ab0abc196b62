#include "core/tables/passage_table.h"

#include <algorithm>
#include <cctype>

#include "core/tables/column_names.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {
namespace {

// A commune code as written in any vintage, whether the COG knows it or not: five characters,
// digits or Corsica's 2A/2B then digits; a spreadsheet's lost leading zero restored ("1001") and
// its ".0" dropped. Empty when the cell is no commune code.
std::string commune_code(std::string_view cell) {
  std::string code(trim_cell(cell));
  for (const char* tail : {".0", ",0"}) {
    if (code.size() > 2 && code.ends_with(tail)) code.resize(code.size() - 2);
  }
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // A fresh string rather than insert(0, "0"): g++ 12 reports a false -Wrestrict on the insert.
  if (code.size() == 4 && digits(code)) code = std::string(1, '0') + code;
  if (code.size() != 5) return {};
  const bool corsica =
      code[0] == '2' && (code[1] == 'A' || code[1] == 'B') && digits(code.substr(2));
  return digits(code) || corsica ? code : std::string();
}

// The columns whose sampled non-empty cells are at least 80 % commune codes, left to right.
std::vector<int> code_columns(const TableReader& reader) {
  std::vector<int> out;
  for (std::size_t c = 0; c < reader.header().size(); ++c) {
    std::size_t filled = 0, codes = 0;
    for (const CsvRow& row : reader.sample()) {
      if (c >= row.fields.size() || trim_cell(row.fields[c]).empty()) continue;
      ++filled;
      codes += !commune_code(row.fields[c]).empty();
    }
    if (filled > 0 && codes * 5 >= filled * 4) out.push_back(static_cast<int>(c));
  }
  return out;
}

std::string joined(const std::vector<std::string>& header) {
  std::string out;
  for (const std::string& h : header) out += (out.empty() ? "" : ", ") + h;
  return out;
}

}  // namespace

Result<PassageTable> read_passage_table(const std::string& path, const PassageOptions& options) {
  auto reader = TableReader::open(path, options.table);
  if (!reader) return reader.error();
  const std::vector<std::string>& header = reader->header();
  const auto named = [&](const std::string& name) -> Result<int> {
    const int column = find_column_folded(header, name);
    if (column < 0) return Error{MessageCode::PassageColumnNotFound, {path, name, joined(header)}};
    return column;
  };
  const std::vector<int> found = code_columns(*reader);
  int from = -1, to = -1;
  if (!options.from_column.empty()) {
    auto c = named(options.from_column);
    if (!c) return c.error();
    from = *c;
  }
  if (!options.to_column.empty()) {
    auto c = named(options.to_column);
    if (!c) return c.error();
    to = *c;
  }
  if (from < 0) {
    for (int c : found)
      if (c != to) {
        from = c;
        break;
      }
  }
  if (to < 0) {
    for (auto it = found.rbegin(); it != found.rend(); ++it)
      if (*it != from) {
        to = *it;
        break;
      }
  }
  if (from < 0 || to < 0 || from == to) {
    return Error{MessageCode::PassageNoCodeColumns,
                 {path, std::to_string(reader->layout().header_row)}};
  }
  PassageTable table;
  table.layout = reader->layout();
  table.from_column = header[static_cast<std::size_t>(from)];
  table.to_column = header[static_cast<std::size_t>(to)];
  CsvRow row;
  while (true) {
    auto more = reader->next(row);
    if (!more) return more.error();
    if (!*more) break;
    ++table.rows;
    const auto cell = [&](int c) {
      const auto i = static_cast<std::size_t>(c);
      return i < row.fields.size() ? commune_code(row.fields[i]) : std::string();
    };
    const std::string old_code = cell(from), new_code = cell(to);
    if (old_code.empty() || new_code.empty()) {
      table.incomplete_lines.push_back(row.line);
      continue;
    }
    if (old_code == new_code) {
      ++table.unchanged;
      continue;
    }
    const auto [it, inserted] = table.passage.try_emplace(old_code, new_code);
    if (!inserted && it->second != new_code) table.conflicts.emplace_back(row.line, old_code);
  }
  if (table.passage.empty() && table.unchanged == 0) {
    return Error{MessageCode::PassageNoPair, {path, table.from_column, table.to_column}};
  }
  return table;
}

}  // namespace lumiere::core
