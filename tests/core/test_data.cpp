#include "test_data.h"

#include <gdal.h>
#include <gdal_utils.h>
#include <proj.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "maps/message_text.h"

namespace lumiere::test {

std::string data_dir() { return LUMIERE_TEST_DATA; }
std::string departements_file() {
  return data_dir() + "/boundaries/departements-avec-outre-mer.geojson";
}
std::string cog_dir() { return data_dir() + "/cog"; }

std::vector<std::string> commune_files() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data_dir() + "/boundaries/communes", ec)) {
    if (entry.path().extension() == ".geojson") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string commune_file(std::string_view departement) {
  const std::string prefix = "communes-" + std::string(departement) + "-";
  for (const std::string& f : commune_files()) {
    if (fs::path(f).filename().string().starts_with(prefix)) return f;
  }
  return data_dir() + "/boundaries/communes/" + prefix + "(missing).geojson";
}

::testing::AssertionResult data_present() {
  std::vector<std::string> missing;
  for (const std::string& f :
       {departements_file(), cog_dir() + "/communes.json", cog_dir() + "/departements.json",
        cog_dir() + "/regions.json", cog_dir() + "/epci.json"}) {
    if (!fs::exists(f)) missing.push_back(f);
  }
  const std::size_t communes = commune_files().size();
  if (missing.empty() && communes == 101) return ::testing::AssertionSuccess();
  auto failure = ::testing::AssertionFailure()
                 << "the sample data is missing or incomplete in " << data_dir()
                 << ": run scripts/fetch-data (or configure with -DLUMIERE_DATA_DIR=...). ";
  for (const std::string& f : missing) failure << "Missing: " << f << ". ";
  if (communes != 101) failure << "Found " << communes << " commune files, 101 expected.";
  return failure;
}

const core::Result<std::vector<core::VectorLayer>>& national_communes() {
  static const core::Result<std::vector<core::VectorLayer>> layers =
      core::load_layers(commune_files());
  return layers;
}

const core::Result<core::CogRegistry>& cog_registry() {
  static const core::Result<core::CogRegistry> cog = core::CogRegistry::load(cog_dir());
  return cog;
}

void CogDataTest::SetUp() {
  DataTest::SetUp();
  if (HasFatalFailure()) return;
  ASSERT_TRUE(cog_registry().ok()) << maps::message_string(cog_registry().error());
}

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "lumiere-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void write_file(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string translate(const std::string& source, const std::string& destination,
                      const std::vector<std::string>& args) {
  GDALAllRegister();
  CPLErrorReset();
  GDALDatasetH src =
      GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
  if (!src) return "cannot open " + source + ": " + CPLGetLastErrorMsg();
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
  int usage_error = 0;
  // With -update, GDAL opens the destination itself to add a layer.
  GDALDatasetH out =
      GDALVectorTranslate(destination.c_str(), nullptr, 1, &src, options, &usage_error);
  GDALVectorTranslateOptionsFree(options);
  std::string error;
  if (!out || usage_error) error = std::string("ogr2ogr failed: ") + CPLGetLastErrorMsg();
  if (out) GDALClose(out);
  GDALClose(src);
  return error;
}

std::string feature_collection(const std::vector<std::string>& features) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i ? ",\n" : "\n") + features[i];
  return out + "\n]}\n";
}

std::string feature(const std::string& properties_json, const std::string& geometry_json) {
  return R"({"type":"Feature","properties":)" + properties_json + R"(,"geometry":)" +
         geometry_json + "}";
}

std::string commune(const std::string& code, const std::string& name,
                    const std::string& geometry_json) {
  return feature(R"({"code":")" + code + R"(","nom":")" + name + R"("})", geometry_json);
}

std::string square(double x, double y, double size) {
  char buffer[400];
  std::snprintf(buffer, sizeof buffer,
                R"({"type":"Polygon","coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],)"
                R"([%.6f,%.6f],[%.6f,%.6f]]]})",
                x, y, x + size, y, x + size, y + size, x, y + size, x, y);
  return buffer;
}

core::Point project(double lon, double lat, int epsg) {
  PJ_CONTEXT* ctx = proj_context_create();
  PJ* raw =
      proj_create_crs_to_crs(ctx, "EPSG:4326", ("EPSG:" + std::to_string(epsg)).c_str(), nullptr);
  PJ* t = raw ? proj_normalize_for_visualization(ctx, raw) : nullptr;
  core::Point out{std::nan(""), std::nan("")};
  if (t) {
    const PJ_COORD c = proj_trans(t, PJ_FWD, proj_coord(lon, lat, 0, 0));
    out = {c.xy.x, c.xy.y};
    proj_destroy(t);
  }
  if (raw) proj_destroy(raw);
  proj_context_destroy(ctx);
  return out;
}

}  // namespace lumiere::test
