#pragma once
// Results derived from a Model: which communes each membership covers, the coverage of a usage,
// white zones, adoption rates by group and the metrics of the fracture numérique. Coverage is
// cached in the Model for its current revision and recomputed after any change; the other results
// are computed on demand from it (one pass over the communes and the values of one vintage).
// The communes are the current communes of the Model's COG, with the COG's populations.
//
// Definitions (for the user guide):
// - A membership *covers* communes: a commune member covers itself; an EPCI member covers the
//   member communes the COG lists for that EPCI; a département member covers every current
//   commune of the département. The dates of memberships are not considered yet: every membership
//   in the model counts.
// - A commune is *covered* for a usage by a structure when that structure offers the usage AND
//   at least one of its memberships that covers the commune subscribes the usage. The *coverage
//   count* of a commune is the number of distinct structures that cover it for the usage (a
//   commune covered by one structure both directly and through its EPCI counts once); a count of
//   two or more is an overlap.
// - A *white zone* of a usage is a commune whose coverage count is zero.
// - The *adoption* a(c) of a commune for a usage and a vintage comes from its indicator value:
//   Binary measure: 1 when adopted is yes, 0 when no; when only a level is given, 1 if the level
//   is above 0, else 0. Rate measure: the level when given, else 1 or 0 from adopted yes/no.
//   A commune without a value for that usage and vintage is *not observed* and left out of the
//   rates (numerator and denominator); groups say how many communes were observed.
// - The *adoption rate by communes* of a group is the mean of a(c) over its observed communes;
//   the *adoption rate by population* is Σ pop(c)·a(c) / Σ pop(c) over its observed communes.
// - The *territory* of the rates is metropolitan France and the DROM by default (INSEE's count of
//   communes); the entities of the overseas collectivities (COM: départements 975, 977, 978 and
//   98x of the COG) are added on request (Territory::WithOverseasCollectivities).
// - A group with fewer than `min_observed` observed communes (30 by default) is *under the
//   minimum*: it is listed, but left out of the highest and lowest and of the inequality measures,
//   since a handful of communes gives a rate of chance.
// - A *scope* (AdoptionOptions::communes, FractureOptions::communes) restricts every figure to a
//   set of current communes — a région, a département, an EPCI, the communes selected on the
//   map — within the territory: the groups, their counts and rates, the fracture.
//
// Any thread: several threads may ask for the figures of one Model at once (one lock guards its
// cache), as long as the Model does not change meanwhile.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/layers/vector_layer.h"
#include "core/model/model.h"

namespace lumiere::core {

// Which communes the rates count: metropolitan France and the DROM (the communes INSEE counts:
// 34,875 in the sample COG), or those and the entities of the overseas collectivities (94).
enum class Territory { MetropoleAndDrom, WithOverseasCollectivities };

// True for a département code of an overseas collectivity (COM) in the COG: 975
// (Saint-Pierre-et-Miquelon), 977 (Saint-Barthélemy), 978 (Saint-Martin), 984 (TAAF), 986
// (Wallis-et-Futuna), 987 (Polynésie française), 988 (Nouvelle-Calédonie), 989 (Clipperton).
bool is_overseas_collectivity(std::string_view departement);

// Groups with fewer observed communes are under the minimum (see the definitions above).
inline constexpr std::size_t kMinObservedCommunes = 30;

// The communes the figures count, as codes of current communes: none (a null pointer) counts
// every commune of the territory; a set counts only the communes of the territory it holds (an
// empty set counts none). Codes that are not current communes of the COG are ignored. Shared and
// immutable, so options stay cheap to copy.
using CommuneScope = std::shared_ptr<const std::unordered_set<std::string>>;

// The current communes of the COG a membership covers (see the definitions above), as codes.
std::vector<std::string> covered_communes(const CogRegistry& cog, const Membership& membership);

// The coverage of one usage over all current communes of the COG.
struct Coverage {
  std::string usage;
  std::vector<std::string> codes;         // every current commune, in COG order
  std::vector<std::int64_t> populations;  // per commune
  std::vector<std::uint32_t> structures;  // per commune: how many structures cover it
  std::size_t covered_communes = 0;       // with a count of one or more
  std::int64_t covered_population = 0;
  std::size_t overlapping_communes = 0;  // with a count of two or more
  std::size_t total_communes = 0;
  std::int64_t total_population = 0;
};

// Cached for the Model's revision; the pointer stays valid after the Model changes.
std::shared_ptr<const Coverage> coverage(const Model& model, std::string_view usage);
// The communes reached by no structure for the usage, in COG order.
std::vector<std::string> white_zones(const Model& model, std::string_view usage);
// The current communes a structure covers: through every membership, or only those subscribing
// `usage` when given. Sorted, without repeats.
std::vector<std::string> structure_communes(const Model& model, std::string_view structure_id,
                                            std::optional<std::string_view> usage = {});

// Population strata: stratum i holds the communes with lower_bounds[i] <= population <
// lower_bounds[i + 1] (the last one has no upper bound). Bounds are increasing, the first is 0.
// Each scheme is named by its source (`scheme`).
struct Strata {
  std::string scheme = "custom";  // "dgf", "compact" or "custom"
  std::vector<std::int64_t> lower_bounds;
  std::vector<std::string> labels;
  // The 15 legal strata of the DGF (article L.2334-3 of the CGCT): 0–499, 500–999,
  // 1 000–1 999, 2 000–3 499, 3 500–4 999, 5 000–7 499, 7 500–9 999, 10 000–14 999,
  // 15 000–19 999, 20 000–34 999, 35 000–49 999, 50 000–74 999, 75 000–99 999,
  // 100 000–199 999, 200 000 and more. The default.
  static Strata dgf();
  // Lumière's compact scheme, 9 strata, no official source: < 500, 500–1 999, 2 000–3 499,
  // 3 500–4 999, 5 000–9 999, 10 000–19 999, 20 000–49 999, 50 000–99 999, ≥ 100 000.
  static Strata compact();
  // Strata from increasing bounds (the first must be 0), labelled "a–b" and "≥ a".
  static Result<Strata> from_bounds(std::vector<std::int64_t> lower_bounds);
  std::size_t stratum_of(std::int64_t population) const;
};

enum class Grouping { Departement, Region, Epci, Structure, Stratum, Density };
enum class AdoptionMeasure { Binary, Rate };
enum class Weighting { Communes, Population };

// Density classes of communes (Grouping::Density). INSEE's grille communale de densité, when the
// user has imported it, gives each commune its level (1 = most dense); otherwise communes fall in
// bands of computed density (population over area, inhabitants per km²).
struct DensityClasses {
  // INSEE's grid: commune code → level, 1..4 (the four-level grid) or 1..7 (the seven-level one
  // of 2022). Used when not empty.
  std::unordered_map<std::string, int> grid;
  // Otherwise: commune code → inhabitants per km² (commune_densities), in bands of lower bounds
  // `bands` (increasing, the first 0): < 25, 25–99, 100–299, 300–999, ≥ 1 000 by default.
  std::unordered_map<std::string, double> densities;
  std::vector<double> bands = {0, 25, 100, 300, 1000};
};

struct AdoptionOptions {
  Grouping by = Grouping::Stratum;
  Strata strata = Strata::dgf();
  AdoptionMeasure measure = AdoptionMeasure::Binary;
  DensityClasses density;  // for Grouping::Density
  Territory territory = Territory::MetropoleAndDrom;
  std::size_t min_observed = kMinObservedCommunes;
  CommuneScope communes;  // none: all of the territory
};

// One group of communes. With Grouping::Structure a commune belongs to the group of every
// structure that covers it for the usage (groups overlap), and white zones form a first group of
// key "" ("Aucune structure"); communes without an EPCI form the group "" of Grouping::Epci.
struct AdoptionGroup {
  std::string key;  // département, région or EPCI code, structure id, stratum index
  std::string label;
  std::size_t communes = 0;
  std::int64_t population = 0;
  std::size_t covered_communes = 0;   // of those, covered for the usage
  std::size_t observed_communes = 0;  // with a value for the usage and vintage
  std::int64_t observed_population = 0;
  double adopted_communes = 0;                     // Σ a(c) over observed communes
  std::optional<double> adoption_rate;             // by communes; nothing when none observed
  std::optional<double> adoption_rate_population;  // by population
  bool below_minimum = false;                      // observed_communes < min_observed
};

// Groups in key order (strata in increasing order); groups without any commune are left out,
// except strata, which are all listed. With Grouping::Density the keys are the grid level or the
// band index (0 = least dense band) and communes of unknown density form a last group "" ("Densité
// inconnue").
std::vector<AdoptionGroup> adoption_rates(const Model& model, std::string_view usage, int vintage,
                                          const AdoptionOptions& options = {});

struct FractureOptions {
  Strata strata = Strata::dgf();
  AdoptionMeasure measure = AdoptionMeasure::Binary;
  Weighting weighting = Weighting::Communes;
  Territory territory = Territory::MetropoleAndDrom;
  std::size_t min_observed = kMinObservedCommunes;
  CommuneScope communes;  // none: all of the territory
};

// The metrics of the fracture numérique for one usage and vintage. Rates are by communes or by
// population according to FractureOptions::weighting.
// - lowest_stratum_rate / highest_stratum_rate: the adoption rates of the smallest and of the
//   largest population strata that have at least `min_observed` observed communes (the strata
//   under that minimum are listed in strata_below_minimum).
// - strata_gap = highest_stratum_rate − lowest_stratum_rate (in rate points; positive when the
//   large communes adopt more).
// - strata_ratio = highest_stratum_rate / lowest_stratum_rate; nothing when the lowest is 0.
// - covered_rate / uncovered_rate: the adoption rates of the observed communes covered for the
//   usage by at least one structure, and of those covered by none;
//   covered_minus_uncovered = covered_rate − uncovered_rate.
// There is no Gini over the communes: for a yes/no indicator it is exactly 1 − the national rate
// and says nothing of inequality between territories (rate_inequality measures that).
struct FractureMetrics {
  std::optional<double> lowest_stratum_rate;
  std::optional<double> highest_stratum_rate;
  std::optional<std::size_t> lowest_stratum;  // index in the strata
  std::optional<std::size_t> highest_stratum;
  std::optional<double> strata_gap;
  std::optional<double> strata_ratio;
  std::optional<double> covered_rate;
  std::optional<double> uncovered_rate;
  std::optional<double> covered_minus_uncovered;
  std::vector<std::size_t> strata_below_minimum;  // indices of strata under min_observed
};

FractureMetrics fracture_metrics(const Model& model, std::string_view usage, int vintage,
                                 const FractureOptions& options = {});

// Inequality between the adoption rates of territories (the groups of adoption_rates: départements,
// EPCI, strata...). Each group with a key (not the white zones, communes without an EPCI or of
// unknown density) and at least `min_observed` observed communes enters with its rate (by
// population or by communes, as `weighting`) and a weight: its observed population or its
// number of observed communes.
// - gini: the weighted Gini coefficient of the groups' rates (formula of gini() below): 0 when
//   every group adopts at the same rate, larger as adoption concentrates in some groups.
// - coefficient_of_variation: the weighted standard deviation of the rates over their weighted
//   mean.
// - p10 / p90: weighted deciles of the rates (the lowest rate whose groups, taken from the lowest
//   rate up, reach 10 % and 90 % of the total weight); interdecile = p90 − p10.
// - lowest / highest: the groups of lowest and highest rate (first in key order on ties).
struct Inequality {
  std::size_t groups = 0;                  // groups measured
  std::vector<std::string> below_minimum;  // keys of the groups left out under the minimum
  std::optional<double> gini;
  std::optional<double> coefficient_of_variation;
  std::optional<double> p10;
  std::optional<double> p90;
  std::optional<std::size_t> lowest;  // index in the groups given
  std::optional<std::size_t> highest;
};

Inequality rate_inequality(const std::vector<AdoptionGroup>& groups, Weighting weighting,
                           std::size_t min_observed = kMinObservedCommunes);

// Inhabitants per km² of each current commune of the COG found in `communes` (a territory layer
// with the COG's codes): the COG population over the area of its features, a current commune
// adding the areas of the features of its former communes when the layer is of an older vintage.
std::unordered_map<std::string, double> commune_densities(const CogRegistry& cog,
                                                          const VectorLayer& communes);

// The labels of INSEE's grid levels: 4 levels ("Densément peuplée"...) or 7 (2022: "Grands
// centres urbains"...); nothing for another level.
std::optional<std::string> density_grid_label(int level, int levels);

// The Gini coefficient of `values` with `weights` (same size; empty weights: all 1),
// G = Σi Σj wi·wj·|ai − aj| / (2·W²·μ), with W = Σ wi and μ = Σ wi·ai / W, in O(n log n). It is
// the population form, without the n/(n−1) correction: [0, 0, 0, 1] gives 0.75. Nothing when
// the values are empty or their weighted sum is 0.
std::optional<double> gini(const std::vector<double>& values,
                           const std::vector<double>& weights = {});

}  // namespace lumiere::core
