#pragma once
// Shared by the ui tests: the sample départements, styled, loaded once per process.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"

namespace lumiere::test {

inline std::shared_ptr<const maps::StyledLayer> styled_departements() {
  static const std::shared_ptr<const maps::StyledLayer> layer = [] {
    const std::string data = LUMIERE_TEST_DATA;
    const std::string path = data + "/boundaries/departements-avec-outre-mer.geojson";
    if (!std::filesystem::exists(path)) {
      ADD_FAILURE() << path << " is missing: run scripts/fetch-data";
      return std::shared_ptr<const maps::StyledLayer>();
    }
    auto layers = core::load_layers({path});
    if (!layers) {
      ADD_FAILURE() << maps::message_string(layers.error());
      return std::shared_ptr<const maps::StyledLayer>();
    }
    core::VectorLayer layer = std::move(layers->front());
    if (auto cog = core::CogRegistry::load(data + "/cog")) {
      core::apply_official_names(layer, *cog);
      core::add_cog_attributes(layer, *cog);
    }
    auto styled = maps::style_layer(std::make_shared<const core::VectorLayer>(std::move(layer)),
                                    maps::Style{});
    return styled ? *styled : std::shared_ptr<const maps::StyledLayer>();
  }();
  return layer;
}

}  // namespace lumiere::test
