#include "core/tables/indicator_import.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/cog/code_normaliser.h"
#include "core/tables/column_names.h"

namespace lumiere::core {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool contains_any(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

bool digits_with_leading_zero(std::string_view s) {
  if (s.size() < 2 || s[0] != '0') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What a cell gave: a value, no value (empty or a no-value spelling), a blank of a tick column
// read as no, or text that is not of the column's type.
enum class CellOutcome { Value, NoValue, BlankAsNo, Invalid };

// A cell read as its column says (a ratio in points divided by 100, a ratio outside [0, 1]
// invalid, a blank of a tick column false).
ImportedValue parse_cell(const ImportedColumn& column, std::string_view text,
                         CellOutcome& outcome) {
  const std::string_view t = trim_cell(text);
  outcome = CellOutcome::Value;
  if (is_no_value(t)) {
    if (column.type == ColumnType::YesNo && column.ticks && t.empty()) {
      outcome = CellOutcome::BlankAsNo;
      return false;
    }
    outcome = CellOutcome::NoValue;
    return std::monostate{};
  }
  switch (column.type) {
    case ColumnType::Identifier:
    case ColumnType::Category:
      return std::string(t);
    case ColumnType::Stock: {
      const ParsedNumber n = parse_number(t);
      if (n.status == ParseStatus::Ok) return n.value;
      break;
    }
    case ColumnType::Ratio: {
      const ParsedNumber n = parse_number(t);
      if (n.status != ParseStatus::Ok) break;
      const double v = column.percent_points && !n.percent ? n.value / 100.0 : n.value;
      if (v >= 0.0 && v <= 1.0) return v;
      break;  // a rate above 100 % or below 0: not a rate
    }
    case ColumnType::YesNo: {
      const ParsedYesNo y = parse_yes_no(t);
      if (y.status == ParseStatus::Ok) return y.value;
      break;
    }
    case ColumnType::Date: {
      const ParsedDate d = parse_date(t);
      if (d.status == ParseStatus::Ok) return d.value;
      break;
    }
  }
  outcome = CellOutcome::Invalid;
  return std::monostate{};
}

// A value kept of members disagreeing, as the note shows it: text, or a date (numbers and yes/no
// are combined, never kept; a kept value is never missing).
std::string describe(const ImportedValue& v) {
  if (const auto* d = std::get_if<double>(&v)) return nlohmann::json(*d).dump();
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "1" : "0";
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* d = std::get_if<Date>(&v)) return d->iso();
  return {};
}

// The row used for one code as the COG writes it (the first row giving it).
struct Member {
  int line = 0;
  std::string code;     // as given
  std::string cleaned;  // as the COG writes it
  std::vector<ImportedValue> values;
};

// Combines the values of several rows landing on one current commune, by the column's type.
ImportedValue aggregate(ColumnType type, const std::string& column, const std::string& current,
                        const std::vector<Member>& members, std::size_t c, const CogRegistry& cog,
                        std::vector<Message>& notes) {
  std::vector<std::size_t> present;
  for (std::size_t i = 0; i < members.size(); ++i)
    if (!std::holds_alternative<std::monostate>(members[i].values[c])) present.push_back(i);
  if (present.empty()) return std::monostate{};
  // One row alone has a value: it is the value (a sum or a mean "of 1 rows" says nothing).
  if (present.size() == 1 && type != ColumnType::Identifier && type != ColumnType::Category &&
      type != ColumnType::Date) {
    const Member& only = members[present.front()];
    notes.push_back(
        Message{MessageCode::ImportNoteSingleValue, {column, std::to_string(only.line)}});
    return only.values[c];
  }
  // The note `complete` {column, rows}, or `partial` {column, rows, missing} when some members
  // have no value.
  const auto note = [&](MessageCode complete, MessageCode partial) {
    if (present.size() < members.size())
      notes.push_back(Message{partial,
                              {column, std::to_string(present.size()),
                               std::to_string(members.size() - present.size())}});
    else
      notes.push_back(Message{complete, {column, std::to_string(present.size())}});
  };
  switch (type) {
    case ColumnType::Stock: {
      double sum = 0.0;
      for (std::size_t i : present) sum += std::get<double>(members[i].values[c]);
      note(MessageCode::ImportNoteSum, MessageCode::ImportNoteSumMissing);
      return sum;
    }
    case ColumnType::Ratio: {
      double weights = 0.0;
      double weighted = 0.0;
      double plain = 0.0;
      bool all_weighted = true;
      for (std::size_t i : present) {
        const CogCommune* commune = cog.commune(members[i].cleaned);
        const double v = std::get<double>(members[i].values[c]);
        plain += v;
        if (!commune || commune->population <= 0)
          all_weighted = false;
        else
          weights += static_cast<double>(commune->population),
              weighted += v * static_cast<double>(commune->population);
      }
      if (all_weighted && weights > 0) {
        note(MessageCode::ImportNoteWeightedMean, MessageCode::ImportNoteWeightedMeanMissing);
        return weighted / weights;
      }
      // The COG gives no population to delegated and associated communes.
      note(MessageCode::ImportNotePlainMean, MessageCode::ImportNotePlainMeanMissing);
      return plain / static_cast<double>(present.size());
    }
    case ColumnType::YesNo: {
      bool any = false;
      bool all = true;
      for (std::size_t i : present) {
        const bool v = std::get<bool>(members[i].values[c]);
        any = any || v;
        all = all && v;
      }
      if (any && !all)
        note(MessageCode::ImportNoteYesSome, MessageCode::ImportNoteYesSomeMissing);
      else if (any)
        note(MessageCode::ImportNoteYesAll, MessageCode::ImportNoteYesAllMissing);
      else
        note(MessageCode::ImportNoteNoAll, MessageCode::ImportNoteNoAllMissing);
      return any;
    }
    case ColumnType::Identifier:
    case ColumnType::Category:
    case ColumnType::Date: {
      // The current commune's own row first, else the first row.
      std::size_t keep = present.front();
      for (std::size_t i : present)
        if (members[i].cleaned == current) keep = i;
      bool agree = true;
      for (std::size_t i : present)
        agree = agree && members[i].values[c] == members[keep].values[c];
      if (!agree)
        notes.push_back(Message{
            MessageCode::ImportNoteDisagree,
            {column, describe(members[keep].values[c]), std::to_string(members[keep].line)}});
      return members[keep].values[c];
    }
  }
  return std::monostate{};
}

// Streams the data rows of `path` (found as TableReader finds them) into `each`, one row in
// memory at a time. The header and how the table was read go into `header` and `layout`;
// `ready` is called once the header is known, before the first row, with the sample of the
// first rows.
template <class Ready, class Each>
Status read_rows(const std::string& path, const TableOptions& options,
                 std::vector<std::string>& header, TableLayout& layout, Ready&& ready,
                 Each&& each) {
  auto reader = TableReader::open(path, options);
  if (!reader) return reader.error();
  header = reader->header();
  layout = reader->layout();
  LUMIERE_TRY(ready(reader->sample()));
  CsvRow row;
  for (;;) {
    auto got = reader->next(row);
    if (!got) return got.error();
    if (!*got) break;
    LUMIERE_TRY(each(row));
  }
  layout = reader->layout();
  return Done{};
}

}  // namespace

std::string_view to_string(ColumnType type) {
  switch (type) {
    case ColumnType::Identifier:
      return "identifier";
    case ColumnType::Stock:
      return "stock";
    case ColumnType::Ratio:
      return "ratio";
    case ColumnType::YesNo:
      return "yes/no";
    case ColumnType::Category:
      return "category";
    case ColumnType::Date:
      return "date";
  }
  return "category";
}

void TypeVotes::add(std::string_view cell) {
  const std::string_view t = trim_cell(cell);
  if (is_no_value(t)) return;
  ++cells;
  if (is_tick(t)) ++tick_cells;
  leading_zero = leading_zero || digits_with_leading_zero(t);
  const ParsedYesNo y = parse_yes_no(t);
  (y.status == ParseStatus::Ok ? yes_no.ok : yes_no.invalid)++;
  const ParsedNumber x = parse_number(t);
  (x.status == ParseStatus::Ok ? number.ok : number.invalid)++;
  if (x.status == ParseStatus::Ok) {
    percent = percent || x.percent;
    fractional = fractional || !x.integer;
    unit_range = unit_range && x.value >= 0.0 && x.value <= 1.0;
    if (!x.percent) {
      ++plain_numbers;
      plain_within_100 = plain_within_100 && x.value >= 0.0 && x.value <= 100.0;
      plain_above_1 = plain_above_1 || x.value > 1.0;
    }
  }
  const ParsedDate d = parse_date(t);
  (d.status == ParseStatus::Ok ? date.ok : date.invalid)++;
}

ColumnType detect_column_type(std::string_view name, const std::vector<std::string>& cells) {
  TypeVotes votes;
  for (const std::string& cell : cells) votes.add(cell);
  return votes.type(name);
}

ColumnType TypeVotes::type(std::string_view name) const {
  const std::string n = lower(name);
  if (n == "id" || n.starts_with("code") || contains_any(n, {"siren", "siret", "identifiant"}) ||
      leading_zero)
    return ColumnType::Identifier;
  const bool ratio_name =
      contains_any(n, {"taux", "part", "ratio", "pourcentage", "%", "rate", "share", "proportion"});
  const auto numeric = [&] {
    return percent || ratio_name || (unit_range && fractional) ? ColumnType::Ratio
                                                               : ColumnType::Stock;
  };
  if (yes_no.full()) return ColumnType::YesNo;
  if (date.full()) return ColumnType::Date;
  if (number.full()) return numeric();
  // A few invalid cells do not change the type: they are reported.
  if (number.most()) return numeric();
  if (yes_no.most()) return ColumnType::YesNo;
  if (date.most()) return ColumnType::Date;
  return ColumnType::Category;
}

Result<IndicatorTable> import_indicators(const std::string& path, const CogRegistry& cog,
                                         const IndicatorImportOptions& options) {
  // Two passes over the file, each holding one row at a time: the first types the columns (every
  // cell votes) and counts the rows of each code; the second parses the cells to those types and
  // keeps the first row of each code. Memory grows with the communes of the COG, not with the
  // rows; the report's lists stop at kMaxListedRows (its counts do not). An unreadable file, or
  // a cancellation, gives an error and nothing else.
  const Error cancelled{MessageCode::Cancelled, {}};
  IndicatorTable table;
  std::vector<std::string> header;
  int code_index = -1;
  std::vector<int> value_indices;
  std::vector<TypeVotes> votes;
  struct CodeRows {
    int first_line = 0;
    int rows = 0;
  };
  std::unordered_map<std::string, CodeRows> code_rows;  // by code as the COG writes it
  int rows_first_pass = 0;
  // The columns, once the header is known: an error when a named column is missing.
  const auto find_columns = [&](const std::deque<CsvRow>& sample) -> Status {
    const std::string header_line = std::to_string(table.layout.header_row);
    // A header and nothing below it: say so, not what the columns lack (they have no cell).
    if (sample.empty()) return Error{MessageCode::ImportNoRows, {path, header_line}};
    if (!options.code_column.empty()) {
      code_index = find_column_folded(header, options.code_column);
      if (code_index < 0)
        return Error{MessageCode::IndicatorNoCodeColumnNamed,
                     {path, options.code_column, header_line}};
    } else {
      // By its name ("Code INSEE", "CODGEO"...), else by its values.
      code_index = find_commune_code_column(header);
      if (code_index < 0) code_index = commune_code_column_by_values(sample, header.size(), cog);
      if (code_index < 0) return Error{MessageCode::IndicatorNoCodeColumn, {path, header_line}};
    }
    if (!options.value_columns.empty()) {
      for (const auto& name : options.value_columns) {
        const int i = find_column_folded(header, name);
        if (i < 0) return Error{MessageCode::ImportNoColumn, {path, name, header_line}};
        value_indices.push_back(i);
      }
    } else {
      for (int i = 0; i < static_cast<int>(header.size()); ++i)
        if (i != code_index) value_indices.push_back(i);
    }
    votes.resize(value_indices.size());
    return Done{};
  };
  const auto cell = [](const CsvRow& row, int i) -> std::string_view {
    return i < static_cast<int>(row.fields.size()) ? row.fields[static_cast<std::size_t>(i)]
                                                   : std::string_view();
  };

  Status first = read_rows(
      path, options.table, header, table.layout, find_columns, [&](const CsvRow& row) -> Status {
        if (options.stop.stop_requested()) return cancelled;
        ++rows_first_pass;
        for (std::size_t c = 0; c < value_indices.size(); ++c)
          votes[c].add(cell(row, value_indices[c]));
        const NormalisedCode code = normalise_commune_code(trim_cell(cell(row, code_index)), cog);
        if (code.status != CodeStatus::Unknown) {
          CodeRows& rows = code_rows[code.cleaned];
          if (rows.rows++ == 0) rows.first_line = row.line;
        }
        return Done{};
      });
  if (!first) return first.error();
  if (options.stop.stop_requested()) return cancelled;
  table.code_column = header[static_cast<std::size_t>(code_index)];
  for (std::size_t c = 0; c < value_indices.size(); ++c) {
    ImportedColumn column;
    column.name = header[static_cast<std::size_t>(value_indices[c])];
    column.detected = votes[c].type(column.name);
    const auto override_type = options.types.find(column.name);
    column.type = override_type != options.types.end() ? override_type->second : column.detected;
    column.percent_points = column.type == ColumnType::Ratio && votes[c].percent_points();
    column.ticks = column.type == ColumnType::YesNo && votes[c].ticks();
    table.columns.push_back(std::move(column));
  }

  // Match, parse, list; keep the first row of each code.
  ImportReport& report = table.report;
  const auto list = [](auto& rows, auto&& item) {
    if (rows.size() < kMaxListedRows) rows.push_back(std::forward<decltype(item)>(item));
  };
  std::map<std::string, std::vector<Member>> groups;
  // The row kept of each code given more than once, its cells as typed: a row set aside is
  // compared with it, cell by cell.
  struct KeptRow {
    int line = 0;
    std::vector<ImportedValue> values;
    std::vector<std::string> texts;
  };
  std::unordered_map<std::string, KeptRow> kept_rows;  // by code as the COG writes it
  std::vector<std::string> second_header;
  TableLayout second_layout;
  const auto nothing = [](const std::deque<CsvRow>&) -> Status { return Done{}; };
  Status second = read_rows(
      path, options.table, second_header, second_layout, nothing, [&](const CsvRow& row) -> Status {
        if (options.stop.stop_requested()) return cancelled;
        ++report.rows;
        // Cells beyond the header have no column: listed, never dropped silently.
        for (std::size_t i = header.size(); i < row.fields.size(); ++i) {
          if (trim_cell(row.fields[i]).empty()) continue;
          ++report.invalid_values;
          list(report.invalid_rows,
               InvalidValue{row.line, "column " + std::to_string(i + 1) + " (no header)",
                            row.fields[i]});
        }
        const std::string given(trim_cell(cell(row, code_index)));
        NormalisedCode code = normalise_commune_code(given, cog);
        bool used = false;
        if (code.status == CodeStatus::Unknown) {
          ++report.unmatched;
          list(report.unmatched_rows, LineCode{row.line, given});
        } else {
          ++report.matched;
          if (code.status == CodeStatus::Harmonised) {
            ++report.harmonised;
            list(report.harmonised_rows, HarmonisedCode{row.line, given, code.current});
          }
          const auto rows = code_rows.find(code.cleaned);
          if (rows == code_rows.end()) return Error{MessageCode::ImportFileChanged, {path}};
          used = rows->second.first_line == row.line;  // of rows giving one code, the first is used
          if (rows->second.rows > 1 && !used) {
            ++report.duplicates;  // only the rows set aside: the row kept is no duplicate
            list(report.duplicate_rows, LineCode{row.line, given, rows->second.first_line});
          }
        }
        Member member{row.line, given, code.cleaned, {}};
        member.values.reserve(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
          ImportedColumn& column = table.columns[c];
          const std::string_view text = cell(row, value_indices[c]);
          CellOutcome outcome = CellOutcome::Value;
          member.values.push_back(parse_cell(column, text, outcome));
          if (outcome == CellOutcome::NoValue) {
            ++column.no_value;
          } else if (outcome == CellOutcome::BlankAsNo) {
            ++column.blanks_as_no;
          } else if (outcome == CellOutcome::Invalid) {
            ++report.invalid_values;
            list(report.invalid_rows, InvalidValue{row.line, column.name, std::string(text)});
          }
        }
        const auto repeated = code_rows.find(code.cleaned);
        if (code.status != CodeStatus::Unknown && repeated->second.rows > 1) {
          if (used) {
            KeptRow& kept = kept_rows[code.cleaned];
            kept.line = row.line;
            kept.values = member.values;
            for (std::size_t c = 0; c < table.columns.size(); ++c)
              kept.texts.emplace_back(trim_cell(cell(row, value_indices[c])));
          } else if (const auto kept = kept_rows.find(code.cleaned); kept != kept_rows.end()) {
            // Set aside: said when it gives another value than the row kept.
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
              const ImportedValue& value = member.values[c];
              if (std::holds_alternative<std::monostate>(value) || value == kept->second.values[c])
                continue;  // no value, or the same: nothing lost
              list(report.duplicate_conflicts,
                   DuplicateConflict{row.line, given, table.columns[c].name,
                                     std::string(trim_cell(cell(row, value_indices[c]))),
                                     kept->second.line, kept->second.texts[c]});
            }
          }
        }
        if (used) groups[code.current].push_back(std::move(member));
        return Done{};
      });
  if (!second) return second.error();
  if (options.stop.stop_requested()) return cancelled;
  if (report.rows != rows_first_pass || second_header != header ||
      second_layout.header_row != table.layout.header_row)
    return Error{MessageCode::ImportFileChanged, {path}};

  // How the cells of each column were read.
  for (const ImportedColumn& column : table.columns) {
    if (column.percent_points)
      report.notes.push_back(Message{MessageCode::ImportNoteRatePoints, {column.name}});
    if (column.ticks && column.blanks_as_no == 1)
      report.notes.push_back(Message{MessageCode::ImportNoteTick, {column.name}});
    else if (column.ticks && column.blanks_as_no > 1)
      report.notes.push_back(Message{MessageCode::ImportNoteTicks,
                                     {column.name, std::to_string(column.blanks_as_no)}});
    if (column.no_value == 1)
      report.notes.push_back(Message{MessageCode::ImportNoteNoValue, {column.name}});
    else if (column.no_value > 1)
      report.notes.push_back(
          Message{MessageCode::ImportNoteNoValues, {column.name, std::to_string(column.no_value)}});
  }

  for (auto& [current, members] : groups) {
    if (options.stop.stop_requested()) return cancelled;
    CommuneIndicators commune;
    commune.code = current;
    for (const Member& m : members) commune.lines.push_back(m.line);
    if (members.size() == 1) {
      commune.values = members.front().values;
    } else {
      Aggregation aggregation;
      aggregation.code = current;
      for (const Member& m : members) aggregation.members.push_back({m.line, m.code});
      for (std::size_t c = 0; c < table.columns.size(); ++c)
        commune.values.push_back(aggregate(table.columns[c].type, table.columns[c].name, current,
                                           members, c, cog, aggregation.notes));
      report.combined += static_cast<int>(members.size());
      list(report.aggregations, std::move(aggregation));
    }
    table.communes.push_back(std::move(commune));
  }
  return table;
}

}  // namespace lumiere::core
