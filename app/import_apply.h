#pragma once
// What the imports of the command line and of the window share: the value column of an indicator
// table, the indicator values it gives, and the import report as text in the user's language.
#include <QString>
#include <cstddef>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/result.h"
#include "core/tables/import_report.h"
#include "core/tables/indicator_import.h"
#include "maps/message_text.h"

namespace lumiere::app {

// The column that gives the values: the one named (`named` not empty), else the only yes/no or
// ratio column. The error (AppNoColumnNamed, AppColumnNotIndicator, AppNoValueColumn,
// AppSeveralValueColumns) names the table's columns and says what to choose.
core::Result<std::size_t> value_column(const core::IndicatorTable& table, const std::string& path,
                                       const std::string& named);

// The yes/no or ratio columns of a table (what value_column chooses among), by index.
std::vector<std::size_t> value_columns(const core::IndicatorTable& table);

// The type of a column in the user's language: "yes/no", "ratio", "stock"...
QString column_type_text(core::ColumnType type);

struct IndicatorValues {
  std::vector<core::IndicatorValue> values;
  core::ImportReport report;  // the table's, with the rates out of [0, 1] added as invalid
};

// The values of one column as indicator values of (usage, vintage), their source "<file name>
// (colonne <name>)" (data stored in the project, the same in every language); missing cells give
// no value.
IndicatorValues indicator_values(const core::IndicatorTable& table, std::size_t column,
                                 const std::string& path, const std::string& usage, int vintage);

// The report in the user's language: the counts, then a line per listed row, then how many are
// not detailed, then a line per aggregation (several rows making one commune or membership) with
// its notes, as `surface` says them. UTF-8; ends with a newline.
std::string report_text(const core::ImportReport& report, maps::Surface surface);

}  // namespace lumiere::app
