#include "app/harmonise_command.h"

#include <QCoreApplication>
#include <QStringList>
#include <filesystem>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/data_paths.h"
#include "core/cog/cog_match.h"
#include "core/cog/commune_dissolve.h"
#include "core/layers/layer_loader.h"
#include "core/layers/layer_writer.h"
#include "core/project/demo_project.h"
#include "core/tables/passage_table.h"

namespace lumiere::app {
namespace {

struct Harmonise {
  Q_DECLARE_TR_FUNCTIONS(Harmonise)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString n(std::size_t count) { return QString::fromStdString(group_digits(count)); }

void print_passage(const core::PassageTable& t, const std::string& path) {
  print_out(Harmonise::tr("Table de passage %1: columns \"%2\" (old code) and \"%3\" (new code), "
                          "header on line %4; %5 rows, %6 codes changed, %7 unchanged\n")
                .arg(qs(path), qs(t.from_column), qs(t.to_column),
                     QString::number(t.layout.header_row), n(t.rows), n(t.passage.size()),
                     n(t.unchanged)));
  if (!t.incomplete_lines.empty()) {
    QStringList lines;
    for (int line : t.incomplete_lines) lines << QString::number(line);
    print_out(Harmonise::tr("  rows without two codes, left out (lines): %1\n")
                  .arg(lines.join(QStringLiteral(", "))));
  }
  for (const auto& [line, code] : t.conflicts) {
    print_out(Harmonise::tr("  line %1: %2 is given another new code than on an earlier line "
                            "(a commune split?); the first kept\n")
                  .arg(QString::number(line), qs(code)));
  }
}

void print_dissolve(const core::CommuneDissolve& d, std::size_t source_features,
                    const std::string& out) {
  print_out(Harmonise::tr("%1 written: %2 features read, %3 former communes dissolved into %4 "
                          "communes of today, %5 communes in all (layer communes; the boundaries "
                          "as read in the layer %6)\n")
                .arg(qs(out), n(source_features), n(d.former_features), n(d.merges.size()),
                     n(d.layer.feature_count()), QString::fromUtf8(core::kSourceCommunesLayer)));
  for (const core::CommuneMerge& m : d.merges) {
    QStringList pieces;
    for (std::size_t i = 0; i < m.pieces.size(); ++i) pieces << qs(m.pieces[i] + " " + m.names[i]);
    print_out(Harmonise::tr("  %1 %2: %3\n")
                  .arg(qs(m.code), qs(m.name), pieces.join(QStringLiteral(", "))));
  }
  if (!d.unplaced.empty()) {
    QStringList codes;
    for (const std::string& code : d.unplaced) codes << qs(code);
    print_out(Harmonise::tr("%1 features are no commune of the COG and are drawn as they are: "
                            "%2 (a table de passage places them: --passage TABLE)\n")
                  .arg(n(d.unplaced.size()), codes.join(QStringLiteral(", "))));
  }
}

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
  const std::string cog_dir =
      cl.optional_value(QStringLiteral("cog")).value_or(data_dir() + "/cog");
  if (auto refused = cl.check_folder(cog_dir)) return *refused;

  auto cog = core::CogRegistry::load(cog_dir);
  if (!cog) return cl.fail(cog.error());
  core::PassageTable passage;
  if (passage_path) {
    auto read = core::read_passage_table(*passage_path, passage_options);
    if (!read) return cl.fail(read.error());
    passage = std::move(*read);
  }
  core::LoadOptions load;
  load.code_field = cl.value(QStringLiteral("code-field"));
  load.layer = cl.value(QStringLiteral("layer"));
  load.crs = cl.value(QStringLiteral("crs"));
  auto layers = core::load_layers(paths, load);
  if (!layers) return cl.fail(layers.error());
  core::VectorLayer* source = nullptr;
  for (core::VectorLayer& layer : *layers) {
    if (core::detect_kind(layer, *cog) == core::TerritoryKind::Commune) {
      source = &layer;
      break;
    }
  }
  if (!source) {
    return cl.misuse(
        Harmonise::tr("no layer of communes among the files given (the codes match "
                      "no commune of the COG; give the field of codes with "
                      "--code-field NAME)"));
  }
  auto dissolved = core::dissolve_former_communes(*source, *cog, passage.passage);
  if (!dissolved) return cl.fail(dissolved.error());
  dissolved->layer.name = "communes";
  source->name = core::kSourceCommunesLayer;
  for (core::VectorLayer* l : {&dissolved->layer, source}) {
    core::apply_official_names(*l, *cog);
    core::add_cog_attributes(*l, *cog);
  }
  if (core::Status written =
          core::write_geopackage(out, {&dissolved->layer, source}, load.map_space);
      !written) {
    return cl.fail(written.error());
  }
  if (passage_path) print_passage(passage, *passage_path);
  print_dissolve(*dissolved, source->feature_count(), out);
  return 0;
}

}  // namespace lumiere::app
