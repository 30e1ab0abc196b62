// The 2-million-row indicator import (issue 18 point 5, "What must show": peak memory under
// 300 MB): a CSV as a département's export would be at scale, written once per process into a
// temporary folder, then
// - BM_GdalReadCsv (anchor): GDAL's own read of the same file, the OGR CSV driver reading every
//   feature and every field;
// - BM_ImportIndicators: core::import_indicators on it with no option (header found, code column
//   detected, columns typed, rows matched and harmonised through the COG, values aggregated);
// - BM_TableReaderPass: one pass of core::TableReader alone over the file (the import makes two).
// Counters: baseline_peak_MB (getrusage ru_maxrss before the first iteration: the COG read and the
// file written), peak_rss_MB (the peak of the whole process, every iteration included) and
// work_peak_MB (the peak during the iterations above the RSS just before them, VmHWM reset
// through /proc/self/clear_refs after malloc_trim: what the work itself holds at its fullest).
// Run each in its own process:
//   for f in BM_GdalReadCsv BM_TableReaderPass BM_ImportIndicators; do
//     build/release/bench/lumiere_import_bench --benchmark_filter="^$f"
//       --benchmark_repetitions=5 --benchmark_report_aggregates_only=true;
//   done
#include <benchmark/benchmark.h>
#include <gdal.h>
#include <malloc.h>
#include <ogr_api.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "core/cog/cog_registry.h"
#include "core/tables/indicator_import.h"
#include "core/tables/table_reader.h"

using namespace lumiere;
using bench::data_dir;
using bench::peak_rss_mb;

namespace {

constexpr int kRows = 2'000'000;

using bench::cog;

// The CSV, written once: "Code INSEE;Télétransmission Actes;Taux dématérialisation" (UTF-8, ';',
// decimal comma), the current communes' codes cycling with their leading zero dropped as a
// spreadsheet does; every 97th row an old code (delegated or associated commune), every 1,000th
// a code the COG does not know; yes/no as "oui"/"non", the rate as a percentage with a comma.
// Removed when the process ends.
struct BigCsv {
  std::filesystem::path dir;
  std::string path;
  double size_mb = 0;
  BigCsv() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "lumiere-import-bench-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::exit(1);
    dir = pattern;
    path = (dir / "indicateurs.csv").string();
    std::vector<std::string> current, old;
    for (const core::CogCommune& c : cog().communes()) {
      std::string code = c.code[0] == '0' ? c.code.substr(1) : c.code;
      if (c.type == core::CommuneType::Current)
        current.push_back(std::move(code));
      else if (c.type == core::CommuneType::Delegated || c.type == core::CommuneType::Associated)
        old.push_back(std::move(code));
    }
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f || current.empty() || old.empty()) std::exit(1);
    std::fputs(
        "Code INSEE;T\xC3\xA9l\xC3\xA9transmission Actes;Taux d\xC3\xA9mat\xC3\xA9rialisation\n",
        f);
    for (int i = 0; i < kRows; ++i) {
      const auto n = static_cast<std::size_t>(i);
      const std::string& code = i % 1000 == 999 ? std::string("99999")
                                : i % 97 == 96  ? old[n % old.size()]
                                                : current[n % current.size()];
      std::fprintf(f, "%s;%s;%d,%d %%\n", code.c_str(), i % 3 ? "oui" : "non", i % 100, i % 10);
    }
    if (std::fclose(f) != 0) std::exit(1);
    size_mb = static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
  }
  ~BigCsv() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

const BigCsv& big_csv() {
  static const BigCsv csv;
  return csv;
}

// A field of /proc/self/status in MB ("VmRSS", "VmHWM"), or -1.
double status_mb(const char* field) {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  double kb = -1;
  const std::size_t n = std::strlen(field);
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, field, n) == 0 && line[n] == ':') kb = std::atof(line + n + 1);
  std::fclose(f);
  return kb < 0 ? -1 : kb / 1024.0;
}

// The peak RSS of the process before any reset (the COG read and the file written), and the
// highest peak since: clear_refs resets ru_maxrss too, so the process's peak is kept here.
double& process_peak_mb() {
  static double peak = peak_rss_mb();
  return peak;
}
double baseline_peak_mb() {
  static const double baseline = process_peak_mb();
  return baseline;
}

// Returns the freed heap to the system, resets the peak RSS of the process (VmHWM) to its RSS
// now, and returns that RSS in MB: what the timed work holds is then VmHWM minus it, whatever
// peaks came before (reading the COG).
double reset_peak_mb() {
  baseline_peak_mb();
  process_peak_mb() = std::max(process_peak_mb(), peak_rss_mb());
  malloc_trim(0);  // the heap the COG's parsing freed goes back to the system first
  if (std::FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
    std::fputs("5", f);
    std::fclose(f);
  }
  return status_mb("VmRSS");
}

void BM_GdalReadCsv(benchmark::State& state) {
  const BigCsv& csv = big_csv();
  GDALAllRegister();
  const double rss_before = reset_peak_mb();
  std::size_t features = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const char* drivers[] = {"CSV", nullptr};
    GDALDatasetH ds =
        GDALOpenEx(csv.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    if (!ds) {
      state.SkipWithError("GDAL could not open the CSV");
      return;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    features = 0;
    for (OGRFeatureH f; (f = OGR_L_GetNextFeature(layer)) != nullptr;) {
      for (int i = 0; i < fields; ++i)
        bytes += std::char_traits<char>::length(OGR_F_GetFieldAsString(f, i));
      OGR_F_Destroy(f);
      ++features;
    }
    GDALClose(ds);
  }
  benchmark::DoNotOptimize(bytes);
  if (features != static_cast<std::size_t>(kRows)) state.SkipWithError("GDAL missed rows");
  state.counters["rows"] = static_cast<double>(features);
  state.counters["file_MB"] = csv.size_mb;
  process_peak_mb() = std::max(process_peak_mb(), peak_rss_mb());
  state.counters["peak_rss_MB"] = process_peak_mb();
  state.counters["baseline_peak_MB"] = baseline_peak_mb();
  state.counters["work_peak_MB"] = status_mb("VmHWM") - rss_before;
}

void BM_ImportIndicators(benchmark::State& state) {
  const BigCsv& csv = big_csv();
  int rows = 0;
  int matched = 0;
  int harmonised = 0;
  int unmatched = 0;
  std::size_t communes = 0;
  const double rss_before = reset_peak_mb();
  for (auto _ : state) {
    auto table = core::import_indicators(csv.path, cog());
    if (!table) {
      state.SkipWithError("the import failed");
      return;
    }
    rows = table->report.rows;
    matched = table->report.matched;
    harmonised = table->report.harmonised;
    unmatched = table->report.unmatched;
    communes = table->communes.size();
    benchmark::DoNotOptimize(table);
  }
  if (rows != kRows) state.SkipWithError("the import missed rows");
  state.counters["rows"] = rows;
  state.counters["matched"] = matched;
  state.counters["harmonised"] = harmonised;
  state.counters["unmatched"] = unmatched;
  state.counters["communes"] = static_cast<double>(communes);
  state.counters["file_MB"] = csv.size_mb;
  process_peak_mb() = std::max(process_peak_mb(), peak_rss_mb());
  state.counters["peak_rss_MB"] = process_peak_mb();
  state.counters["baseline_peak_MB"] = baseline_peak_mb();
  state.counters["work_peak_MB"] = status_mb("VmHWM") - rss_before;
}

// One pass of the table reader alone over the same file (the import makes two, and types, matches
// and parses the cells besides): where the import's time goes.
void BM_TableReaderPass(benchmark::State& state) {
  const BigCsv& csv = big_csv();
  const double rss_before = reset_peak_mb();
  std::size_t rows = 0;
  for (auto _ : state) {
    auto reader = core::TableReader::open(csv.path);
    if (!reader) {
      state.SkipWithError("the table reader could not open the CSV");
      return;
    }
    rows = 0;
    core::CsvRow row;
    for (;;) {
      auto got = reader->next(row);
      if (!got) {
        state.SkipWithError("the table reader failed");
        return;
      }
      if (!*got) break;
      ++rows;
    }
  }
  if (rows != static_cast<std::size_t>(kRows)) state.SkipWithError("the reader missed rows");
  state.counters["rows"] = static_cast<double>(rows);
  process_peak_mb() = std::max(process_peak_mb(), peak_rss_mb());
  state.counters["peak_rss_MB"] = process_peak_mb();
  state.counters["baseline_peak_MB"] = baseline_peak_mb();
  state.counters["work_peak_MB"] = status_mb("VmHWM") - rss_before;
}

}  // namespace

BENCHMARK(BM_TableReaderPass)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_GdalReadCsv)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_ImportIndicators)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
