#include "import_apply.h"

#include <QCoreApplication>
#include <QStringList>
#include <filesystem>
#include <optional>

#include "maps/number_format.h"

namespace {

// The context of the report's and the column types' texts.
struct Import {
  Q_DECLARE_TR_FUNCTIONS(Import)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString count(long n) { return lumiere::maps::format_number(static_cast<double>(n), 0); }

}  // namespace

namespace lumiere::app {
namespace {

bool usable(const core::ImportedColumn& c) {
  return c.type == core::ColumnType::YesNo || c.type == core::ColumnType::Ratio;
}

}  // namespace

QString column_type_text(core::ColumnType type) {
  switch (type) {
    case core::ColumnType::Identifier:
      return Import::tr("identifier");
    case core::ColumnType::Stock:
      return Import::tr("stock");
    case core::ColumnType::Ratio:
      return Import::tr("ratio");
    case core::ColumnType::YesNo:
      return Import::tr("yes/no");
    case core::ColumnType::Category:
      return Import::tr("category");
    case core::ColumnType::Date:
      return Import::tr("date");
  }
  return qs(std::string(core::to_string(type)));
}

std::vector<std::size_t> value_columns(const core::IndicatorTable& table) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (usable(table.columns[i])) out.push_back(i);
  }
  return out;
}

core::Result<std::size_t> value_column(const core::IndicatorTable& table, const std::string& path,
                                       const std::string& named) {
  QStringList all;
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const core::ImportedColumn& c = table.columns[i];
    all.push_back(Import::tr("%1 (%2)").arg(qs(c.name), column_type_text(c.type)));
    if (!named.empty() && c.name == named && !found) found = i;
  }
  const std::string columns = all.join(QStringLiteral(", ")).toStdString();
  using core::MessageCode;
  if (!named.empty()) {
    if (!found) return core::Error{MessageCode::AppNoColumnNamed, {path, named, columns}, {}};
    const core::ImportedColumn& c = table.columns[*found];
    if (!usable(c)) {
      return core::Error{
          MessageCode::AppColumnNotIndicator, {c.name, column_type_text(c.type).toStdString()}, {}};
    }
    return *found;
  }
  const std::vector<std::size_t> candidates = value_columns(table);
  if (candidates.empty()) return core::Error{MessageCode::AppNoValueColumn, {path, columns}, {}};
  if (candidates.size() > 1) {
    return core::Error{MessageCode::AppSeveralValueColumns, {path, columns}, {}};
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

namespace {

// The report as report_text says it (a QString: lupdate reads the tr() of a function returning
// std::string as qualified by std).
QString report_qstring(const core::ImportReport& r, maps::Surface surface) {
  QString out = Import::tr(
                    "%1 rows read, %2 matched to a commune (%3 of them harmonised), %4 "
                    "unmatched, %5 duplicates, %6 invalid values")
                    .arg(count(r.rows), count(r.matched), count(r.harmonised), count(r.unmatched),
                         count(r.duplicates), count(r.invalid_values)) +
                QLatin1Char('\n');
  for (const core::LineCode& l : r.unmatched_rows) {
    out += Import::tr("  line %1: code \"%2\" is not in the COG, row skipped")
               .arg(QString::number(l.line), qs(l.code)) +
           QLatin1Char('\n');
  }
  for (const core::LineCode& l : r.duplicate_rows) {
    out += Import::tr("  line %1: code \"%2\" repeated (the first row is kept)")
               .arg(QString::number(l.line), qs(l.code)) +
           QLatin1Char('\n');
  }
  for (const core::InvalidValue& v : r.invalid_rows) {
    out += Import::tr("  line %1: invalid value \"%2\" in the column \"%3\", skipped")
               .arg(QString::number(v.line), qs(v.value), qs(v.column)) +
           QLatin1Char('\n');
  }
  // The lists stop at core::kMaxListedRows; the counts do not.
  const long more =
      static_cast<long>(r.unmatched) + r.duplicates + r.invalid_values -
      static_cast<long>(r.unmatched_rows.size() + r.duplicate_rows.size() + r.invalid_rows.size());
  if (more > 0) {
    out += Import::tr("  … and %1 more rows, not detailed").arg(count(more)) + QLatin1Char('\n');
  }
  // Several rows making one commune (or membership): which, and how their values were combined.
  for (const core::Aggregation& a : r.aggregations) {
    QStringList lines;
    for (const core::LineCode& m : a.members) {
      lines.push_back(Import::tr("%1 (%2)").arg(QString::number(m.line), qs(m.code)));
    }
    QString notes;
    for (const core::Message& note : a.notes) {
      const QString text = maps::message_text(note, surface);
      notes = notes.isEmpty() ? text : Import::tr("%1; %2").arg(notes, text);
    }
    const QString members = lines.join(QStringLiteral(", "));
    out += (notes.isEmpty()
                ? Import::tr("  %1 combines lines %2").arg(qs(a.code), members)
                : Import::tr("  %1 combines lines %2: %3").arg(qs(a.code), members, notes)) +
           QLatin1Char('\n');
  }
  return out;
}

}  // namespace

std::string report_text(const core::ImportReport& report, maps::Surface surface) {
  return report_qstring(report, surface).toStdString();
}

}  // namespace lumiere::app
