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
#include "maps/statistics_text.h"

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
  nlohmann::json under = nlohmann::json::array();
  for (std::size_t k : f.strata_below_minimum) under.push_back(strata.labels[k]);
  return {
      {"lowest_stratum", stratum(f.lowest_stratum)},
      {"highest_stratum", stratum(f.highest_stratum)},
      {"lowest_stratum_rate", optional_json(f.lowest_stratum_rate)},
      {"highest_stratum_rate", optional_json(f.highest_stratum_rate)},
      {"strata_gap", optional_json(f.strata_gap)},
      {"strata_ratio", optional_json(f.strata_ratio)},
      {"strata_below_minimum", under},
      {"covered_rate", optional_json(f.covered_rate)},
      {"uncovered_rate", optional_json(f.uncovered_rate)},
      {"covered_minus_uncovered", optional_json(f.covered_minus_uncovered)},
  };
}

nlohmann::json inequality_json(const core::Inequality& q,
                               const std::vector<core::AdoptionGroup>& groups,
                               const std::string& between) {
  auto key = [&](const std::optional<std::size_t>& i) {
    return i ? nlohmann::json(groups[*i].key) : nlohmann::json(nullptr);
  };
  return {{"between", between},
          {"weighting", "population"},
          {"groups", q.groups},
          {"below_minimum", q.below_minimum},
          {"gini", optional_json(q.gini)},
          {"coefficient_of_variation", optional_json(q.coefficient_of_variation)},
          {"p10", optional_json(q.p10)},
          {"p90", optional_json(q.p90)},
          {"lowest", key(q.lowest)},
          {"highest", key(q.highest)}};
}

// Text padded to `width` characters (counting UTF-8 code points); never cut.
std::string pad(const std::string& text, std::size_t width, bool right) {
  std::size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  if (chars >= width) return text;
  const std::string spaces(width - chars, ' ');
  return right ? spaces + text : text + spaces;
}

std::size_t code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// What the table says besides its groups.
struct TableContext {
  core::Grouping by = core::Grouping::Stratum;
  const core::AdoptionOptions* options = nullptr;
  std::size_t communes = 0;           // in the territory
  std::size_t overseas_communes = 0;  // of the COM, left out unless asked
  bool with_com = false;
  const core::FractureMetrics* fracture = nullptr;
  const core::Inequality* inequality = nullptr;
  const std::vector<core::AdoptionGroup>* inequality_groups = nullptr;
  core::Grouping inequality_by = core::Grouping::Stratum;
};

void print_table(const core::Usage& usage, int vintage,
                 const std::vector<core::AdoptionGroup>& groups, const TableContext& t) {
  const core::AdoptionOptions& options = *t.options;
  const core::Strata& strata = options.strata;
  const QString n_communes = qs(group_digits(t.communes));
  QString out = Stats::tr("%1 (%2), vintage %3, by %4")
                    .arg(qs(usage.label), qs(usage.id), QString::number(vintage),
                         maps::grouping_words(t.by)) +
                QLatin1Char('\n');
  out += (t.with_com ? Stats::tr("Communes of metropolitan France, the DROM and the overseas "
                                 "collectivities: %1")
                           .arg(n_communes)
                     : Stats::tr("Communes of metropolitan France and the DROM: %1 (the %2 "
                                 "entities of the overseas collectivities are left out; "
                                 "--with-com adds them)")
                           .arg(n_communes, qs(group_digits(t.overseas_communes)))) +
         QLatin1Char('\n');
  out += maps::vintages_text(vintage) + QLatin1Char('\n');
  out += maps::strata_scheme_text(strata) + QLatin1Char('\n');
  const bool structures = t.by == core::Grouping::Structure;
  const std::string group_heading =
      (structures ? Stats::tr("Structure") : Stats::tr("Group")).toStdString();
  std::vector<std::string> names;
  std::size_t label_width = std::max<std::size_t>(6, code_points(group_heading));
  bool any_below = false;
  for (const auto& g : groups) {
    // Structures: the id in the first column, the whole name after the figures.
    std::string name = structures ? (g.key.empty() ? "-" : g.key)
                                  : maps::group_text(t.by, g, options).toStdString();
    if (g.below_minimum) name += " *";
    any_below = any_below || g.below_minimum;
    label_width = std::max(label_width, code_points(name));
    names.push_back(std::move(name));
  }
  constexpr std::size_t kWidths[] = {9, 11, 9, 9, 11, 10, 8, 9};
  using maps::GroupColumn;
  const QString headings[] = {maps::column_heading(GroupColumn::Communes),
                              maps::column_heading(GroupColumn::Population),
                              maps::column_heading(GroupColumn::Covered),
                              maps::column_heading(GroupColumn::Observed),
                              maps::column_heading(GroupColumn::ObservedPopulation),
                              maps::column_heading(GroupColumn::Adopting),
                              maps::column_heading(GroupColumn::Rate),
                              maps::column_heading(GroupColumn::PopulationRate)};
  auto row = [&](const std::string& label, const std::vector<std::string>& cells,
                 const QString& tail) {
    std::string line = pad(label, label_width, false);
    for (std::size_t i = 0; i < cells.size(); ++i) line += ' ' + pad(cells[i], kWidths[i], true);
    out += qs(line);
    if (!tail.isEmpty()) out += QStringLiteral("  ") + tail;
    out += QLatin1Char('\n');
  };
  std::vector<std::string> heading_cells;
  for (const QString& h : headings) heading_cells.push_back(h.toStdString());
  row(group_heading, heading_cells, structures ? Stats::tr("Name") : QString());
  for (std::size_t k = 0; k < groups.size(); ++k) {
    const auto& g = groups[k];
    row(names[k],
        {group_digits(g.communes), group_digits(g.population), group_digits(g.covered_communes),
         group_digits(g.observed_communes), group_digits(g.observed_population),
         maps::format_number(g.adopted_communes,
                             g.adopted_communes == std::floor(g.adopted_communes) ? 0 : 1)
             .toStdString(),
         percent(g.adoption_rate), percent(g.adoption_rate_population)},
        structures ? (g.key.empty() ? Stats::tr("No structure") : qs(g.label)) : QString());
  }
  if (any_below) out += maps::below_minimum_note(options.min_observed) + QLatin1Char('\n');
  if (structures) out += maps::structures_overlap_note(n_communes) + QLatin1Char('\n');
  out += maps::fracture_lines(*t.fracture, strata, options.min_observed);
  out += maps::inequality_lines(*t.inequality, *t.inequality_groups, t.inequality_by, options);
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
                           "[--strata dgf|compact] [--with-com] [--density-grid TABLE] "
                           "[--vintage YEAR] [--json]"),
                 Stats::tr("The adoption of a usage by group and the fracture metrics, as a table "
                           "or as JSON."));
  cl.option(QStringLiteral("project"), Stats::tr("FILE.gpkg"), Stats::tr("the project to read"));
  cl.option(QStringLiteral("usage"), Stats::tr("ID"), Stats::tr("the usage (e.g. actes)"));
  cl.option(QStringLiteral("by"), Stats::tr("GROUPS"),
            Stats::tr("the groups: strate (by default), departement, region, epci, structure or "
                      "densite"));
  cl.option(QStringLiteral("strata"), Stats::tr("SCHEME"),
            Stats::tr("the population strata: dgf (by default, the 15 legal strata of article "
                      "L.2334-3 of the CGCT) or compact (Lumière's 9)"));
  cl.flag(QStringLiteral("with-com"),
          Stats::tr("count the entities of the overseas collectivities (COM) too; by default "
                    "metropolitan France and the DROM only"));
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
  const std::string scheme = cl.optional_value(QStringLiteral("strata")).value_or("dgf");
  const bool with_com = cl.is_set(QStringLiteral("with-com"));
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
  if (scheme != "dgf" && scheme != "compact") {
    return cl.misuse(Stats::tr("--strata takes dgf or compact, not \"%1\"").arg(qs(scheme)));
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
  options.strata = scheme == "compact" ? core::Strata::compact() : core::Strata::dgf();
  options.territory =
      with_com ? core::Territory::WithOverseasCollectivities : core::Territory::MetropoleAndDrom;
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
  // Inequality between the groups of the table; structures overlap, so between départements.
  const core::Grouping inequality_by =
      *grouping == core::Grouping::Structure ? core::Grouping::Departement : *grouping;
  std::vector<core::AdoptionGroup> departements;
  if (by == "structure") {
    core::AdoptionOptions by_departement = options;
    by_departement.by = core::Grouping::Departement;
    departements = core::adoption_rates(model, usage_id, *vintage, by_departement);
  }
  const auto& inequality_groups = by == "structure" ? departements : groups;
  const core::Inequality inequality =
      core::rate_inequality(inequality_groups, core::Weighting::Population, options.min_observed);
  std::size_t communes = 0, overseas = 0;
  for (const core::CogCommune& c : project->cog().communes()) {
    if (c.type != core::CommuneType::Current) continue;
    const bool com = core::is_overseas_collectivity(c.departement);
    overseas += com;
    communes += with_com || !com;
  }
  core::FractureOptions fracture_options;
  fracture_options.strata = options.strata;
  fracture_options.territory = options.territory;
  fracture_options.min_observed = options.min_observed;
  const auto fracture = core::fracture_metrics(model, usage_id, *vintage, fracture_options);
  fracture_options.weighting = core::Weighting::Population;
  const auto fracture_population =
      core::fracture_metrics(model, usage_id, *vintage, fracture_options);

  if (!json) {
    TableContext t;
    t.by = *grouping;
    t.options = &options;
    t.communes = communes;
    t.overseas_communes = overseas;
    t.with_com = with_com;
    t.fracture = &fracture;
    t.inequality = &inequality;
    t.inequality_groups = &inequality_groups;
    t.inequality_by = inequality_by;
    print_table(*usage, *vintage, groups, t);
    return 0;
  }
  nlohmann::json out = {
      {"usage", usage_id},
      {"label", usage->label},
      {"vintage", *vintage},
      {"population_vintage", maps::kPopulationVintage},
      {"by", by},
      {"territory", with_com ? "metropole_drom_com" : "metropole_drom"},
      {"communes", communes},
      {"strata",
       {{"scheme", options.strata.scheme}, {"lower_bounds", options.strata.lower_bounds}}},
      {"min_observed", options.min_observed},
      {"groups", nlohmann::json::array()}};
  for (const core::AdoptionGroup& g : groups) {
    out["groups"].push_back({
        {"key", g.key},
        {"label", g.label},
        {"communes", g.communes},
        {"population", g.population},
        {"covered_communes", g.covered_communes},
        {"observed_communes", g.observed_communes},
        {"observed_population", g.observed_population},
        {"below_minimum", g.below_minimum},
        {"adopted_communes", count_json(g.adopted_communes)},
        {"adoption_rate", optional_json(g.adoption_rate)},
        {"adoption_rate_population", optional_json(g.adoption_rate_population)},
    });
  }
  out["fracture"] = fracture_json(fracture, options.strata);
  out["fracture"]["weighting"] = "communes";
  out["fracture"]["by_population"] = fracture_json(fracture_population, options.strata);
  out["inequality"] =
      inequality_json(inequality, inequality_groups, by == "structure" ? "departement" : by);
  std::cout << out.dump(2) << '\n';
  return 0;
}

}  // namespace lumiere::app
