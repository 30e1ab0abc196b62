// End-to-end tests of `lumiere demo`, `lumiere stats` and `lumiere import`: the
// executable run as a user would on the sample data. The demo project is built once per
// executable and sample data (demo_project, cli_runner.h) and copied by the tests that change it;
// project files are compared through SQLite, table by table, row by row. The runs speak English
// (LANG=C.UTF-8) unless a test asks for French (kFrench).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <QImage>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "cli_runner.h"
#include "core/project/file_lock.h"

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

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Every table of a SQLite file (a GeoPackage), each as its rows in storage order, each row as
// its cells in text (blobs in hex). ISO timestamps (gpkg_contents.last_change, the project's
// created and saved dates) are masked: two saves of one project differ only there.
using Tables = std::map<std::string, std::vector<std::vector<std::string>>>;
Tables dump_tables(const std::string& path) {
  Tables tables;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    ADD_FAILURE() << "cannot open " << path;
    return tables;
  }
  std::vector<std::string> names;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1,
                     &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  }
  sqlite3_finalize(st);
  const std::regex timestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?)");
  for (const std::string& name : names) {
    auto& rows = tables[name];
    const std::string sql = "SELECT * FROM \"" + name + "\"";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      rows.push_back({std::string("cannot read: ") + sqlite3_errmsg(db)});
      continue;
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(st); ++c) {
        if (sqlite3_column_type(st, c) == SQLITE_BLOB) {
          const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(st, c));
          static const char* hex = "0123456789abcdef";
          std::string out;
          for (int i = 0; i < sqlite3_column_bytes(st, c); ++i) {
            out += hex[bytes[i] >> 4];
            out += hex[bytes[i] & 15];
          }
          row.push_back(out);
        } else if (const unsigned char* text = sqlite3_column_text(st, c)) {
          row.push_back(
              std::regex_replace(reinterpret_cast<const char*>(text), timestamp, "<timestamp>"));
        } else {
          row.push_back("<null>");
        }
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return tables;
}

class ModelCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    set_test_language(kEnglish);
    dir_ = new TempDir;
    demo_ = dir_->file("demo.gpkg");
    // Built in French (demo_project): its lines are checked in French (DemoPrintsOneLine…).
    demo_run_ = new RunResult(demo_project(demo_));
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
  // A copy of the demo project that a test may change.
  std::string copy_of_demo(const std::string& name) const {
    const std::string path = own_.file(name);
    fs::copy_file(demo_, path);
    return path;
  }
  static nlohmann::json stats_json(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"stats", "--project", demo_, "--json"};
    all.insert(all.end(), args.begin(), args.end());
    const RunResult r = run_lumiere(all);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
  }

  static TempDir* dir_;
  static std::string demo_;
  static RunResult* demo_run_;
  TempDir own_;
};
TempDir* ModelCliTest::dir_ = nullptr;
std::string ModelCliTest::demo_;
RunResult* ModelCliTest::demo_run_ = nullptr;

TEST_F(ModelCliTest, DemoPrintsOneLineSayingItIsSyntheticAndOneOnTheMergers) {
  EXPECT_EQ(line_count(demo_run_->out), 2u) << demo_run_->out;
  EXPECT_NE(demo_run_->out.find("493 anciennes communes"), std::string::npos) << demo_run_->out;
  EXPECT_NE(demo_run_->out.find("synthétiques, graine 42"), std::string::npos) << demo_run_->out;
  // Communes as INSEE counts them, the entities of the COM apart.
  EXPECT_NE(demo_run_->out.find("34\u202f875 communes de métropole et des DROM (et 94 entités des "
                                "collectivités d'outre-mer)"),
            std::string::npos)
      << demo_run_->out;
  EXPECT_EQ(demo_run_->err, "");
}

TEST_F(ModelCliTest, TheSameDemoTwiceHasTheSameTables) {
  const std::string again = own_.file("again.gpkg");
  const RunResult r = run_lumiere({"demo", "--out", again, "--seed", "42"});
  ASSERT_EQ(r.status, 0) << r.err;
  const Tables a = dump_tables(demo_), b = dump_tables(again);
  ASSERT_FALSE(a.empty());
  std::vector<std::string> names_a, names_b;
  for (const auto& [name, rows] : a) names_a.push_back(name);
  for (const auto& [name, rows] : b) names_b.push_back(name);
  EXPECT_EQ(names_a, names_b);
  std::size_t rows = 0;
  for (const auto& [name, rows_a] : a) {
    const auto it = b.find(name);
    if (it == b.end()) continue;
    EXPECT_EQ(rows_a.size(), it->second.size()) << name;
    EXPECT_TRUE(rows_a == it->second) << "table " << name << " differs";
    rows += rows_a.size();
  }
  EXPECT_GT(rows, 300000u);  // 279,752 indicator values alone

  // Another seed: other structures and values.
  const std::string other = own_.file("other.gpkg");
  ASSERT_EQ(run_lumiere({"demo", "--out", other, "--seed", "43"}).status, 0);
  EXPECT_FALSE(dump_tables(other) == a);
}

TEST_F(ModelCliTest, StatsJsonByStratum) {
  const nlohmann::json j = stats_json({"--usage", "actes"});
  ASSERT_TRUE(j.is_object());
  EXPECT_EQ(j["usage"], "actes");
  EXPECT_EQ(j["vintage"], 2024);
  EXPECT_EQ(j["by"], "strate");
  ASSERT_EQ(j["groups"].size(), 15u);  // the legal DGF strata
  std::size_t communes = 0;
  for (const auto& g : j["groups"]) {
    for (const char* k : {"key", "label", "communes", "population", "covered_communes",
                          "adopted_communes", "adoption_rate", "adoption_rate_population"}) {
      EXPECT_TRUE(g.contains(k)) << k;
    }
    communes += g["communes"].get<std::size_t>();
    EXPECT_GE(g["adoption_rate"].get<double>(), 0.0);
    EXPECT_LE(g["adoption_rate"].get<double>(), 1.0);
    EXPECT_LE(g["adopted_communes"].get<double>(), g["communes"].get<double>());
  }
  EXPECT_EQ(communes, 34875u);  // metropolitan France and the DROM
  EXPECT_EQ(j["groups"][0]["label"], "< 500");
  const auto& f = j["fracture"];
  for (const char* k : {"lowest_stratum_rate", "highest_stratum_rate", "strata_gap", "strata_ratio",
                        "covered_rate", "uncovered_rate", "covered_minus_uncovered"}) {
    ASSERT_TRUE(f.contains(k) && f[k].is_number()) << k;
  }
  EXPECT_LT(f["lowest_stratum_rate"].get<double>() + 0.2, f["highest_stratum_rate"].get<double>());
  EXPECT_GT(f["covered_minus_uncovered"].get<double>(), 0.0);
}

TEST_F(ModelCliTest, StatsByEveryGrouping) {
  for (const char* by : {"departement", "region", "epci", "structure", "densite"}) {
    const nlohmann::json j = stats_json({"--usage", "sig", "--by", by, "--vintage", "2024"});
    ASSERT_TRUE(j.is_object()) << by;
    EXPECT_EQ(j["by"], by);
    std::size_t communes = 0;
    for (const auto& g : j["groups"]) communes += g["communes"].get<std::size_t>();
    if (std::string(by) == "structure") {
      EXPECT_GE(communes, 34875u);  // structures overlap
      const auto white = std::find_if(j["groups"].begin(), j["groups"].end(),
                                      [](const auto& g) { return g["key"] == ""; });
      ASSERT_NE(white, j["groups"].end());
      EXPECT_EQ((*white)["label"], "Aucune structure");
    } else {
      EXPECT_EQ(communes, 34875u) << by;
    }
  }
  // Density classes from INSEE's grid when given (a level column beside the codes; the codes
  // as a spreadsheet leaves them), the other communes of unknown density.
  const std::string grid = own_.file("grille.csv");
  write_file(grid,
             "CODGEO;LIBGEO;DENS\n17300;La Rochelle;1\n17306;Rochefort;2\n1001;L'Abergement;4\n");
  const nlohmann::json by_grid =
      stats_json({"--usage", "actes", "--by", "densite", "--density-grid", grid});
  ASSERT_EQ(by_grid["groups"].size(), 4u) << by_grid.dump();
  EXPECT_EQ(by_grid["groups"][0]["label"], "Densément peuplée");
  EXPECT_EQ(by_grid["groups"][0]["communes"], 1);
  EXPECT_EQ(by_grid["groups"][2]["label"], "Très peu dense");
  EXPECT_EQ(by_grid["groups"][3]["label"], "Densité inconnue");
  EXPECT_EQ(by_grid["groups"][3]["communes"], 34875 - 3);
  const RunResult no_levels = run_lumiere({"stats", "--project", demo_, "--usage", "actes", "--by",
                                           "densite", "--density-grid", own_.file("absent.csv")});
  EXPECT_EQ(no_levels.status, 1);
  EXPECT_EQ(line_count(no_levels.err), 1u) << no_levels.err;

  // The readable table: a header, the strata and the fracture (in French).
  const RunResult text = run_lumiere({"stats", "--project", demo_, "--usage", "actes"}, kFrench);
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("millésime 2024, par strate"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("200\u202f000 et plus"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Fracture"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("\u202f%"), std::string::npos) << text.out;
}

// The table of stats in the user's language: English headings and "55.3%" under an English (or
// C) locale, French ones and "55,3 %" under a French one; --lang overrides the locale. The JSON
// is the same in both.
TEST_F(ModelCliTest, StatsSpeaksTheUsersLanguage) {
  const std::vector<std::string> args = {"stats", "--project", demo_, "--usage", "actes"};
  const RunResult en = run_lumiere(args, kEnglish);
  ASSERT_EQ(en.status, 0) << en.err;
  EXPECT_EQ(en.err, "");
  for (const char* words :
       {"vintage 2024, by stratum", "Group ", "Communes", "Population", "Covered", "Observed",
        "Adopting", "Rate", "Pop. rate", "Fracture between the smallest", "Inequality between"}) {
    EXPECT_NE(en.out.find(words), std::string::npos) << words << "\n" << en.out;
  }
  EXPECT_TRUE(std::regex_search(en.out, std::regex("[0-9]\\.[0-9]%"))) << en.out;
  EXPECT_TRUE(std::regex_search(en.out, std::regex("[0-9],[0-9]{3}"))) << en.out;
  EXPECT_EQ(en.out.find("\u202f"), std::string::npos) << en.out;
  EXPECT_EQ(en.out.find("millésime"), std::string::npos) << en.out;

  const RunResult fr = run_lumiere(args, kFrench);
  ASSERT_EQ(fr.status, 0) << fr.err;
  EXPECT_EQ(fr.err, "");
  for (const char* words :
       {"millésime 2024, par strate", "Groupe ", "Communes", "Population", "Couvertes", "Observées",
        "Adoptantes", "Taux", "Taux pop.", "Fracture entre la plus petite", "Inégalité entre"}) {
    EXPECT_NE(fr.out.find(words), std::string::npos) << words << "\n" << fr.out;
  }
  EXPECT_TRUE(std::regex_search(fr.out, std::regex("[0-9],[0-9]\u202f%"))) << fr.out;
  EXPECT_TRUE(std::regex_search(fr.out, std::regex("[0-9]\u202f[0-9]{3}"))) << fr.out;
  EXPECT_EQ(fr.out.find("vintage"), std::string::npos) << fr.out;
  // Both tables have the same lines: one per stratum, the heading and the fracture.
  EXPECT_EQ(line_count(en.out), line_count(fr.out));

  // --lang en on a French system, --lang fr on an English one.
  std::vector<std::string> forced = {"--lang", "en"};
  forced.insert(forced.end(), args.begin(), args.end());
  EXPECT_EQ(run_lumiere(forced, kFrench).out, en.out);
  forced = {"--lang=fr"};
  forced.insert(forced.end(), args.begin(), args.end());
  EXPECT_EQ(run_lumiere(forced, kEnglish).out, fr.out);

  // A misuse, in each language, with its help pointed to.
  std::vector<std::string> bad = args;
  bad.insert(bad.end(), {"--by", "canton"});
  const RunResult bad_en = run_lumiere(bad, kEnglish);
  EXPECT_EQ(bad_en.status, 2);
  EXPECT_NE(bad_en.err.find("--by takes strate"), std::string::npos) << bad_en.err;
  EXPECT_NE(bad_en.err.find("\"canton\""), std::string::npos) << bad_en.err;
  EXPECT_NE(bad_en.err.find("lumiere stats --help"), std::string::npos) << bad_en.err;
  const RunResult bad_fr = run_lumiere(bad, kFrench);
  EXPECT_EQ(bad_fr.status, 2);
  EXPECT_NE(bad_fr.err.find("--by attend strate"), std::string::npos) << bad_fr.err;
  EXPECT_NE(bad_fr.err.find("« canton »"), std::string::npos) << bad_fr.err;
  EXPECT_EQ(line_count(bad_fr.err), 1u) << bad_fr.err;

  // The JSON is data: the same whatever the language.
  std::vector<std::string> json = args;
  json.push_back("--json");
  EXPECT_EQ(run_lumiere(json, kFrench).out, run_lumiere(json, kEnglish).out);
}

TEST_F(ModelCliTest, ImportIndicatorsReportsAndSaves) {
  const std::string project = copy_of_demo("import.gpkg");
  const std::string csv = own_.file("adoption.csv");
  // 17189 is delegated in 17219; 1001 lost its leading zero; 99999 is no commune; 17004 twice.
  write_file(csv,
             "code;adhesion;nom\n"
             "17300;oui;La Rochelle\n"
             "1001;non;L'Abergement-Clémenciat\n"
             "17189;oui;Hiers-Brouage\n"
             "99999;oui;Inconnue\n"
             "17004;non;Ardillières\n"
             "17004;oui;Ardillières\n");
  const RunResult r = run_lumiere({"import", "indicators", "--project", project, "--usage", "actes",
                                   "--vintage", "2025", csv, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json expected = {
      {"rows", 6},
      {"matched", 5},
      {"harmonised", 1},
      {"unmatched", 1},
      {"duplicates", 1},
      {"invalid_values", 0},
      {"unmatched_rows", {{{"line", 5}, {"code", "99999"}}}},
      {"duplicate_rows", {{{"line", 7}, {"code", "17004"}}}},  // line 6 kept
      {"invalid_rows", nlohmann::json::array()}};
  EXPECT_EQ(nlohmann::json::parse(r.out), expected) << r.out;

  // Reopened: the four communes have their values of 2025, and only they.
  const nlohmann::json j = [&] {
    const RunResult s = run_lumiere(
        {"stats", "--project", project, "--usage", "actes", "--vintage", "2025", "--json"});
    EXPECT_EQ(s.status, 0) << s.err;
    return nlohmann::json::parse(s.out);
  }();
  std::size_t observed = 0;
  double adopted = 0;
  for (const auto& g : j["groups"]) {
    observed += g["observed_communes"].get<std::size_t>();
    adopted += g["adopted_communes"].get<double>();
  }
  EXPECT_EQ(observed, 4u);  // 17300, 01001, 17219, 17004
  EXPECT_EQ(adopted, 2.0);  // 17300 and 17219; 17004 keeps its first row (non)
  // The demo's own vintage is untouched.
  EXPECT_EQ(stats_json({"--usage", "actes"})["groups"], [&] {
    const RunResult s = run_lumiere(
        {"stats", "--project", project, "--usage", "actes", "--vintage", "2024", "--json"});
    return nlohmann::json::parse(s.out)["groups"];
  }());

  // The readable report names the lines, in the user's language.
  const RunResult text = run_lumiere(
      {"import", "indicators", "--project", project, "--usage", "sig", "--vintage", "2025", csv},
      kFrench);
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("ligne 5 : code « 99999 » inconnu du COG"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("lignes lues : 6 ; rapprochées d'une commune : 5"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("colonne « adhesion » (oui/non)"), std::string::npos) << text.out;
  const RunResult english = run_lumiere(
      {"import", "indicators", "--project", project, "--usage", "sig", "--vintage", "2025", csv});
  ASSERT_EQ(english.status, 0) << english.err;
  EXPECT_NE(english.out.find("line 5: code \"99999\" is not in the COG"), std::string::npos)
      << english.out;
  EXPECT_NE(english.out.find("rows read: 6; matched to a commune: 5"), std::string::npos)
      << english.out;
  EXPECT_NE(english.out.find("column \"adhesion\" (yes/no)"), std::string::npos) << english.out;
}

TEST_F(ModelCliTest, ImportStructuresReportsAndSaves) {
  const std::string project = copy_of_demo("structures.gpkg");
  const std::string csv = own_.file("structures.csv");
  write_file(csv,
             "id;structure;type;membre;usages;adhesion\n"
             "sm17;SM Numérique 17;Syndicat mixte;17300;actes|sig;2020-01-01\n"
             "sm17;SM Numérique 17;Syndicat mixte;99999;actes;2020-01-01\n");
  const RunResult r = run_lumiere({"import", "structures", "--project", project, csv, "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["rows"], 2);
  EXPECT_EQ(report["matched"], 1);
  EXPECT_EQ(report["unmatched_rows"], nlohmann::json::parse(R"([{"line": 3, "code": "99999"}])"));
  // Reopened: the new structure is a group of its own.
  const RunResult s =
      run_lumiere({"stats", "--project", project, "--usage", "sig", "--by", "structure", "--json"});
  ASSERT_EQ(s.status, 0) << s.err;
  const nlohmann::json j = nlohmann::json::parse(s.out);
  const auto sm = std::find_if(j["groups"].begin(), j["groups"].end(),
                               [](const auto& g) { return g["key"] == "sm17"; });
  ASSERT_NE(sm, j["groups"].end());
  EXPECT_EQ((*sm)["communes"], 1);
  EXPECT_EQ((*sm)["label"], "SM Numérique 17");
}

TEST_F(ModelCliTest, BadInputsChangeNothing) {
  const std::string project = copy_of_demo("bad.gpkg");
  const std::string before = read_bytes(project);
  const std::string csv = own_.file("ok.csv");
  write_file(csv, "code;adhesion\n17300;oui\n");
  const std::string no_code = own_.file("no_code.csv");
  write_file(no_code, "commune_name;adhesion\nLa Rochelle;oui\n");
  const std::string missing = own_.file("absent.gpkg");
  struct Case {
    std::vector<std::string> args;
    const char* says;
  };
  const std::vector<Case> cases = {
      {{"import", "indicators", "--project", missing, "--usage", "actes", "--vintage", "2024", csv},
       "absent.gpkg"},
      {{"import", "indicators", "--project", project, "--usage", "nope", "--vintage", "2024", csv},
       "nope"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "20x4", csv},
       "--vintage"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "1800", csv},
       "--vintage"},
      {{"import", "indicators", "--project", project, "--usage", "actes", csv}, "--vintage"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024",
        own_.file("unreadable.csv")},
       "unreadable.csv"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024",
        no_code},
       "--code-column"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024", csv,
        "--value-column", "absent"},
       "absent"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024", csv,
        "--header-row", "0"},
       "--header-row"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024", csv,
        "--header-row", "9"},
       "has no row 9 (its last row is 2)"},
      {{"import", "structures", "--project", project, csv, "--header-row", "trois"},
       "--header-row"},
      {{"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2024", csv,
        "--sheet", ""},
       "--sheet"},
      {{"import", "things", "--project", project, csv}, "things"},
      {{"stats", "--project", missing, "--usage", "actes"}, "absent.gpkg"},
      {{"stats", "--project", project, "--usage", "nope"}, "nope"},
      {{"stats", "--project", project, "--usage", "actes", "--by", "canton"}, "canton"},
      {{"stats", "--project", project, "--usage", "actes", "--vintage", "2030"}, "2030"},
      {{"demo"}, "--out"},
      {{"demo", "--out", own_.file("x.gpkg"), "--data", own_.file("nowhere")}, "fetch-data"},
  };
  for (const Case& c : cases) {
    const RunResult r = run_lumiere(c.args);
    std::string line;
    for (const auto& a : c.args) line += a + " ";
    EXPECT_NE(r.status, 0) << line;
    EXPECT_EQ(line_count(r.err), 1u) << line << "\n" << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << line << "\n" << r.err;
  }
  EXPECT_TRUE(read_bytes(project) == before) << "a failed command changed the project";
  EXPECT_FALSE(fs::exists(missing));
  EXPECT_FALSE(fs::exists(own_.file("x.gpkg")));
  // Nothing left beside the project (no temporary file of a save).
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(own_.path)) ++files;
  EXPECT_EQ(files, 3u);  // bad.gpkg, ok.csv, no_code.csv
}

// Another Lumière editing the project holds its lock (core/project/file_lock.h: an OFD lock on
// the project file, an info file naming its user, host and start); held here the same way, the
// imports refuse with one line naming the holder and write nothing; released, they import.
TEST_F(ModelCliTest, ImportIntoALockedProjectChangesNothing) {
  const std::string project = copy_of_demo("verrou.gpkg");
  const std::string before = read_bytes(project);
  const std::string csv = own_.file("ok.csv");
  write_file(csv, "code;adhesion\n17300;oui\n");
  const std::string structures = own_.file("structures.csv");
  write_file(structures, "id;structure;type;membre\nsm17;SM 17;Syndicat mixte;17300\n");
  auto lock = std::make_optional(lumiere::core::FileLock::acquire(project));
  ASSERT_TRUE(lock->ok());
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  const std::vector<std::vector<std::string>> imports = {
      {"import", "indicators", "--project", project, "--usage", "actes", "--vintage", "2025", csv,
       "--wait", "0"},
      {"import", "structures", "--project", project, structures, "--wait", "0"}};
  for (const auto& args : imports) {
    const RunResult r = run_lumiere(args);
    EXPECT_EQ(r.status, 1) << args[1] << ": " << r.out << r.err;
    const std::string start = "lumiere import " + args[1] + ": " + project + " is being edited by ";
    const std::string end = ", so nothing was imported; close it there and import again\n";
    EXPECT_EQ(r.err.substr(0, start.size()), start) << r.err;
    EXPECT_TRUE(r.err.ends_with(end)) << r.err;
    EXPECT_NE(r.err.find(std::string(" on ") + host + " since "), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
  EXPECT_TRUE(read_bytes(project) == before) << "an import wrote into a locked project";
  // stats only reads: it works on a locked project.
  EXPECT_EQ(run_lumiere({"stats", "--project", project, "--usage", "actes"}).status, 0);
  lock.reset();
  for (const auto& args : imports) {
    const RunResult r = run_lumiere(args);
    EXPECT_EQ(r.status, 0) << args[1] << ": " << r.err;
  }
  EXPECT_FALSE(read_bytes(project) == before);
  EXPECT_FALSE(fs::exists(lumiere::core::FileLock::lock_path_of(project)))
      << "the import left its lock information";
}

// How many pixels of the image have exactly this colour.
std::size_t pixels_of(const QImage& image, QRgb color) {
  std::size_t n = 0;
  for (int y = 0; y < image.height(); ++y) {
    const auto* row = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    for (int x = 0; x < image.width(); ++x) n += (row[x] & 0xffffff) == (color & 0xffffff);
  }
  return n;
}

// `lumiere render --project P --map NAME`: the maps every project has, drawn headless.
TEST_F(ModelCliTest, RenderDrawsTheMapsOfTheProject) {
  const std::string png = own_.file("couverture.png");
  RunResult r = run_lumiere({"render", "--project", demo_, "--out", png, "--size", "960x540"});
  ASSERT_EQ(r.status, 0) << r.err;
  QImage coverage(QString::fromStdString(png));
  ASSERT_FALSE(coverage.isNull());
  coverage = coverage.convertToFormat(QImage::Format_RGB32);
  // The default map is the coverage of Actes: white zones (orange) and communes covered by one
  // structure (light blue) both fill a good part of France.
  const std::size_t white = pixels_of(coverage, qRgb(0xfd, 0xae, 0x6b));
  const std::size_t one = pixels_of(coverage, qRgb(0xc6, 0xdb, 0xef));
  EXPECT_GT(white, 5000u);
  EXPECT_GT(one, 5000u);

  const std::string adoption_png = own_.file("adoption.png");
  r = run_lumiere({"render", "--project", demo_, "--map", "adoption-actes", "--out", adoption_png,
                   "--size", "960x540", "--extent", "17"});
  ASSERT_EQ(r.status, 0) << r.err;
  QImage adoption =
      QImage(QString::fromStdString(adoption_png)).convertToFormat(QImage::Format_RGB32);
  EXPECT_GT(pixels_of(adoption, qRgb(0x22, 0x5e, 0xa8)), 5000u);  // adopted
  EXPECT_GT(pixels_of(adoption, qRgb(0xfe, 0xe3, 0x91)), 1000u);  // not adopted
  EXPECT_EQ(pixels_of(adoption, qRgb(0xfd, 0xae, 0x6b)), 0u);     // no coverage colour here

  r = run_lumiere({"render", "--project", demo_, "--map", "inconnue", "--out", png});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(line_count(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find("no map \"inconnue\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("couverture-actes, adoption-actes"), std::string::npos) << r.err;
  r = run_lumiere({"render", "--map", "couverture-actes", "--out", png});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--map needs --project"), std::string::npos) << r.err;
}

// Issue 19 point 7: statistics that mean what they say. The figures are recomputed here from the
// COG's file (data/cog/communes.json) and from the JSON's groups, not copied from the output.
struct CogCommuneRow {
  std::string code, departement, zone;
  std::int64_t population = 0;
};
std::vector<CogCommuneRow> current_communes_of_the_cog() {
  std::ifstream file(kData + "/cog/communes.json");
  std::vector<CogCommuneRow> out;
  for (const auto& c : nlohmann::json::parse(file)) {
    if (c["type"] != "commune-actuelle") continue;
    out.push_back({c["code"], c["departement"], c["zone"], c.value("population", 0)});
  }
  return out;
}

bool contains(const std::string& text, const std::string& words) {
  return text.find(words) != std::string::npos;
}

// 34,875 communes by default (metropolitan France and the DROM, as INSEE counts), and one line
// that says so; the 94 of the overseas collectivities with --with-com.
TEST_F(ModelCliTest, StatsCountsTheCommunesInseeCounts) {
  std::size_t metro_drom = 0, com = 0;
  for (const auto& c : current_communes_of_the_cog()) (c.zone == "com" ? com : metro_drom) += 1;
  ASSERT_EQ(metro_drom, 34875u);
  for (const char* by : {"strate", "departement"}) {
    const nlohmann::json j = stats_json({"--usage", "actes", "--by", by});
    std::size_t communes = 0;
    for (const auto& g : j["groups"]) communes += g["communes"].get<std::size_t>();
    EXPECT_EQ(communes, metro_drom) << by;
    EXPECT_EQ(j["communes"], metro_drom);
    EXPECT_EQ(j["territory"], "metropole_drom");
    const nlohmann::json all = stats_json({"--usage", "actes", "--by", by, "--with-com"});
    communes = 0;
    for (const auto& g : all["groups"]) communes += g["communes"].get<std::size_t>();
    EXPECT_EQ(communes, metro_drom + com) << by;
  }
  const std::vector<std::string> args = {"stats", "--project", demo_, "--usage", "actes"};
  const RunResult en = run_lumiere(args, "en_US.UTF-8");
  EXPECT_TRUE(contains(en.out, "Communes of metropolitan France and the DROM: 34,875 (the 94 "))
      << en.out;
  EXPECT_TRUE(contains(en.out, "--with-com adds them")) << en.out;
  const RunResult fr = run_lumiere(args, kFrench);
  EXPECT_TRUE(contains(fr.out,
                       "Communes de France métropolitaine et des DROM : 34\u202f875 (les "
                       "94 entités"))
      << fr.out;
  std::vector<std::string> with_com = args;
  with_com.push_back("--with-com");
  EXPECT_TRUE(contains(run_lumiere(with_com, kFrench).out,
                       "des DROM et des collectivités d'outre-mer : 34\u202f969"));
  EXPECT_TRUE(contains(run_lumiere(with_com, "en_US.UTF-8").out,
                       "the DROM and the overseas collectivities: 34,969"));
}

// The 15 legal strata of the DGF by default, named by their source; the compact scheme by name.
TEST_F(ModelCliTest, StatsNamesItsStrataBySource) {
  const std::vector<std::int64_t> legal = {0,     500,   1000,  2000,  3500,  5000,   7500,  10000,
                                           15000, 20000, 35000, 50000, 75000, 100000, 200000};
  std::vector<std::size_t> expected(legal.size(), 0);
  for (const auto& c : current_communes_of_the_cog()) {
    if (c.zone == "com") continue;
    std::size_t k = legal.size() - 1;
    while (c.population < legal[k]) --k;
    ++expected[k];
  }
  const nlohmann::json j = stats_json({"--usage", "actes"});
  EXPECT_EQ(j["strata"]["scheme"], "dgf");
  ASSERT_EQ(j["groups"].size(), legal.size());
  for (std::size_t k = 0; k < legal.size(); ++k) {
    EXPECT_EQ(j["groups"][k]["communes"], expected[k]) << legal[k];
  }
  const nlohmann::json compact = stats_json({"--usage", "actes", "--strata", "compact"});
  EXPECT_EQ(compact["strata"]["scheme"], "compact");
  EXPECT_EQ(compact["groups"].size(), 9u);
  EXPECT_EQ(compact["groups"][1]["communes"], expected[1] + expected[2]);  // 500–1 999
  const std::vector<std::string> args = {"stats", "--project", demo_, "--usage", "actes"};
  const RunResult en = run_lumiere(args, "en_US.UTF-8");
  EXPECT_TRUE(contains(en.out,
                       "Strata: the 15 legal strata of the DGF (article L.2334-3 of the "
                       "CGCT)"))
      << en.out;
  EXPECT_TRUE(contains(en.out, "\n500–999 ") && contains(en.out, "\n1,000–1,999 ")) << en.out;
  EXPECT_FALSE(contains(en.out, "DGCL")) << en.out;
  const RunResult fr = run_lumiere(args, kFrench);
  EXPECT_TRUE(contains(fr.out,
                       "Strates : les 15 strates légales de la DGF (article L.2334-3 du "
                       "CGCT)"))
      << fr.out;
  EXPECT_TRUE(contains(fr.out, "\n1\u202f000–1\u202f999 ")) << fr.out;
  std::vector<std::string> with_compact = args;
  with_compact.insert(with_compact.end(), {"--strata", "compact"});
  EXPECT_TRUE(contains(run_lumiere(with_compact, "en_US.UTF-8").out,
                       "Strata: Lumière's compact scheme (9 strata, no official source)"));
  EXPECT_TRUE(contains(run_lumiere(with_compact, kFrench).out,
                       "Strates : le découpage compact de Lumière (9 strates"));
  with_compact.back() = "dgcl";
  const RunResult bad = run_lumiere(with_compact, kFrench);
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(contains(bad.err, "--strata attend dgf ou compact, et non « dgcl »")) << bad.err;
}

// The weighted Gini of the groups' rates, ΣiΣj wi·wj·|ri − rj| / (2·W²·μ), from the JSON groups
// of at least `minimum` observed communes (with a key: a territory).
double gini_of_groups(const nlohmann::json& groups, std::size_t minimum) {
  std::vector<double> r, w;
  for (const auto& g : groups) {
    if (g["key"] == "" || g["observed_communes"].get<std::size_t>() < minimum) continue;
    r.push_back(g["adoption_rate_population"].get<double>());
    w.push_back(g["observed_population"].get<double>());
  }
  double total = 0, mass = 0, pairs = 0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    total += w[i];
    mass += w[i] * r[i];
    for (std::size_t k = 0; k < r.size(); ++k) pairs += w[i] * w[k] * std::abs(r[i] - r[k]);
  }
  return pairs / (2 * total * mass);
}

// Inequality between territories' rates, named, instead of the per-commune Gini of a yes/no
// value; groups under 30 observed communes are said, and never the highest nor the lowest.
TEST_F(ModelCliTest, StatsMeasuresInequalityBetweenTerritories) {
  for (const char* by : {"departement", "strate", "epci"}) {
    const nlohmann::json j = stats_json({"--usage", "actes", "--by", by});
    EXPECT_FALSE(j["fracture"].contains("gini")) << by;
    const auto& q = j["inequality"];
    EXPECT_EQ(q["between"], by);
    EXPECT_NEAR(q["gini"].get<double>(), gini_of_groups(j["groups"], 30), 1e-9) << by;
    std::size_t under = 0;
    for (const auto& g : j["groups"]) {
      const bool below = g["observed_communes"].get<std::size_t>() < 30;
      EXPECT_EQ(g["below_minimum"], below) << g["key"];
      under += below && g["key"] != "";
      EXPECT_NE(q["lowest"], below ? g["key"] : nlohmann::json()) << g["key"];
      EXPECT_NE(q["highest"], below ? g["key"] : nlohmann::json()) << g["key"];
    }
    EXPECT_EQ(q["below_minimum"].size(), under) << by;
  }
  // The strata of the fracture: the largest with 30 observed communes or more.
  const nlohmann::json j = stats_json({"--usage", "actes"});
  std::string largest;
  for (const auto& g : j["groups"]) {
    if (g["observed_communes"].get<std::size_t>() >= 30) largest = g["label"];
  }
  EXPECT_EQ(j["fracture"]["highest_stratum"], largest);
  EXPECT_EQ(j["groups"].back()["below_minimum"], true);  // 200 000 and more: 11 communes
  EXPECT_EQ(j["population_vintage"], 2023);
  const std::vector<std::string> args = {"stats", "--project", demo_,        "--usage",
                                         "actes", "--by",      "departement"};
  const RunResult en = run_lumiere(args, "en_US.UTF-8");
  for (const char* words :
       {"Inequality between départements (rates by population", "population-weighted Gini",
        "coefficient of variation", "interdecile gap", "Obs. pop.", "\n75 Paris *",
        "* fewer than 30 observed communes", "Vintages: population 2023", "indicator 2024"}) {
    EXPECT_TRUE(contains(en.out, words)) << words << "\n" << en.out;
  }
  const RunResult fr = run_lumiere(args, kFrench);
  for (const char* words :
       {"Inégalité entre départements (taux par population", "Gini des taux pondéré",
        "coefficient de variation", "écart interdécile", "Pop. obs.", "\n75 Paris *",
        "* moins de 30 communes observées", "Millésimes : population 2023", "indicateur 2024"}) {
    EXPECT_TRUE(contains(fr.out, words)) << words << "\n" << fr.out;
  }
}

// --by structure: ids and whole names, and a line saying that structures overlap.
TEST_F(ModelCliTest, StatsByStructureShowsIdsAndWholeNames) {
  const nlohmann::json j = stats_json({"--usage", "actes", "--by", "structure"});
  std::size_t rows = 0;
  for (const auto& g : j["groups"]) rows += g["communes"].get<std::size_t>();
  EXPECT_GT(rows, j["communes"].get<std::size_t>());
  const std::vector<std::string> args = {"stats", "--project", demo_,      "--usage",
                                         "actes", "--by",      "structure"};
  const RunResult en = run_lumiere(args, "en_US.UTF-8");
  const RunResult fr = run_lumiere(args, kFrench);
  std::size_t long_names = 0;
  for (const auto& g : j["groups"]) {
    if (g["key"] == "") continue;
    const std::string label = g["label"];
    long_names += label.size() > 45;
    // The id first on its line, the whole name at its end.
    EXPECT_TRUE(std::regex_search(
        en.out,
        std::regex("\n" + g["key"].get<std::string>() + " [^\n]*  " +
                   std::regex_replace(label, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                   "\n")))
        << label;
  }
  EXPECT_GT(long_names, 0u);
  EXPECT_FALSE(contains(en.out, "…"));
  EXPECT_TRUE(contains(en.out,
                       "Structures overlap: a commune covered by several structures "
                       "counts in the row of each, so the rows add up to more than the "
                       "34,875 communes."))
      << en.out;
  EXPECT_TRUE(contains(fr.out,
                       "Les structures se chevauchent : une commune couverte par "
                       "plusieurs structures compte dans la ligne de chacune"))
      << fr.out;
  EXPECT_TRUE(contains(en.out, "No structure") && contains(fr.out, "Aucune structure"));
}

// LANG=C.UTF-8 (and C, POSIX) is English, as for every command: no French word or number.
TEST_F(ModelCliTest, StatsUnderTheCLocaleIsEnglish) {
  for (const char* by : {"strate", "epci", "structure", "densite"}) {
    const std::vector<std::string> args = {"stats", "--project", demo_, "--usage",
                                           "actes", "--by",      by};
    const RunResult english = run_lumiere(args, "en_US.UTF-8");
    ASSERT_EQ(english.status, 0) << english.err;
    for (const char* lang : {"C.UTF-8", "C", "POSIX"}) {
      const RunResult c = run_lumiere(args, std::string(lang));
      EXPECT_EQ(c.out, english.out) << lang << " " << by;
      for (const char* french : {"\u202f", "millésime", "Aucune", "Sans EPCI", "et plus",
                                 "hab./km²", "Densité inconnue", "Communes de"}) {
        EXPECT_FALSE(contains(c.out, french)) << lang << " " << by << ": " << french;
      }
    }
    EXPECT_TRUE(contains(run_lumiere(args, kFrench).out, "millésime 2024")) << by;
  }
}

}  // namespace
