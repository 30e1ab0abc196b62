#include "render_command.h"

#include <QFile>
#include <QGuiApplication>
#include <cstdio>

#include "app/layer_setup.h"
#include "app/project_layers.h"
#include "core/project/project.h"
#include "maps/map_document.h"
#include "maps/map_exporter.h"

namespace lumiere::app {
namespace {

constexpr const char* kUsage =
    "usage: lumiere render LAYER... --out FILE.png|.svg|.pdf [--size WxH] "
    "[--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels] [--cog DIR]\n"
    "       lumiere render --project FILE.gpkg [--map NAME] --out FILE.png|.svg|.pdf [--size WxH] "
    "[--extent metropole|france|DEP_CODE] [--style JSON_FILE] [--labels]";

int fail(const std::string& message) {
  std::fprintf(stderr, "lumiere render: %s\n", message.c_str());
  return 1;
}

// The extent of a département: its feature in a département layer, or its communes.
core::Box departement_extent(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers,
                             const std::string& code) {
  core::Box box;
  for (const auto& layer : layers) {
    const core::VectorLayer& source = *layer->source;
    const auto* departements = source.attributes.texts("departement");
    for (std::size_t f = 0; f < source.feature_count(); ++f) {
      const bool match = source.codes[f] == code ||
                         (departements && (*departements)[f] == code) ||
                         (!departements && source.codes[f].size() == 5 &&
                          source.codes[f].starts_with(code) &&
                          (code.size() == 3 || !source.codes[f].starts_with("97")));
      if (match) box.expand(source.geometry.bounds(f));
    }
  }
  return box;
}

}  // namespace

int run_render(int argc, char** argv, const std::vector<std::string>& args) {
  LayerSetup setup;
  std::string out, extent_name = "france", style_path, project_path, map_name;
  int width = 1920, height = 1080;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--out" && has_value) out = args[++i];
    else if (a == "--extent" && has_value) extent_name = args[++i];
    else if (a == "--style" && has_value) style_path = args[++i];
    else if (a == "--cog" && has_value) setup.cog_dir = args[++i];
    else if (a == "--project" && has_value) project_path = args[++i];
    else if (a == "--map" && has_value) map_name = args[++i];
    else if (a == "--labels") setup.labels = true;
    else if (a == "--size" && has_value) {
      if (std::sscanf(args[++i].c_str(), "%dx%d", &width, &height) != 2 || width < 16 ||
          height < 16 || width > 20000 || height > 20000) {
        return fail("--size takes WIDTHxHEIGHT in pixels, from 16x16 to 20000x20000 (e.g. "
                    "1920x1080)");
      }
    } else if (a == "-h" || a == "--help") {
      std::puts(kUsage);
      return 0;
    } else if (a.starts_with("--")) {
      std::fprintf(stderr, "lumiere render: unknown option or missing value: %s\n%s\n", a.c_str(),
                   kUsage);
      return 2;
    } else {
      setup.paths.push_back(a);
    }
  }
  const char* misuse = out.empty()                                 ? "no output file given (--out)"
                       : !project_path.empty() && !setup.paths.empty() ? "give layers or --project, not both"
                       : !project_path.empty() && !setup.cog_dir.empty()
                           ? "--cog goes with layers: a project has its own COG"
                       : project_path.empty() && !map_name.empty()     ? "--map needs --project"
                       : project_path.empty() && setup.paths.empty()   ? "no layer given"
                                                                       : nullptr;
  if (misuse) {
    std::fprintf(stderr, "lumiere render: %s\n%s\n", misuse, kUsage);
    return 2;
  }
  // Fonts and painting need a GUI application, not a display. Qt's own notes (a missing
  // XDG_RUNTIME_DIR...) would break the one-line contract of stderr: only its failures pass.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
      std::fprintf(stderr, "lumiere render: %s\n", qPrintable(message));
  });
  QGuiApplication app(argc, argv);

  const auto format = maps::format_for_path(QString::fromStdString(out));
  if (!format) return fail(format.error().message);
  std::optional<maps::Style> style;
  if (!style_path.empty()) {
    QFile file(QString::fromStdString(style_path));
    if (!file.open(QIODevice::ReadOnly)) return fail(style_path + ": cannot open the style file");
    auto parsed = maps::style_from_json(file.readAll());
    if (!parsed) return fail(style_path + ": " + parsed.error().message);
    style = *parsed;
  }
  maps::RenderRequest request;
  core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> layers = core::Error{""};
  if (!project_path.empty()) {
    auto project = core::open_project(project_path, core::OpenMode::ReadOnly);  // reads only
    if (!project) return fail(project.error().message);
    if (map_name.empty()) {
      request.space = project->space;
      layers = project_styled_layers(*project, setup.labels);
    } else {
      auto doc = project_map(*project, map_name);
      if (!doc) return fail(project_path + ": " + doc.error().message);
      request.space = doc->space;
      layers = map_layers(*doc, prepare_project_layers(*project), setup.labels);
    }
  } else {
    layers = load_styled_layers(setup);
  }
  if (!layers) return fail(layers.error().message);
  if (layers->empty()) return fail("the map has no layer to draw");
  if (style) {
    // The style is for the first (bottom) layer, the one the map is about.
    const auto& first = layers->front();
    auto restyled = maps::style_layer(first->source, *style, first->title, first->labels);
    if (!restyled) return fail(restyled.error().message);
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
      return fail("--extent " + extent_name + ": no such département in the layers; use "
                  "metropole, france or a département code such as 33 or 974");
    }
  }
  const double margin = 0.03 * std::max(extent.width(), extent.height());
  request.extent = {extent.min_x - margin, extent.min_y - margin, extent.max_x + margin,
                    extent.max_y + margin};
  request.inset_frames = extent_name == "france";
  auto exported = maps::export_map(request, {QString::fromStdString(out), *format});
  if (!exported) return fail(exported.error().message);
  return 0;
}

}  // namespace lumiere::app
