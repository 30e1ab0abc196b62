#pragma once
// Runs the lumiere executable as a user would, on the real sample data, with stdout and stderr
// captured separately and a time bound on every run. Shared by the CLI tests.
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace lumiere::test {

inline const std::string kData = LUMIERE_TEST_DATA;

// A folder of the test's own under the system's temporary folder, removed with what it holds.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "lumiere-cli-XXXXXX").string();
    if (mkdtemp(pattern.data())) path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path / name).string(); }
};
inline const std::string kLumiere = LUMIERE_EXE;
constexpr int kTimeoutSeconds = 60;

struct RunResult {
  int status = -1;  // exit status; 124 when `timeout` had to stop it
  std::string out;
  std::string err;
  double seconds = 0;   // wall-clock time of the run
  long max_rss_kb = 0;  // peak resident memory of lumiere (wait4 counts reaped descendants)
};

// Languages of a run, as the system gives them: values of LANG.
inline const std::string kEnglish = "C.UTF-8";
inline const std::string kFrench = "fr_FR.UTF-8";

// Makes LANG `lang` in this process, and unsets what would win over it (LANGUAGE, LC_ALL,
// LC_MESSAGES): the runs that follow inherit that language, whatever the machine's. For a
// fixture's SetUp, so that a test does not depend on the language another test left.
inline void set_test_language(const std::string& lang) {
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}) unsetenv(name);
  setenv("LANG", lang.c_str(), 1);
}

// Runs lumiere with `args` under `timeout`, LUMIERE_DATA pointing at the sample data. The run
// inherits this process's environment, its language included; with `lang`, it runs in that
// language instead (LANG, with LANGUAGE, LC_ALL and LC_MESSAGES unset), this process unchanged.
// `timeout_seconds` bounds the run (a test of what must return at once gives a shorter one).
// `prefix`, when given, is a command that runs the rest (`timeout`, then lumiere) in its turn,
// e.g. {"setpriv", "--reuid=4343", ..., "--"} to run lumiere as another user.
// `exe`: the lumiere to run (a copy another user may reach, say).
inline RunResult run_lumiere(const std::vector<std::string>& args,
                             const std::optional<std::string>& lang = std::nullopt,
                             int timeout_seconds = kTimeoutSeconds,
                             const std::vector<std::string>& prefix = {},
                             const std::string& exe = kLumiere) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  const auto started = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    setenv("LUMIERE_DATA", kData.c_str(), 1);
    if (lang) {
      for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}) unsetenv(name);
      setenv("LANG", lang->c_str(), 1);
    }
    const std::string seconds = std::to_string(timeout_seconds);
    std::vector<char*> argv;
    for (const std::string& p : prefix) argv.push_back(const_cast<char*>(p.c_str()));
    for (const char* a : {"timeout", seconds.c_str(), exe.c_str()}) {
      argv.push_back(const_cast<char*>(a));
    }
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  RunResult run;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&run.out, &run.err};
  int open_fds = 2;
  char buffer[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.max_rss_kb = usage.ru_maxrss;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

// The national demo project as `lumiere demo --out FILE` writes it (seed 42), copied to `out`,
// with the result of the run that built it, in French (its report names the file it wrote, in
// the cache). gtest_discover_tests runs each test in a process of its own, and every suite that
// reads the demo would build it again (20 s each): it is built once per executable and sample
// data into LUMIERE_CLI_CACHE (the build tree), processes asking at once waiting for the first
// (flock), with a longer bound than other runs (a loaded machine). A new executable or new data
// builds it again.
inline RunResult demo_project(const std::string& out) {
  namespace fs = std::filesystem;
  const auto stamp = [](const std::string& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return std::string("-");
    return std::to_string(st.st_size) + "." + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
  };
  const std::string key = stamp(kLumiere) + stamp(kData + "/cog/communes.json") +
                          stamp(kData + "/boundaries/communes") +
                          stamp(kData + "/boundaries/departements-avec-outre-mer.geojson");
  const fs::path cache = LUMIERE_CLI_CACHE;
  std::error_code ec;
  fs::create_directories(cache, ec);
  const std::string base =
      (cache / ("demo-" + std::to_string(std::hash<std::string>{}(key)))).string();
  const int lock = open((cache / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (lock >= 0) flock(lock, LOCK_EX);
  const auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  RunResult run;
  if (fs::exists(base + ".status")) {
    run.status = std::stoi(slurp(base + ".status"));
    run.out = slurp(base + ".out");
    run.err = slurp(base + ".err");
  } else {
    for (const auto& entry : fs::directory_iterator(cache, ec)) {
      if (entry.path().filename().string().starts_with("demo-")) fs::remove(entry.path(), ec);
    }
    run = run_lumiere({"demo", "--out", base + ".gpkg"}, kFrench, 4 * kTimeoutSeconds);
    std::ofstream(base + ".out", std::ios::binary) << run.out;
    std::ofstream(base + ".err", std::ios::binary) << run.err;
    if (run.status == 0) std::ofstream(base + ".status") << run.status;
  }
  if (lock >= 0) close(lock);  // releases the flock
  if (run.status == 0) {
    fs::copy_file(base + ".gpkg", out, fs::copy_options::overwrite_existing, ec);
    if (ec) run.status = -1, run.err = "copy of the cached demo failed: " + ec.message();
  }
  return run;
}

}  // namespace lumiere::test
