#include "import_command.h"

#include <cstdio>
#include <optional>
#include <string>

#include "app/cli_error.h"
#include "app/cli_number.h"
#include "app/import_apply.h"
#include "core/tables/indicator_import.h"
#include "core/model/model_commands.h"
#include "core/project/project.h"
#include "core/tables/structure_import.h"

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
  const auto column = value_column(*table, args.table, args.value_column);
  if (!column) return fail(column.error().message);
  const core::ImportedColumn& col = table->columns[*column];
  auto [values, report] = indicator_values(*table, *column, args.table, args.usage, *args.vintage);
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
    std::fputs(report_text(report).c_str(), stdout);
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
    std::fputs(report_text(imported->report).c_str(), stdout);
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
