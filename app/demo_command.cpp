#include "demo_command.h"

#include <QCoreApplication>
#include <QStringList>
#include <filesystem>
#include <string>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/data_paths.h"
#include "core/model/analytics.h"
#include "core/project/demo_project.h"

namespace lumiere::app {
namespace {

struct Demo {
  Q_DECLARE_TR_FUNCTIONS(Demo)
};

// What the dissolve did, in one line: the demo is a first look, not a report. `lumiere harmonise`
// lists each commune of today with the former communes it gathers.
void print_dissolve(const core::DemoReport& report) {
  const auto n = [](auto count) { return QString::fromStdString(group_digits(count)); };
  print_out(Demo::tr("The boundaries (%1 features) are older than the COG: %2 former communes "
                     "dissolved into %3 communes of today; the layer %4 keeps the boundaries as "
                     "drawn, hidden on the maps (lumiere harmonise lists each merger).\n")
                .arg(n(report.source_features), n(report.former_features), n(report.merges.size()),
                     QString::fromUtf8(core::kSourceCommunesLayer)));
  if (!report.unplaced.empty()) {
    QStringList codes;
    for (const std::string& code : report.unplaced) codes << QString::fromStdString(code);
    print_out(
        Demo::tr("%1 features are no commune of the COG and are drawn as they are, hatched: %2\n")
            .arg(n(report.unplaced.size()), codes.join(QStringLiteral(", "))));
  }
}

}  // namespace

int run_demo(const std::vector<std::string>& args) {
  CommandLine cl("demo",
                 Demo::tr("--out FILE.gpkg [--data DIR] [--seed N] [--vintage YEAR] [--force]"),
                 Demo::tr("Builds the demo project: synthetic structures and indicators on the "
                          "real communes, EPCI and populations of the COG."));
  cl.option(QStringLiteral("out"), QStringLiteral("FILE.gpkg"),
            Demo::tr("the project file to write"));
  cl.option(QStringLiteral("data"), QStringLiteral("DIR"),
            Demo::tr("the sample data (boundaries/ and cog/; default: %1)")
                .arg(QString::fromStdString(data_dir())));
  cl.option(QStringLiteral("seed"), QStringLiteral("N"),
            Demo::tr("the seed of the synthetic draws (the same seed gives the same project)"));
  cl.option(QStringLiteral("vintage"), QStringLiteral("YEAR"),
            Demo::tr("the year of the indicator values"));
  cl.flag(QStringLiteral("force"), Demo::tr("replace FILE.gpkg if it exists"));
  if (auto exit = cl.parse(args)) return *exit;
  if (!cl.operands().empty()) {
    return cl.misuse(
        Demo::tr("unexpected argument '%1'").arg(QString::fromStdString(cl.operands().front())));
  }

  core::DemoOptions options;
  const std::string data = cl.optional_value(QStringLiteral("data")).value_or(data_dir());
  const std::string out = cl.value(QStringLiteral("out"));
  if (auto seed_text = cl.optional_value(QStringLiteral("seed"))) {
    const auto seed = parse_unsigned(*seed_text);
    if (!seed) {
      return cl.misuse(Demo::tr("--seed takes a whole number from 0 (e.g. --seed 42), not \"%1\"")
                           .arg(QString::fromStdString(*seed_text)));
    }
    options.seed = *seed;
  }
  if (auto vintage_text = cl.optional_value(QStringLiteral("vintage"))) {
    const auto year = parse_year(*vintage_text);
    if (!year) {
      return cl.misuse(
          Demo::tr("--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not \"%1\"")
              .arg(QString::fromStdString(*vintage_text)));
    }
    options.vintage = *year;
  }
  if (out.empty()) return cl.misuse(Demo::tr("no output file: give --out FILE.gpkg"));
  if (auto refused = cl.check_output_file(out)) return *refused;
  if (auto refused = cl.check_folder(data)) return *refused;
  // A file already there may be someone's real project: replaced only when asked.
  if (std::error_code ec; std::filesystem::exists(out, ec) && !cl.is_set(QStringLiteral("force"))) {
    return cl.misuse(Demo::tr("%1 already exists; give --force to replace it with the demo "
                              "project, or choose another file")
                         .arg(QString::fromStdString(out)));
  }

  core::DemoReport report;
  auto project = core::build_demo_project(data, options, &report);
  if (!project) return cl.fail(project.error());
  if (core::Status saved = core::save_project(*project, out); !saved) return cl.fail(saved.error());
  const core::Model& model = project->model();
  std::size_t syndicats = 0, cdg = 0, epci = 0, communes = 0, com = 0;
  for (const core::Structure& s : model.structures()) {
    syndicats += s.kind == core::StructureKind::SyndicatMixte;
    cdg += s.kind == core::StructureKind::CentreDeGestion;
    epci += s.kind == core::StructureKind::Epci;
  }
  // Counted as INSEE and `lumiere stats` count communes: the COM's entities apart.
  for (const core::CogCommune& c : project->cog().communes()) {
    if (c.type != core::CommuneType::Current) continue;
    ++(core::is_overseas_collectivity(c.departement) ? com : communes);
  }
  const auto n = [](auto count) { return QString::fromStdString(group_digits(count)); };
  print_out(Demo::tr("Demo project written to %1: %2 communes of metropolitan France and the DROM "
                     "(and %3 entities of the overseas collectivities), %4 structures (%5 IT "
                     "syndicates, %6 management centres, %7 EPCI), %8 memberships, %9 indicator "
                     "values %10 — synthetic, seed %11\n")
                .arg(QString::fromStdString(out), n(communes), n(com), n(model.structures().size()),
                     n(syndicats), n(cdg), n(epci), n(model.memberships().size()),
                     n(model.indicators().size()))
                .arg(options.vintage)
                .arg(options.seed));
  print_dissolve(report);
  return 0;
}

}  // namespace lumiere::app
