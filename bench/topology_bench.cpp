// Shared-arc topology and levels of detail of the national commune layer (35,357 communes, about
// three million points): the arcs alone (single-threaded), the Visvalingam importance of every
// arc vertex, and every level of detail materialised. The layer is loaded once, outside the
// timings. Run each benchmark in its own process for the peak memory counter:
//   build/release/bench/lumiere_topology_bench --benchmark_filter=BM_Levels
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "core/geometry/arc_topology.h"
#include "core/geometry/levels_of_detail.h"
#include "core/layers/layer_loader.h"

namespace fs = std::filesystem;
using namespace lumiere;
using bench::commune_files;
using bench::data_dir;
using bench::peak_rss_mb;

namespace {

const core::VectorLayer& communes() {
  static const core::VectorLayer layer = [] {
    const std::vector<std::string> files = bench::commune_files();
    auto layers = core::load_layers(files);
    if (!layers || layers->front().feature_count() != 35357) std::abort();
    return std::move(layers->front());
  }();
  return layer;
}

constexpr double kMiB = 1024.0 * 1024.0;

void BM_TopologyArcs(benchmark::State& state) {
  const core::GeometryStore& store = communes().geometry;
  for (auto _ : state) {
    auto topology = core::ArcTopology::build_arcs(store);
    state.counters["arcs"] = static_cast<double>(topology.arc_count());
    state.counters["arc_points"] = static_cast<double>(topology.point_count());
    state.counters["topology_MB"] = static_cast<double>(topology.memory_bytes()) / kMiB;
  }
  state.counters["store_points"] = static_cast<double>(store.point_count());
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_TopologyImportance(benchmark::State& state) {
  auto topology = core::ArcTopology::build_arcs(communes().geometry);
  for (auto _ : state) topology.compute_importance(static_cast<unsigned>(state.range(0)));
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_Levels(benchmark::State& state) {
  const core::GeometryStore& store = communes().geometry;
  const auto topology = core::ArcTopology::build(store, 0);
  core::LevelOptions options;
  options.threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state) {
    auto levels = core::LevelsOfDetail::build(store, topology, options);
    state.counters["levels_MB"] = static_cast<double>(levels.memory_bytes()) / kMiB;
    for (std::size_t i = 0; i < levels.level_count(); ++i) {
      state.counters["points_" + std::to_string(static_cast<int>(levels.resolution(i)))] =
          static_cast<double>(levels.level(i).point_count());
    }
  }
  state.counters["store_MB"] = static_cast<double>(store.memory_bytes()) / kMiB;
  state.counters["topology_MB"] = static_cast<double>(topology.memory_bytes()) / kMiB;
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

// Everything a loaded layer needs before its first frame: arcs, importance (every core), levels.
void BM_TopologyAndLevels(benchmark::State& state) {
  const core::GeometryStore& store = communes().geometry;
  for (auto _ : state) {
    const auto topology = core::ArcTopology::build(store, 0);
    auto levels = core::LevelsOfDetail::build(store, topology);
    benchmark::DoNotOptimize(levels.level_count());
  }
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

}  // namespace

BENCHMARK(BM_TopologyArcs)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_TopologyImportance)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);
BENCHMARK(BM_Levels)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_TopologyAndLevels)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK_MAIN();
