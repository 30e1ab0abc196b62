// The mutualisation model on the demo project for all of France (issue 4, "What must show"):
// building the demo from the sample data, the footprints of every structure of the demo (GEOS
// coverage union, one FootprintBuilder per thread), and the stats of one usage by stratum.
//   build/release/bench/lumiere_model_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true
// The demo is built once, outside the timings of the footprints and the stats.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <thread>
#include <vector>

#include "bench/bench_data.h"
#include "core/model/analytics.h"
#include "core/model/footprint.h"
#include "core/project/demo_project.h"

using namespace lumiere;
using bench::data_dir;
using bench::peak_rss_mb;

namespace {

// User and system time of every thread of the process so far.
double process_cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

const core::Project& demo() {
  static const core::Project project = [] {
    bench::commune_files();  // exits with a message when the data is missing
    auto built = core::build_demo_project(data_dir());
    if (!built) {
      // lumiere_model_bench links core only (no message texts): the code and its arguments.
      std::fprintf(stderr, "the demo project could not be built: message code %d",
                   static_cast<int>(built.code()));
      for (const std::string& arg : built.error().args) std::fprintf(stderr, ", %s", arg.c_str());
      std::fprintf(stderr, "\n");
      std::exit(1);
    }
    return std::move(*built);
  }();
  return project;
}

// The whole demo: COG, 101 commune files and the département layer read and projected, the
// COG's figures, then the synthetic structures, memberships and 280,000 indicator values.
void BM_BuildDemo(benchmark::State& state) {
  for (auto _ : state) {
    auto project = core::build_demo_project(data_dir());
    if (!project) state.SkipWithError("the demo project could not be built");
    benchmark::DoNotOptimize(project);
  }
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

// The footprint of every structure of the demo through all its memberships, on `threads`
// threads (0: one per core), each with its own FootprintBuilder, structures taken in turn; the
// index of the commune layer is made once, outside the timing.
void BM_FootprintsOfEveryStructure(benchmark::State& state) {
  const core::Project& project = demo();
  const core::Model& model = project.model();
  const core::VectorLayer& communes = *project.layer("communes");
  const unsigned threads = state.range(0) > 0 ? static_cast<unsigned>(state.range(0))
                                              : std::max(1u, std::thread::hardware_concurrency());
  // A Model is read by one thread at a time (its derived results are cached lazily): each
  // thread reads its own copy, made outside the timing.
  const std::vector<core::Model> copies(threads, model);
  // Which features draw each current commune: one scan of the layer, shared by the threads.
  const core::CommuneFeatureIndex index(communes, model.cog());
  std::size_t parts = 0, failures = 0;
  const double cpu_before = process_cpu_seconds();
  for (auto _ : state) {
    std::atomic<std::size_t> next{0}, total_parts{0}, failed{0};
    {
      std::vector<std::jthread> workers;
      for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
          const core::Model& own = copies[t];
          core::FootprintBuilder builder;
          for (std::size_t i = next++; i < own.structures().size(); i = next++) {
            const auto fp = builder.build(own, index, own.structures()[i].id);
            if (!fp) {
              ++failed;
              continue;
            }
            total_parts += fp->polygons.part_count();
          }
        });
      }
    }
    parts = total_parts;
    failures = failed;
  }
  if (failures) state.SkipWithError("a footprint failed");
  // The CPU time of every thread: on a loaded machine, what the work costs.
  state.counters["cpu_s"] =
      (process_cpu_seconds() - cpu_before) / static_cast<double>(state.iterations());
  state.counters["structures"] = static_cast<double>(model.structures().size());
  state.counters["parts"] = static_cast<double>(parts);
  state.counters["threads"] = threads;
}

// What `lumiere stats --usage actes` computes: the adoption rates by DGCL stratum and the
// fracture metrics (by communes and by population), for the 34,969 current communes.
// Cold: on a fresh copy of the model (copied outside the timing), so the coverage of the usage
// is computed too; warm: the coverage is the model's cached one.
void stats(benchmark::State& state, bool cold) {
  const core::Model& model = demo().model();
  core::FractureOptions by_population;
  by_population.weighting = core::Weighting::Population;
  for (auto _ : state) {
    std::optional<core::Model> copy;
    if (cold) {
      state.PauseTiming();
      copy.emplace(model);
      state.ResumeTiming();
    }
    const core::Model& m = cold ? *copy : model;
    auto groups = core::adoption_rates(m, "actes", 2024);
    auto fracture = core::fracture_metrics(m, "actes", 2024);
    auto fracture_population = core::fracture_metrics(m, "actes", 2024, by_population);
    benchmark::DoNotOptimize(groups);
    benchmark::DoNotOptimize(fracture);
    benchmark::DoNotOptimize(fracture_population);
    if (cold) {
      state.PauseTiming();
      copy.reset();
      state.ResumeTiming();
    }
  }
}
void BM_StatsByStratumCold(benchmark::State& state) { stats(state, true); }
void BM_StatsByStratumWarm(benchmark::State& state) { stats(state, false); }

}  // namespace

BENCHMARK(BM_BuildDemo)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_FootprintsOfEveryStructure)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK(BM_StatsByStratumCold)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_StatsByStratumWarm)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
