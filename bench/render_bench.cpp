// Rendering the national commune layer (35,357 communes) graduated on population density, 7 Jenks
// classes, YlOrRd, thin grey outlines: the map of the QGIS anchor
// (/work/shared/anchors/qgis_render.py png), at the same size (1920×1080, 96 dpi) and over the
// same extent (metropolitan France, Lambert-93 99,000 6,040,000 – 1,243,000 7,111,000).
// The layer is loaded, named, given the COG's figures and styled once, outside the timings.
//
//   BM_StyleNational       style_layer(): classification + one colour per feature (per change
//                          of style, never per frame)
//   BM_RenderNational      render_image() of the full national frame
//   BM_RenderDepartement   render_image() zoomed on one département (Gironde, 33)
//   BM_RepaintCachedFrame  what MapCanvas::paintEvent does while a new frame renders during a
//                          pan: a finished frame drawn shifted (and scaled, wheel zoom) into the
//                          window's image; the argument is the scale in percent
//
// bench/run_render_anchor.sh runs it beside QGIS. LUMIERE_BENCH_PNG=/tmp/lumiere_map.png writes
// the national frame there (and the département's beside it, "_33" before the extension);
// LUMIERE_BENCH_BREAKS=b1,...,b6 replaces the Jenks breaks by these (to compare with QGIS's).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "maps/map_renderer.h"
#include "maps/message_text.h"
#include "maps/style.h"
#include "maps/styled_layer.h"

namespace fs = std::filesystem;
using namespace lumiere;
using bench::commune_files;
using bench::data_dir;
using bench::peak_rss_mb;

namespace {

constexpr QSize kFrame{1920, 1080};
// The anchor's METRO rectangle (qgis_render.py), Lambert-93 metres.
constexpr core::Box kMetropole{99000, 6040000, 1243000, 7111000};
constexpr const char* kDepartement = "33";
constexpr double kMiB = 1024.0 * 1024.0;

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "lumiere_render_bench: %s\n", message.c_str());
  std::exit(1);
}

// The anchor's symbol: 7 Jenks classes on density, ColorBrewer YlOrRd, outline 128,128,128 of
// 0.05 mm, that is 0.05 / 25.4 × 96 = 0.19 px at the anchor's 96 dpi.
maps::Style density_style() {
  maps::Style style;
  style.kind = maps::StyleKind::Graduated;
  style.field = QStringLiteral("density");
  style.classification.method = maps::ClassMethod::Jenks;
  style.classification.classes = 7;
  style.ramp = QStringLiteral("YlOrRd");
  style.symbol.stroke = QColor(128, 128, 128);
  style.symbol.stroke_width_px = 0.05 / 25.4 * 96.0;
  style.symbol.fill_mode = maps::FillMode::Solid;
  // For the visual comparison only: QGIS's own inner breaks (/tmp/anchors/breaks.json), since its
  // Jenks classifies a sample of 3,000 values where ours classifies them all.
  if (const char* breaks = std::getenv("LUMIERE_BENCH_BREAKS"); breaks && *breaks) {
    style.classification.method = maps::ClassMethod::Manual;
    for (const QString& b : QString::fromUtf8(breaks).split(QLatin1Char(',')))
      style.classification.manual_breaks.push_back(b.toDouble());
  }
  return style;
}

struct Fixture {
  std::shared_ptr<const core::VectorLayer> layer;
  std::shared_ptr<const maps::StyledLayer> styled;
  core::Box departement;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    const std::vector<std::string> files = bench::commune_files();
    auto layers = core::load_layers(files);
    if (!layers) fail(maps::message_string(layers.error()));
    auto cog = core::CogRegistry::load(data_dir() + "/cog");
    if (!cog) fail(maps::message_string(cog.error()));
    auto layer = std::make_shared<core::VectorLayer>(std::move(layers->front()));
    core::apply_official_names(*layer, *cog);
    core::add_cog_attributes(*layer, *cog);
    layer->build_levels();  // once per change of data, as the application does
    Fixture out;
    out.layer = layer;
    auto styled = maps::style_layer(out.layer, density_style(), QStringLiteral("communes"));
    if (!styled) fail(maps::message_string(styled.error()));
    out.styled = *styled;
    for (std::size_t i = 0; i < layer->feature_count(); ++i) {
      if (layer->codes[i].starts_with(kDepartement) && layer->geometry.has_geometry(i))
        out.departement.expand(layer->geometry.bounds(i));
    }
    if (out.departement.empty()) fail("no commune of département 33 in the layer");
    return out;
  }();
  return f;
}

maps::RenderRequest request(const core::Box& extent) {
  maps::RenderRequest r;
  r.extent = extent;
  r.size = kFrame;
  r.dpi = 96;
  r.layers = {fixture().styled};
  r.background = Qt::white;  // as the anchor
  r.labels = false;          // the anchor draws none
  return r;
}

void common_counters(benchmark::State& state) {
  const Fixture& f = fixture();
  state.counters["features"] = static_cast<double>(f.layer->feature_count());
  state.counters["store_MB"] = static_cast<double>(f.layer->geometry.memory_bytes()) / kMiB;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_StyleNational(benchmark::State& state) {
  const Fixture& f = fixture();
  const maps::Style style = density_style();
  for (auto _ : state) {
    auto styled = maps::style_layer(f.layer, style);
    if (!styled) state.SkipWithError("style_layer failed");
    benchmark::DoNotOptimize(styled);
  }
  common_counters(state);
}

void render_frame(benchmark::State& state, const core::Box& extent) {
  const maps::RenderRequest r = request(extent);
  for (auto _ : state) {
    QImage image = maps::render_image(r);
    benchmark::DoNotOptimize(image.constBits());
  }
  const maps::ViewTransform view(extent, kFrame);
  state.counters["visible_features"] =
      static_cast<double>(fixture().layer->geometry.query(view.visible_extent()).size());
  common_counters(state);
}

void BM_RenderNational(benchmark::State& state) { render_frame(state, kMetropole); }

void BM_RenderDepartement(benchmark::State& state) { render_frame(state, fixture().departement); }

// MapCanvas::paintEvent while the next frame renders: clear, then the last finished frame drawn
// into the target rectangle where its extent now stands (no smooth transform, as the canvas).
void BM_RepaintCachedFrame(benchmark::State& state) {
  const QImage frame = maps::render_image(request(kMetropole));
  QImage window(kFrame, QImage::Format_ARGB32_Premultiplied);
  const double scale = static_cast<double>(state.range(0)) / 100.0;
  const QSizeF size(kFrame.width() * scale, kFrame.height() * scale);
  const QPointF zoom_origin((kFrame.width() - size.width()) / 2,
                            (kFrame.height() - size.height()) / 2);
  int step = 0;
  for (auto _ : state) {
    // A drag of a few pixels per event, back and forth over ±200 px.
    const double dx = ((step * 7) % 400) - 200.0;
    const double dy = ((step * 3) % 160) - 80.0;
    ++step;
    QPainter painter(&window);
    painter.fillRect(window.rect(), Qt::white);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(zoom_origin + QPointF(dx, dy), size), frame);
    painter.end();
    benchmark::DoNotOptimize(window.constBits());
  }
  common_counters(state);
}

void write_pngs(const std::string& path) {
  const QString national = QString::fromStdString(path);
  if (!maps::render_image(request(kMetropole)).save(national, "PNG")) fail("cannot write " + path);
  const fs::path p(path);
  const std::string dep =
      (p.parent_path() / (p.stem().string() + "_" + kDepartement + p.extension().string()))
          .string();
  if (!maps::render_image(request(fixture().departement)).save(QString::fromStdString(dep), "PNG"))
    fail("cannot write " + dep);
  const auto& classes = fixture().styled->classes;
  std::fprintf(stderr, "lumiere_render_bench: wrote %s and %s; classes:", path.c_str(),
               dep.c_str());
  for (int c = 0; c < classes.class_count(); ++c) {
    const auto i = static_cast<std::size_t>(c);
    std::fprintf(stderr, " [%.1f, %.1f] %s (%zu)", classes.bounds[i], classes.bounds[i + 1],
                 fixture().styled->class_colors[i].name().toStdString().c_str(),
                 fixture().styled->class_counts[i]);
  }
  std::fprintf(stderr, ", no data %zu\n", fixture().styled->no_data_count);
}

}  // namespace

BENCHMARK(BM_StyleNational)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RenderNational)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RenderDepartement)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RepaintCachedFrame)->Arg(100)->Arg(125)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv) {
  // Fonts (inset names, scale marks) need a QGuiApplication; headless by default.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (const char* png = std::getenv("LUMIERE_BENCH_PNG"); png && *png) write_pngs(png);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
