#pragma once
// What the imports of the command line and of the window share: the value column of an indicator
// table, the indicator values it gives, and the import report as text in the user's language.
#include <QString>
#include <cstddef>
#include <string>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/model/model.h"
#include "core/result.h"
#include "core/tables/import_report.h"
#include "core/tables/indicator_import.h"
#include "core/tables/table_reader.h"
#include "maps/message_text.h"

namespace lumiere::app {

// Which column gives the values of which usage.
struct ValueColumnRequest {
  std::string named;        // the column asked for; empty: chosen
  std::string usage_id;     // the usage the values are of ("actes")...
  std::string usage_label;  // ... and its label ("Télétransmission des actes"), to find a header
                            // naming it
};

// The column that gives the values: the one named (`request.named` not empty), else the only
// yes/no or ratio column, else, of several, the only one whose header names the usage
// ("Télétransmission Actes" for `actes`: core::header_names_usage). The error
// (AppNoColumnNamed, AppColumnNotIndicator, AppNoValueColumn, AppSeveralValueColumns) names the
// table's columns and says what to choose.
core::Result<std::size_t> value_column(const core::IndicatorTable& table, const std::string& path,
                                       const ValueColumnRequest& request);

// The yes/no or ratio columns of a table (what value_column chooses among), by index.
std::vector<std::size_t> value_columns(const core::IndicatorTable& table);

// The type of a column in the user's language: "yes/no", "ratio", "stock"...
QString column_type_text(core::ColumnType type);

struct IndicatorValues {
  std::vector<core::IndicatorValue> values;
  core::ImportReport report;  // the table's, with only the notes (and aggregation notes) of the
                              // column imported
};

// The values of one column as indicator values of (usage, vintage), their source "<file name>
// (colonne <name>)" (data stored in the project, the same in every language); missing cells give
// no value (core lists a rate outside [0, 1] as an invalid value, as typed).
IndicatorValues indicator_values(const core::IndicatorTable& table, std::size_t column,
                                 const std::string& path, const std::string& usage, int vintage);

// `n` with the words that agree with it in the language in use: `one` ("%1 value saved") for 1
// (and 0 in French, which says "0 valeur"), `many` ("%1 values saved") otherwise; %1 is `n` as
// the language writes numbers. Both texts come translated (tr()), as the catalogue's separate
// codes for one and for several.
QString count_text(long n, const QString& one, const QString& many);

// What report_text may say beside the report itself.
struct ReportContext {
  const core::CogRegistry* cog = nullptr;     // names the communes (the project's COG)
  const core::TableLayout* layout = nullptr;  // how the table was read (IndicatorTable::layout,
                                              // StructureImport::layout)
};

// The report in the user's language: how the table was read when it was not plain (the sheet of
// several, the header below title rows, an encoding other than UTF-8), the counts, the notes on
// how cells were read, a line per old code and the current commune it counts in, a line per
// listed row, how many are not detailed, then a line per aggregation (several rows making one
// commune or membership) with its notes, as `surface` says them; communes named when
// `context.cog` is given. UTF-8; ends with a newline.
std::string report_text(const core::ImportReport& report, maps::Surface surface,
                        const ReportContext& context = {});

}  // namespace lumiere::app
