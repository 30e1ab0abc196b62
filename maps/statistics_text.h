#pragma once
// The words of the statistics of a usage (core/model/analytics.h) in the language in use: the
// groups' labels, the notes on the strata and the minimum of observed communes, the lines of the
// fracture and of the inequality between territories that `lumiere stats` prints, and one
// sentence per figure for the window's statistics dock. One wording for the command line and
// the window (translation context "Stats"). Thread-safe (reads the default QLocale only).
#include <QString>
#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "core/model/analytics.h"

namespace lumiere::maps {

// The vintage of the populations of the COG the sample data pins (@etalab/decoupage-administratif
// 6.0.0: INSEE's legal populations of 2023, in force from 2026).
inline constexpr int kPopulationVintage = 2023;

// A gap between two rates in percentage points: "12.3 points" ("12,3 points"); "n/a" without.
QString points_text(const std::optional<double>& gap);

// What the groups are, in the singular ("stratum", "département"...) and in the plural
// ("strata", "départements"...; Structure, whose groups overlap, gives "départements").
QString grouping_words(core::Grouping by);
QString grouping_plural(core::Grouping by);

// "500–999", "200,000 and more": stratum k of `strata`.
QString stratum_text(const core::Strata& strata, std::size_t k);
// "under 25 inh./km²", "25 to 100 inh./km²", "1,000 inh./km² and more".
QString density_band_text(const std::vector<double>& bands, std::size_t k);
// INSEE's names of the levels of its grille communale de densité (4 or 7 levels).
QString density_level_text(int level, int levels);
// The label of a group: a stratum or a density class in words, "No structure", "No EPCI",
// "Unknown density", else its code and the COG's name ("17 Charente-Maritime").
QString group_text(core::Grouping by, const core::AdoptionGroup& group,
                   const core::AdoptionOptions& options);

// The headings of the columns of a table of groups: communes, population, covered, observed,
// observed population, adopting, rate (by communes), rate by population.
enum class GroupColumn {
  Communes,
  Population,
  Covered,
  Observed,
  ObservedPopulation,
  Adopting,
  Rate,
  PopulationRate
};
QString column_heading(GroupColumn column);

// "Vintages: population 2023 (INSEE's legal populations, as in the COG), indicator 2024".
QString vintages_text(int vintage);
// "Strata: the 15 legal strata of the DGF (article L.2334-3 of the CGCT)" or Lumière's compact.
QString strata_scheme_text(const core::Strata& strata);
// The note under a table with groups under the minimum (marked "*").
QString below_minimum_note(std::size_t min_observed);
// The note under a table by structure: the rows add up to more than `communes`.
QString structures_overlap_note(const QString& communes);

// The lines of `lumiere stats` on the fracture (rates by communes) and on the inequality between
// the groups `groups` (by `between`), each ending with a line feed.
QString fracture_lines(const core::FractureMetrics& f, const core::Strata& strata,
                       std::size_t min_observed);
QString inequality_lines(const core::Inequality& q, const std::vector<core::AdoptionGroup>& groups,
                         core::Grouping between, const core::AdoptionOptions& options);

// One figure of the dock: its name, its value and one sentence saying what it measures, with
// the rates it comes from.
struct FigureText {
  QString name;
  QString value;
  QString sentence;
};

// The strata gap, the strata ratio and covered − uncovered, rates by communes or by population
// as the metrics were computed (`weighting`).
std::vector<FigureText> fracture_figures(const core::FractureMetrics& f, const core::Strata& strata,
                                         std::size_t min_observed, core::Weighting weighting);
// The population-weighted Gini, the coefficient of variation and the interdecile gap between the
// groups (by `between`), or one figure saying why there is no inequality to measure (fewer than
// two groups of `min_observed` observed communes).
std::vector<FigureText> inequality_figures(const core::Inequality& q,
                                           const std::vector<core::AdoptionGroup>& groups,
                                           core::Grouping between,
                                           const core::AdoptionOptions& options);

}  // namespace lumiere::maps
