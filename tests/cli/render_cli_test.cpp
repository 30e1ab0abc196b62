// End-to-end tests of `lumiere render`: PNG, SVG and PDF of the sample data, France filling the
// frame with its insets, and one clear line for each kind of bad request, in the user's language
// (English unless a test asks for French).
#include <gtest/gtest.h>

#include <QColor>
#include <QImage>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"

namespace {
namespace fs = std::filesystem;
using lumiere::test::kData;
using lumiere::test::kEnglish;
using lumiere::test::kFrench;
using lumiere::test::run_lumiere;
using lumiere::test::set_test_language;

// Every run in English unless it asks for French, whatever the machine's language.
class RenderCli : public ::testing::Test {
 protected:
  void SetUp() override { set_test_language(kEnglish); }
};

std::vector<std::string> national_args() {
  std::vector<std::string> args{"render"};
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(kData + "/boundaries/communes"))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files.size(), 101u) << "run scripts/fetch-data";
  args.insert(args.end(), files.begin(), files.end());
  args.push_back(kData + "/boundaries/departements-avec-outre-mer.geojson");
  return args;
}

std::string out_path(const std::string& name) {
  return (fs::temp_directory_path() / ("lumiere-render-test-" + name)).string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The rows and columns holding anything but the background.
QRect drawn_area(const QImage& image, QColor background) {
  int left = image.width(), right = -1, top = image.height(), bottom = -1;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 0; x < image.width(); ++x) {
      if (image.pixelColor(x, y) == background) continue;
      left = std::min(left, x), right = std::max(right, x);
      top = std::min(top, y), bottom = std::max(bottom, y);
    }
  }
  return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

TEST_F(RenderCli, NationalPngFillsTheFrameWithTheInsets) {
  auto args = national_args();
  const std::string png = out_path("national.png");
  args.insert(args.end(), {"--out", png, "--size", "1920x1080"});
  const auto run = run_lumiere(args);
  ASSERT_EQ(run.status, 0) << run.err;
  QImage image(QString::fromStdString(png));
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(1920, 1080));
  const QRect drawn = drawn_area(image, QColor(0xdd, 0xe8, 0xf0));
  // France whole, insets included, fills the frame: not a small hexagon in a sea of white.
  EXPECT_GT(drawn.height(), 1080 * 0.9);
  EXPECT_GT(drawn.width(), 1920 * 0.6);
  // The insets stand left of the metropole: something is drawn in the left fifth.
  EXPECT_LT(drawn.left(), 1920 / 5);
  fs::remove(png);
}

TEST_F(RenderCli, DepartementExtentSvgAndPdf) {
  const std::string gironde = kData + "/boundaries/communes/communes-33-gironde.geojson";
  const std::string svg = out_path("gironde.svg");
  auto run = run_lumiere({"render", gironde, "--extent", "33", "--out", svg, "--size", "800x600"});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string svg_text = slurp(svg);
  EXPECT_NE(svg_text.find("<svg"), std::string::npos);
  EXPECT_NE(svg_text.find("<path"), std::string::npos);

  const std::string deps = kData + "/boundaries/departements-avec-outre-mer.geojson";
  const std::string pdf = out_path("france.pdf");
  run = run_lumiere({"render", deps, "--out", pdf, "--size", "800x600"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(slurp(pdf).substr(0, 5), "%PDF-");
  // Vector text: the inset names can be selected (poppler-utils' pdftotext reads them).
  const std::string txt = out_path("france.txt");
  ASSERT_EQ(std::system(("pdftotext " + pdf + " " + txt).c_str()), 0)
      << "pdftotext is missing: install the Debian package poppler-utils";
  EXPECT_NE(slurp(txt).find("Mayotte"), std::string::npos);
  fs::remove(svg), fs::remove(pdf), fs::remove(txt);
}

TEST_F(RenderCli, GraduatedStyleFromJson) {
  const std::string style = out_path("style.json");
  std::ofstream(style) << R"({"kind": "graduated", "field": "density", "method": "q6",
                              "ramp": "Blues"})";
  const std::string png = out_path("q6.png");
  const auto run =
      run_lumiere({"render", kData + "/boundaries/communes/communes-17-charente-maritime.geojson",
                   "--extent", "17", "--style", style, "--out", png, "--size", "600x600"});
  ASSERT_EQ(run.status, 0) << run.err;
  QImage image(QString::fromStdString(png));
  ASSERT_FALSE(image.isNull());
  // Blues' darkest class (#08519c for 6 classes) colours La Rochelle, the densest commune.
  bool darkest = false;
  for (int y = 0; y < image.height() && !darkest; ++y)
    for (int x = 0; x < image.width() && !darkest; ++x)
      darkest = image.pixelColor(x, y) == QColor(0x08, 0x51, 0x9c);
  EXPECT_TRUE(darkest);
  fs::remove(style), fs::remove(png);
}

TEST_F(RenderCli, BadRequestsGiveOneLine) {
  const std::string deps = kData + "/boundaries/departements-avec-outre-mer.geojson";
  struct Case {
    std::vector<std::string> args;
    std::string expected;
  };
  const std::string bad_style = out_path("bad-style.json");
  std::ofstream(bad_style) << R"({"kind": "graduated", "field": "no_such_column"})";
  const Case cases[] = {
      {{"render", deps, "--out", out_path("x.bmp")}, "name the file .png, .svg or .pdf"},
      {{"render", deps, "--out", out_path("x.png"), "--extent", "99"}, "no such département"},
      {{"render", deps, "--out", out_path("x.png"), "--size", "big"}, "WIDTHxHEIGHT"},
      {{"render", deps, "--out", "/no/such/folder/x.png"}, "does not exist"},
      {{"render", deps, "--out", out_path("x.png"), "--style", bad_style}, "no_such_column"},
      {{"render", "/no/such/file.geojson", "--out", out_path("x.png")}, "no such file"},
  };
  for (const Case& c : cases) {
    const auto run = run_lumiere(c.args);
    EXPECT_NE(run.status, 0) << c.expected;
    EXPECT_NE(run.err.find(c.expected), std::string::npos) << run.err;
    const auto newlines = std::count(run.err.begin(), run.err.end(), '\n');
    EXPECT_EQ(newlines, 1) << run.err;
  }
  fs::remove(bad_style);
}

// A misuse of the command line: status 2, one line naming it and pointing to the help, in the
// user's language.
TEST_F(RenderCli, MisusesSayWhatToDoInTheUsersLanguage) {
  const std::string deps = kData + "/boundaries/departements-avec-outre-mer.geojson";
  const std::vector<std::string> args = {"render",          deps,     "--out",
                                         out_path("x.png"), "--size", "big"};
  const auto en = run_lumiere(args, kEnglish);
  EXPECT_EQ(en.status, 2);
  EXPECT_EQ(en.err,
            "lumiere render: --size takes WIDTHxHEIGHT in pixels, from 16x16 to "
            "20000x20000 (e.g. 1920x1080), not \"big\" (see lumiere render --help)\n");
  const auto fr = run_lumiere(args, kFrench);
  EXPECT_EQ(fr.status, 2);
  EXPECT_NE(fr.err.find("LARGEURxHAUTEUR"), std::string::npos) << fr.err;
  EXPECT_NE(fr.err.find("« big »"), std::string::npos) << fr.err;
  EXPECT_EQ(std::count(fr.err.begin(), fr.err.end(), '\n'), 1) << fr.err;

  const std::vector<std::vector<std::string>> misuses = {
      {"render", deps},                                                     // no --out
      {"render", "--out", out_path("x.png")},                               // no layer
      {"render", deps, "--project", "p.gpkg", "--out", out_path("x.png")},  // both
      {"render", "--no-such-option", deps, "--out", out_path("x.png")},
  };
  for (const auto& m : misuses) {
    const auto run = run_lumiere(m);
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
    EXPECT_EQ(run.err.rfind("lumiere render: ", 0), 0u) << run.err;
  }
  EXPECT_FALSE(fs::exists(out_path("x.png")));
}

}  // namespace
