#include "stats_command.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/cli_number.h"
#include "app/command_line.h"
#include "app/opened_project.h"
#include "core/cog/cog_match.h"
#include "core/model/analytics.h"
#include "core/project/project.h"
#include "core/tables/indicator_import.h"
#include "maps/number_format.h"

namespace {

// The context of the command's texts.
struct Stats {
  Q_DECLARE_TR_FUNCTIONS(Stats)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

namespace lumiere::app {
namespace {

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

// A gap between two rates, in percentage points: "12.3 points" ("12,3 points").
QString points(const std::optional<double>& gap) {
  if (!gap) return qs(percent(std::nullopt));
  return Stats::tr("%1 points").arg(maps::format_number(*gap * 100, 1));
}

// What the groups are, in the heading: "stratum", "département"...
QString grouping_words(const std::string& by) {
  if (by == "strate") return Stats::tr("stratum");
  if (by == "departement") return Stats::tr("département");
  if (by == "region") return Stats::tr("région");
  if (by == "epci") return Stats::tr("EPCI");
  if (by == "structure") return Stats::tr("structure");
  if (by == "densite") return Stats::tr("density class");
  return qs(by);
}

std::size_t code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

void print_table(const core::Usage& usage, int vintage, const std::string& by,
                 const std::vector<core::AdoptionGroup>& groups, const core::FractureMetrics& f,
                 const core::Strata& strata) {
  QString out =
      Stats::tr("%1 (%2), vintage %3, by %4")
          .arg(qs(usage.label), qs(usage.id), QString::number(vintage), grouping_words(by)) +
      QLatin1Char('\n');
  const std::string group_heading = Stats::tr("Group").toStdString();
  std::size_t label_width = std::max<std::size_t>(6, code_points(group_heading));
  auto name = [&](const core::AdoptionGroup& g) {
    return by == "strate" || by == "structure" || by == "densite" || g.key.empty()
               ? g.label
               : g.key + " " + g.label;
  };
  for (const auto& g : groups) {
    label_width = std::min<std::size_t>(std::max(label_width, code_points(name(g))), 40);
  }
  // The columns: their headings and widths (a cell longer than its column is cut, with "…").
  constexpr std::size_t kWidths[] = {9, 11, 9, 9, 10, 7, 9};
  const QString headings[] = {Stats::tr("Communes"), Stats::tr("Population"), Stats::tr("Covered"),
                              Stats::tr("Observed"), Stats::tr("Adopting"),   Stats::tr("Rate"),
                              Stats::tr("Pop. rate")};
  auto row = [&](const std::string& label, const std::vector<std::string>& cells) {
    std::string line = pad(label, label_width, false);
    for (std::size_t i = 0; i < cells.size(); ++i) line += ' ' + pad(cells[i], kWidths[i], true);
    out += qs(line) + QLatin1Char('\n');
  };
  std::vector<std::string> heading_cells;
  for (const QString& h : headings) heading_cells.push_back(h.toStdString());
  row(group_heading, heading_cells);
  for (const auto& g : groups) {
    row(name(g), {group_digits(g.communes), group_digits(g.population),
                  group_digits(g.covered_communes), group_digits(g.observed_communes),
                  maps::format_number(g.adopted_communes,
                                      g.adopted_communes == std::floor(g.adopted_communes) ? 0 : 1)
                      .toStdString(),
                  percent(g.adoption_rate), percent(g.adoption_rate_population)});
  }
  const QString none = qs(percent(std::nullopt));
  const QString lowest = f.lowest_stratum ? qs(strata.labels[*f.lowest_stratum]) : none;
  const QString highest = f.highest_stratum ? qs(strata.labels[*f.highest_stratum]) : none;
  out += Stats::tr("Fracture (rates by communes): stratum %1 %2, stratum %3 %4, gap %5")
             .arg(lowest, qs(percent(f.lowest_stratum_rate)), highest,
                  qs(percent(f.highest_stratum_rate)), points(f.strata_gap));
  if (f.strata_ratio) {
    out += Stats::tr(", ratio %1").arg(maps::format_number(*f.strata_ratio, 2));
  }
  out +=
      QLatin1Char('\n') +
      Stats::tr("  covered %1, not covered %2, gap %3; Gini index %4")
          .arg(qs(percent(f.covered_rate)), qs(percent(f.uncovered_rate)),
               points(f.covered_minus_uncovered), f.gini ? maps::format_number(*f.gini, 3) : none) +
      QLatin1Char('\n');
  print_out(out);
}

// INSEE's grille communale de densité from a table (CSV, XLSX, ODS): the commune codes and the
// first column whose values are levels 1 to 7 (DENS or DENS7 in INSEE's files).
core::Result<std::unordered_map<std::string, int>> density_grid(const std::string& path,
                                                                const core::CogRegistry& cog) {
  auto unreadable = [&path](const core::Error& cause) {
    return core::because(core::Error{core::MessageCode::AppDensityGridUnreadable, {path}, {}},
                         cause);
  };
  auto table = core::import_indicators(path, cog);
  if (!table) return unreadable(table.error());
  // Levels are categories: the rows of old communes that now form one commune must not be added
  // up as counts would be (the first row of the current commune's code is kept).
  core::IndicatorImportOptions as_categories;
  for (const core::ImportedColumn& column : table->columns) {
    as_categories.types[column.name] = core::ColumnType::Category;
  }
  table = core::import_indicators(path, cog, as_categories);
  if (!table) return unreadable(table.error());
  auto level_of = [](const core::ImportedValue& v) -> std::optional<int> {
    double x = 0;
    if (const double* d = std::get_if<double>(&v))
      x = *d;
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
  return core::Error{core::MessageCode::AppDensityGridNoLevels, {path}, {}};
}

}  // namespace

int run_stats(const std::vector<std::string>& args) {
  CommandLine cl("stats",
                 Stats::tr("--project FILE.gpkg --usage ID "
                           "[--by strate|departement|region|epci|structure|densite] "
                           "[--density-grid TABLE] [--vintage YEAR] [--json]"),
                 Stats::tr("The adoption of a usage by group and the fracture metrics, as a table "
                           "or as JSON."));
  cl.option(QStringLiteral("project"), Stats::tr("FILE.gpkg"), Stats::tr("the project to read"));
  cl.option(QStringLiteral("usage"), Stats::tr("ID"), Stats::tr("the usage (e.g. actes)"));
  cl.option(QStringLiteral("by"), Stats::tr("GROUPS"),
            Stats::tr("the groups: strate (by default), departement, region, epci, structure or "
                      "densite"));
  cl.option(QStringLiteral("density-grid"), Stats::tr("TABLE"),
            Stats::tr("INSEE's grille communale de densité (CSV, XLSX, ODS), with --by densite"));
  cl.option(QStringLiteral("vintage"), Stats::tr("YEAR"),
            Stats::tr("the vintage (by default the latest)"));
  cl.flag(QStringLiteral("json"), Stats::tr("write JSON instead of the table"));
  if (auto exit = cl.parse(args)) return *exit;
  if (const auto operands = cl.operands(); !operands.empty()) {
    return cl.misuse(Stats::tr("unexpected argument %1").arg(qs(operands.front())));
  }
  const std::string project_path = cl.value(QStringLiteral("project"));
  const std::string usage_id = cl.value(QStringLiteral("usage"));
  const std::string by = cl.optional_value(QStringLiteral("by")).value_or("strate");
  const std::string grid_path = cl.value(QStringLiteral("density-grid"));
  const bool json = cl.is_set(QStringLiteral("json"));
  std::optional<int> vintage;
  if (const auto v = cl.optional_value(QStringLiteral("vintage"))) {
    vintage = parse_year(*v);
    if (!vintage) {
      return cl.misuse(
          Stats::tr("--vintage takes a year from 1990 to 2100 (e.g. --vintage 2024), not \"%1\"")
              .arg(qs(*v)));
    }
  }
  if (project_path.empty()) return cl.misuse(Stats::tr("no project: give --project FILE.gpkg"));
  if (usage_id.empty()) {
    return cl.misuse(Stats::tr("no usage: give --usage ID (e.g. --usage actes)"));
  }
  const auto grouping = parse_grouping(by);
  if (!grouping) {
    return cl.misuse(Stats::tr("--by takes strate, departement, region, epci, structure or "
                               "densite, not \"%1\"")
                         .arg(qs(by)));
  }
  if (!grid_path.empty() && *grouping != core::Grouping::Density) {
    return cl.misuse(Stats::tr("--density-grid goes with --by densite"));
  }
  // Both paths checked before the project is opened: a FIFO must not block.
  if (auto refused = cl.check_input_file(project_path)) return *refused;
  if (!grid_path.empty()) {
    if (auto refused = cl.check_input_file(grid_path)) return *refused;
  }

  // Reads only: no lock, the indicator values of this usage only, and no geometry unless the
  // densities are computed from the communes' areas.
  core::OpenOptions open;
  open.mode = core::OpenMode::ReadOnly;
  open.indicator_usages = std::vector<std::string>{usage_id};
  open.layers = *grouping == core::Grouping::Density && grid_path.empty();
  auto project = open_for_command(cl, project_path, open);
  if (!project) return cl.fail(project.error());
  const core::Model& model = project->model();
  const core::Usage* usage = model.usage(usage_id);
  if (!usage) {
    QStringList known;
    for (const core::Usage& u : model.usages()) known.push_back(qs(u.id));
    return cl.fail(Stats::tr("the project has no usage \"%1\" (its usages: %2)")
                       .arg(qs(usage_id), known.join(QStringLiteral(", "))));
  }
  const std::vector<int> vintages = model.vintages(usage_id);
  if (vintages.empty()) {
    return cl.fail(Stats::tr("the project has no value of the usage \"%1\": import some with "
                             "lumiere import indicators")
                       .arg(qs(usage_id)));
  }
  if (!vintage) vintage = vintages.back();
  if (std::find(vintages.begin(), vintages.end(), *vintage) == vintages.end()) {
    QStringList known;
    for (int v : vintages) known.push_back(QString::number(v));
    return cl.fail(
        Stats::tr("the project has no value of the usage \"%1\" for %2 (its vintages: "
                  "%3)")
            .arg(qs(usage_id), QString::number(*vintage), known.join(QStringLiteral(", "))));
  }

  core::AdoptionOptions options;
  options.by = *grouping;
  if (*grouping == core::Grouping::Density) {
    if (!grid_path.empty()) {
      auto grid = density_grid(grid_path, project->cog());
      if (!grid) return cl.fail(grid.error());
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
        return cl.fail(Stats::tr("%1: the project has no commune layer to compute densities "
                                 "from; give INSEE's grid with --density-grid TABLE")
                           .arg(qs(project_path)));
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
