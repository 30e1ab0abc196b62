// Issue 19 point 6, what the command line says: every option a message names exists (the `--…`
// words of the catalogue, core/messages/*.h, and of the strings of app/ against the options the
// commands declare, as their --help lists them), and `render --map ""` is refused in the user's
// language instead of drawing the default map.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace lumiere::test {
namespace {

namespace fs = std::filesystem;
const fs::path kSource = LUMIERE_SOURCE_DIR;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The string literals of a C++ file, adjacent ones joined ("a " "b" is "a b"); comments and
// character literals skipped.
std::vector<std::string> string_literals(const std::string& code) {
  std::vector<std::string> out;
  bool joinable = false;  // only blanks since the last literal
  for (std::size_t i = 0; i < code.size();) {
    const char c = code[i];
    if (code.compare(i, 2, "//") == 0) {
      i = code.find('\n', i);
      if (i == std::string::npos) break;
      continue;
    }
    if (code.compare(i, 2, "/*") == 0) {
      i = code.find("*/", i + 2);
      if (i == std::string::npos) break;
      i += 2;
      continue;
    }
    if (c == '"' || c == '\'') {
      std::string text;
      std::size_t j = i + 1;
      for (; j < code.size() && code[j] != c; ++j) {
        if (code[j] == '\\' && j + 1 < code.size()) ++j;
        text += code[j];
      }
      if (c == '"') {
        if (joinable && !out.empty())
          out.back() += text;
        else
          out.push_back(text);
        joinable = true;
      }
      i = j + 1;
      continue;
    }
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') joinable = false;
    ++i;
  }
  return out;
}

// The options named in `text`: "--header-row" in "give it with --header-row 3".
std::set<std::string> named_options(const std::string& text) {
  static const std::regex option("--([a-z](?:[a-z0-9-]*[a-z0-9])?)");
  std::set<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), option);
       it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  return out;
}

// The options a command declares, as its help lists them ("  --out FILE  ...").
std::set<std::string> declared_options(const std::vector<std::string>& command) {
  std::vector<std::string> args = command;
  args.push_back("--help");
  const RunResult r = run_lumiere(args, kEnglish);
  EXPECT_EQ(r.status, 0) << r.err;
  std::set<std::string> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("  --") && !line.starts_with("  -h, --")) continue;
    const auto names = named_options(line.substr(0, line.find("  ", 4)));
    out.insert(names.begin(), names.end());
  }
  EXPECT_FALSE(out.empty()) << r.out;
  return out;
}

// The commands, as the general help lists them ("       lumiere stats --project..."), each with
// the forms of its command line: "import" is both kinds of table.
std::map<std::string, std::vector<std::vector<std::string>>> listed_commands() {
  const RunResult r = run_lumiere({"--help"}, kEnglish);
  EXPECT_EQ(r.status, 0) << r.err;
  static const std::regex usage("^(?:usage:)? *lumiere ([a-z]+)");
  std::map<std::string, std::vector<std::vector<std::string>>> out;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (!std::regex_search(line, m, usage)) continue;
    const std::string name = m[1];
    if (name == "import")
      out[name] = {{"import", "indicators"}, {"import", "structures"}};
    else if (name != "COMMAND")
      out[name] = {{name}};
  }
  return out;
}

TEST(ReportWordingTest, EveryOptionAMessageNamesExists) {
  const auto commands = listed_commands();
  for (const char* name : {"info", "render", "demo", "stats", "import", "repair"})
    EXPECT_TRUE(commands.contains(name)) << name;
  std::map<std::string, std::set<std::string>> by_command;
  std::set<std::string> all = {"help", "lang"};  // every command's, and the general help's
  for (const auto& [name, forms] : commands) {
    for (const auto& form : forms) {
      const std::set<std::string> declared = declared_options(form);
      by_command[name].insert(declared.begin(), declared.end());
      all.insert(declared.begin(), declared.end());
    }
    by_command[name].insert({"help", "lang"});
  }
  ASSERT_TRUE(by_command["render"].contains("map"));
  ASSERT_TRUE(by_command["import"].contains("header-row"));

  std::size_t checked = 0;
  std::vector<std::string> unknown;
  const auto check = [&](const fs::path& file, const std::set<std::string>& known) {
    for (const std::string& literal : string_literals(read_text(file))) {
      for (const std::string& option : named_options(literal)) {
        ++checked;
        if (!known.contains(option))
          unknown.push_back(file.filename().string() + ": --" + option + " in \"" + literal + "\"");
      }
    }
  };
  // The catalogue is said by every command: an option of any of them.
  for (const auto& entry : fs::directory_iterator(kSource / "core" / "messages"))
    if (entry.path().extension() == ".h") check(entry.path(), all);
  // A command's own strings name its own options.
  for (const auto& entry : fs::directory_iterator(kSource / "app")) {
    const std::string stem = entry.path().stem().string();
    const auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    const std::string command = stem.ends_with("_command") ? stem.substr(0, stem.size() - 8) : "";
    check(entry.path(), by_command.contains(command) ? by_command[command] : all);
  }
  EXPECT_GT(checked, 50u);  // the scan found the messages that name options
  EXPECT_TRUE(unknown.empty()) << [&] {
    std::string s;
    for (const std::string& u : unknown) s += u + "\n";
    return s;
  }();
}

// The scan itself: literals joined, comments skipped, words found.
TEST(ReportWordingTest, TheScanFindsOptionsInJoinedLiterals) {
  const auto literals = string_literals(
      "// \"--comment\"\n f(tr(\"give it with \"\n \"--header-row 3\"), 'x', \"--a-b and --c\");");
  ASSERT_EQ(literals.size(), 2u);
  EXPECT_EQ(literals[0], "give it with --header-row 3");
  EXPECT_EQ(named_options(literals[0]), (std::set<std::string>{"header-row"}));
  EXPECT_EQ(named_options(literals[1]), (std::set<std::string>{"a-b", "c"}));
}

// `--map ""` names no map: refused with one line (status 2), nothing drawn, in either language.
TEST(ReportWordingTest, AnEmptyMapNameIsRefused) {
  const fs::path dir = fs::temp_directory_path() / "lumiere-report-wording";
  fs::create_directories(dir);
  const std::string out = (dir / "map.png").string();
  fs::remove(out);
  const std::vector<std::string> args = {
      "render", "--project", (dir / "p.gpkg").string(), "--map", "", "--out", out};
  const RunResult english = run_lumiere(args, kEnglish);
  EXPECT_EQ(english.status, 2);
  EXPECT_NE(english.err.find("lumiere render: --map takes the name of a map of the project, not "
                             "an empty name; leave --map out to draw the project's default map"),
            std::string::npos)
      << english.err;
  const RunResult french = run_lumiere(args, kFrench);
  EXPECT_EQ(french.status, 2);
  EXPECT_NE(french.err.find("--map prend le nom d'une carte du projet, pas un nom vide ; omettez "
                            "--map pour dessiner la carte par défaut du projet"),
            std::string::npos)
      << french.err;
  EXPECT_FALSE(fs::exists(out));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lumiere::test
