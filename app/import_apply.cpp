#include "import_apply.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <filesystem>
#include <optional>

#include "core/tables/column_names.h"
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

QString count_text(long n, const QString& one, const QString& many) {
  const bool singular = QLocale().language() == QLocale::French ? n < 2 : n == 1;
  return (singular ? one : many).arg(count(n));
}

}  // namespace lumiere::app

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
                                       const ValueColumnRequest& request) {
  const std::string& named = request.named;
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
  if (candidates.size() == 1) return candidates.front();
  // Of several, the one whose header names the usage ("Télétransmission Actes" for actes).
  std::vector<std::size_t> naming;
  if (!request.usage_id.empty()) {
    for (std::size_t i : candidates) {
      if (core::header_names_usage(table.columns[i].name, request.usage_id, request.usage_label)) {
        naming.push_back(i);
      }
    }
  }
  if (naming.size() == 1) return naming.front();
  return core::Error{MessageCode::AppSeveralValueColumns, {path, columns}, {}};
}

IndicatorValues indicator_values(const core::IndicatorTable& table, std::size_t column,
                                 const std::string& path, const std::string& usage, int vintage) {
  IndicatorValues out;
  out.report = table.report;
  const core::ImportedColumn& col = table.columns[column];
  // The notes on how cells were read and combined, of this column only (each note of an
  // indicator table names its column first).
  const auto other_column = [&](const core::Message& note) {
    return note.args.empty() || note.args.front() != col.name;
  };
  std::erase_if(out.report.notes, other_column);
  for (core::Aggregation& a : out.report.aggregations) std::erase_if(a.notes, other_column);
  std::erase_if(out.report.duplicate_conflicts,
                [&](const core::DuplicateConflict& d) { return d.column != col.name; });
  const std::string source =
      std::filesystem::path(path).filename().string() + " (colonne " + col.name + ")";
  for (const core::CommuneIndicators& c : table.communes) {
    const core::ImportedValue& cell = c.values[column];
    core::IndicatorValue v{c.code,       usage,        vintage, std::nullopt,
                           std::nullopt, std::nullopt, source};
    if (const bool* adopted = std::get_if<bool>(&cell)) {
      v.adopted = *adopted;
    } else if (const double* level = std::get_if<double>(&cell)) {
      if (!(*level >= 0 && *level <= 1)) continue;  // core lists such a rate as invalid
      v.level = *level;
    } else {
      continue;  // missing (an invalid cell is already in the report)
    }
    out.values.push_back(std::move(v));
  }
  return out;
}

namespace {

// A commune as the report names it: "01138 Culoz-Béon" when the COG knows it, else its code.
QString commune_text(const std::string& code, const core::CogRegistry* cog) {
  const core::CogCommune* commune = cog ? cog->commune(code) : nullptr;
  return commune ? Import::tr("%1 %2").arg(qs(code), qs(commune->name)) : qs(code);
}

// "3 (01039) and 4 (01138)", "2 (17001), 3 (17123) and 5 (17397)".
QString lines_text(const std::vector<core::LineCode>& members) {
  QStringList lines;
  for (const core::LineCode& m : members) {
    lines.push_back(Import::tr("%1 (%2)").arg(QString::number(m.line), qs(m.code)));
  }
  if (lines.size() < 2) return lines.join(QString());
  const QString last = lines.takeLast();
  return Import::tr("%1 and %2").arg(lines.join(QStringLiteral(", ")), last);
}

// The first line, when the table was not read as a plain table: which sheet, which header row,
// which encoding. Empty otherwise.
QString layout_text(const core::TableLayout& layout) {
  QStringList parts;
  if (layout.sheets.size() > 1) {
    parts.push_back(Import::tr("sheet \"%1\" (of %2 sheets)")
                        .arg(qs(layout.sheet), QString::number(layout.sheets.size())));
  }
  if (layout.header_row > 1) {
    const QString row = QString::number(layout.header_row);
    if (!layout.header_searched) {
      parts.push_back(Import::tr("header on line %1 as asked, the lines above skipped").arg(row));
    } else if (layout.header_row == 2) {
      parts.push_back(Import::tr("header found on line %1, the line above skipped").arg(row));
    } else {
      parts.push_back(Import::tr("header found on line %1, %2 lines above skipped")
                          .arg(row, QString::number(layout.header_row - 1)));
    }
  }
  if (layout.encoding != core::TextEncoding::Utf8 && layout.encoding != core::TextEncoding::Utf8Bom)
    parts.push_back(
        Import::tr("encoding %1").arg(QString::fromUtf8(core::encoding_name(layout.encoding))));
  if (parts.isEmpty()) return {};
  QString said = parts.takeFirst();
  for (const QString& part : parts) said = Import::tr("%1; %2").arg(said, part);
  return Import::tr("Table read: %1").arg(said) + QLatin1Char('\n');
}

// The report as report_text says it (a QString: lupdate reads the tr() of a function returning
// std::string as qualified by std).
QString report_qstring(const core::ImportReport& r, maps::Surface surface,
                       const ReportContext& context) {
  QString out = context.layout ? layout_text(*context.layout) : QString();
  // Labels and counts: no word has to agree with a number.
  const bool structures = r.of == core::ReportOf::Structures;
  out += (structures ? Import::tr("rows read: %1; members found: %2 (harmonised: %3); members not "
                                  "in the COG: %4; duplicates set aside: %5; invalid values: %6; "
                                  "combined with another row: %7")
                     : Import::tr("rows read: %1; matched to a commune: %2 (harmonised: %3); not "
                                  "in the COG: %4; duplicates set aside: %5; invalid values: %6; "
                                  "combined with another row: %7"))
             .arg(count(r.rows), count(r.matched), count(r.harmonised), count(r.unmatched),
                  count(r.duplicates), count(r.invalid_values), count(r.combined)) +
         QLatin1Char('\n');
  // How cells were read: rates in points, ticks, cells without a value.
  for (const core::Message& note : r.notes) {
    out += QStringLiteral("  ") + maps::message_text(note, surface) + QLatin1Char('\n');
  }
  for (const core::HarmonisedCode& h : r.harmonised_rows) {
    out += Import::tr("  line %1: %2 is an old commune, counted in %3")
               .arg(QString::number(h.line), qs(h.code), commune_text(h.current, context.cog)) +
           QLatin1Char('\n');
  }
  for (const core::LineCode& l : r.unmatched_rows) {
    const QString line = QString::number(l.line);
    // A row of structures whose member is unknown still gives its structure's cells.
    if (structures) {
      out +=
          (l.code.empty()
               ? Import::tr("  line %1: no member given, no membership made of this row").arg(line)
               : Import::tr("  line %1: member \"%2\" is not in the COG, no membership made "
                            "of this row")
                     .arg(line, qs(l.code))) +
          QLatin1Char('\n');
    } else {
      out += (l.code.empty() ? Import::tr("  line %1: no commune code, row skipped").arg(line)
                             : Import::tr("  line %1: code \"%2\" is not in the COG, row skipped")
                                   .arg(line, qs(l.code))) +
             QLatin1Char('\n');
    }
  }
  for (const core::LineCode& l : r.duplicate_rows) {
    const QString line = QString::number(l.line);
    if (l.kept_line == 0) {
      out += Import::tr(
                 "  line %1: \"%2\" is already a member of this structure in the "
                 "project, row set aside")
                 .arg(line, qs(l.code)) +
             QLatin1Char('\n');
      continue;
    }
    // Set aside although it gives another value than the row kept: each such cell said.
    bool differs = false;
    for (const core::DuplicateConflict& d : r.duplicate_conflicts) {
      if (d.line != l.line) continue;
      differs = true;
      out += Import::tr(
                 "  line %1: code \"%2\" repeated, row set aside although its \"%3\" "
                 "differs: \"%4\" here, \"%5\" kept from line %6")
                 .arg(line, qs(l.code), qs(d.column), qs(d.value), qs(d.kept_value),
                      QString::number(d.kept_line)) +
             QLatin1Char('\n');
    }
    if (!differs) {
      out += Import::tr("  line %1: code \"%2\" repeated, row set aside (line %3 is kept)")
                 .arg(line, qs(l.code), QString::number(l.kept_line)) +
             QLatin1Char('\n');
    }
  }
  for (const core::InvalidValue& v : r.invalid_rows) {
    out += Import::tr("  line %1: invalid value \"%2\" in the column \"%3\", skipped")
               .arg(QString::number(v.line), qs(v.value), qs(v.column)) +
           QLatin1Char('\n');
  }
  // The lists stop at core::kMaxListedRows; the counts do not.
  const long more = static_cast<long>(r.harmonised) + r.unmatched + r.duplicates +
                    r.invalid_values -
                    static_cast<long>(r.harmonised_rows.size() + r.unmatched_rows.size() +
                                      r.duplicate_rows.size() + r.invalid_rows.size());
  if (more > 0) {
    out += count_text(more, Import::tr("  … and %1 more row, not detailed"),
                      Import::tr("  … and %1 more rows, not detailed")) +
           QLatin1Char('\n');
  }
  // Several rows making one commune (or membership): which, and how their values were combined.
  long combined_listed = 0;
  for (const core::Aggregation& a : r.aggregations) {
    combined_listed += static_cast<long>(a.members.size());
    QString notes;
    for (const core::Message& note : a.notes) {
      const QString text = maps::message_text(note, surface);
      notes = notes.isEmpty() ? text : Import::tr("%1; %2").arg(notes, text);
    }
    const QString commune = commune_text(a.code, context.cog);
    const QString members = lines_text(a.members);
    out +=
        (notes.isEmpty() ? Import::tr("  %1 combines lines %2").arg(commune, members)
                         : Import::tr("  %1 combines lines %2: %3").arg(commune, members, notes)) +
        QLatin1Char('\n');
  }
  if (r.combined > combined_listed) {
    out += count_text(r.combined - combined_listed,
                      Import::tr("  … and %1 more row combined, not detailed"),
                      Import::tr("  … and %1 more rows combined, not detailed")) +
           QLatin1Char('\n');
  }
  return out;
}

}  // namespace

std::string report_text(const core::ImportReport& report, maps::Surface surface,
                        const ReportContext& context) {
  return report_qstring(report, surface, context).toStdString();
}

}  // namespace lumiere::app
