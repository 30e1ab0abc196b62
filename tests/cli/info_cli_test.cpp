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

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;

using lumiere::test::kData;
using lumiere::test::kLumiere;
using lumiere::test::kTimeoutSeconds;
using lumiere::test::run_lumiere;
using lumiere::test::RunResult;
using lumiere::test::TempDir;

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
  EXPECT_EQ(layer["cog"]["merged"], 493);  // 85 of them through anciensCodes (issue 19)
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
