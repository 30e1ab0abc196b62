// `lumiere import` on a planner's export as it comes (issue 18, "What must show"): the Excel
// 97-2003 file of tests/data/tables (two rows above the header, codes without their leading zero,
// old codes) imported into a demo project with no table option given. The demo is built once per
// test process with `lumiere demo --out`. Asserts on codes and numbers more than on wording.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;
using lumiere::test::demo_project;
using lumiere::test::kData;
using lumiere::test::kEnglish;
using lumiere::test::kFrench;
using lumiere::test::kLumiere;
using lumiere::test::run_lumiere;
using lumiere::test::RunResult;
using lumiere::test::set_test_language;
using lumiere::test::TempDir;

const std::string kTables = LUMIERE_TEST_TABLES;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class ImportExportsCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    set_test_language(kEnglish);
    dir_ = new TempDir;
    demo_run_ = new RunResult(demo_project(dir_->file("demo.gpkg")));
  }
  static void TearDownTestSuite() {
    delete demo_run_;
    delete dir_;
  }
  void SetUp() override {
    set_test_language(kEnglish);
    ASSERT_TRUE(fs::exists(kLumiere)) << kLumiere << " is missing: build the lumiere target";
    ASSERT_TRUE(fs::exists(kData + "/cog/communes.json"))
        << "the sample data is missing in " << kData << ": run scripts/fetch-data";
    ASSERT_EQ(demo_run_->status, 0) << demo_run_->err;
  }
  std::string copy_of_demo(const std::string& name) const {
    const std::string path = own_.file(name);
    fs::copy_file(dir_->file("demo.gpkg"), path);
    return path;
  }
  // Sums of the observed and adopted communes of `usage` in `vintage` over every group.
  static std::pair<double, double> observed_adopted(const std::string& project,
                                                    const std::string& usage,
                                                    const std::string& vintage) {
    const RunResult s = run_lumiere(
        {"stats", "--project", project, "--usage", usage, "--vintage", vintage, "--json"});
    EXPECT_EQ(s.status, 0) << s.err;
    if (s.status != 0) return {-1, -1};
    const nlohmann::json j = nlohmann::json::parse(s.out);
    double observed = 0, adopted = 0;
    for (const auto& g : j["groups"]) {
      observed += g["observed_communes"].get<double>();
      adopted += g["adopted_communes"].get<double>();
    }
    return {observed, adopted};
  }

  static TempDir* dir_;
  static RunResult* demo_run_;
  TempDir own_;
};
TempDir* ImportExportsCliTest::dir_ = nullptr;
RunResult* ImportExportsCliTest::demo_run_ = nullptr;

TEST_F(ImportExportsCliTest, XlsWithTitleRowsImportsWithNoOption) {
  const std::string project = copy_of_demo("ain.gpkg");
  const std::string xls = kTables + "/usages-numeriques-ain.xls";

  // The readable report: exit 0; names the header row (3), each old code and the current
  // commune it went to, the unknown code.
  const RunResult r = run_lumiere(
      {"import", "indicators", xls, "--project", project, "--usage", "actes", "--vintage", "2024"});
  ASSERT_EQ(r.status, 0) << r.err << r.out;
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(std::regex_search(r.out, std::regex(R"((row|line) 3\b)"))) << r.out;
  EXPECT_TRUE(contains(r.out, "1039")) << r.out;
  EXPECT_TRUE(contains(r.out, "01138")) << r.out;  // Béon's current commune, Culoz-Béon
  EXPECT_TRUE(contains(r.out, "1120")) << r.out;
  EXPECT_TRUE(contains(r.out, "01262")) << r.out;                   // Cordieux's, Montluel
  EXPECT_TRUE(contains(r.out, "1999")) << r.out;                    // unknown to the COG
  EXPECT_TRUE(contains(r.out, "Télétransmission Actes")) << r.out;  // the usage's column

  // The same in French says the header row too.
  const RunResult fr =
      run_lumiere({"import", "indicators", xls, "--project", copy_of_demo("fr.gpkg"), "--usage",
                   "actes", "--vintage", "2024"},
                  kFrench);
  ASSERT_EQ(fr.status, 0) << fr.err;
  EXPECT_TRUE(std::regex_search(fr.out, std::regex(R"(ligne 3\b)"))) << fr.out;

  // The counts as JSON.
  const std::string other = copy_of_demo("json.gpkg");
  const RunResult j = run_lumiere({"import", "indicators", "--project", other, "--usage", "actes",
                                   "--vintage", "2025", xls, "--json"});
  ASSERT_EQ(j.status, 0) << j.err;
  const nlohmann::json report = nlohmann::json::parse(j.out);
  EXPECT_EQ(report["rows"], 21);
  EXPECT_EQ(report["matched"], 20);
  EXPECT_EQ(report["harmonised"], 2);
  EXPECT_EQ(report["unmatched"], 1);
  EXPECT_EQ(report["duplicates"], 0);
  EXPECT_EQ(report["invalid_values"], 0);
  EXPECT_EQ(report["unmatched_rows"], nlohmann::json::parse(R"([{"line": 24, "code": "1999"}])"));

  // Stored: the 19 communes of the table in 2025 (1039 counted in 01138, 1120 in 01262), 13 of
  // them having adopted the télétransmission.
  const auto [observed, adopted] = observed_adopted(other, "actes", "2025");
  EXPECT_EQ(observed, 19);
  EXPECT_EQ(adopted, 13);
}

TEST_F(ImportExportsCliTest, StructuresXlsWithTitleRowsImportsWithNoOption) {
  const std::string project = copy_of_demo("structures.gpkg");
  const RunResult r = run_lumiere({"import", "structures", "--project", project,
                                   kTables + "/adhesions-structures-ain.xls", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["rows"], 12);
  EXPECT_EQ(report["matched"], 11);
  EXPECT_EQ(report["harmonised"], 2);
  EXPECT_EQ(report["unmatched_rows"], nlohmann::json::parse(R"([{"line": 9, "code": "1999"}])"));
}

}  // namespace
