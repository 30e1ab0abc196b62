#include "import_command.h"

#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

#include "app/cli_error.h"
#include "app/cli_number.h"
#include "core/indicator_import.h"
#include "core/model_commands.h"
#include "core/project.h"
#include "core/structure_import.h"

namespace lumiere::app {
namespace {

constexpr const char* kUsage =
    "usage: lumiere import indicators --project FILE.gpkg --usage ID --vintage YEAR TABLE "
    "[--code-column NAME] [--value-column NAME] [--json]\n"
    "       lumiere import structures --project FILE.gpkg TABLE [--json]";

int fail(const std::string& message, int status = 1) {
  return cli_fail("import", message, status);
}

struct ImportArgs {
  std::string what;  // "indicators" or "structures"
  std::string project, usage, table, code_column, value_column;
  std::optional<int> vintage;
  bool json = false;
};

// Parses the arguments; an error message (usage appended by the caller) or nothing.
std::optional<std::string> parse(const std::vector<std::string>& args, ImportArgs& out) {
  if (args.empty()) return "say what to import: indicators or structures";
  out.what = args[0];
  if (out.what != "indicators" && out.what != "structures") {
    return "lumiere import takes indicators or structures, not \"" + out.what + "\"";
  }
  const bool indicators = out.what == "indicators";
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      out.json = true;
      continue;
    }
    if (!a.starts_with("--")) {
      if (!out.table.empty()) return "one table at a time: " + out.table + " and " + a + " given";
      out.table = a;
      continue;
    }
    const bool known =
        a == "--project" || (indicators && (a == "--usage" || a == "--vintage" ||
                                            a == "--code-column" || a == "--value-column"));
    if (!known) return "unknown option " + a + " for lumiere import " + out.what;
    if (i + 1 >= args.size()) return a + " needs a value";
    const std::string& v = args[++i];
    if (a == "--project")
      out.project = v;
    else if (a == "--usage")
      out.usage = v;
    else if (a == "--code-column")
      out.code_column = v;
    else if (a == "--value-column")
      out.value_column = v;
    else if (!(out.vintage = parse_year(v))) {
      return "--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not \"" + v + "\"";
    }
  }
  if (out.project.empty()) return "no project: give --project FILE.gpkg";
  if (out.table.empty()) return "no table to import: give the CSV, XLSX or ODS file";
  if (indicators && out.usage.empty()) return "no usage: give --usage ID (e.g. --usage actes)";
  if (indicators && !out.vintage) return "no vintage: give --vintage YEAR (e.g. --vintage 2024)";
  return std::nullopt;
}

void print_report(const core::ImportReport& r) {
  std::printf(
      "%d lignes lues, %d rapprochées d'une commune (dont %d harmonisées), %d non "
      "rapprochées, %d en double, %d valeurs invalides\n",
      r.rows, r.matched, r.harmonised, r.unmatched, r.duplicates, r.invalid_values);
  for (const core::LineCode& l : r.unmatched_rows) {
    std::printf("  ligne %d : code « %s » inconnu du COG, ligne ignorée\n", l.line, l.code.c_str());
  }
  for (const core::LineCode& l : r.duplicate_rows) {
    std::printf("  ligne %d : code « %s » en double (la première ligne est retenue)\n", l.line,
                l.code.c_str());
  }
  for (const core::InvalidValue& v : r.invalid_rows) {
    std::printf("  ligne %d : valeur « %s » invalide dans la colonne « %s », ignorée\n", v.line,
                v.value.c_str(), v.column.c_str());
  }
  // The lists stop at core::kMaxListedRows; the counts do not.
  const long more = static_cast<long>(r.unmatched) + r.duplicates + r.invalid_values -
                    static_cast<long>(r.unmatched_rows.size() + r.duplicate_rows.size() +
                                      r.invalid_rows.size());
  if (more > 0) std::printf("  … et %ld autres lignes, non détaillées\n", more);
}

// The column that gives the values: the one named, or the only yes/no or ratio column.
core::Result<std::size_t> value_column(const core::IndicatorTable& table, const ImportArgs& args) {
  std::vector<std::size_t> candidates;
  std::string all;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const core::ImportedColumn& c = table.columns[i];
    all += (all.empty() ? "" : ", ") + c.name + " (" + std::string(core::to_string(c.type)) + ")";
    const bool usable = c.type == core::ColumnType::YesNo || c.type == core::ColumnType::Ratio;
    if (!args.value_column.empty() ? c.name == args.value_column : usable) candidates.push_back(i);
  }
  if (!args.value_column.empty()) {
    if (candidates.empty()) {
      return core::Error{"the table " + args.table + " has no column \"" + args.value_column +
                         "\" (its columns: " + all + ")"};
    }
    const core::ImportedColumn& c = table.columns[candidates.front()];
    if (c.type != core::ColumnType::YesNo && c.type != core::ColumnType::Ratio) {
      return core::Error{"the column \"" + c.name + "\" holds " +
                         std::string(core::to_string(c.type)) +
                         " values: an indicator is a yes/no or a ratio column"};
    }
    return candidates.front();
  }
  if (candidates.empty()) {
    return core::Error{"the table " + args.table +
                       " has no yes/no or ratio column to import (its columns: " + all +
                       "): name one with --value-column"};
  }
  if (candidates.size() > 1) {
    return core::Error{"the table " + args.table + " has several yes/no or ratio columns (" + all +
                       "): choose one with --value-column NAME"};
  }
  return candidates.front();
}

// The project opened for editing: an error when another Lumière holds its lock (nothing read
// from the table, nothing written).
core::Result<core::Project> open_for_import(const std::string& path) {
  auto project = core::open_project(path, core::OpenMode::Edit);
  if (project && project->read_only()) {
    return core::Error{project->read_only_reason() +
                       ", so nothing was imported; close it there and import again"};
  }
  return project;
}

int import_indicators(const ImportArgs& args) {
  auto project = open_for_import(args.project);
  if (!project) return fail(project.error().message);
  core::Model& model = project->model();
  if (!model.usage(args.usage)) {
    std::string known;
    for (const core::Usage& u : model.usages()) known += (known.empty() ? "" : ", ") + u.id;
    return fail("the project has no usage \"" + args.usage + "\" (its usages: " + known + ")");
  }
  core::IndicatorImportOptions options;
  options.code_column = args.code_column;
  if (!args.value_column.empty()) options.value_columns = {args.value_column};
  auto table = core::import_indicators(args.table, project->cog(), options);
  if (!table) return fail(table.error().message);
  const auto column = value_column(*table, args);
  if (!column) return fail(column.error().message);
  const core::ImportedColumn& col = table->columns[*column];

  core::ImportReport report = table->report;
  const std::string source =
      std::filesystem::path(args.table).filename().string() + " (colonne " + col.name + ")";
  std::vector<core::IndicatorValue> values;
  for (const core::CommuneIndicators& c : table->communes) {
    const core::ImportedValue& cell = c.values[*column];
    core::IndicatorValue v{c.code,       args.usage,   *args.vintage, std::nullopt,
                           std::nullopt, std::nullopt, source};
    if (const bool* adopted = std::get_if<bool>(&cell)) {
      v.adopted = *adopted;
    } else if (const double* level = std::get_if<double>(&cell)) {
      if (!(*level >= 0 && *level <= 1)) {  // a rate above 100 % or below 0: not a level
        ++report.invalid_values;
        report.invalid_rows.push_back({c.lines.empty() ? 0 : c.lines.front(), col.name,
                                       maps::format_fr(*level, 4).toStdString()});
        continue;
      }
      v.level = *level;
    } else {
      continue;  // missing (an invalid cell is already in the report)
    }
    values.push_back(std::move(v));
  }
  const std::size_t imported = values.size();
  if (!values.empty()) {
    core::SetIndicatorValues command(std::move(values));
    if (core::Status st = command.apply(model); !st) return fail(st.error().message);
    if (core::Status st = core::save_project(*project, args.project); !st) {
      return fail(st.error().message);
    }
  }
  if (args.json) {
    std::printf("%s\n", core::report_json(report).c_str());
  } else {
    std::printf("Indicateur « %s » %d, colonne « %s » (%s) de %s\n", args.usage.c_str(),
                *args.vintage, col.name.c_str(), std::string(core::to_string(col.type)).c_str(),
                args.table.c_str());
    print_report(report);
    std::printf("%s valeurs enregistrées dans %s\n", group_digits(imported).c_str(),
                args.project.c_str());
  }
  return 0;
}

int import_structures(const ImportArgs& args) {
  auto project = open_for_import(args.project);
  if (!project) return fail(project.error().message);
  core::Model& model = project->model();
  auto imported = core::import_structures(args.table, model);
  if (!imported) return fail(imported.error().message);
  const bool changes = imported->command && !imported->command->empty();
  if (changes) {
    if (core::Status st = imported->command->apply(model); !st) return fail(st.error().message);
    if (core::Status st = core::save_project(*project, args.project); !st) {
      return fail(st.error().message);
    }
  }
  if (args.json) {
    std::printf("%s\n", core::report_json(imported->report).c_str());
  } else {
    std::printf("Structures et adhésions de %s\n", args.table.c_str());
    print_report(imported->report);
    std::printf("%s structures ajoutées, %s mises à jour, %s adhésions ajoutées dans %s\n",
                group_digits(imported->added.size()).c_str(),
                group_digits(imported->updated.size()).c_str(),
                group_digits(imported->memberships.size()).c_str(), args.project.c_str());
  }
  return 0;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  if (!args.empty() && (args[0] == "-h" || args[0] == "--help")) {
    std::puts(kUsage);
    return 0;
  }
  ImportArgs parsed;
  if (const auto error = parse(args, parsed)) return fail(*error, 2);
  return parsed.what == "indicators" ? import_indicators(parsed) : import_structures(parsed);
}

}  // namespace lumiere::app
