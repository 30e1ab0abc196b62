#include "import_apply.h"

#include <filesystem>
#include <optional>

#include "maps/number_format.h"

namespace lumiere::app {
namespace {

bool usable(const core::ImportedColumn& c) {
  return c.type == core::ColumnType::YesNo || c.type == core::ColumnType::Ratio;
}

std::string printf_string(const char* format, auto... args) {
  const int n = std::snprintf(nullptr, 0, format, args...);
  std::string out(static_cast<std::size_t>(n), '\0');
  std::snprintf(out.data(), out.size() + 1, format, args...);
  return out;
}

}  // namespace

std::vector<std::size_t> value_columns(const core::IndicatorTable& table) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (usable(table.columns[i])) out.push_back(i);
  }
  return out;
}

core::Result<std::size_t> value_column(const core::IndicatorTable& table, const std::string& path,
                                       const std::string& named) {
  std::string all;
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const core::ImportedColumn& c = table.columns[i];
    all += (all.empty() ? "" : ", ") + c.name + " (" + std::string(core::to_string(c.type)) + ")";
    if (!named.empty() && c.name == named && !found) found = i;
  }
  if (!named.empty()) {
    if (!found) {
      return core::Error{"the table " + path + " has no column \"" + named + "\" (its columns: " +
                         all + ")"};
    }
    const core::ImportedColumn& c = table.columns[*found];
    if (!usable(c)) {
      return core::Error{"the column \"" + c.name + "\" holds " +
                         std::string(core::to_string(c.type)) +
                         " values: an indicator is a yes/no or a ratio column"};
    }
    return *found;
  }
  const std::vector<std::size_t> candidates = value_columns(table);
  if (candidates.empty()) {
    return core::Error{"the table " + path +
                       " has no yes/no or ratio column to import (its columns: " + all +
                       "): name one with --value-column"};
  }
  if (candidates.size() > 1) {
    return core::Error{"the table " + path + " has several yes/no or ratio columns (" + all +
                       "): choose one with --value-column NAME"};
  }
  return candidates.front();
}

IndicatorValues indicator_values(const core::IndicatorTable& table, std::size_t column,
                                 const std::string& path, const std::string& usage, int vintage) {
  IndicatorValues out;
  out.report = table.report;
  const core::ImportedColumn& col = table.columns[column];
  const std::string source =
      std::filesystem::path(path).filename().string() + " (colonne " + col.name + ")";
  for (const core::CommuneIndicators& c : table.communes) {
    const core::ImportedValue& cell = c.values[column];
    core::IndicatorValue v{c.code,       usage,        vintage, std::nullopt,
                           std::nullopt, std::nullopt, source};
    if (const bool* adopted = std::get_if<bool>(&cell)) {
      v.adopted = *adopted;
    } else if (const double* level = std::get_if<double>(&cell)) {
      if (!(*level >= 0 && *level <= 1)) {  // a rate above 100 % or below 0: not a level
        ++out.report.invalid_values;
        out.report.invalid_rows.push_back({c.lines.empty() ? 0 : c.lines.front(), col.name,
                                           maps::format_fr(*level, 4).toStdString()});
        continue;
      }
      v.level = *level;
    } else {
      continue;  // missing (an invalid cell is already in the report)
    }
    out.values.push_back(std::move(v));
  }
  return out;
}

std::string report_text(const core::ImportReport& r) {
  std::string out = printf_string(
      "%d lignes lues, %d rapprochées d'une commune (dont %d harmonisées), %d non "
      "rapprochées, %d en double, %d valeurs invalides\n",
      r.rows, r.matched, r.harmonised, r.unmatched, r.duplicates, r.invalid_values);
  for (const core::LineCode& l : r.unmatched_rows) {
    out += printf_string("  ligne %d : code « %s » inconnu du COG, ligne ignorée\n", l.line,
                         l.code.c_str());
  }
  for (const core::LineCode& l : r.duplicate_rows) {
    out += printf_string("  ligne %d : code « %s » en double (la première ligne est retenue)\n",
                         l.line, l.code.c_str());
  }
  for (const core::InvalidValue& v : r.invalid_rows) {
    out += printf_string("  ligne %d : valeur « %s » invalide dans la colonne « %s », ignorée\n",
                         v.line, v.value.c_str(), v.column.c_str());
  }
  // The lists stop at core::kMaxListedRows; the counts do not.
  const long more = static_cast<long>(r.unmatched) + r.duplicates + r.invalid_values -
                    static_cast<long>(r.unmatched_rows.size() + r.duplicate_rows.size() +
                                      r.invalid_rows.size());
  if (more > 0) out += printf_string("  … et %ld autres lignes, non détaillées\n", more);
  return out;
}

}  // namespace lumiere::app
