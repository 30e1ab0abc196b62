// The command line as a whole: the language of what lumiere prints (chosen from LANG and its
// kin, or --lang), unknown commands and options, missing files, and Qt's own options, each run
// as a user would type it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;

using lumiere::test::kData;
using lumiere::test::kLumiere;
using lumiere::test::run_lumiere;
using lumiere::test::RunResult;

// Sets the language variables the child inherits (each test runs in its own process).
void set_language(const char* lang) {
  unsetenv("LANGUAGE");
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  if (lang)
    setenv("LANG", lang, 1);
  else
    unsetenv("LANG");
}

class CommandLineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lumiere_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    not_a_map_ = (dir_ / "not_a_map.geojson").string();
    std::ofstream(not_a_map_) << "Ceci n'est pas une carte.\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string not_a_map_;
};

TEST_F(CommandLineTest, InfoOfNotAMapSpeaksFrenchOnAFrenchSystemAndEnglishOtherwise) {
  set_language("fr_FR.UTF-8");
  const RunResult fr = run_lumiere({"info", not_a_map_});
  set_language("C.UTF-8");
  const RunResult en = run_lumiere({"info", not_a_map_});
  EXPECT_EQ(fr.status, 1) << fr.err;
  EXPECT_EQ(en.status, 1) << en.err;
  EXPECT_TRUE(en.err.starts_with("lumiere info: " + not_a_map_ +
                                 ": not a map layer GDAL can read; give a GeoJSON"))
      << en.err;
  EXPECT_EQ(std::count(en.err.begin(), en.err.end(), '\n'), 1) << en.err;
  EXPECT_NE(fr.err.find("lumiere info : " + not_a_map_), std::string::npos) << fr.err;
  EXPECT_NE(fr.err.find("couche"), std::string::npos) << fr.err;
  EXPECT_EQ(std::count(fr.err.begin(), fr.err.end(), '\n'), 1) << fr.err;
  EXPECT_TRUE(fr.out.empty() && en.out.empty());
}

TEST_F(CommandLineTest, LangForcesTheLanguageWhateverTheSystem) {
  set_language("fr_FR.UTF-8");
  const RunResult en = run_lumiere({"--lang", "en", "info", not_a_map_});
  EXPECT_EQ(en.status, 1);
  EXPECT_NE(en.err.find("not a map layer"), std::string::npos) << en.err;
  set_language("C.UTF-8");
  const RunResult fr = run_lumiere({"info", not_a_map_, "--lang=fr"});
  EXPECT_EQ(fr.status, 1);
  EXPECT_NE(fr.err.find("couche"), std::string::npos) << fr.err;
  const RunResult bad = run_lumiere({"--lang", "de", "info", not_a_map_});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--lang"), std::string::npos) << bad.err;
}

TEST_F(CommandLineTest, LanguageVariablesAreReadInGettextsOrder) {
  set_language("C.UTF-8");
  setenv("LC_ALL", "fr_FR.UTF-8", 1);  // LC_ALL wins over LANG, installed locale or not
  const RunResult fr = run_lumiere({"info", not_a_map_});
  EXPECT_NE(fr.err.find("couche"), std::string::npos) << fr.err;
  set_language("fr_FR.UTF-8");
  setenv("LANGUAGE", "en", 1);  // LANGUAGE wins when the locale is not C
  const RunResult en = run_lumiere({"info", not_a_map_});
  EXPECT_NE(en.err.find("not a map layer"), std::string::npos) << en.err;
}

TEST_F(CommandLineTest, UnknownCommandListsTheCommandsWithoutStartingTheWindow) {
  set_language("C.UTF-8");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"frobnicate"}, {"print", "--project", "x.gpkg"}}) {
    const RunResult r = run_lumiere(args);
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("unknown command '" + args[0] + "'"), std::string::npos) << r.err;
    for (const char* command : {"info", "render", "demo", "stats", "import"})
      EXPECT_NE(r.err.find(command), std::string::npos) << r.err;
    EXPECT_LT(r.seconds, 10.0);
  }
  set_language("fr_FR.UTF-8");
  const RunResult fr = run_lumiere({"frobnicate"});
  EXPECT_EQ(fr.status, 2);
  EXPECT_NE(fr.err.find("commande inconnue"), std::string::npos) << fr.err;
}

TEST_F(CommandLineTest, UnknownOptionsAreRefusedWithStatusTwo) {
  set_language("C.UTF-8");
  const RunResult window = run_lumiere({"--frob"});
  EXPECT_EQ(window.status, 2) << window.err;
  EXPECT_NE(window.err.find("unknown option '--frob'"), std::string::npos) << window.err;
  for (const char* command : {"info", "render", "demo", "stats"}) {
    const RunResult r = run_lumiere({command, "--frob"});
    EXPECT_EQ(r.status, 2) << command << ": " << r.err;
    EXPECT_NE(r.err.find("frob"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(std::string("lumiere ") + command + " --help"), std::string::npos)
        << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  const RunResult missing_value = run_lumiere({"info", "--cog"});
  EXPECT_EQ(missing_value.status, 2);
  EXPECT_NE(missing_value.err.find("--cog"), std::string::npos) << missing_value.err;
}

TEST_F(CommandLineTest, AMissingFileGivesOneLineAndStatusOne) {
  set_language("C.UTF-8");
  const std::string missing = (dir_ / "missing.gpkg").string();
  const RunResult r = run_lumiere({missing});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_EQ(r.err, "lumiere: " + missing + ": no such file; check the path\n");
  const RunResult relative = run_lumiere({"missing.gpkg"});
  EXPECT_EQ(relative.status, 1) << relative.err;
  set_language("fr_FR.UTF-8");
  const RunResult fr = run_lumiere({missing});
  EXPECT_EQ(fr.status, 1);
  EXPECT_NE(fr.err.find("fichier introuvable"), std::string::npos) << fr.err;
}

TEST_F(CommandLineTest, HelpListsTheCommandsAndEachCommandHasItsOwn) {
  set_language("C.UTF-8");
  const RunResult general = run_lumiere({"--help"});
  EXPECT_EQ(general.status, 0);
  for (const char* command : {"info", "render", "demo", "stats", "import"})
    EXPECT_NE(general.out.find(std::string("lumiere ") + command), std::string::npos);
  for (const char* command : {"info", "render", "demo", "stats"}) {
    const RunResult r = run_lumiere({command, "--help"});
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_TRUE(r.out.starts_with(std::string("usage: lumiere ") + command)) << r.out;
    EXPECT_NE(r.out.find("--help"), std::string::npos) << r.out;
  }
  set_language("fr_FR.UTF-8");
  const RunResult fr = run_lumiere({"info", "--help"});
  EXPECT_TRUE(fr.out.starts_with("usage : lumiere info")) << fr.out;
}

// Qt's options (-platform, -style) are the window's and pass through the checks: with them,
// the window starts (and runs until stopped), and the other checks still apply.
TEST_F(CommandLineTest, QtOptionsStillWork) {
  set_language("C.UTF-8");
  const std::string missing = (dir_ / "missing.gpkg").string();
  const RunResult r = run_lumiere({"-platform", "offscreen", "-style", "Fusion", missing});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("no such file"), std::string::npos) << r.err;
  const RunResult unknown = run_lumiere({"-platform", "offscreen", "frobnicate"});
  EXPECT_EQ(unknown.status, 2) << unknown.err;

  // The window on the départements, offscreen: still running after 6 s (timeout's status 124),
  // nothing on stderr about the options.
  const std::string layer = kData + "/boundaries/departements-version-simplifiee.geojson";
  const std::string err = (dir_ / "err.txt").string();
  const std::string command = "env -u QT_QPA_PLATFORM LUMIERE_DATA='" + kData + "' timeout 6 '" +
                              kLumiere + "' -platform offscreen '" + layer + "' 2>'" + err + "'";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 124);
  std::ifstream in(err);
  const std::string stderr_text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(stderr_text.find("unknown"), std::string::npos) << stderr_text;
}

}  // namespace
