// The planner's window on the national demo project (issue 20, "Speed and memory"): the window
// as `lumiere` builds it (app::AppWindow) on the offscreen platform, timed in wall time from the
// request to the new frame finished on the canvas (1280×800).
// - BM_OpenDemoToFirstFrame: a new window opens the demo (File > Open) until its first map is
//   drawn: < 1 s. Counter cpu_s: the process's CPU time over the iteration (every thread).
// - BM_SwitchUsage / BM_SwitchMeasure / BM_SwitchVintage: the map toolbar's choice to the new
//   frame: < 150 ms. The vintage switch goes between 2024 (the demo's) and 2023 (a table of every
//   commune imported through the window before the timings).
// - BM_ResidentMemory (one iteration): VmRSS after opening, after 50 switches of style, after 50
//   edits (imports of a one-row table, each an undo step): < 450 MB and flat.
// - BM_GdalReadCommunesAnchor: GDAL reading every feature of the demo's commune layer (the
//   anchor, in the same run).
// The demo is data/demo.gpkg (`lumiere demo --out data/demo.gpkg`), built here when missing.
#include <benchmark/benchmark.h>
#include <gdal.h>
#include <ogr_api.h>
#include <sys/resource.h>

#include <QApplication>
#include <QComboBox>
#include <QStandardPaths>
#include <QThread>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>

#include "app/app_window.h"
#include "bench/bench_data.h"
#include "core/cog/commune_dissolve.h"
#include "core/project/demo_project.h"
#include "maps/map_choice.h"
#include "ui/map_canvas.h"
#include "ui/map_toolbar.h"

namespace lumiere {
namespace {

namespace fs = std::filesystem;

std::string demo_path() {
  const std::string path = bench::data_dir() + "/demo.gpkg";
  if (!fs::exists(path)) {
    auto project = core::build_demo_project(bench::data_dir());
    if (!project || !core::save_project_as(*project, path)) {
      std::fprintf(stderr, "cannot build the demo into %s\n", path.c_str());
      std::exit(1);
    }
  }
  return path;
}

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// A field of /proc/self/status in MB ("VmRSS").
double status_mb(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stod(line.substr(field.size() + 1)) / 1024.0;
  }
  return -1;
}

// Runs the event loop until the session has no task and the canvas has drawn its frame.
void wait_for_frame(app::AppWindow& app) {
  const auto done = [&] {
    return !app.session().busy() && !app.window().canvas()->busy() &&
           !app.window().canvas()->frame().isNull();
  };
  while (!done()) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!done()) QThread::usleep(200);
  }
}

std::unique_ptr<app::AppWindow> open_demo() {
  auto app = std::make_unique<app::AppWindow>(bench::data_dir());
  app->on_failure = [](const QString& m) { std::fprintf(stderr, "%s\n", qPrintable(m)); };
  app->window().resize(1280, 800);
  app->window().show();
  app->files().open_paths({QString::fromStdString(demo_path())});
  wait_for_frame(*app);
  return app;
}

void BM_OpenDemoToFirstFrame(benchmark::State& state) {
  demo_path();
  double cpu = 0, shown = 0;
  for (auto _ : state) {
    const double before = cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    auto app = std::make_unique<app::AppWindow>(bench::data_dir());
    app->window().resize(1280, 800);
    app->window().show();
    QObject::connect(&app->session(), &app::ProjectSession::opened, [&] {
      shown += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                   .count();
    });
    app->files().open_paths({QString::fromStdString(demo_path())});
    wait_for_frame(*app);
    cpu += cpu_seconds() - before;
    state.PauseTiming();
    app.reset();
    QCoreApplication::processEvents();
    state.ResumeTiming();
  }
  state.counters["cpu_s"] = cpu / static_cast<double>(state.iterations());
  // When the session has read the project and handed the map to the window (the rest: the frame).
  state.counters["shown_ms"] = shown / static_cast<double>(state.iterations());
}
BENCHMARK(BM_OpenDemoToFirstFrame)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// The demo open in one window for the switches, with a second vintage of Actes.
app::AppWindow& opened() {
  static std::unique_ptr<app::AppWindow> app = [] {
    auto a = open_demo();
    const std::string table = (fs::temp_directory_path() / "lumiere-bench-actes-2023.csv").string();
    {
      std::ofstream out(table);
      out << "code_insee;actes\n";
      std::size_t i = 0;
      for (const core::CogCommune& c : a->session().project()->cog().communes()) {
        if (c.type == core::CommuneType::Current) out << c.code << (++i % 3 ? ";oui\n" : ";non\n");
      }
    }
    a->session().import_indicators(QString::fromStdString(table), QStringLiteral("actes"), 2023);
    a->session().wait_idle();
    wait_for_frame(*a);
    return a;
  }();
  return *app;
}

// Each iteration picks the other of two items of a toolbar combo and waits for the frame.
void switch_between(benchmark::State& state, QComboBox* (ui::MapToolbar::*box)() const,
                    const std::function<void(app::AppWindow&)>& prepare = {}) {
  app::AppWindow& app = opened();
  if (prepare) {
    prepare(app);
    wait_for_frame(app);
  }
  QComboBox* combo = (app.window().map_toolbar()->*box)();
  const int a = combo->currentIndex();
  const int b = a == 0 ? 1 : 0;
  bool flip = false;
  for (auto _ : state) {
    flip = !flip;
    combo->setCurrentIndex(flip ? b : a);
    wait_for_frame(app);
  }
}

void BM_SwitchUsage(benchmark::State& state) { switch_between(state, &ui::MapToolbar::usage_box); }
BENCHMARK(BM_SwitchUsage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(40);

void BM_SwitchMeasure(benchmark::State& state) {
  switch_between(state, &ui::MapToolbar::measure_box);
}
BENCHMARK(BM_SwitchMeasure)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(40);

void BM_SwitchVintage(benchmark::State& state) {
  switch_between(state, &ui::MapToolbar::vintage_box, [](app::AppWindow& app) {
    ui::MapToolbar* bar = app.window().map_toolbar();
    bar->usage_box()->setCurrentIndex(bar->usage_box()->findData(QStringLiteral("actes")));
    wait_for_frame(app);
    bar->measure_box()->setCurrentIndex(
        bar->measure_box()->findData(static_cast<int>(maps::Measure::Adoption)));
  });
}
BENCHMARK(BM_SwitchVintage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(40);

void BM_ResidentMemory(benchmark::State& state) {
  for (auto _ : state) {
    auto app = open_demo();
    state.counters["rss_open_MB"] = status_mb("VmRSS");
    ui::MapToolbar* bar = app->window().map_toolbar();
    for (int i = 0; i < 50; ++i) {
      QComboBox* box = i % 2 ? bar->measure_box() : bar->usage_box();
      box->setCurrentIndex((box->currentIndex() + 1) % 2);
      wait_for_frame(*app);
    }
    state.counters["rss_50_switches_MB"] = status_mb("VmRSS");
    const std::string table = (fs::temp_directory_path() / "lumiere-bench-edit.csv").string();
    for (int i = 0; i < 50; ++i) {
      std::ofstream(table) << "code_insee;actes\n17300;" << (i % 2 ? "oui" : "non") << "\n";
      app->session().import_indicators(QString::fromStdString(table), QStringLiteral("actes"),
                                       2024);
      wait_for_frame(*app);
    }
    state.counters["rss_50_edits_MB"] = status_mb("VmRSS");
    state.counters["undo_steps"] = app->session().history()->can_undo() ? 50 : 0;
  }
}
BENCHMARK(BM_ResidentMemory)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

// The part of opening that reads the file (core::open_project: the layers with their prepared
// levels of detail, the COG, the model), on the session's worker in the window.
void BM_OpenProjectFile(benchmark::State& state) {
  const std::string path = demo_path();
  for (auto _ : state) {
    core::OpenOptions options;
    options.mode = core::OpenMode::ReadOnly;
    options.deferred_layers = {core::kSourceCommunesLayer};  // as the window opens it
    options.layers = state.range(0) != 0;
    auto project = core::open_project(path, options);
    if (!project) state.SkipWithError("open failed");
    benchmark::DoNotOptimize(project);
  }
}
// /1: with the layers; /0: without (the COG, the model and the documents only).
BENCHMARK(BM_OpenProjectFile)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

void BM_GdalReadCommunesAnchor(benchmark::State& state) {
  GDALAllRegister();
  const std::string path = demo_path();
  for (auto _ : state) {
    GDALDatasetH ds =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "communes");
    std::size_t n = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
      n += OGR_F_GetGeometryRef(f) != nullptr;
      OGR_F_Destroy(f);
    }
    benchmark::DoNotOptimize(n);
    GDALClose(ds);
  }
}
BENCHMARK(BM_GdalReadCommunesAnchor)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

}  // namespace
}  // namespace lumiere

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);  // recent projects kept apart from the user's
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
