#pragma once
// Helpers shared by the core tests: where the sample data is (and a failure, never a skip, when it
// is missing), the national layers loaded once per test process, a temporary folder per test, and
// GDAL/PROJ/GEOS shortcuts to write fixtures and compute reference values independently of core.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/geometry/geometry.h"
#include "core/layers/layer_loader.h"
#include "core/layers/vector_layer.h"

namespace lumiere::test {

namespace fs = std::filesystem;

// The sample-data folder given by CMake (LUMIERE_DATA_DIR).
std::string data_dir();
std::string departements_file();
std::string cog_dir();
// The 101 commune files, sorted by name (so by département code).
std::vector<std::string> commune_files();
// The commune file of one département: "17" -> ".../communes-17-charente-maritime.geojson".
std::string commune_file(std::string_view departement);

// Success when the sample data is complete, else a failure telling to run scripts/fetch-data.
::testing::AssertionResult data_present();

// Base fixture of every test that reads the sample data: fails (never skips) when it is missing.
class DataTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(data_present()); }
};

// Loaded once per process (gtest_discover_tests runs one test per process, a direct run shares).
const core::Result<std::vector<core::VectorLayer>>& national_communes();
const core::Result<core::CogRegistry>& cog_registry();

// A DataTest whose COG must load (a failure naming why otherwise); cog() is the registry.
class CogDataTest : public DataTest {
 protected:
  void SetUp() override;
  static const core::CogRegistry& cog() { return *cog_registry(); }
};

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  std::string file(std::string_view name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

void write_file(const std::string& path, std::string_view content);
std::string read_file(const std::string& path);

// ogr2ogr as a library call: `args` are ogr2ogr's options (-t_srs, -lco, -nln, -update...).
// Returns an empty string on success, else GDAL's message.
std::string translate(const std::string& source, const std::string& destination,
                      const std::vector<std::string>& args);

// A GeoJSON FeatureCollection of the given feature objects (JSON text each).
std::string feature_collection(const std::vector<std::string>& features);
// A GeoJSON feature: `properties_json` is the JSON object of its properties, `geometry_json` its
// geometry (or "null").
std::string feature(const std::string& properties_json, const std::string& geometry_json);
// The usual case: properties {"code": code, "nom": name}.
std::string commune(const std::string& code, const std::string& name,
                    const std::string& geometry_json);
// A square polygon of `size` (source units) with its lower-left corner at (x, y), as GeoJSON.
std::string square(double x, double y, double size);

// WGS 84 longitude/latitude to the CRS EPSG:`epsg` (x east, y north), through PROJ directly.
core::Point project(double lon, double lat, int epsg);

}  // namespace lumiere::test
