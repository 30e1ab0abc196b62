#include "info_command.h"

#include <QCoreApplication>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/data_paths.h"
#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "maps/message_text.h"

namespace lumiere::app {
namespace {

std::string kind_word(core::TerritoryKind kind) {
  switch (kind) {
    case core::TerritoryKind::Commune:
      return "communes";
    case core::TerritoryKind::Departement:
      return "departements";
    case core::TerritoryKind::Region:
      return "regions";
    case core::TerritoryKind::Unknown:
      break;
  }
  return "unknown";
}

nlohmann::json layer_json(const core::VectorLayer& layer, const core::CogMatch* match) {
  const core::Box e = layer.geometry.extent();
  nlohmann::json warnings = nlohmann::json::array();
  for (const core::Message& w : layer.warnings)
    warnings.push_back(maps::message_string(w, maps::Surface::CommandLine));
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
      {"warnings", warnings},
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

struct Info {
  Q_DECLARE_TR_FUNCTIONS(Info)
};

QString kind_text(core::TerritoryKind kind) {
  switch (kind) {
    case core::TerritoryKind::Commune:
      return Info::tr("communes");
    case core::TerritoryKind::Departement:
      return Info::tr("départements");
    case core::TerritoryKind::Region:
      return Info::tr("régions");
    case core::TerritoryKind::Unknown:
      break;
  }
  return Info::tr("unknown");
}

void print_text(const core::VectorLayer& layer, const core::CogMatch* match) {
  const core::Box e = layer.geometry.extent();
  const auto q = [](const std::string& s) { return QString::fromStdString(s); };
  const auto n = [](std::size_t count) { return QString::fromStdString(group_digits(count)); };
  const QString none = Info::tr("(none)");
  QString text = Info::tr("Layer: %1\n").arg(q(layer.name));
  text +=
      Info::tr("  sources:        %1 file(s), %2\n").arg(n(layer.sources.size()), q(layer.driver));
  text += Info::tr("  features:       %1\n").arg(n(layer.feature_count()));
  text += Info::tr("  geometry:       %1\n").arg(q(layer.geometry_type));
  text += Info::tr("  source CRS:     %1\n").arg(q(layer.crs));
  text +=
      Info::tr("  code field:     %1\n").arg(layer.code_field.empty() ? none : q(layer.code_field));
  text +=
      Info::tr("  name field:     %1\n").arg(layer.name_field.empty() ? none : q(layer.name_field));
  if (e.empty()) {
    text += Info::tr("  extent:         %1\n").arg(none);
  } else {
    text += Info::tr("  extent:         %1 %2 %3 %4 (map space, metres)\n")
                .arg(QString::number(e.min_x, 'f', 0), QString::number(e.min_y, 'f', 0),
                     QString::number(e.max_x, 'f', 0), QString::number(e.max_y, 'f', 0));
  }
  const core::GeometryReport& r = layer.report;
  text +=
      Info::tr("  geometries:     %1 invalid, %2 repaired, %3 null, %4 empty, %5 not polygons\n")
          .arg(n(r.invalid), n(r.repaired), n(r.null_geometries), n(r.empty), n(r.other_type));
  if (match) {
    text += Info::tr(
                "  COG (%1):  %2 matched, %3 only in the layer (%4 merged since), %5 only in "
                "the COG\n")
                .arg(kind_text(match->kind), n(match->matched.size()), n(match->layer_only.size()),
                     n(match->merged.size()), n(match->cog_only.size()));
  }
  print_out(text);
}

}  // namespace

int run_info(const std::vector<std::string>& args) {
  CommandLine cl("info",
                 Info::tr("PATH... [--json] [--features] [--cog DIR] [--code-field NAME] "
                          "[--name-field NAME] [--layer NAME] [--crs EPSG:n]"),
                 Info::tr("Describes map layers (any file GDAL reads) and matches their codes with "
                          "the COG."));
  cl.flag(QStringLiteral("json"), Info::tr("print the description as JSON"));
  cl.flag(QStringLiteral("features"), Info::tr("print each feature's code and name"));
  cl.option(QStringLiteral("cog"), QStringLiteral("DIR"),
            Info::tr("the COG files to match with (default: the sample data's cog/)"));
  cl.option(QStringLiteral("code-field"), QStringLiteral("NAME"),
            Info::tr("the field of COG codes"));
  cl.option(QStringLiteral("name-field"), QStringLiteral("NAME"), Info::tr("the field of names"));
  cl.option(QStringLiteral("layer"), QStringLiteral("NAME"),
            Info::tr("the layer to read in a file of several"));
  cl.option(QStringLiteral("crs"), QStringLiteral("EPSG:n"),
            Info::tr("the coordinate reference system of files that do not say it"));
  if (auto exit = cl.parse(args)) return *exit;
  const std::vector<std::string> paths = cl.operands();
  const bool json = cl.is_set(QStringLiteral("json"));
  const bool features = cl.is_set(QStringLiteral("features"));
  const std::optional<std::string> cog_dir = cl.optional_value(QStringLiteral("cog"));
  core::LoadOptions options;
  options.code_field = cl.value(QStringLiteral("code-field"));
  options.name_field = cl.value(QStringLiteral("name-field"));
  options.layer = cl.value(QStringLiteral("layer"));
  options.crs = cl.value(QStringLiteral("crs"));
  if (paths.empty()) return cl.misuse(Info::tr("no file given"));
  for (const std::string& path : paths) {
    if (auto refused = cl.check_input_file(path)) return *refused;
  }
  if (cog_dir) {
    if (auto refused = cl.check_folder(*cog_dir)) return *refused;
  }
  auto layers = core::load_layers(paths, options);
  if (!layers) return cl.fail(layers.error());
  // The COG: --cog, or the data folder's cog/ when it is there.
  std::optional<core::CogRegistry> cog;
  const std::string dir = cog_dir.value_or(data_dir() + "/cog");
  if (cog_dir || std::filesystem::exists(dir + "/communes.json")) {
    auto loaded = core::CogRegistry::load(dir);
    if (!loaded) return cl.fail(loaded.error());
    cog = std::move(*loaded);
  } else {
    print_error_line(Info::tr("lumiere info: no COG in %1: the match report is left out (run "
                              "scripts/fetch-data, or give --cog DIR)")
                         .arg(QString::fromStdString(dir)));
  }

  nlohmann::json out = {{"layers", nlohmann::json::array()}};
  for (core::VectorLayer& layer : *layers) {
    std::optional<core::CogMatch> match;
    if (cog) {
      match = core::match_cog(layer, *cog);
      core::apply_official_names(layer, *cog);
    }
    for (const core::Message& w : layer.warnings) {
      print_error_line(
          Info::tr("warning: %1").arg(maps::message_text(w, maps::Surface::CommandLine)));
    }
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
