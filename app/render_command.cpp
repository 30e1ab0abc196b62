#include "render_command.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "app/command_line.h"
#include "app/data_paths.h"
#include "app/opened_project.h"
#include "core/path_check.h"
#include "core/project/project.h"
#include "maps/layer_setup.h"
#include "maps/map_document.h"
#include "maps/map_exporter.h"
#include "maps/message_text.h"
#include "maps/project_layers.h"

namespace {

// The context of the command's texts.
struct Render {
  Q_DECLARE_TR_FUNCTIONS(Render)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

namespace lumiere::app {
namespace {

// The extent of a département: its feature in a département layer, or its communes.
core::Box departement_extent(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers,
                             const std::string& code) {
  core::Box box;
  for (const auto& layer : layers) {
    const core::VectorLayer& source = *layer->source;
    const auto* departements = source.attributes.texts("departement");
    for (std::size_t f = 0; f < source.feature_count(); ++f) {
      const bool match =
          source.codes[f] == code || (departements && (*departements)[f] == code) ||
          (!departements && source.codes[f].size() == 5 && source.codes[f].starts_with(code) &&
           (code.size() == 3 || !source.codes[f].starts_with("97")));
      if (match) box.expand(source.geometry.bounds(f));
    }
  }
  return box;
}

// The bytes a file of `format` starts with (an SVG: "<svg" in its first 4 KiB, after the XML
// declaration and comments).
bool is_of_format(const std::string& path, maps::ExportFormat format) {
  QFile file(QString::fromStdString(path));
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QByteArray head = file.read(4096);
  if (head.isEmpty()) return true;  // an empty file holds nothing to lose
  switch (format) {
    case maps::ExportFormat::Png:
      return head.startsWith("\x89PNG\r\n\x1a\n");
    case maps::ExportFormat::Pdf:
      return head.startsWith("%PDF-");
    case maps::ExportFormat::Svg:
      return head.contains("<svg");
  }
  return false;
}

const char* format_name(maps::ExportFormat format) {
  switch (format) {
    case maps::ExportFormat::Png:
      return "PNG";
    case maps::ExportFormat::Pdf:
      return "PDF";
    case maps::ExportFormat::Svg:
      return "SVG";
  }
  return "";
}

// Why the map must not be written to `out` without --force: it is (or leads through a symbolic
// link to) a Lumière project, or a file of another format than `format`. The output file is
// replaced through its symbolic links (QSaveFile writes their target), so the target is what
// is looked at.
std::optional<core::Error> would_replace(const std::string& out, maps::ExportFormat format) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (core::path_kind(out) != core::PathKind::File) return std::nullopt;
  const fs::path target = fs::canonical(out, ec);
  if (ec) return std::nullopt;
  if (core::is_project_file(target.string())) {
    if (fs::is_symlink(out, ec))
      return core::Error{core::MessageCode::OutputLinksToAProject, {out, target.string()}};
    return core::Error{core::MessageCode::OutputIsAProject, {out}};
  }
  if (!is_of_format(target.string(), format))
    return core::Error{core::MessageCode::OutputOfAnotherFormat, {out, format_name(format)}};
  return std::nullopt;
}

}  // namespace

int run_render(const std::vector<std::string>& args) {
  CommandLine cl("render",
                 Render::tr("LAYER... --out FILE.png|.svg|.pdf [--size WxH] "
                            "[--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels] "
                            "[--cog DIR]\n"
                            "       lumiere render --project FILE.gpkg [--map NAME] "
                            "--out FILE.png|.svg|.pdf [--size WxH] "
                            "[--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels]"),
                 Render::tr("Draws a map headless, as PNG, SVG or PDF: map layers, or a map of a "
                            "project."));
  cl.option(QStringLiteral("out"), Render::tr("FILE"),
            Render::tr("the file to write: .png, .svg or .pdf"));
  cl.option(QStringLiteral("size"), Render::tr("WxH"),
            Render::tr("the size in pixels (by default 1920x1080)"));
  cl.option(QStringLiteral("extent"), Render::tr("AREA"),
            Render::tr("metropole, france (by default, with the overseas insets) or a "
                       "département code"));
  cl.option(QStringLiteral("style"), Render::tr("JSON_FILE"),
            Render::tr("the style of the first layer, in JSON"));
  cl.flag(QStringLiteral("labels"), Render::tr("write the names of the territories"));
  cl.option(QStringLiteral("cog"), Render::tr("DIR"),
            Render::tr("the COG folder, with layers (by default the data folder's cog/)"));
  cl.option(QStringLiteral("project"), Render::tr("FILE.gpkg"),
            Render::tr("draw a map of this project instead of layers"));
  cl.option(QStringLiteral("map"), Render::tr("NAME"),
            Render::tr("the project's map to draw (by default the project's own view)"));
  cl.flag(QStringLiteral("force"),
          Render::tr("write FILE even over a Lumière project or a file of another format"));
  if (auto exit = cl.parse(args)) return *exit;

  maps::LayerSetup setup;
  setup.data_dir = data_dir();
  setup.paths = cl.operands();
  setup.labels = cl.is_set(QStringLiteral("labels"));
  setup.cog_dir = cl.value(QStringLiteral("cog"));
  const std::string out = cl.value(QStringLiteral("out"));
  const std::string extent_name = cl.optional_value(QStringLiteral("extent")).value_or("france");
  const std::string style_path = cl.value(QStringLiteral("style"));
  const std::string project_path = cl.value(QStringLiteral("project"));
  const std::string map_name = cl.value(QStringLiteral("map"));
  int width = 1920, height = 1080;
  if (const auto size = cl.optional_value(QStringLiteral("size"))) {
    char rest = 0;
    if (std::sscanf(size->c_str(), "%dx%d%c", &width, &height, &rest) != 2 || width < 16 ||
        height < 16 || width > 20000 || height > 20000) {
      return cl.misuse(Render::tr("--size takes WIDTHxHEIGHT in pixels, from 16x16 to "
                                  "20000x20000 (e.g. 1920x1080), not \"%1\"")
                           .arg(qs(*size)));
    }
  }
  if (out.empty()) return cl.misuse(Render::tr("no output file given (--out)"));
  // --map "" would otherwise draw the project's default map, which was not asked for.
  if (const auto map = cl.optional_value(QStringLiteral("map")); map && map->empty()) {
    return cl.misuse(
        Render::tr("--map takes the name of a map of the project, not an empty "
                   "name; leave --map out to draw the project's default map"));
  }
  if (!project_path.empty() && !setup.paths.empty()) {
    return cl.misuse(Render::tr("give layers or --project, not both"));
  }
  if (!project_path.empty() && !setup.cog_dir.empty()) {
    return cl.misuse(Render::tr("--cog goes with layers: a project has its own COG"));
  }
  if (project_path.empty() && !map_name.empty()) {
    return cl.misuse(Render::tr("--map needs --project"));
  }
  if (project_path.empty() && setup.paths.empty()) {
    return cl.misuse(Render::tr("no layer given"));
  }

  // Every path checked before anything is opened: a FIFO must not block the command.
  for (const std::string& path : setup.paths) {
    if (auto refused = cl.check_input_file(path)) return *refused;
  }
  for (const std::string& path : {project_path, style_path}) {
    if (path.empty()) continue;
    if (auto refused = cl.check_input_file(path)) return *refused;
  }
  if (!setup.cog_dir.empty()) {
    if (auto refused = cl.check_folder(setup.cog_dir)) return *refused;
  }
  if (auto refused = cl.check_output_file(out)) return *refused;
  const auto format = maps::format_for_path(QString::fromStdString(out));
  if (!format) return cl.fail(format.error());
  if (!cl.is_set(QStringLiteral("force"))) {
    if (const auto refused = would_replace(out, *format)) return cl.fail(*refused);
  }
  std::optional<maps::Style> style;
  if (!style_path.empty()) {
    QFile file(QString::fromStdString(style_path));
    if (!file.open(QIODevice::ReadOnly)) {
      return cl.fail(Render::tr("%1: cannot open the style file").arg(qs(style_path)));
    }
    auto parsed = maps::style_from_json(file.readAll());
    if (!parsed) {
      return cl.fail(Render::tr("%1: %2").arg(
          qs(style_path), maps::message_text(parsed.error(), maps::Surface::CommandLine)));
    }
    style = *parsed;
  }
  maps::RenderRequest request;
  using LayersResult = core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>>;
  std::optional<LayersResult> loaded;
  if (!project_path.empty()) {
    core::OpenOptions open;
    open.mode = core::OpenMode::ReadOnly;  // reads only: no lock
    // Only the indicator values the map shows: an adoption map's usage; a coverage map none.
    if (map_name.starts_with("adoption-")) {
      open.indicator_usages = std::vector<std::string>{map_name.substr(9)};
    } else if (map_name.empty() || map_name.starts_with("couverture-")) {
      open.indicator_usages = std::vector<std::string>{};
    }
    auto project = open_for_command(cl, project_path, open);
    if (!project) return cl.fail(project.error());
    // A map document stored in the project may show any column: read every value then (its rows
    // were said once already).
    const auto usages = maps::map_usages(*project, map_name);
    if (open.indicator_usages && !usages) {
      open.indicator_usages.reset();
      project = core::open_project(project_path, open);
      if (!project) return cl.fail(project.error());
    }
    if (map_name.empty()) {
      request.space = project->space;
      loaded.emplace(maps::project_styled_layers(*project, setup.labels));
    } else {
      auto doc = maps::project_map(*project, map_name);
      if (!doc) {
        return cl.fail(Render::tr("%1: %2").arg(
            qs(project_path), maps::message_text(doc.error(), maps::Surface::CommandLine)));
      }
      request.space = doc->space;
      loaded.emplace(
          maps::map_layers(*doc, maps::prepare_project_layers(*project, usages), setup.labels));
    }
  } else {
    loaded.emplace(maps::load_styled_layers(setup));
  }
  LayersResult& layers = *loaded;
  if (!layers) return cl.fail(layers.error());
  if (layers->empty()) return cl.fail(Render::tr("the map has no layer to draw"));
  if (style) {
    // The style is for the first (bottom) layer, the one the map is about.
    const auto& first = layers->front();
    auto restyled = maps::style_layer(first->source, *style, first->title, first->labels);
    if (!restyled) return cl.fail(restyled.error());
    layers->front() = *restyled;
  }

  request.size = QSize(width, height);
  request.layers = *layers;
  core::Box extent;
  if (extent_name == "france") {
    extent = request.space.france_extent();
  } else if (extent_name == "metropole") {
    extent = core::MapSpace::metropole_extent();
  } else {
    extent = departement_extent(*layers, extent_name);
    if (extent.empty()) {
      return cl.fail(Render::tr("--extent %1: no such département in the layers; use metropole, "
                                "france or a département code such as 33 or 974")
                         .arg(qs(extent_name)));
    }
  }
  const double margin = 0.03 * std::max(extent.width(), extent.height());
  request.extent = {extent.min_x - margin, extent.min_y - margin, extent.max_x + margin,
                    extent.max_y + margin};
  request.inset_frames = extent_name == "france";
  auto exported = maps::export_map(request, {QString::fromStdString(out), *format});
  if (!exported) return cl.fail(exported.error());
  return 0;
}

}  // namespace lumiere::app
