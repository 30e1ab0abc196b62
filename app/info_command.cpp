#include "info_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/data_paths.h"
#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"

namespace lumiere::app {
namespace {

constexpr const char* kUsage =
    "usage: lumiere info PATH... [--json] [--features] [--cog DIR] [--code-field NAME] "
    "[--name-field NAME] [--layer NAME] [--crs EPSG:n]";

std::string kind_word(core::TerritoryKind kind) {
  switch (kind) {
    case core::TerritoryKind::Commune: return "communes";
    case core::TerritoryKind::Departement: return "departements";
    case core::TerritoryKind::Region: return "regions";
    case core::TerritoryKind::Unknown: break;
  }
  return "unknown";
}

nlohmann::json layer_json(const core::VectorLayer& layer, const core::CogMatch* match) {
  const core::Box e = layer.geometry.extent();
  nlohmann::json j = {
      {"name", layer.name},
      {"driver", layer.driver},
      {"sources", layer.sources.size()},
      {"features", layer.feature_count()},
      {"geometry", layer.geometry_type},
      {"crs", layer.crs},
      {"code_field", layer.code_field},
      {"name_field", layer.name_field},
      {"extent", e.empty() ? nlohmann::json(nullptr)
                           : nlohmann::json::array({e.min_x, e.min_y, e.max_x, e.max_y})},
      {"invalid", layer.report.invalid},
      {"repaired", layer.report.repaired},
      {"null", layer.report.null_geometries},
      {"empty", layer.report.empty},
      {"other_type", layer.report.other_type},
      {"warnings", layer.warnings},
  };
  if (match) {
    j["cog"] = {{"kind", kind_word(match->kind)},
                {"matched", match->matched.size()},
                {"layer_only", match->layer_only.size()},
                {"cog_only", match->cog_only.size()},
                {"merged", match->merged.size()}};
  } else {
    j["cog"] = nullptr;
  }
  return j;
}

void print_text(const core::VectorLayer& layer, const core::CogMatch* match) {
  const core::Box e = layer.geometry.extent();
  std::printf("Layer: %s\n", layer.name.c_str());
  std::printf("  sources:        %zu file(s), %s\n", layer.sources.size(), layer.driver.c_str());
  std::printf("  features:       %zu\n", layer.feature_count());
  std::printf("  geometry:       %s\n", layer.geometry_type.c_str());
  std::printf("  source CRS:     %s\n", layer.crs.c_str());
  std::printf("  code field:     %s\n", layer.code_field.empty() ? "(none)" : layer.code_field.c_str());
  std::printf("  name field:     %s\n", layer.name_field.empty() ? "(none)" : layer.name_field.c_str());
  if (e.empty()) {
    std::printf("  extent:         (none)\n");
  } else {
    std::printf("  extent:         %.0f %.0f %.0f %.0f (map space, metres)\n", e.min_x, e.min_y,
                e.max_x, e.max_y);
  }
  const core::GeometryReport& r = layer.report;
  std::printf("  geometries:     %zu invalid, %zu repaired, %zu null, %zu empty, %zu not polygons\n",
              r.invalid, r.repaired, r.null_geometries, r.empty, r.other_type);
  if (match) {
    std::printf("  COG (%s):  %zu matched, %zu only in the layer (%zu merged since), %zu only in "
                "the COG\n",
                kind_word(match->kind).c_str(), match->matched.size(), match->layer_only.size(),
                match->merged.size(), match->cog_only.size());
  }
}

}  // namespace

int run_info(const std::vector<std::string>& args) {
  std::vector<std::string> paths;
  bool json = false, features = false;
  std::optional<std::string> cog_dir;
  core::LoadOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    bool ok = true;
    if (a == "--json") json = true;
    else if (a == "--features") features = true;
    else if (a == "--cog") ok = value(cog_dir.emplace());
    else if (a == "--code-field") ok = value(options.code_field);
    else if (a == "--name-field") ok = value(options.name_field);
    else if (a == "--layer") ok = value(options.layer);
    else if (a == "--crs") ok = value(options.crs);
    else if (a == "-h" || a == "--help") {
      std::puts(kUsage);
      return 0;
    } else if (a.starts_with("--")) {
      std::fprintf(stderr, "lumiere info: unknown option %s\n%s\n", a.c_str(), kUsage);
      return 2;
    } else {
      paths.push_back(a);
    }
    if (!ok) {
      std::fprintf(stderr, "lumiere info: %s needs a value\n%s\n", a.c_str(), kUsage);
      return 2;
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "lumiere info: no file given\n%s\n", kUsage);
    return 2;
  }
  auto layers = core::load_layers(paths, options);
  if (!layers) {
    std::fprintf(stderr, "lumiere info: %s\n", layers.error().message.c_str());
    return 1;
  }
  // The COG: --cog, or the data folder's cog/ when it is there.
  std::optional<core::CogRegistry> cog;
  const std::string dir = cog_dir.value_or(data_dir() + "/cog");
  if (cog_dir || std::filesystem::exists(dir + "/communes.json")) {
    auto loaded = core::CogRegistry::load(dir);
    if (!loaded) {
      std::fprintf(stderr, "lumiere info: %s\n", loaded.error().message.c_str());
      return 1;
    }
    cog = std::move(*loaded);
  } else {
    std::fprintf(stderr, "lumiere info: no COG in %s: the match report is left out (run "
                         "scripts/fetch-data, or give --cog DIR)\n", dir.c_str());
  }

  nlohmann::json out = {{"layers", nlohmann::json::array()}};
  for (core::VectorLayer& layer : *layers) {
    std::optional<core::CogMatch> match;
    if (cog) {
      match = core::match_cog(layer, *cog);
      core::apply_official_names(layer, *cog);
    }
    for (const std::string& w : layer.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (features) {
      for (std::size_t f = 0; f < layer.feature_count(); ++f)
        std::printf("%s\t%s\n", layer.codes[f].c_str(), layer.display_name(f).c_str());
    } else if (json) {
      out["layers"].push_back(layer_json(layer, match ? &*match : nullptr));
    } else {
      print_text(layer, match ? &*match : nullptr);
    }
  }
  if (json && !features) std::cout << out.dump(2) << '\n';
  return 0;
}

}  // namespace lumiere::app
