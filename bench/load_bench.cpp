// Loading the national commune layer (35,357 communes in 101 GeoJSON files) three ways:
// GDAL alone reading every feature (the anchor), Lumière from the GeoJSON files, and Lumière
// from its own GeoPackage. Run each benchmark in its own process for the peak memory counter:
//   build/release/bench/lumiere_load_bench --benchmark_filter=BM_LoadGeoJson
#include <benchmark/benchmark.h>
#include <gdal.h>
#include <ogrsf_frmts.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "core/layers/layer_loader.h"
#include "core/layers/layer_writer.h"

namespace fs = std::filesystem;
using namespace lumiere;
using bench::commune_files;
using bench::data_dir;
using bench::peak_rss_mb;

namespace {

// GDAL's own time to open the files and read every feature, geometry included.
void read_with_gdal(const std::vector<std::string>& files, benchmark::State& state) {
  GDALAllRegister();
  for (auto _ : state) {
    std::size_t features = 0;
    for (const std::string& f : files) {
      auto* ds = static_cast<GDALDataset*>(
          GDALOpenEx(f.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
      for (OGRLayer* layer : ds->GetLayers()) {
        if (layer->GetGeomType() == wkbNone) continue;
        for (auto& feature : *layer) {
          benchmark::DoNotOptimize(feature->GetGeometryRef());
          ++features;
        }
      }
      GDALClose(ds);
    }
    state.counters["features"] = static_cast<double>(features);
  }
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

const std::string& geopackage() {
  static const std::string path = [] {
    const std::string out = (fs::temp_directory_path() / "lumiere-bench-communes.gpkg").string();
    auto layers = core::load_layers(commune_files());
    if (!layers) std::abort();
    if (!core::write_geopackage(out, {&layers->front()}, core::MapSpace{})) std::abort();
    return out;
  }();
  return path;
}

void BM_GdalReadGeoJson(benchmark::State& state) { read_with_gdal(commune_files(), state); }

void BM_LoadGeoJson(benchmark::State& state) {
  const auto files = commune_files();
  for (auto _ : state) {
    auto layers = core::load_layers(files);
    if (!layers || layers->front().feature_count() != 35357) state.SkipWithError("bad load");
    state.counters["store_MB"] =
        static_cast<double>(layers->front().geometry.memory_bytes()) / (1024.0 * 1024.0);
  }
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

void BM_GdalReadGeoPackage(benchmark::State& state) { read_with_gdal({geopackage()}, state); }

void BM_LoadGeoPackage(benchmark::State& state) {
  const std::vector<std::string> files{geopackage()};
  for (auto _ : state) {
    auto layers = core::load_layers(files);
    if (!layers || layers->front().feature_count() != 35357) state.SkipWithError("bad load");
  }
  state.counters["peak_rss_MB"] = peak_rss_mb();
}

}  // namespace

BENCHMARK(BM_GdalReadGeoJson)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_LoadGeoJson)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_GdalReadGeoPackage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_LoadGeoPackage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK_MAIN();
