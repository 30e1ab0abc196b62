#include "maps/statistics_text.h"

#include <QCoreApplication>
#include <QLatin1Char>
#include <cmath>

#include "maps/number_format.h"

namespace {

// The context of the texts, shared with app/stats_command.cpp.
struct Stats {
  Q_DECLARE_TR_FUNCTIONS(Stats)
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

namespace lumiere::maps {

QString points_text(const std::optional<double>& gap) {
  if (!gap) return format_percent(std::nullopt);
  return Stats::tr("%1 points").arg(format_number(*gap * 100, 1));
}

QString grouping_words(core::Grouping by) {
  switch (by) {
    case core::Grouping::Stratum:
      return Stats::tr("stratum");
    case core::Grouping::Departement:
      return Stats::tr("département");
    case core::Grouping::Region:
      return Stats::tr("région");
    case core::Grouping::Epci:
      return Stats::tr("EPCI");
    case core::Grouping::Structure:
      return Stats::tr("structure");
    case core::Grouping::Density:
      return Stats::tr("density class");
  }
  return {};
}

QString grouping_plural(core::Grouping by) {
  switch (by) {
    case core::Grouping::Stratum:
      return Stats::tr("strata");
    case core::Grouping::Region:
      return Stats::tr("régions");
    case core::Grouping::Epci:
      return Stats::tr("EPCI", "plural");
    case core::Grouping::Density:
      return Stats::tr("density classes");
    case core::Grouping::Departement:
    case core::Grouping::Structure:
      break;
  }
  return Stats::tr("départements");
}

QString stratum_text(const core::Strata& strata, std::size_t k) {
  const auto& b = strata.lower_bounds;
  if (k + 1 == b.size()) {
    return Stats::tr("%1 and more").arg(format_number(static_cast<double>(b[k]), 0));
  }
  return QStringLiteral("%1–%2").arg(format_number(static_cast<double>(b[k]), 0),
                                     format_number(static_cast<double>(b[k + 1] - 1), 0));
}

QString density_band_text(const std::vector<double>& bands, std::size_t k) {
  auto n = [](double v) { return format_number(v, v == std::floor(v) ? 0 : 1); };
  if (k + 1 == bands.size()) return Stats::tr("%1 inh./km² and more").arg(n(bands[k]));
  if (k == 0) return Stats::tr("under %1 inh./km²").arg(n(bands[1]));
  return Stats::tr("%1 to %2 inh./km²").arg(n(bands[k]), n(bands[k + 1]));
}

QString density_level_text(int level, int levels) {
  const QString four[] = {Stats::tr("Densely populated"), Stats::tr("Intermediate density"),
                          Stats::tr("Sparsely populated"), Stats::tr("Very sparsely populated")};
  const QString seven[] = {Stats::tr("Large urban centres"),
                           Stats::tr("Intermediate urban centres"),
                           Stats::tr("Urban belts"),
                           Stats::tr("Small towns"),
                           Stats::tr("Rural towns"),
                           Stats::tr("Rural with dispersed housing"),
                           Stats::tr("Rural with very dispersed housing")};
  if (levels == 4 && level >= 1 && level <= 4) return four[level - 1];
  if (levels == 7 && level >= 1 && level <= 7) return seven[level - 1];
  return QString::number(level);
}

QString group_text(core::Grouping by, const core::AdoptionGroup& g,
                   const core::AdoptionOptions& options) {
  if (by == core::Grouping::Stratum) return stratum_text(options.strata, std::stoul(g.key));
  if (g.key.empty()) {
    if (by == core::Grouping::Structure) return Stats::tr("No structure");
    if (by == core::Grouping::Epci) return Stats::tr("No EPCI");
    if (by == core::Grouping::Density) return Stats::tr("Unknown density");
  }
  if (by == core::Grouping::Density) {
    const int k = std::stoi(g.key);
    if (options.density.grid.empty()) {
      return density_band_text(options.density.bands, static_cast<std::size_t>(k));
    }
    int levels = 4;
    for (const auto& [code, level] : options.density.grid) {
      if (level > 4) levels = 7;
    }
    return density_level_text(k, levels);
  }
  return qs(g.key + " " + g.label);
}

QString column_heading(GroupColumn column) {
  switch (column) {
    case GroupColumn::Communes:
      return Stats::tr("Communes");
    case GroupColumn::Population:
      return Stats::tr("Population");
    case GroupColumn::Covered:
      return Stats::tr("Covered");
    case GroupColumn::Observed:
      return Stats::tr("Observed");
    case GroupColumn::ObservedPopulation:
      return Stats::tr("Obs. pop.");
    case GroupColumn::Adopting:
      return Stats::tr("Adopting");
    case GroupColumn::Rate:
      return Stats::tr("Rate");
    case GroupColumn::PopulationRate:
      return Stats::tr("Pop. rate");
  }
  return {};
}

QString vintages_text(int vintage) {
  return Stats::tr(
             "Vintages: population %1 (INSEE's legal populations, as in the COG), "
             "indicator %2")
      .arg(QString::number(kPopulationVintage), QString::number(vintage));
}

QString strata_scheme_text(const core::Strata& strata) {
  return strata.scheme == "dgf"
             ? Stats::tr("Strata: the 15 legal strata of the DGF (article L.2334-3 of the CGCT)")
             : Stats::tr("Strata: Lumière's compact scheme (9 strata, no official source)");
}

QString below_minimum_note(std::size_t min_observed) {
  return Stats::tr(
             "* fewer than %1 observed communes: shown, but left out of the highest and "
             "lowest and of the inequality between groups")
      .arg(QString::number(min_observed));
}

QString structures_overlap_note(const QString& communes) {
  return Stats::tr(
             "Structures overlap: a commune covered by several structures counts in the "
             "row of each, so the rows add up to more than the %1 communes.")
      .arg(communes);
}

QString fracture_lines(const core::FractureMetrics& f, const core::Strata& strata,
                       std::size_t min_observed) {
  const QString minimum = QString::number(min_observed);
  const QString none = format_percent(std::nullopt);
  const QString lowest = f.lowest_stratum ? stratum_text(strata, *f.lowest_stratum) : none;
  const QString highest = f.highest_stratum ? stratum_text(strata, *f.highest_stratum) : none;
  QString out = Stats::tr(
                    "Fracture between the smallest and the largest strata of %1 observed "
                    "communes or more (rates by communes): %2 %3, %4 %5, gap %6")
                    .arg(minimum, lowest, format_percent(f.lowest_stratum_rate), highest,
                         format_percent(f.highest_stratum_rate), points_text(f.strata_gap));
  if (f.strata_ratio) out += Stats::tr(", ratio %1").arg(format_number(*f.strata_ratio, 2));
  out += QLatin1Char('\n') +
         Stats::tr("  covered %1, not covered %2, gap %3")
             .arg(format_percent(f.covered_rate), format_percent(f.uncovered_rate),
                  points_text(f.covered_minus_uncovered)) +
         QLatin1Char('\n');
  return out;
}

QString inequality_lines(const core::Inequality& q, const std::vector<core::AdoptionGroup>& groups,
                         core::Grouping between, const core::AdoptionOptions& options) {
  const QString minimum = QString::number(options.min_observed);
  const QString none = format_percent(std::nullopt);
  auto named = [&](const std::optional<std::size_t>& i) {
    if (!i) return none;
    const auto& g = groups[*i];
    return group_text(between, g, options) + QLatin1Char(' ') +
           format_percent(g.adoption_rate_population);
  };
  QString out = Stats::tr(
                    "Inequality between %1 (rates by population, each weighted by its observed "
                    "population; %2 groups of %3 observed communes or more):")
                    .arg(grouping_plural(between), QString::number(q.groups), minimum) +
                QLatin1Char('\n');
  out += Stats::tr(
             "  population-weighted Gini of the rates %1, coefficient of variation %2; "
             "lowest %3, highest %4; P10 %5, P90 %6, interdecile gap %7")
             .arg(q.gini ? format_number(*q.gini, 3) : none,
                  q.coefficient_of_variation ? format_number(*q.coefficient_of_variation, 3) : none,
                  named(q.lowest), named(q.highest), format_percent(q.p10), format_percent(q.p90),
                  points_text(q.p10 && q.p90 ? std::optional<double>(*q.p90 - *q.p10)
                                             : std::nullopt)) +
         QLatin1Char('\n');
  out += Stats::tr(
             "  (The Gini is 0 when every group adopts at the same rate and grows towards 1 "
             "as adoption concentrates in some groups.)") +
         QLatin1Char('\n');
  if (!q.below_minimum.empty()) {
    out += (q.below_minimum.size() == 1
                ? Stats::tr("  1 group under %1 observed communes left out").arg(minimum)
                : Stats::tr("  %1 groups under %2 observed communes left out")
                      .arg(QString::number(q.below_minimum.size()), minimum)) +
           QLatin1Char('\n');
  }
  return out;
}

std::vector<FigureText> fracture_figures(const core::FractureMetrics& f, const core::Strata& strata,
                                         std::size_t min_observed, core::Weighting weighting) {
  const QString minimum = QString::number(min_observed);
  const bool by_population = weighting == core::Weighting::Population;
  std::vector<FigureText> out;

  FigureText gap{by_population ? Stats::tr("Gap between strata (rates by population)")
                               : Stats::tr("Gap between strata (rates by communes)"),
                 points_text(f.strata_gap),
                 {}};
  FigureText ratio{Stats::tr("Ratio between strata"),
                   f.strata_ratio ? format_number(*f.strata_ratio, 2) : format_percent({}),
                   {}};
  if (f.lowest_stratum && f.highest_stratum) {
    const QString lowest = stratum_text(strata, *f.lowest_stratum);
    const QString highest = stratum_text(strata, *f.highest_stratum);
    gap.sentence = Stats::tr(
                       "The adoption rate of the largest stratum of %1 observed communes or more "
                       "(%2: %3) minus that of the smallest (%4: %5); positive when the large "
                       "communes adopt more.")
                       .arg(minimum, highest, format_percent(f.highest_stratum_rate), lowest,
                            format_percent(f.lowest_stratum_rate));
    ratio.sentence = f.strata_ratio
                         ? Stats::tr(
                               "The rate of the largest stratum (%1) divided by that of the "
                               "smallest (%2).")
                               .arg(highest, lowest)
                         : Stats::tr(
                               "Not defined: no observed commune of the smallest stratum "
                               "(%1) adopts the usage.")
                               .arg(lowest);
  } else {
    gap.sentence = Stats::tr(
                       "No stratum has %1 observed communes or more: a handful of communes "
                       "gives a rate of chance, so there is no gap to measure.")
                       .arg(minimum);
    ratio.sentence =
        Stats::tr("Not defined: no stratum has %1 observed communes or more.").arg(minimum);
  }
  out.push_back(std::move(gap));
  out.push_back(std::move(ratio));

  FigureText covered{
      Stats::tr("Covered minus not covered"), points_text(f.covered_minus_uncovered), {}};
  if (f.covered_rate && f.uncovered_rate) {
    covered.sentence = Stats::tr(
                           "Communes covered by a structure offering the usage adopt at %1, "
                           "white zones at %2; a positive gap suggests, without proving it, "
                           "that pooling helps adoption.")
                           .arg(format_percent(f.covered_rate), format_percent(f.uncovered_rate));
  } else if (f.covered_rate) {
    covered.sentence = Stats::tr(
                           "Every observed commune is covered by a structure offering the usage "
                           "(they adopt at %1): there is no white zone to compare with.")
                           .arg(format_percent(f.covered_rate));
  } else if (f.uncovered_rate) {
    covered.sentence = Stats::tr(
                           "No observed commune is covered by a structure offering the usage "
                           "(they adopt at %1): there is nothing to compare with.")
                           .arg(format_percent(f.uncovered_rate));
  } else {
    covered.sentence = Stats::tr("No commune is observed: there is nothing to compare.");
  }
  out.push_back(std::move(covered));
  return out;
}

std::vector<FigureText> inequality_figures(const core::Inequality& q,
                                           const std::vector<core::AdoptionGroup>& groups,
                                           core::Grouping between,
                                           const core::AdoptionOptions& options) {
  const QString minimum = QString::number(options.min_observed);
  const QString plural = grouping_plural(between);
  std::vector<FigureText> out;
  if (q.groups < 2 || !q.gini) {
    out.push_back({Stats::tr("Inequality between %1").arg(plural), format_percent({}),
                   Stats::tr("Fewer than two %1 have %2 observed communes or more: there is no "
                             "inequality between them to measure.")
                       .arg(plural, minimum)});
    return out;
  }
  auto named = [&](std::size_t i) {
    const auto& g = groups[i];
    return group_text(between, g, options) + QStringLiteral(" (") +
           format_percent(g.adoption_rate_population) + QLatin1Char(')');
  };
  QString left_out;
  if (!q.below_minimum.empty()) {
    left_out = QLatin1Char(' ') + Stats::tr("%1 under %2 observed communes are left out.")
                                      .arg(QString::number(q.below_minimum.size()), minimum);
  }
  out.push_back(
      {Stats::tr("Gini between %1").arg(plural), format_number(*q.gini, 3),
       Stats::tr("The population-weighted Gini of the adoption rates by population of %1 %2: 0 "
                 "when all adopt at the same rate, growing towards 1 as adoption concentrates "
                 "in some; lowest %3, highest %4.")
               .arg(QString::number(q.groups), plural, named(*q.lowest), named(*q.highest)) +
           left_out});
  if (q.coefficient_of_variation) {
    out.push_back({Stats::tr("Coefficient of variation"),
                   format_number(*q.coefficient_of_variation, 3),
                   Stats::tr("The standard deviation of the rates of the %1, weighted by their "
                             "observed population, over their weighted mean.")
                       .arg(plural)});
  }
  if (q.p10 && q.p90) {
    out.push_back({Stats::tr("Interdecile gap"), points_text(*q.p90 - *q.p10),
                   Stats::tr("P90 (%1) minus P10 (%2): at least a tenth of the observed "
                             "population lives in %3 adopting at %2 or less, and at least a "
                             "tenth in %3 adopting at %1 or more.")
                       .arg(format_percent(q.p90), format_percent(q.p10), plural)});
  }
  return out;
}

}  // namespace lumiere::maps
