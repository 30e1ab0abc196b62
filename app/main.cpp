// lumiere: the GUI with no subcommand; headless subcommands otherwise. Exit status 0 on
// success, non-zero with a one-line reason on stderr.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "app/demo_command.h"
#include "app/gui.h"
#include "app/import_command.h"
#include "app/info_command.h"
#include "app/render_command.h"
#include "app/stats_command.h"

namespace {
constexpr const char* kHelp =
    "usage: lumiere [FILE...]            open the map window (the sample data by default)\n"
    "       lumiere info PATH... [--json] [--features] [--cog DIR]\n"
    "                                    describe map layers and match them with the COG\n"
    "       lumiere render LAYER... --out FILE.png|.svg|.pdf [--size WxH]\n"
    "                      [--extent metropole|france|DEP_CODE] [--style JSON] [--labels]\n"
    "       lumiere render --project FILE.gpkg [--map NAME] --out FILE.png|.svg|.pdf [--size WxH]\n"
    "                      [--extent metropole|france|DEP_CODE] [--labels]\n"
    "                                    draw a map headless\n"
    "       lumiere demo --out FILE.gpkg [--data DIR] [--seed N] [--vintage YEAR] [--force]\n"
    "                                    build the demo project (synthetic structures and\n"
    "                                    indicators on the real communes of the COG)\n"
    "       lumiere stats --project FILE.gpkg --usage ID\n"
    "                     [--by strate|departement|region|epci|structure|densite]\n"
    "                     [--density-grid TABLE] [--vintage YEAR] "
    "[--json]\n"
    "                                    adoption of a usage by group, fracture metrics\n"
    "       lumiere import indicators --project FILE.gpkg --usage ID --vintage YEAR TABLE\n"
    "                     [--code-column NAME] [--value-column NAME] [--json]\n"
    "       lumiere import structures --project FILE.gpkg TABLE [--json]\n"
    "                                    import a CSV/XLSX/ODS table into a project, with its\n"
    "                                    report\n";
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "info") {
    return lumiere::app::run_info({args.begin() + 1, args.end()});
  }
  if (!args.empty() && args[0] == "render") {
    return lumiere::app::run_render(argc, argv, {args.begin() + 1, args.end()});
  }
  if (!args.empty() && args[0] == "demo") {
    return lumiere::app::run_demo({args.begin() + 1, args.end()});
  }
  if (!args.empty() && args[0] == "stats") {
    return lumiere::app::run_stats({args.begin() + 1, args.end()});
  }
  if (!args.empty() && args[0] == "import") {
    return lumiere::app::run_import({args.begin() + 1, args.end()});
  }
  if (!args.empty() && (args[0] == "-h" || args[0] == "--help" || args[0] == "help")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  std::vector<std::string> paths;
  for (const std::string& a : args) {
    if (a.starts_with("-")) continue;  // Qt's own options (-platform, -style...)
    paths.push_back(a);
  }
  return lumiere::app::run_gui(argc, argv, paths);
}
