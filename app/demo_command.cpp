#include "demo_command.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include "app/cli_error.h"
#include "app/cli_number.h"
#include "app/data_paths.h"
#include "core/project/demo_project.h"

namespace lumiere::app {
namespace {

constexpr const char* kUsage =
    "usage: lumiere demo [--data DIR] --out FILE.gpkg [--seed N] [--vintage YEAR] [--force]";

int fail(const std::string& message, int status = 1) {
  return cli_fail("demo", message, status);
}

}  // namespace

int run_demo(const std::vector<std::string>& args) {
  std::string data = data_dir(), out;
  core::DemoOptions options;
  bool force = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::puts(kUsage);
      return 0;
    }
    if (a == "--force") {
      force = true;
      continue;
    }
    if (a != "--data" && a != "--out" && a != "--seed" && a != "--vintage") {
      return fail(std::string(a.starts_with("-") ? "unknown option " : "unexpected argument ") + a,
                  2);
    }
    if (i + 1 >= args.size()) return fail(a + " needs a value", 2);
    const std::string& v = args[++i];
    if (a == "--data")
      data = v;
    else if (a == "--out")
      out = v;
    else if (a == "--seed") {
      const auto seed = parse_unsigned(v);
      if (!seed) return fail("--seed takes a whole number from 0 (e.g. --seed 42)", 2);
      options.seed = *seed;
    } else {
      const auto year = parse_year(v);
      if (!year) return fail("--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024)", 2);
      options.vintage = *year;
    }
  }
  if (out.empty()) return fail(std::string("no output file: give --out FILE.gpkg"), 2);
  // A file already there may be someone's real project: replaced only when asked.
  if (std::error_code ec; std::filesystem::exists(out, ec) && !force) {
    return fail(out + " already exists; give --force to replace it with the demo project, or "
                      "choose another file",
                2);
  }

  auto project = core::build_demo_project(data, options);
  if (!project) return fail(project.error().message);
  if (core::Status saved = core::save_project(*project, out); !saved) {
    return fail(saved.error().message);
  }
  const core::Model& model = project->model();
  std::size_t syndicats = 0, cdg = 0, epci = 0, communes = 0;
  for (const core::Structure& s : model.structures()) {
    syndicats += s.kind == core::StructureKind::SyndicatMixte;
    cdg += s.kind == core::StructureKind::CentreDeGestion;
    epci += s.kind == core::StructureKind::Epci;
  }
  for (const core::CogCommune& c : project->cog().communes()) {
    communes += c.type == core::CommuneType::Current;
  }
  std::printf(
      "Projet de démonstration écrit dans %s : %s communes, %s structures (%s syndicats "
      "informatiques, %s centres de gestion, %s EPCI), %s adhésions, %s valeurs d'indicateurs "
      "%d — synthétiques, graine %llu\n",
      out.c_str(), group_digits(communes).c_str(), group_digits(model.structures().size()).c_str(),
      group_digits(syndicats).c_str(), group_digits(cdg).c_str(), group_digits(epci).c_str(),
      group_digits(model.memberships().size()).c_str(),
      group_digits(model.indicators().size()).c_str(), options.vintage,
      static_cast<unsigned long long>(options.seed));
  return 0;
}

}  // namespace lumiere::app
