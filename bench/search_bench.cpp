// The window's search on the national COG (issue 20, item 5): building the PlaceIndex, replacing
// its structures after an edit, and one query for typical texts (the target: < 50 ms). The
// anchor, measured in the same run: the search without an index, every name of the COG folded
// by search_key at each query and compared with the folded text.
//   build/release/bench/lumiere_search_bench --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true
// The COG is read once, outside the timings.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "bench/bench_data.h"
#include "core/model/model_commands.h"
#include "core/model/place_search.h"
#include "core/model/undo_stack.h"

using namespace lumiere;
using bench::data_dir;

namespace {

using bench::cog;

const core::PlaceIndex& index() {
  static const core::PlaceIndex built(cog());
  return built;
}

// What the user types, by kind; the results of each are checked by tests/core/place_search_test.
const char* const kQueries[] = {
    "saint etienne",  // a whole name, many communes beginning so
    "rochelle",       // a name without its article
    "la roch",        // typing: the last word unfinished
    "st",             // two letters: thousands of names begin so
    "s",              // one letter: a third of the names
    "sables olonne",  // words beginning words of the name
    "17300",          // a COG code
    "17000",          // a postal code
    "2A004",          // Corsica
    "17",             // a département, and the codes beginning so
    "241700434",      // an EPCI's SIREN
    "zzzz",           // nothing
};

void BM_BuildIndex(benchmark::State& state) {
  cog();
  for (auto _ : state) {
    core::PlaceIndex built(cog());
    benchmark::DoNotOptimize(built);
  }
  state.counters["places"] = static_cast<double>(core::PlaceIndex(cog()).size());
  state.counters["peak_rss_MB"] = bench::peak_rss_mb();
}

// The index with the 500 structures of a model put in place of its own (the COG part shared):
// what the window does after an edit.
void BM_WithStructures(benchmark::State& state) {
  core::Model model(cog());
  core::UndoStack stack(model);
  for (int i = 0; i < 500; ++i) {
    const std::string id = "s" + std::to_string(i);
    if (!stack.push(std::make_unique<core::AddStructure>(
            core::Structure{id,
                            "Syndicat numérique " + std::to_string(i),
                            core::StructureKind::SyndicatMixte,
                            "",
                            "",
                            "",
                            {}}))) {
      state.SkipWithError("a structure could not be added");
      return;
    }
  }
  const core::PlaceIndex& base = index();
  for (auto _ : state) {
    core::PlaceIndex with = base.with_structures(model);
    benchmark::DoNotOptimize(with);
  }
}

void BM_Query(benchmark::State& state) {
  const core::PlaceIndex& places = index();
  const char* text = kQueries[state.range(0)];
  state.SetLabel(text);
  std::size_t found = 0;
  for (auto _ : state) {
    auto result = places.query(text, 12);
    found = result.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["results"] = static_cast<double>(found);
}

// A pasted page: 10 kB of text (only its first 256 bytes count).
void BM_QueryTenKilobytes(benchmark::State& state) {
  const core::PlaceIndex& places = index();
  std::string text;
  while (text.size() < 10000) text += "communauté de communes ";
  for (auto _ : state) {
    auto result = places.query(text, 12);
    benchmark::DoNotOptimize(result);
  }
}

// Anchor: no index. Every commune name is folded at each query and the folded text looked for
// in it (the simplest search that ignores accents and hyphens).
void BM_AnchorFoldEveryName(benchmark::State& state) {
  const char* text = kQueries[state.range(0)];
  state.SetLabel(text);
  const std::string key = core::search_key(text);
  std::size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const core::CogCommune& c : cog().communes())
      if (core::search_key(c.name).find(key) != std::string::npos) ++found;
    benchmark::DoNotOptimize(found);
  }
  state.counters["results"] = static_cast<double>(found);
}

}  // namespace

BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WithStructures)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Query)
    ->DenseRange(0, static_cast<int>(std::size(kQueries)) - 1)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QueryTenKilobytes)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnchorFoldEveryName)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
