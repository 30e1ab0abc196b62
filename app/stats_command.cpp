#include "stats_command.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/cli_error.h"
#include "app/cli_number.h"
#include "core/model/analytics.h"
#include "core/cog/cog_match.h"
#include "core/tables/indicator_import.h"
#include "core/project/project.h"

namespace lumiere::app {
namespace {

constexpr const char* kUsage =
    "usage: lumiere stats --project FILE.gpkg --usage ID "
    "[--by strate|departement|region|epci|structure|densite] [--density-grid TABLE] "
    "[--vintage YEAR] [--json]";

int fail(const std::string& message, int status = 1) {
  return cli_fail("stats", message, status);
}

std::optional<core::Grouping> parse_grouping(const std::string& word) {
  if (word == "strate") return core::Grouping::Stratum;
  if (word == "departement") return core::Grouping::Departement;
  if (word == "region") return core::Grouping::Region;
  if (word == "epci") return core::Grouping::Epci;
  if (word == "structure") return core::Grouping::Structure;
  if (word == "densite") return core::Grouping::Density;
  return std::nullopt;
}

nlohmann::json optional_json(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// Σ a(c): a whole number for yes/no values, written as one.
nlohmann::json count_json(double v) {
  if (v == std::floor(v) && std::abs(v) < 9e15) return static_cast<std::int64_t>(v);
  return v;
}

nlohmann::json fracture_json(const core::FractureMetrics& f, const core::Strata& strata) {
  auto stratum = [&](const std::optional<std::size_t>& i) {
    return i ? nlohmann::json(strata.labels[*i]) : nlohmann::json(nullptr);
  };
  return {
      {"lowest_stratum", stratum(f.lowest_stratum)},
      {"highest_stratum", stratum(f.highest_stratum)},
      {"lowest_stratum_rate", optional_json(f.lowest_stratum_rate)},
      {"highest_stratum_rate", optional_json(f.highest_stratum_rate)},
      {"strata_gap", optional_json(f.strata_gap)},
      {"strata_ratio", optional_json(f.strata_ratio)},
      {"covered_rate", optional_json(f.covered_rate)},
      {"uncovered_rate", optional_json(f.uncovered_rate)},
      {"covered_minus_uncovered", optional_json(f.covered_minus_uncovered)},
      {"gini", optional_json(f.gini)},
  };
}

// Text padded (or cut, with "…") to `width` characters, counting UTF-8 code points.
std::string pad(const std::string& text, std::size_t width, bool right) {
  std::size_t chars = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == width - 1 && cut == text.size()) cut = i;
    ++chars;
  }
  if (chars > width) return text.substr(0, cut) + "…";
  const std::string spaces(width - chars, ' ');
  return right ? spaces + text : text + spaces;
}

std::string points_fr(const std::optional<double>& gap) {
  if (!gap) return "n.d.";
  return maps::format_fr(*gap * 100, 1).toStdString() + " points";
}

void print_table(const core::Usage& usage, int vintage, const std::string& by,
                 const std::vector<core::AdoptionGroup>& groups, const core::FractureMetrics& f,
                 const core::Strata& strata) {
  const char* by_words = by == "departement" ? "département"
                         : by == "region"    ? "région"
                         : by == "densite"   ? "classe de densité"
                         : by == "epci"      ? "EPCI"
                                             : by.c_str();
  std::printf("%s (%s), millésime %d, par %s\n", usage.label.c_str(), usage.id.c_str(), vintage,
              by_words);
  std::size_t label_width = 6;
  auto name = [&](const core::AdoptionGroup& g) {
    return by == "strate" || by == "structure" || by == "densite" || g.key.empty()
               ? g.label
               : g.key + " " + g.label;
  };
  for (const auto& g : groups) {
    std::size_t n = 0;
    for (unsigned char c : name(g)) n += (c & 0xC0) != 0x80;
    label_width = std::min<std::size_t>(std::max(label_width, n), 40);
  }
  std::printf("%s %s %s %s %s %s %s %s\n", pad("Groupe", label_width, false).c_str(),
              pad("Communes", 9, true).c_str(), pad("Population", 11, true).c_str(),
              pad("Couvertes", 9, true).c_str(), pad("Observées", 9, true).c_str(),
              pad("Adoptantes", 10, true).c_str(), pad("Taux", 7, true).c_str(),
              pad("Taux pop.", 9, true).c_str());
  for (const auto& g : groups) {
    std::printf("%s %s %s %s %s %s %s %s\n", pad(name(g), label_width, false).c_str(),
                pad(group_digits(g.communes), 9, true).c_str(),
                pad(group_digits(g.population), 11, true).c_str(),
                pad(group_digits(g.covered_communes), 9, true).c_str(),
                pad(group_digits(g.observed_communes), 9, true).c_str(),
                pad(maps::format_fr(g.adopted_communes,
                                    g.adopted_communes == std::floor(g.adopted_communes) ? 0 : 1)
                        .toStdString(),
                    10, true)
                    .c_str(),
                pad(percent_fr(g.adoption_rate), 7, true).c_str(),
                pad(percent_fr(g.adoption_rate_population), 9, true).c_str());
  }
  std::string lowest = f.lowest_stratum ? strata.labels[*f.lowest_stratum] : "n.d.";
  std::string highest = f.highest_stratum ? strata.labels[*f.highest_stratum] : "n.d.";
  std::printf("Fracture (taux par communes) : strate %s %s, strate %s %s, écart %s", lowest.c_str(),
              percent_fr(f.lowest_stratum_rate).c_str(), highest.c_str(),
              percent_fr(f.highest_stratum_rate).c_str(), points_fr(f.strata_gap).c_str());
  if (f.strata_ratio) {
    std::printf(", rapport %s", maps::format_fr(*f.strata_ratio, 2).toStdString().c_str());
  }
  std::printf("\n  couvertes %s, non couvertes %s, écart %s ; indice de Gini %s\n",
              percent_fr(f.covered_rate).c_str(), percent_fr(f.uncovered_rate).c_str(),
              points_fr(f.covered_minus_uncovered).c_str(),
              f.gini ? maps::format_fr(*f.gini, 3).toStdString().c_str() : "n.d.");
}

// INSEE's grille communale de densité from a table (CSV, XLSX, ODS): the commune codes and the
// first column whose values are levels 1 to 7 (DENS or DENS7 in INSEE's files).
core::Result<std::unordered_map<std::string, int>> density_grid(const std::string& path,
                                                                const core::CogRegistry& cog) {
  auto table = core::import_indicators(path, cog);
  if (!table) return core::Error{"--density-grid " + path + ": " + table.error().message};
  // Levels are categories: the rows of old communes that now form one commune must not be added
  // up as counts would be (the first row of the current commune's code is kept).
  core::IndicatorImportOptions as_categories;
  for (const core::ImportedColumn& column : table->columns) {
    as_categories.types[column.name] = core::ColumnType::Category;
  }
  table = core::import_indicators(path, cog, as_categories);
  if (!table) return core::Error{"--density-grid " + path + ": " + table.error().message};
  auto level_of = [](const core::ImportedValue& v) -> std::optional<int> {
    double x = 0;
    if (const double* d = std::get_if<double>(&v)) x = *d;
    else if (const std::string* t = std::get_if<std::string>(&v)) {
      if (t->size() != 1 || (*t)[0] < '1' || (*t)[0] > '7') return std::nullopt;
      x = (*t)[0] - '0';
    } else {
      return std::nullopt;
    }
    if (x < 1 || x > 7 || x != static_cast<int>(x)) return std::nullopt;
    return static_cast<int>(x);
  };
  for (std::size_t c = 0; c < table->columns.size(); ++c) {
    std::unordered_map<std::string, int> grid;
    bool levels = !table->communes.empty();
    for (const core::CommuneIndicators& row : table->communes) {
      if (std::holds_alternative<std::monostate>(row.values[c])) continue;
      const auto level = level_of(row.values[c]);
      if (!level) {
        levels = false;
        break;
      }
      grid.emplace(row.code, *level);
    }
    if (levels && !grid.empty()) return grid;
  }
  return core::Error{"--density-grid " + path +
                     ": no column of density levels (whole numbers from 1 to 4, or 1 to 7) "
                     "next to the commune codes; give INSEE's grille communale de densité"};
}

}  // namespace

int run_stats(const std::vector<std::string>& args) {
  std::string project_path, usage_id, by = "strate", grid_path;
  std::optional<int> vintage;
  bool json = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::puts(kUsage);
      return 0;
    }
    if (a == "--json") {
      json = true;
      continue;
    }
    if (a != "--project" && a != "--usage" && a != "--by" && a != "--vintage" &&
        a != "--density-grid") {
      return fail(std::string(a.starts_with("-") ? "unknown option " : "unexpected argument ") + a,
                  2);
    }
    if (i + 1 >= args.size()) return fail(a + " needs a value", 2);
    const std::string& v = args[++i];
    if (a == "--project")
      project_path = v;
    else if (a == "--usage")
      usage_id = v;
    else if (a == "--by")
      by = v;
    else if (a == "--density-grid")
      grid_path = v;
    else {
      vintage = parse_year(v);
      if (!vintage) {
        return fail(
            "--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not \"" + v + "\"", 2);
      }
    }
  }
  if (project_path.empty()) return fail(std::string("no project: give --project FILE.gpkg"), 2);
  if (usage_id.empty())
    return fail(std::string("no usage: give --usage ID (e.g. --usage actes)"), 2);
  const auto grouping = parse_grouping(by);
  if (!grouping) {
    return fail("--by takes strate, departement, region, epci, structure or densite, not \"" + by +
                    "\"",
                2);
  }
  if (!grid_path.empty() && *grouping != core::Grouping::Density)
    return fail(std::string("--density-grid goes with --by densite"), 2);

  auto project = core::open_project(project_path, core::OpenMode::ReadOnly);  // reads only
  if (!project) return fail(project.error().message);
  const core::Model& model = project->model();
  const core::Usage* usage = model.usage(usage_id);
  if (!usage) {
    std::string known;
    for (const core::Usage& u : model.usages()) known += (known.empty() ? "" : ", ") + u.id;
    return fail("the project has no usage \"" + usage_id + "\" (its usages: " + known + ")");
  }
  const std::vector<int> vintages = model.vintages(usage_id);
  if (vintages.empty()) {
    return fail("the project has no value of the usage \"" + usage_id +
                "\": import some with lumiere import indicators");
  }
  if (!vintage) vintage = vintages.back();
  if (std::find(vintages.begin(), vintages.end(), *vintage) == vintages.end()) {
    std::string known;
    for (int v : vintages) known += (known.empty() ? "" : ", ") + std::to_string(v);
    return fail("the project has no value of the usage \"" + usage_id + "\" for " +
                std::to_string(*vintage) + " (its vintages: " + known + ")");
  }

  core::AdoptionOptions options;
  options.by = *grouping;
  if (*grouping == core::Grouping::Density) {
    if (!grid_path.empty()) {
      auto grid = density_grid(grid_path, project->cog());
      if (!grid) return fail(grid.error().message);
      options.density.grid = std::move(*grid);
    } else {
      // Bands of computed density: population over the area of the project's communes.
      const core::VectorLayer* communes = nullptr;
      for (const core::VectorLayer& layer : project->layers) {
        if (core::detect_kind(layer, project->cog()) == core::TerritoryKind::Commune) {
          communes = &layer;
          break;
        }
      }
      if (!communes) {
        return fail(project_path + ": the project has no commune layer to compute densities "
                    "from; give INSEE's grid with --density-grid TABLE");
      }
      options.density.densities = core::commune_densities(project->cog(), *communes);
    }
  }
  const auto groups = core::adoption_rates(model, usage_id, *vintage, options);
  core::FractureOptions fracture_options;
  fracture_options.strata = options.strata;
  const auto fracture = core::fracture_metrics(model, usage_id, *vintage, fracture_options);
  fracture_options.weighting = core::Weighting::Population;
  const auto fracture_population =
      core::fracture_metrics(model, usage_id, *vintage, fracture_options);

  if (!json) {
    print_table(*usage, *vintage, by, groups, fracture, options.strata);
    return 0;
  }
  nlohmann::json out = {{"usage", usage_id},
                        {"label", usage->label},
                        {"vintage", *vintage},
                        {"by", by},
                        {"groups", nlohmann::json::array()}};
  for (const core::AdoptionGroup& g : groups) {
    out["groups"].push_back({
        {"key", g.key},
        {"label", g.label},
        {"communes", g.communes},
        {"population", g.population},
        {"covered_communes", g.covered_communes},
        {"observed_communes", g.observed_communes},
        {"adopted_communes", count_json(g.adopted_communes)},
        {"adoption_rate", optional_json(g.adoption_rate)},
        {"adoption_rate_population", optional_json(g.adoption_rate_population)},
    });
  }
  out["fracture"] = fracture_json(fracture, options.strata);
  out["fracture"]["weighting"] = "communes";
  out["fracture"]["by_population"] = fracture_json(fracture_population, options.strata);
  std::cout << out.dump(2) << '\n';
  return 0;
}

}  // namespace lumiere::app
