// Every path argument of every command checked before use (issue 17, point 5): a folder, a
// named pipe (FIFO), a UNIX socket and /dev/null given where a file is expected, and a file or
// a FIFO where a folder is. Each run must end at once (a FIFO opened would block it: a short
// timeout), with status 1, one line on stderr naming the path, nothing on stdout, no signal (an
// uncaught exception aborted before), and nothing left beside (no lock file, no temporary, no
// output). Then `render --out` refusing to replace a project, a link to a project or a file of
// another format, unless --force. The demo project is built once per test process.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;

using lumiere::test::demo_project;
using lumiere::test::kData;
using lumiere::test::kEnglish;
using lumiere::test::kLumiere;
using lumiere::test::run_lumiere;
using lumiere::test::RunResult;
using lumiere::test::set_test_language;

// A refusal comes at once; a FIFO opened by mistake would wait for a writer until the timeout.
constexpr int kPromptTimeout = 20;
#if defined(__SANITIZE_ADDRESS__)
constexpr double kPromptSeconds = 15;
#else
constexpr double kPromptSeconds = 5;
#endif

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
}

// The names in a folder, hidden ones (lock files, temporaries) included.
std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// What a project file looks like from outside: its size, time and first bytes (a failed command
// must not have written it; the file is 90 MB, not compared whole).
struct Stamp {
  std::uintmax_t size = 0;
  fs::file_time_type time;
  std::string head;
  bool operator==(const Stamp&) const = default;
};

Stamp stamp_of(const std::string& path) {
  return {fs::file_size(path), fs::last_write_time(path), read_bytes(path).substr(0, 100)};
}

class PathArguments : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    set_test_language(kEnglish);
    std::string pattern = (fs::temp_directory_path() / "lumiere-paths-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return;
    dir_ = new fs::path(pattern);
    demo_run_ = new RunResult(demo_project(file("demo.gpkg")));
    fs::create_directory(file("folder"));
    mkfifo(file("fifo").c_str(), 0600);
    // A UNIX socket, bound (and so present in the folder) for the whole suite.
    socket_fd_ = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, file("socket").c_str(), sizeof address.sun_path - 1);
    if (socket_fd_ >= 0) bind(socket_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    write_file(file("table.csv"), "code;adhesion\n17300;oui\n");
  }
  static void TearDownTestSuite() {
    if (socket_fd_ >= 0) close(socket_fd_);
    std::error_code ec;
    if (dir_) fs::remove_all(*dir_, ec);
    delete dir_;
    delete demo_run_;
    dir_ = nullptr;
    demo_run_ = nullptr;
  }
  void SetUp() override {
    set_test_language(kEnglish);
    ASSERT_TRUE(fs::exists(kLumiere)) << kLumiere << " is missing: build the lumiere target";
    ASSERT_TRUE(fs::exists(kData + "/cog/communes.json"))
        << "the sample data is missing in " << kData << ": run scripts/fetch-data";
    ASSERT_NE(dir_, nullptr);
    ASSERT_EQ(demo_run_->status, 0) << demo_run_->err;
    ASSERT_EQ(fs::status(file("fifo")).type(), fs::file_type::fifo);
    ASSERT_EQ(fs::status(file("socket")).type(), fs::file_type::socket);
  }

  static std::string file(const std::string& name) { return (*dir_ / name).string(); }
  static std::string demo() { return file("demo.gpkg"); }
  static std::string departements() {
    return kData + "/boundaries/departements-version-simplifiee.geojson";
  }

  // Where a file is expected: a folder, a FIFO, a socket, a device.
  static std::vector<std::string> not_files() {
    return {file("folder"), file("fifo"), file("socket"), "/dev/null"};
  }
  // Where a folder is expected: a file, a FIFO, a socket, a device.
  static std::vector<std::string> not_folders() {
    return {file("table.csv"), file("fifo"), file("socket"), "/dev/null"};
  }

  // Runs `args` and checks the refusal of `path`: status 1 at once, one line naming it, nothing
  // else written, nothing left beside the project or in the test's folder.
  static void expect_refused(const std::vector<std::string>& args, const std::string& path,
                             const std::string& what) {
    std::string line;
    for (const std::string& a : args) line += a + " ";
    SCOPED_TRACE(line);
    const std::set<std::string> before = names_in(*dir_);
    const Stamp project = stamp_of(demo());
    const RunResult run = run_lumiere(args, std::nullopt, kPromptTimeout);
    EXPECT_NE(run.status, 124) << "still running after " << kPromptTimeout << " s: it blocked";
    EXPECT_LT(run.status, 128) << "killed by a signal (a core dump): " << run.err;
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_LT(run.seconds, kPromptSeconds);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_NE(run.err.find(path), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(what), std::string::npos) << run.err;
    EXPECT_EQ(run.err.find("terminate"), std::string::npos) << run.err;
    EXPECT_EQ(names_in(*dir_), before) << "a file was left beside or removed";
    EXPECT_TRUE(stamp_of(demo()) == project) << "the project was written";
  }

  // The words of the refusal of each kind of `path`.
  static std::string says(const std::string& path) {
    if (path == "/dev/null") return "is a device, not a file";
    if (path.ends_with("folder")) return "is a folder, not a file";
    if (path.ends_with("fifo")) return "is a named pipe (FIFO), not a file";
    if (path.ends_with("socket")) return "is a socket, not a file";
    return "is not a folder";
  }

  static fs::path* dir_;
  static RunResult* demo_run_;
  static int socket_fd_;
};
fs::path* PathArguments::dir_ = nullptr;
RunResult* PathArguments::demo_run_ = nullptr;
int PathArguments::socket_fd_ = -1;

TEST_F(PathArguments, InfoPathsAndCog) {
  for (const std::string& p : not_files()) {
    expect_refused({"info", p}, p, says(p));
    expect_refused({"info", departements(), p}, p, says(p));  // the second of two layers
  }
  for (const std::string& p : not_folders()) {
    expect_refused({"info", departements(), "--cog", p}, p, "is not a folder");
  }
}

TEST_F(PathArguments, RenderLayersProjectStyleAndOut) {
  const std::string out = file("map.png");
  for (const std::string& p : not_files()) {
    expect_refused({"render", p, "--out", out}, p, says(p));
    expect_refused({"render", "--project", p, "--out", out}, p, says(p));
    expect_refused({"render", "--project", demo(), "--out", p}, p, says(p));
    expect_refused({"render", departements(), "--out", out, "--style", p}, p, says(p));
    // --force replaces files, never a folder, a FIFO, a socket or a device.
    expect_refused({"render", departements(), "--out", p, "--force"}, p, says(p));
  }
  for (const std::string& p : not_folders()) {
    expect_refused({"render", departements(), "--out", out, "--cog", p}, p, "is not a folder");
  }
}

TEST_F(PathArguments, DemoOutAndData) {
  for (const std::string& p : not_files()) {
    expect_refused({"demo", "--out", p}, p, says(p));
    expect_refused({"demo", "--out", p, "--force"}, p, says(p));
  }
  for (const std::string& p : not_folders()) {
    expect_refused({"demo", "--out", file("new.gpkg"), "--data", p}, p, "is not a folder");
  }
}

TEST_F(PathArguments, StatsProjectAndDensityGrid) {
  for (const std::string& p : not_files()) {
    expect_refused({"stats", "--project", p, "--usage", "actes"}, p, says(p));
    expect_refused(
        {"stats", "--project", demo(), "--usage", "actes", "--by", "densite", "--density-grid", p},
        p, says(p));
  }
}

TEST_F(PathArguments, ImportProjectAndTable) {
  const std::string table = file("table.csv");
  for (const std::string& p : not_files()) {
    expect_refused(
        {"import", "indicators", "--project", p, "--usage", "actes", "--vintage", "2024", table}, p,
        says(p));
    expect_refused(
        {"import", "indicators", "--project", demo(), "--usage", "actes", "--vintage", "2024", p},
        p, says(p));
    expect_refused({"import", "structures", "--project", p, table}, p, says(p));
    expect_refused({"import", "structures", "--project", demo(), p}, p, says(p));
  }
}

// The window's FILE: refused before any window opens (a window would run until the timeout).
TEST_F(PathArguments, WindowFile) {
  setenv("QT_QPA_PLATFORM", "offscreen", 1);
  for (const std::string& p : not_files()) {
    expect_refused({p}, p, says(p));
    expect_refused({"-platform", "offscreen", p}, p, says(p));
  }
}

// `render --out` over a project (by name or through a symbolic link) or over a file of another
// format: refused, the file untouched; --force replaces it; a PNG over a PNG needs nothing.
TEST_F(PathArguments, RenderOutDoesNotReplaceWhatItDidNotWrite) {
  const std::string project_png = file("projet.png");  // the demo under another name
  fs::create_hard_link(demo(), project_png);
  const std::string link = file("lien.png");
  fs::create_symlink(demo(), link);
  const std::string notes = file("notes.png");
  write_file(notes, "Des notes, pas une image.\n");
  const std::string pdf_as_svg = file("rapport.svg");
  write_file(pdf_as_svg, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  const std::string small = "200x120";
  const std::vector<std::string> layers = {"render", departements(), "--size", small, "--out"};
  auto with_out = [&](const std::string& out, std::vector<std::string> more = {}) {
    std::vector<std::string> args = layers;
    args.push_back(out);
    args.insert(args.end(), more.begin(), more.end());
    return args;
  };

  expect_refused(with_out(project_png), project_png, "is a Lumière project");
  expect_refused(with_out(project_png), project_png, "--force");
  expect_refused(with_out(link), link, "is a symbolic link to the Lumière project " + demo());
  EXPECT_TRUE(fs::is_symlink(link));
  expect_refused(with_out(notes), notes, "is not a file of the format written (PNG)");
  EXPECT_EQ(read_bytes(notes), "Des notes, pas une image.\n");
  expect_refused(with_out(pdf_as_svg), pdf_as_svg, "is not a file of the format written (SVG)");
  // The project as --out of a project render: the same refusal.
  expect_refused({"render", "--project", demo(), "--size", small, "--out", project_png},
                 project_png, "is a Lumière project");

  // --force: the file is replaced by the map.
  const RunResult forced = run_lumiere(with_out(notes, {"--force"}));
  ASSERT_EQ(forced.status, 0) << forced.err;
  EXPECT_EQ(forced.err, "");
  EXPECT_TRUE(read_bytes(notes).starts_with("\x89PNG\r\n\x1a\n"));
  // Over a PNG, nothing to ask: written again.
  const RunResult again = run_lumiere(with_out(notes));
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_TRUE(read_bytes(notes).starts_with("\x89PNG\r\n\x1a\n"));
  // Nothing left beside (no temporary of QSaveFile).
  for (const std::string& name : names_in(*dir_)) {
    EXPECT_EQ(name.find(".png."), std::string::npos) << name;
  }
}

}  // namespace
