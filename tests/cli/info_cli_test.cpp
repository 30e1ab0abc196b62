// End-to-end tests of `lumiere info`: the executable run as a user would, on the real sample
// data, with stdout and stderr captured separately and a time bound on every run.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

const std::string kData = LUMIERE_TEST_DATA;
const std::string kLumiere = LUMIERE_EXE;
constexpr int kTimeoutSeconds = 60;

struct RunResult {
  int status = -1;  // exit status; 124 when `timeout` had to stop it
  std::string out;
  std::string err;
};

// Runs lumiere with `args` under `timeout`, LUMIERE_DATA pointing at the sample data.
RunResult run_lumiere(const std::vector<std::string>& args) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    setenv("LUMIERE_DATA", kData.c_str(), 1);
    const std::string seconds = std::to_string(kTimeoutSeconds);
    std::vector<char*> argv{const_cast<char*>("timeout"), const_cast<char*>(seconds.c_str()),
                            const_cast<char*>(kLumiere.c_str())};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execvp("timeout", argv.data());
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
  waitpid(pid, &status, 0);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      out.push_back(text.substr(start));
      break;
    }
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> commune_files() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kData + "/boundaries/communes", ec)) {
    if (e.path().extension() == ".geojson") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A fresh folder removed with its content.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "lumiere-cli-XXXXXX").string();
    if (mkdtemp(pattern.data())) path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

class InfoCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(kLumiere)) << kLumiere << " is missing: build the lumiere target";
    ASSERT_TRUE(fs::exists(kData + "/boundaries/departements-avec-outre-mer.geojson") &&
                fs::exists(kData + "/cog/communes.json") && commune_files().size() == 101)
        << "the sample data is missing or incomplete in " << kData
        << ": run scripts/fetch-data (or configure with -DLUMIERE_DATA_DIR=...)";
  }
};

// Fails with the run's output when it did not end in time or was killed.
void expect_finished(const RunResult& run) {
  ASSERT_NE(run.status, 124) << "lumiere took more than " << kTimeoutSeconds << " s";
  ASSERT_LT(run.status, 126) << "lumiere could not be run or crashed\n" << run.err;
}

TEST_F(InfoCliTest, JsonOfTheDepartements) {
  const RunResult run = run_lumiere({"info", "--json",
                                     kData + "/boundaries/departements-avec-outre-mer"
                                             ".geojson"});
  expect_finished(run);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, "");
  const nlohmann::json doc = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "not JSON:\n" << run.out;
  ASSERT_TRUE(doc.contains("layers") && doc["layers"].is_array());
  ASSERT_EQ(doc["layers"].size(), 1u);
  const nlohmann::json& layer = doc["layers"][0];
  for (const char* key : {"name", "features", "geometry", "crs", "code_field", "name_field",
                          "extent", "invalid", "repaired", "null", "empty", "cog"}) {
    EXPECT_TRUE(layer.contains(key)) << "missing key " << key;
  }
  EXPECT_EQ(layer["name"], "departements-avec-outre-mer");
  EXPECT_EQ(layer["features"], 101);
  EXPECT_EQ(layer["geometry"], "MultiPolygon");
  EXPECT_EQ(layer["crs"], "EPSG:4326");
  EXPECT_EQ(layer["code_field"], "code");
  EXPECT_EQ(layer["name_field"], "nom");
  EXPECT_EQ(layer["invalid"], 0);
  EXPECT_EQ(layer["repaired"], 0);
  EXPECT_EQ(layer["null"], 0);
  EXPECT_EQ(layer["empty"], 0);
  // The extent in map space: the metropole in Lambert-93, the DROM insets to the west.
  const nlohmann::json& extent = layer["extent"];
  ASSERT_TRUE(extent.is_array());
  ASSERT_EQ(extent.size(), 4u);
  EXPECT_NEAR(extent[0].get<double>(), -133635, 1000);
  EXPECT_NEAR(extent[1].get<double>(), 6046556, 1000);
  EXPECT_NEAR(extent[2].get<double>(), 1242436, 1000);
  EXPECT_NEAR(extent[3].get<double>(), 7110480, 1000);
  const nlohmann::json& cog = layer["cog"];
  ASSERT_TRUE(cog.is_object()) << "no COG match report";
  for (const char* key : {"matched", "layer_only", "cog_only", "merged"}) {
    EXPECT_TRUE(cog.contains(key)) << "missing cog key " << key;
  }
  EXPECT_EQ(cog["matched"], 101);
  EXPECT_EQ(cog["layer_only"], 0);
  EXPECT_EQ(cog["cog_only"], 0);
  EXPECT_EQ(cog["merged"], 0);
}

TEST_F(InfoCliTest, JsonOfTheNationalCommunes) {
  std::vector<std::string> args{"info", "--json", "--cog", kData + "/cog"};
  for (const std::string& f : commune_files()) args.push_back(f);
  const RunResult run = run_lumiere(args);
  expect_finished(run);
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json doc = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "not JSON:\n" << run.out;
  ASSERT_EQ(doc["layers"].size(), 1u);
  const nlohmann::json& layer = doc["layers"][0];
  EXPECT_EQ(layer["name"], "communes");
  EXPECT_EQ(layer["features"], 35357);
  EXPECT_EQ(layer["invalid"], layer["repaired"]);
  EXPECT_EQ(layer["cog"]["matched"], 34864);
  EXPECT_EQ(layer["cog"]["layer_only"], 493);
  EXPECT_EQ(layer["cog"]["merged"], 408);
  EXPECT_EQ(layer["cog"]["cog_only"], 11);
}

TEST_F(InfoCliTest, FeaturesOfTheNationalLayer) {
  std::vector<std::string> args{"info", "--features"};
  for (const std::string& f : commune_files()) args.push_back(f);
  const RunResult run = run_lumiere(args);
  expect_finished(run);
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> out = lines(run.out);
  EXPECT_EQ(out.size(), 35357u);
  auto has = [&](const std::string& line) {
    return std::find(out.begin(), out.end(), line) != out.end();
  };
  // The COG's official names, found through LUMIERE_DATA; the layer's own where none matches.
  EXPECT_TRUE(has("17300\tLa Rochelle"));
  EXPECT_FALSE(has("17300\tRochelle"));
  EXPECT_TRUE(has("2A004\tAjaccio"));
  EXPECT_TRUE(has("97411\tSaint-Denis"));
  EXPECT_TRUE(has("17004\tÎle-d'Aix"));
  EXPECT_TRUE(has("17189\tHiers-Brouage"));
  for (const std::string& line : out) {
    ASSERT_EQ(std::count(line.begin(), line.end(), '\t'), 1) << line;
  }
}

TEST_F(InfoCliTest, UnreadableInputsFailWithOneLine) {
  TempDir dir;
  const std::string text = dir.file("notes.txt");
  write_file(text, "pas une carte\n");
  const std::string empty = dir.file("vide.geojson");
  write_file(empty, "");
  const std::string cut = dir.file("coupe.geojson");
  std::ifstream in(kData + "/boundaries/departements-avec-outre-mer.geojson", std::ios::binary);
  std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  write_file(cut, whole.substr(0, whole.size() / 2));
  const std::string absent = dir.file("absent.shp");
  for (const std::string& path : {text, empty, cut, absent}) {
    SCOPED_TRACE(path);
    const RunResult run = run_lumiere({"info", path});
    expect_finished(run);
    EXPECT_NE(run.status, 0);
    EXPECT_EQ(run.out, "");
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.back(), '\n');
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_TRUE(run.err.starts_with("lumiere info: " + path + ": ")) << run.err;
  }
}

TEST_F(InfoCliTest, CogFolderThatIsNotACog) {
  TempDir dir;
  const std::string departements = kData + "/boundaries/departements-avec-outre-mer.geojson";
  const RunResult run = run_lumiere({"info", departements, "--cog", dir.path.string()});
  expect_finished(run);
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err, "lumiere info: " + dir.file("communes.json") +
                         ": cannot open the COG file; run scripts/fetch-data or give the COG "
                         "folder with --cog\n");

  write_file(dir.file("communes.json"), "<html>404</html>");
  const RunResult wrong = run_lumiere({"info", departements, "--cog", dir.path.string()});
  expect_finished(wrong);
  EXPECT_EQ(wrong.status, 1);
  EXPECT_EQ(wrong.err, "lumiere info: " + dir.file("communes.json") +
                           ": not a COG file (a JSON array was expected); get it again with "
                           "scripts/fetch-data\n");
}

TEST_F(InfoCliTest, TextReport) {
  const RunResult run =
      run_lumiere({"info", kData + "/boundaries/communes/communes-17-charente-maritime.geojson"});
  expect_finished(run);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("Layer: communes-17-charente-maritime\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  features:       466\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  COG (communes):  462 matched, 4 only in the layer (4 merged since)"),
            std::string::npos)
      << run.out;
}

}  // namespace
