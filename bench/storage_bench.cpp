// The project file as a database (issue 17), measured as a user meets it: whole processes of the
// built `lumiere` binary on the national demo project (279,752 indicator values), beside
// MapServer's `map2img` drawing the national communes from a GeoPackage (the anchor, step 4 of
// /work/shared/anchors/README.md), in the same run:
//   BM_ImportTwoValues     lumiere import indicators --project P --usage actes --vintage 2024 T
//                          of 2 values (targets: < 0.5 s, < 150 MB, < 1 MB written)
//   BM_ImportTenThousand   the same of 10,000 values (target: < 1 s)
//   BM_StatsActes          lumiere stats --project P --usage actes (< 0.4 s, < 150 MB)
//   BM_RenderProject       lumiere render --project P --out x.png (1920x1080)
//   BM_MapServerAnchor     map2img -m /tmp/anchors/communes.map -o x.png
// Each iteration forks and execs one child and waits for it: wall time from fork to exit, the
// child's max RSS and CPU time (wait4's rusage) and what it wrote (/proc/PID/io, read while it
// is a zombie) are the counters. bench/run_storage_anchor.sh prepares the anchor and runs it:
//   build/release/bench/lumiere_storage_bench --benchmark_repetitions=5
//       --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true
// Environment: LUMIERE_BENCH_PROJECT (a project to copy instead of building the demo),
// LUMIERE_BIN (default: the lumiere of this build), LUMIERE_DATA (the sample data),
// MAP2IMG (default: map2img on PATH), LUMIERE_BENCH_MAPFILE (default /tmp/anchors/communes.map),
// TMPDIR (where the temporary folder goes; it is removed at exit).
// Imports alternate two tables whose every value differs from the previous import's, so every
// iteration really changes the values it imports; each repetition starts on a fresh copy of
// the project, flushed to disk before the first timed iteration.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench/bench_data.h"

namespace fs = std::filesystem;
using lumiere::bench::data_dir;

namespace {

bool g_failed = false;  // a benchmark failed: the program exits with status 1

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "lumiere_storage_bench: %s\n", message.c_str());
  std::exit(1);
}

// What one child process cost, from fork to its exit.
struct ChildRun {
  int status = -1;
  double wall_s = 0, cpu_s = 0, max_rss_mb = 0;
  std::map<std::string, std::uint64_t> io;  // the child's /proc/PID/io
  std::uint64_t output_bytes = 0;           // what it wrote to its stdout and stderr files
  std::string error;                        // its stderr, when it failed

  bool ok() const { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }
  // Bytes written through write(2) and friends to files other than stdout and stderr: for an
  // import, the project, its rollback journal and the lock's info file (92 bytes).
  double files_written_kb() const {
    const std::uint64_t wchar = io.count("wchar") ? io.at("wchar") : 0;
    return static_cast<double>(wchar > output_bytes ? wchar - output_bytes : 0) / 1024.0;
  }
};

std::map<std::string, std::uint64_t> read_io(pid_t pid) {
  std::map<std::string, std::uint64_t> out;
  std::ifstream in("/proc/" + std::to_string(pid) + "/io");
  std::string key;
  std::uint64_t value = 0;
  while (in >> key >> value) out[key.substr(0, key.size() - 1)] = value;  // "wchar:" -> wchar
  return out;
}

std::uint64_t file_size(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs argv[0] (a path) with stdout and stderr into files of `dir`, and waits for it.
ChildRun run_child(const std::vector<std::string>& args, const std::string& dir) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const std::string out_path = dir + "/child.out", err_path = dir + "/child.err";
  ChildRun run;
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) die(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) _exit(126);
    execv(argv[0], argv.data());
    const char* why = "exec failed\n";
    (void)!write(2, why, std::strlen(why));
    _exit(127);
  }
  // Wait for its exit but leave it a zombie: its /proc/PID/io is still there to read.
  siginfo_t info{};
  while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
  }
  run.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.io = read_io(pid);
  rusage usage{};
  while (wait4(pid, &run.status, 0, &usage) < 0 && errno == EINTR) {
  }
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec * 1e-6; };
  run.cpu_s = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  run.max_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
  run.output_bytes = file_size(out_path) + file_size(err_path);
  if (!run.ok()) {
    run.error = args[0] + " exited with status " + std::to_string(run.status) + ": " +
                read_text(err_path).substr(0, 2000);
  }
  return run;
}

// A program on PATH, or empty.
std::string on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string d; std::getline(dirs, d, ':');) {
    const std::string candidate = d + "/" + name;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return {};
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

// Copies `from` over `to` and flushes it: the timed iterations must not pay the writeback.
void fresh_copy(const std::string& from, const std::string& to) {
  std::error_code ec;
  fs::remove(to + "-journal", ec);
  if (!fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) {
    die("cannot copy " + from + " to " + to + ": " + ec.message());
  }
  const int fd = open(to.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

// The current communes of the project's COG, in code order.
std::vector<std::string> commune_codes(const std::string& project) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(project.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    die("cannot open " + project + ": " + sqlite3_errmsg(db));
  }
  sqlite3_stmt* st = nullptr;
  const char* sql = "SELECT code FROM cog_communes WHERE type = 'commune-actuelle' ORDER BY code";
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    die(project + ": no cog_communes table to read the commune codes from: " + sqlite3_errmsg(db));
  }
  std::vector<std::string> codes;
  while (sqlite3_step(st) == SQLITE_ROW) {
    codes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return codes;
}

// A yes/no table of `count` communes spread over the whole list; `variant` 0 and 1 give every
// commune the opposite value.
void write_table(const std::string& path, const std::vector<std::string>& codes, std::size_t count,
                 int variant) {
  std::ofstream out(path);
  out << "code,adopte\n";
  for (std::size_t i = 0; i < count; ++i) {
    out << codes[i * codes.size() / count] << ',' << ((i + variant) % 2 ? "oui" : "non") << '\n';
  }
  if (!out) die("cannot write " + path);
}

// The temporary folder, the demo project (never modified) and the import tables, made once.
struct Setup {
  std::string dir, lumiere, project, two[2], ten_thousand[2];

  Setup() {
    std::string pattern = env_or("TMPDIR", "/tmp") + "/lumiere-storage-bench.XXXXXX";
    if (!mkdtemp(pattern.data())) die("cannot create a folder from " + pattern);
    dir = pattern;
    const std::string built = env_or("LUMIERE_BIN", LUMIERE_BENCH_LUMIERE);
    if (access(built.c_str(), X_OK) != 0) {
      die(built + " is missing: build it (ninja -C build/release lumiere) or set LUMIERE_BIN");
    }
    // A copy, so that a rebuild during the run (the tree is shared) neither breaks an exec nor
    // mixes two binaries in one run.
    lumiere = dir + "/lumiere";
    std::error_code ec;
    if (!fs::copy_file(built, lumiere, ec)) die("cannot copy " + built + ": " + ec.message());
    fs::permissions(lumiere, fs::perms::owner_all, fs::perm_options::add, ec);
    std::fprintf(stderr, "lumiere: a copy of %s (%.1f MB)\n", built.c_str(),
                 static_cast<double>(file_size(lumiere)) / 1e6);
    project = dir + "/demo.gpkg";
    if (const char* given = std::getenv("LUMIERE_BENCH_PROJECT"); given && *given) {
      fresh_copy(given, project);
      std::fprintf(stderr, "project: a copy of %s\n", given);
    } else {
      const ChildRun demo =
          run_child({lumiere, "demo", "--out", project, "--data", data_dir()}, dir);
      if (!demo.ok()) die("the demo project could not be built: " + demo.error);
      std::fprintf(stderr, "project: lumiere demo in %.1f s, max RSS %.0f MB\n", demo.wall_s,
                   demo.max_rss_mb);
    }
    const std::vector<std::string> codes = commune_codes(project);
    if (codes.size() < 10000) {
      die(project + ": " + std::to_string(codes.size()) + " current communes, 10,000 needed");
    }
    for (int v = 0; v < 2; ++v) {
      two[v] = dir + "/two_" + std::to_string(v) + ".csv";
      ten_thousand[v] = dir + "/ten_thousand_" + std::to_string(v) + ".csv";
      write_table(two[v], codes, 2, v);
      write_table(ten_thousand[v], codes, 10000, v);
    }
    std::fprintf(stderr, "project %s: %.1f MB, %zu current communes; folder %s\n", project.c_str(),
                 static_cast<double>(file_size(project)) / 1e6, codes.size(), dir.c_str());
  }
  ~Setup() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const Setup& setup() {
  static const Setup s;
  return s;
}

// A hash of every 4 KiB page of the project (SQLite's page size in a GeoPackage written by GDAL),
// to count the pages an import changed. Read in chunks: the benchmark process must stay small,
// since a child's ru_maxrss starts from its parent's peak at the fork.
std::vector<std::size_t> page_hashes(const std::string& path) {
  constexpr std::size_t kPage = 4096;
  std::vector<std::size_t> out;
  std::ifstream in(path, std::ios::binary);
  std::vector<char> chunk(256 * kPage);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    for (std::size_t at = 0; at < got; at += kPage) {
      out.push_back(std::hash<std::string_view>{}(
          std::string_view(chunk.data() + at, std::min(kPage, got - at))));
    }
  }
  return out;
}

std::size_t pages_changed(const std::vector<std::size_t>& before,
                          const std::vector<std::size_t>& after) {
  const std::size_t common = std::min(before.size(), after.size());
  std::size_t changed = std::max(before.size(), after.size()) - common;
  for (std::size_t i = 0; i < common; ++i) changed += before[i] != after[i];
  return changed;
}

double load_average() {
  double load = 0;
  if (FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &load) != 1) load = 0;
    std::fclose(f);
  }
  return load;
}

// Runs `args` once per iteration and reports the means over the iterations as counters.
void run_processes(benchmark::State& state, const std::vector<std::vector<std::string>>& variants,
                   const std::string& project = {}) {
  const Setup& s = setup();
  state.counters["load1"] = load_average();
  const std::uint64_t size_before = project.empty() ? 0 : file_size(project);
  std::vector<std::size_t> pages =
      project.empty() ? std::vector<std::size_t>{} : page_hashes(project);
  double rss = 0, cpu = 0, written = 0, dirtied = 0, changed = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const ChildRun run = run_child(variants[i++ % variants.size()], s.dir);
    if (!run.ok()) {
      g_failed = true;
      state.SkipWithError(run.error.c_str());
      return;
    }
    if (!project.empty()) {
      state.PauseTiming();
      std::vector<std::size_t> after = page_hashes(project);
      changed += static_cast<double>(pages_changed(pages, after)) * 4.0;
      pages = std::move(after);
      state.ResumeTiming();
    }
    rss += run.max_rss_mb;
    cpu += run.cpu_s;
    written += run.files_written_kb();
    dirtied += static_cast<double>(run.io.count("write_bytes") ? run.io.at("write_bytes") : 0);
  }
  using benchmark::Counter;
  state.counters["max_rss_MB"] = Counter(rss, Counter::kAvgIterations);
  // A child's ru_maxrss is at least its parent's peak at the fork (Linux keeps the hiwater mark
  // across fork and exec): max_rss_MB is the child's own only while it is above this.
  state.counters["bench_peak_MB"] = lumiere::bench::peak_rss_mb();
  state.counters["cpu_s"] = Counter(cpu, Counter::kAvgIterations);
  // write(2) bytes to every file but stdout and stderr: the project, its journal, the lock's
  // info file, and SQLite's temporary files (a sort spilled to /var/tmp counts here)...
  state.counters["written_kB"] = Counter(written, Counter::kAvgIterations);
  // ...and page-cache bytes dirtied (/proc/PID/io write_bytes, whole pages, every file).
  state.counters["dirtied_kB"] = Counter(dirtied / 1024.0, Counter::kAvgIterations);
  if (!project.empty()) {
    // ...and the project's own pages that differ after the import (read outside the timing;
    // the rollback journal, deleted at the commit, held the same pages' old content).
    state.counters["project_changed_kB"] = Counter(changed, Counter::kAvgIterations);
    state.counters["growth_kB"] = Counter(
        (static_cast<double>(file_size(project)) - static_cast<double>(size_before)) / 1024.0,
        Counter::kAvgIterations);
    std::error_code ec;
    if (fs::exists(project + "-journal", ec)) {
      g_failed = true;
      state.SkipWithError(("a journal was left beside " + project).c_str());
    }
  }
}

void import_values(benchmark::State& state, const std::string (&tables)[2], const char* name) {
  const Setup& s = setup();
  const std::string project = s.dir + "/" + name + ".gpkg";
  fresh_copy(s.project, project);  // each repetition on a fresh copy
  std::vector<std::vector<std::string>> variants;
  for (const std::string& table : tables) {
    variants.push_back({s.lumiere, "import", "indicators", "--project", project, "--usage", "actes",
                        "--vintage", "2024", table});
  }
  run_processes(state, variants, project);
}

void BM_ImportTwoValues(benchmark::State& state) {
  import_values(state, setup().two, "import_two");
}

void BM_ImportTenThousand(benchmark::State& state) {
  import_values(state, setup().ten_thousand, "import_ten_thousand");
}

void BM_StatsActes(benchmark::State& state) {
  const Setup& s = setup();
  run_processes(state, {{s.lumiere, "stats", "--project", s.project, "--usage", "actes"}});
}

void BM_RenderProject(benchmark::State& state) {
  const Setup& s = setup();
  const std::string png = s.dir + "/lumiere.png";
  run_processes(state, {{s.lumiere, "render", "--project", s.project, "--out", png}});
  state.counters["png_kB"] = static_cast<double>(file_size(png)) / 1024.0;
}

// The anchor: MapServer 8 drawing the national communes in 7 classes from a GeoPackage.
void BM_MapServerAnchor(benchmark::State& state) {
  const Setup& s = setup();
  const std::string map2img = env_or("MAP2IMG", on_path("map2img"));
  const std::string mapfile = env_or("LUMIERE_BENCH_MAPFILE", "/tmp/anchors/communes.map");
  std::string missing;
  if (map2img.empty() || access(map2img.c_str(), X_OK) != 0) {
    missing =
        "map2img is missing: install the Debian package mapserver-bin (apt-get install -y "
        "mapserver-bin), or set MAP2IMG";
  } else if (access(mapfile.c_str(), R_OK) != 0) {
    missing = mapfile +
              " is missing: run bench/run_storage_anchor.sh (or steps 2 to 4 of "
              "/work/shared/anchors/README.md), or set LUMIERE_BENCH_MAPFILE";
  }
  if (!missing.empty()) {
    std::fprintf(stderr, "lumiere_storage_bench: %s\n", missing.c_str());
    g_failed = true;
    state.SkipWithError(missing.c_str());
    return;
  }
  const std::string png = s.dir + "/mapserver.png";
  run_processes(state, {{map2img, "-m", mapfile, "-o", png}});
  state.counters["png_kB"] = static_cast<double>(file_size(png)) / 1024.0;
}

}  // namespace

BENCHMARK(BM_ImportTwoValues)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(4);
BENCHMARK(BM_ImportTenThousand)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(4);
BENCHMARK(BM_StatsActes)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_RenderProject)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_MapServerAnchor)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

int main(int argc, char** argv) {
  setenv("QT_QPA_PLATFORM", "offscreen", 0);  // render without a display
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return g_failed ? 1 : 0;
}
