#include "app/repair_command.h"

#include <QCoreApplication>
#include <filesystem>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/opened_project.h"

namespace {
struct Repair {
  Q_DECLARE_TR_FUNCTIONS(Repair)
};
QString qs(const std::string& text) { return QString::fromStdString(text); }
}  // namespace

namespace lumiere::app {

int run_repair(const std::vector<std::string>& args) {
  CommandLine cl("repair", Repair::tr("PROJECT.gpkg --out COPY.gpkg [--force]"),
                 Repair::tr("Writes a repaired copy of a project whose tables hold damaged rows "
                            "(rows that break the model, e.g. after an edit in QGIS): the rows "
                            "are listed and left out of the copy; the project is not changed."));
  cl.option(QStringLiteral("out"), Repair::tr("COPY.gpkg"), Repair::tr("the copy to write"));
  cl.flag(QStringLiteral("force"), Repair::tr("replace COPY.gpkg if it exists"));
  if (auto exit = cl.parse(args)) return *exit;
  const std::vector<std::string> operands = cl.operands();
  if (operands.size() != 1) return cl.misuse(Repair::tr("give one project to repair"));
  const std::string& project_path = operands.front();
  const std::string out = cl.value(QStringLiteral("out"));
  if (out.empty()) return cl.misuse(Repair::tr("no copy to write: give --out COPY.gpkg"));
  if (auto refused = cl.check_input_file(project_path)) return *refused;
  if (auto refused = cl.check_output_file(out)) return *refused;
  std::error_code ec;
  if (std::filesystem::exists(out, ec) && !cl.is_set(QStringLiteral("force"))) {
    return cl.fail(Repair::tr("%1 already exists; give --force to replace it, or choose another "
                              "file")
                       .arg(qs(out)));
  }
  core::OpenOptions open;
  open.mode = core::OpenMode::ReadOnly;
  auto project = open_for_command(cl, project_path, open);
  if (!project) return cl.fail(project.error());
  const std::size_t set_aside = project->set_aside().size();
  if (core::Status st = core::save_project_as(*project, out); !st) return cl.fail(st.error());
  print_out(Repair::tr("%1 damaged rows left out; the repaired copy is %2")
                .arg(qs(group_digits(set_aside)), qs(out)) +
            QLatin1Char('\n'));
  return 0;
}

}  // namespace lumiere::app
