#include "import_command.h"

#include <QCoreApplication>
#include <QStringList>
#include <chrono>
#include <optional>
#include <string>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/import_apply.h"
#include "app/opened_project.h"
#include "core/model/model_commands.h"
#include "core/project/project.h"
#include "core/tables/indicator_import.h"
#include "core/tables/structure_import.h"

namespace {

// The context of the command's texts.
struct Import {
  Q_DECLARE_TR_FUNCTIONS(Import)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

namespace lumiere::app {
namespace {

struct ImportArgs {
  std::string project, usage, table, code_column, value_column;
  core::TableOptions layout;  // --sheet, --header-row
  std::optional<int> vintage;
  bool json = false;
  int wait_seconds = kDefaultLockWaitSeconds;
};

// The command line of `lumiere import indicators` or `lumiere import structures`, declared.
void declare(CommandLine& cl, bool indicators) {
  cl.option(QStringLiteral("project"), Import::tr("FILE.gpkg"),
            Import::tr("the project to import into (saved when the whole import succeeded)"));
  if (indicators) {
    cl.option(QStringLiteral("usage"), Import::tr("ID"),
              Import::tr("the usage the values are of (e.g. actes)"));
    cl.option(QStringLiteral("vintage"), Import::tr("YEAR"),
              Import::tr("the vintage of the values (e.g. 2024)"));
    cl.option(QStringLiteral("code-column"), Import::tr("NAME"),
              Import::tr("the column of commune codes (by default found by its name: code, "
                         "codgeo, insee...)"));
    cl.option(QStringLiteral("value-column"), Import::tr("NAME"),
              Import::tr("the column of values (by default the only yes/no or ratio column)"));
  }
  cl.option(QStringLiteral("sheet"), Import::tr("NAME|N"),
            Import::tr("the sheet of a spreadsheet to read, by name or number (default: the "
                       "first)"));
  cl.option(QStringLiteral("header-row"), Import::tr("N"),
            Import::tr("the row of the column names, counting title rows (default: found among "
                       "the first rows)"));
  cl.option(QStringLiteral("wait"), Import::tr("SECONDS"),
            Import::tr("how long to wait when a colleague is saving the project (default 5)"));
  cl.flag(QStringLiteral("json"), Import::tr("write the report as JSON"));
}

// Reads what follows `lumiere import indicators|structures`; the exit status when the command
// stops there (its help, or a misuse).
std::optional<int> parse(CommandLine& cl, const std::vector<std::string>& args, bool indicators,
                         ImportArgs& out) {
  declare(cl, indicators);
  if (auto exit = cl.parse(args)) return exit;
  const std::vector<std::string> operands = cl.operands();
  if (operands.size() > 1) {
    return cl.misuse(
        Import::tr("one table at a time: %1 and %2 given").arg(qs(operands[0]), qs(operands[1])));
  }
  if (!operands.empty()) out.table = operands.front();
  out.project = cl.value(QStringLiteral("project"));
  out.json = cl.is_set(QStringLiteral("json"));
  if (const auto w = cl.optional_value(QStringLiteral("wait"))) {
    const auto seconds = parse_unsigned(*w);
    if (!seconds || *seconds > 3600) {
      return cl.misuse(
          Import::tr("--wait takes a number of seconds from 0 to 3600, not \"%1\"").arg(qs(*w)));
    }
    out.wait_seconds = static_cast<int>(*seconds);
  }
  if (const auto sheet = cl.optional_value(QStringLiteral("sheet"))) {
    if (sheet->empty()) return cl.misuse(Import::tr("--sheet takes a sheet's name or number"));
    out.layout.sheet = *sheet;
  }
  if (const auto row = cl.optional_value(QStringLiteral("header-row"))) {
    const auto n = parse_unsigned(*row);
    if (!n || *n < 1 || *n > 1000000) {
      return cl.misuse(
          Import::tr("--header-row takes a row number from 1 (e.g. --header-row 3), not \"%1\"")
              .arg(qs(*row)));
    }
    out.layout.header_row = static_cast<int>(*n);
  }
  if (indicators) {
    out.usage = cl.value(QStringLiteral("usage"));
    out.code_column = cl.value(QStringLiteral("code-column"));
    out.value_column = cl.value(QStringLiteral("value-column"));
    if (const auto v = cl.optional_value(QStringLiteral("vintage"))) {
      out.vintage = parse_year(*v);
      if (!out.vintage) {
        return cl.misuse(Import::tr("--vintage takes a year from 1990 to 2100 (e.g. --vintage "
                                    "2024), not \"%1\"")
                             .arg(qs(*v)));
      }
    }
  }
  if (out.project.empty()) return cl.misuse(Import::tr("no project: give --project FILE.gpkg"));
  if (out.table.empty()) {
    return cl.misuse(Import::tr("no table to import: give the CSV, XLSX, XLS or ODS file"));
  }
  if (indicators && out.usage.empty()) {
    return cl.misuse(Import::tr("no usage: give --usage ID (e.g. --usage actes)"));
  }
  if (indicators && !out.vintage) {
    return cl.misuse(Import::tr("no vintage: give --vintage YEAR (e.g. --vintage 2024)"));
  }
  // Both paths checked before the project is opened and locked: a FIFO must not block.
  if (auto refused = cl.check_input_file(out.project)) return refused;
  return cl.check_input_file(out.table);
}

// The project opened for editing: an error when another Lumière holds its lock (nothing read
// from the table, nothing written).
// No geometry is read, and of the indicator values only those of `usage` (an import of
// structures reads none): the import commits its rows in place (core::save_project).
core::Result<core::Project> open_for_import(const CommandLine& cl, const ImportArgs& args) {
  const std::string& path = args.project;
  core::OpenOptions options;
  options.mode = core::OpenMode::Edit;
  options.layers = false;
  options.indicator_usages =
      args.usage.empty() ? std::vector<std::string>{} : std::vector<std::string>{args.usage};
  options.wait = std::chrono::seconds(args.wait_seconds);
  auto project = open_for_command(cl, path, options);
  if (project && project->read_only()) {
    const core::Error why = project->read_only_reason().value_or(
        core::Error{core::MessageCode::ProjectOpenedReadOnly, {path}, {}});
    // Another Lumière edits it: close it there. Else the reason says what to do.
    const bool held = why.code == core::MessageCode::LockHeld ||
                      why.code == core::MessageCode::LockHeldUnknownProcess ||
                      why.code == core::MessageCode::LockHeldHere;
    return core::because(core::Error{held ? core::MessageCode::AppImportProjectReadOnly
                                          : core::MessageCode::AppImportProjectNotWritable,
                                     {},
                                     {}},
                         why);
  }
  return project;
}

int import_indicators(const CommandLine& cl, const ImportArgs& args) {
  auto project = open_for_import(cl, args);
  if (!project) return cl.fail(project.error());
  core::Model& model = project->model();
  if (!model.usage(args.usage)) {
    QStringList known;
    for (const core::Usage& u : model.usages()) known.push_back(qs(u.id));
    return cl.fail(Import::tr("the project has no usage \"%1\" (its usages: %2)")
                       .arg(qs(args.usage), known.join(QStringLiteral(", "))));
  }
  core::IndicatorImportOptions options;
  options.table = args.layout;
  options.code_column = args.code_column;
  if (!args.value_column.empty()) options.value_columns = {args.value_column};
  auto table = core::import_indicators(args.table, project->cog(), options);
  if (!table) return cl.fail(table.error());
  const auto column = value_column(*table, args.table,
                                   {args.value_column, args.usage, model.usage(args.usage)->label});
  if (!column) return cl.fail(column.error());
  const core::ImportedColumn& col = table->columns[*column];
  auto [values, report] = indicator_values(*table, *column, args.table, args.usage, *args.vintage);
  const std::size_t imported = values.size();
  if (!values.empty()) {
    core::SetIndicatorValues command(std::move(values));
    if (core::Status st = command.apply(model); !st) return cl.fail(st.error());
    if (core::Status st = core::save_project(*project, args.project); !st) {
      return cl.fail(st.error());
    }
  }
  if (args.json) {
    print_out(qs(core::report_json(report)) + QLatin1Char('\n'));
  } else {
    print_out(
        Import::tr("Indicator \"%1\" %2, column \"%3\" (%4) from %5")
            .arg(qs(args.usage), QString::number(*args.vintage), qs(col.name),
                 column_type_text(col.type), qs(args.table)) +
        QLatin1Char('\n') +
        qs(report_text(report, maps::Surface::CommandLine, {&project->cog(), &table->layout})) +
        count_text(static_cast<long>(imported), Import::tr("%1 value saved in %2"),
                   Import::tr("%1 values saved in %2"))
            .arg(qs(args.project)) +
        QLatin1Char('\n'));
  }
  return 0;
}

int import_structures(const CommandLine& cl, const ImportArgs& args) {
  auto project = open_for_import(cl, args);
  if (!project) return cl.fail(project.error());
  core::Model& model = project->model();
  core::StructureImportOptions options;
  options.table = args.layout;
  auto imported = core::import_structures(args.table, model, options);
  if (!imported) return cl.fail(imported.error());
  const bool changes = imported->command && !imported->command->empty();
  if (changes) {
    if (core::Status st = imported->command->apply(model); !st) return cl.fail(st.error());
    if (core::Status st = core::save_project(*project, args.project); !st) {
      return cl.fail(st.error());
    }
  }
  if (args.json) {
    print_out(qs(core::report_json(imported->report)) + QLatin1Char('\n'));
  } else {
    print_out(
        Import::tr("Structures and memberships from %1").arg(qs(args.table)) + QLatin1Char('\n') +
        qs(report_text(imported->report, maps::Surface::CommandLine,
                       {&project->cog(), &imported->layout})) +
        Import::tr("%1, %2, %3 in %4")
            .arg(
                count_text(static_cast<long>(imported->added.size()),
                           Import::tr("%1 structure added"), Import::tr("%1 structures added")),
                count_text(static_cast<long>(imported->updated.size()),
                           Import::tr("%1 structure updated"), Import::tr("%1 structures updated")),
                count_text(static_cast<long>(imported->memberships.size()),
                           Import::tr("%1 membership added"), Import::tr("%1 memberships added")),
                qs(args.project)) +
        QLatin1Char('\n'));
  }
  return 0;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  const std::string what = args.empty() ? std::string() : args[0];
  if (what != "indicators" && what != "structures") {
    // No kind of table yet: the help of both, or what is missing.
    CommandLine cl("import", Import::tr("indicators|structures --project FILE.gpkg TABLE ..."),
                   Import::tr("Imports a table into a project and prints its report: indicators "
                              "(lumiere import indicators --help) or structures and their "
                              "memberships (lumiere import structures --help)."));
    if (what == "-h" || what == "--help") {
      if (auto exit = cl.parse(args)) return *exit;
    }
    if (what.empty() || what.starts_with('-')) {
      return cl.misuse(Import::tr("say what to import: indicators or structures"));
    }
    return cl.misuse(
        Import::tr("lumiere import takes indicators or structures, not \"%1\"").arg(qs(what)));
  }
  const bool indicators = what == "indicators";
  CommandLine cl(
      "import " + what,
      indicators
          ? Import::tr("--project FILE.gpkg --usage ID --vintage YEAR TABLE [--sheet NAME|N] "
                       "[--header-row N] [--code-column NAME] [--value-column NAME] "
                       "[--wait SECONDS] [--json]")
          : Import::tr("--project FILE.gpkg TABLE [--sheet NAME|N] [--header-row N] "
                       "[--wait SECONDS] [--json]"),
      indicators ? Import::tr("Imports the values of one indicator (a yes/no or ratio column of a "
                              "CSV, text, XLSX, XLS or ODS table, one row per commune) into a "
                              "project, and prints the import report.")
                 : Import::tr("Imports structures and their memberships (a CSV, text, XLSX, XLS "
                              "or ODS table, one row per structure and member) into a project, "
                              "and prints the import report."));
  ImportArgs parsed;
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (const auto exit = parse(cl, rest, indicators, parsed)) return *exit;
  return indicators ? import_indicators(cl, parsed) : import_structures(cl, parsed);
}

}  // namespace lumiere::app
