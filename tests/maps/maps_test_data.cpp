#include "maps_test_data.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "maps/message_text.h"

namespace lumiere::test {
namespace {

std::shared_ptr<const core::VectorLayer> load_with_population(
    const std::vector<std::string>& paths) {
  const std::string cog_dir = maps_data_dir() + "/cog";
  std::vector<std::string> needed = paths;
  needed.push_back(cog_dir + "/communes.json");
  for (const std::string& f : needed) {
    if (!std::filesystem::exists(f)) {
      ADD_FAILURE() << f << " is missing: run scripts/fetch-data (or configure with "
                    << "-DLUMIERE_DATA_DIR=...)";
      return nullptr;
    }
  }
  auto layers = core::load_layers(paths);
  if (!layers.ok()) {
    ADD_FAILURE() << maps::message_string(layers.error());
    return nullptr;
  }
  if (layers->size() != 1) {
    ADD_FAILURE() << paths.front() << "... gave " << layers->size() << " layers, 1 expected";
    return nullptr;
  }
  auto cog = core::CogRegistry::load(cog_dir);
  if (!cog.ok()) {
    ADD_FAILURE() << maps::message_string(cog.error());
    return nullptr;
  }
  auto layer = std::make_shared<core::VectorLayer>(std::move(layers->front()));
  core::apply_official_names(*layer, *cog);
  core::add_cog_attributes(*layer, *cog);
  return layer;
}

}  // namespace

std::string maps_data_dir() { return LUMIERE_TEST_DATA; }

std::shared_ptr<const core::VectorLayer> departements_with_population() {
  static const auto layer =
      load_with_population({maps_data_dir() + "/boundaries/departements-avec-outre-mer.geojson"});
  if (!layer) ADD_FAILURE() << "the département layer could not be loaded";
  return layer;
}

std::shared_ptr<const core::VectorLayer> communes_62_with_population() {
  static const auto layer = load_with_population(
      {maps_data_dir() + "/boundaries/communes/communes-62-pas-de-calais.geojson"});
  if (!layer) ADD_FAILURE() << "the communes of Pas-de-Calais could not be loaded";
  return layer;
}

std::shared_ptr<const core::VectorLayer> communes_with_population(
    const std::vector<std::string>& files) {
  std::vector<std::string> paths;
  for (const std::string& file : files)
    paths.push_back(maps_data_dir() + "/boundaries/communes/" + file + ".geojson");
  return load_with_population(paths);
}

std::shared_ptr<const core::VectorLayer> communes_around_paris_with_population() {
  static const auto layer = communes_with_population(
      {"communes-75-paris", "communes-77-seine-et-marne", "communes-78-yvelines",
       "communes-91-essonne", "communes-92-hauts-de-seine", "communes-93-seine-saint-denis",
       "communes-94-val-de-marne", "communes-95-val-d-oise", "communes-13-bouches-du-rhone",
       "communes-69-rhone"});
  if (!layer) ADD_FAILURE() << "the communes of Ile-de-France could not be loaded";
  return layer;
}

}  // namespace lumiere::test
