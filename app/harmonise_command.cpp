#include "app/harmonise_command.h"

#include <QCoreApplication>
#include <filesystem>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/data_paths.h"
#include "app/harmonise.h"
#include "core/tables/passage_table.h"

namespace lumiere::app {
namespace {

struct Harmonise {
  Q_DECLARE_TR_FUNCTIONS(Harmonise)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

int run_harmonise(const std::vector<std::string>& args) {
  CommandLine cl("harmonise",
                 Harmonise::tr("LAYER... --out FILE.gpkg [--passage TABLE [--from COLUMN] "
                               "[--to COLUMN] [--sheet NAME|N] [--header-row N]] [--cog DIR]"),
                 Harmonise::tr("Brings commune boundaries of an older vintage onto the current "
                               "COG: the former communes dissolved into their commune of today."));
  cl.option(QStringLiteral("out"), QStringLiteral("FILE.gpkg"),
            Harmonise::tr("the GeoPackage to write (layers communes and communes_source)"));
  cl.option(QStringLiteral("passage"), Harmonise::tr("TABLE"),
            Harmonise::tr("INSEE's table de passage (CSV, XLSX, ODS, XLS): old code, new code"));
  cl.option(QStringLiteral("from"), Harmonise::tr("COLUMN"),
            Harmonise::tr("the column of old codes (by default the first column of codes)"));
  cl.option(QStringLiteral("to"), Harmonise::tr("COLUMN"),
            Harmonise::tr("the column of new codes (by default the last column of codes)"));
  cl.option(QStringLiteral("sheet"), Harmonise::tr("NAME|N"),
            Harmonise::tr("the sheet of the table (by default the first)"));
  cl.option(QStringLiteral("header-row"), QStringLiteral("N"),
            Harmonise::tr("the row of the table's header (by default found)"));
  cl.option(QStringLiteral("cog"), QStringLiteral("DIR"),
            Harmonise::tr("the COG folder (by default the data folder's cog/)"));
  cl.option(QStringLiteral("code-field"), QStringLiteral("NAME"),
            Harmonise::tr("the field of COG codes"));
  cl.option(QStringLiteral("layer"), QStringLiteral("NAME"),
            Harmonise::tr("the layer to read in a file of several"));
  cl.option(QStringLiteral("crs"), QStringLiteral("EPSG:n"),
            Harmonise::tr("the coordinate reference system of files that do not say it"));
  cl.flag(QStringLiteral("force"), Harmonise::tr("replace FILE.gpkg if it exists"));
  if (auto exit = cl.parse(args)) return *exit;
  const std::vector<std::string> paths = cl.operands();
  if (paths.empty()) return cl.misuse(Harmonise::tr("no layer given"));
  const std::string out = cl.value(QStringLiteral("out"));
  if (out.empty()) return cl.misuse(Harmonise::tr("no output file: give --out FILE.gpkg"));
  for (const std::string& path : paths) {
    if (auto refused = cl.check_input_file(path)) return *refused;
  }
  if (auto refused = cl.check_output_file(out)) return *refused;
  if (std::error_code ec; std::filesystem::exists(out, ec) && !cl.is_set(QStringLiteral("force"))) {
    return cl.misuse(Harmonise::tr("%1 already exists; give --force to replace it, or choose "
                                   "another file")
                         .arg(qs(out)));
  }
  core::PassageOptions passage_options;
  const std::optional<std::string> passage_path = cl.optional_value(QStringLiteral("passage"));
  passage_options.from_column = cl.value(QStringLiteral("from"));
  passage_options.to_column = cl.value(QStringLiteral("to"));
  passage_options.table.sheet = cl.value(QStringLiteral("sheet"));
  if (auto row_text = cl.optional_value(QStringLiteral("header-row"))) {
    const auto row = parse_unsigned(*row_text);
    if (!row || *row == 0 || *row > 1000000) {
      return cl.misuse(Harmonise::tr("--header-row takes a row number from 1 (e.g. --header-row "
                                     "5), not \"%1\"")
                           .arg(qs(*row_text)));
    }
    passage_options.table.header_row = static_cast<int>(*row);
  }
  if (!passage_path) {
    for (const char* name : {"from", "to", "sheet", "header-row"}) {
      if (cl.is_set(QString::fromLatin1(name))) {
        return cl.misuse(
            Harmonise::tr("--%1 is an option of the table de passage: give --passage TABLE too")
                .arg(QString::fromLatin1(name)));
      }
    }
  } else if (auto refused = cl.check_input_file(*passage_path)) {
    return *refused;
  }
  HarmoniseRequest request;
  request.layers = paths;
  request.out = out;
  request.cog_dir = cl.optional_value(QStringLiteral("cog")).value_or(data_dir() + "/cog");
  if (auto refused = cl.check_folder(request.cog_dir)) return *refused;
  request.passage = passage_path;
  request.passage_options = passage_options;
  request.load.code_field = cl.value(QStringLiteral("code-field"));
  request.load.layer = cl.value(QStringLiteral("layer"));
  request.load.crs = cl.value(QStringLiteral("crs"));
  auto done = harmonise(request);
  if (!done) return cl.fail(done.error());
  print_out(harmonise_report(request, *done));
  return 0;
}

}  // namespace lumiere::app
