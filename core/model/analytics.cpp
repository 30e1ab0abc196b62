#include "core/model/analytics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace lumiere::core {

namespace {
// Guards every Model's AnalyticsCache: the functions below fill it from const Models, and the
// window reads one Model's figures on its GUI thread (the statistics dock) while a worker reads
// them for the map. Recursive: fracture_metrics calls adoption_rates, white_zones coverage.
std::recursive_mutex cache_mutex;
}  // namespace

// The derived results of one revision of a Model. The commune index depends on the COG only and
// survives changes; the coverages are dropped when the revision moves.
struct AnalyticsCache {
  std::uint64_t revision = 0;
  bool indexed = false;
  std::vector<const CogCommune*> communes;  // current communes, COG order
  std::vector<bool> overseas;               // per commune: of an overseas collectivity
  std::unordered_map<std::string, std::uint32_t> by_code;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_departement;
  std::map<std::string, std::shared_ptr<const Coverage>, std::less<>> coverages;
  // a(c) per commune index, by (usage, vintage, measure): the stats of one usage ask for it
  // several times (adoption by group, then the fracture by communes and by population).
  std::map<std::tuple<std::string, int, int>,
           std::shared_ptr<const std::vector<std::optional<double>>>>
      adoptions;
};

AnalyticsCache& Model::analytics_cache() const {
  if (!cache_.ptr) cache_.ptr = std::make_shared<AnalyticsCache>();
  AnalyticsCache& c = *cache_.ptr;
  if (!c.indexed) {
    for (const CogCommune& commune : cog_->communes()) {
      if (commune.type != CommuneType::Current) continue;
      const auto i = static_cast<std::uint32_t>(c.communes.size());
      if (!c.by_code.emplace(commune.code, i).second) continue;
      c.communes.push_back(&commune);
      c.overseas.push_back(is_overseas_collectivity(commune.departement));
      c.by_departement[commune.departement].push_back(i);
    }
    c.indexed = true;
  }
  if (c.revision != revision_) {
    c.coverages.clear();
    c.adoptions.clear();
    c.revision = revision_;
  }
  return c;
}

bool is_overseas_collectivity(std::string_view departement) {
  return departement == "975" || departement == "977" || departement == "978" ||
         (departement.size() == 3 && departement.starts_with("98"));
}

namespace {

// Which communes of the cache count: those of the territory and, when there is a scope, of the
// scope (a mask by commune index, built once per call).
class Counted {
 public:
  Counted(const AnalyticsCache& cache, Territory territory, const CommuneScope& scope)
      : overseas_(cache.overseas),
        all_territories_(territory == Territory::WithOverseasCollectivities) {
    if (!scope) return;
    in_scope_.emplace(cache.communes.size(), false);
    for (const std::string& code : *scope) {
      if (const auto it = cache.by_code.find(code); it != cache.by_code.end()) {
        (*in_scope_)[it->second] = true;
      }
    }
  }
  bool operator()(std::size_t i) const {
    return (all_territories_ || !overseas_[i]) && (!in_scope_ || (*in_scope_)[i]);
  }

 private:
  const std::vector<bool>& overseas_;
  bool all_territories_;
  std::optional<std::vector<bool>> in_scope_;
};

// Calls f(index) for every current commune the membership covers (an index may repeat).
template <class F>
void for_each_covered(const CogRegistry& cog, const AnalyticsCache& cache, const Membership& m,
                      F&& f) {
  switch (m.member_kind) {
    case MemberKind::Commune:
      if (const auto it = cache.by_code.find(m.member_code); it != cache.by_code.end()) {
        f(it->second);
      }
      break;
    case MemberKind::Epci:
      if (const CogEpci* epci = cog.epci(m.member_code)) {
        for (const std::string& code : epci->members) {
          if (const auto it = cache.by_code.find(code); it != cache.by_code.end()) f(it->second);
        }
      }
      break;
    case MemberKind::Departement:
      if (const auto it = cache.by_departement.find(m.member_code);
          it != cache.by_departement.end()) {
        for (std::uint32_t i : it->second) f(i);
      }
      break;
  }
}

bool subscribes(const Membership& m, std::string_view usage) {
  return std::find(m.usages.begin(), m.usages.end(), usage) != m.usages.end();
}
bool offers(const Structure& s, std::string_view usage) {
  return std::find(s.usages.begin(), s.usages.end(), usage) != s.usages.end();
}

// The communes (indices, sorted, unique) a structure covers, for a usage or for any.
std::vector<std::uint32_t> structure_cover(const Model& model, const AnalyticsCache& cache,
                                           std::string_view structure_id,
                                           std::optional<std::string_view> usage) {
  std::vector<std::uint32_t> out;
  const Structure* s = model.structure(structure_id);
  if (!s || (usage && !offers(*s, *usage))) return out;
  for (const Membership& m : model.memberships()) {
    if (m.structure_id != structure_id || (usage && !subscribes(m, *usage))) continue;
    for_each_covered(model.cog(), cache, m, [&](std::uint32_t i) { out.push_back(i); });
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string group_number(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  const std::size_t len = digits.size();
  for (std::size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

// a(c) of an indicator value (analytics.h).
double adoption_of(const IndicatorValue& v, AdoptionMeasure measure) {
  if (measure == AdoptionMeasure::Binary) {
    if (v.adopted) return *v.adopted ? 1.0 : 0.0;
    return v.level && *v.level > 0 ? 1.0 : 0.0;
  }
  if (v.level) return *v.level;
  return v.adopted && *v.adopted ? 1.0 : 0.0;
}

// a(c) per commune index, nothing where not observed.
// Cached in the model's AnalyticsCache for its revision.
const std::vector<std::optional<double>>& adoption_per_commune(const Model& model,
                                                               AnalyticsCache& cache,
                                                               std::string_view usage, int vintage,
                                                               AdoptionMeasure measure) {
  auto& slot = cache.adoptions[{std::string(usage), vintage, static_cast<int>(measure)}];
  if (slot) return *slot;
  auto computed = std::make_shared<std::vector<std::optional<double>>>(cache.communes.size());
  std::vector<std::optional<double>>& a = *computed;
  const auto& values = model.indicators();
  for (auto it = values.lower_bound(Model::IndicatorKey{std::string(usage), vintage, ""});
       it != values.end() && std::get<0>(it->first) == usage && std::get<1>(it->first) == vintage;
       ++it) {
    if (const auto c = cache.by_code.find(it->second.commune); c != cache.by_code.end()) {
      a[c->second] = adoption_of(it->second, measure);
    }
  }
  slot = std::move(computed);
  return *slot;
}

void add_commune(AdoptionGroup& g, std::int64_t population, bool covered,
                 const std::optional<double>& a) {
  ++g.communes;
  g.population += population;
  if (covered) ++g.covered_communes;
  if (!a) return;
  ++g.observed_communes;
  g.observed_population += population;
  g.adopted_communes += *a;
  // The population-weighted numerator is kept in adoption_rate_population until finish().
  g.adoption_rate_population =
      g.adoption_rate_population.value_or(0) + static_cast<double>(population) * *a;
}

void finish(AdoptionGroup& g, std::size_t min_observed) {
  g.below_minimum = g.observed_communes < min_observed;
  if (g.observed_communes == 0) {
    g.adoption_rate.reset();
    g.adoption_rate_population.reset();
    return;
  }
  g.adoption_rate = g.adopted_communes / static_cast<double>(g.observed_communes);
  if (g.observed_population > 0) {
    *g.adoption_rate_population /= static_cast<double>(g.observed_population);
  } else {
    g.adoption_rate_population.reset();
  }
}

// "1 000" or "2,5": a density bound as labels show it.
std::string density_number(double v) {
  if (v == std::floor(v) && std::abs(v) < 1e15) return group_number(static_cast<std::int64_t>(v));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  std::string text = buf;
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

std::vector<AdoptionGroup> density_groups(const AnalyticsCache& cache, const Coverage& cov,
                                          const std::vector<std::optional<double>>& a,
                                          const DensityClasses& d, const AdoptionOptions& o,
                                          const Counted& counted) {
  const bool use_grid = !d.grid.empty();
  int levels = 4;
  if (use_grid) {
    for (const auto& [code, level] : d.grid) {
      if (level > 4) levels = 7;
    }
  }
  const std::size_t classes = use_grid ? static_cast<std::size_t>(levels) : d.bands.size();
  std::vector<AdoptionGroup> groups(classes);
  for (std::size_t k = 0; k < classes; ++k) {
    AdoptionGroup& g = groups[k];
    if (use_grid) {
      g.key = std::to_string(k + 1);
      g.label = density_grid_label(static_cast<int>(k) + 1, levels).value_or(g.key);
    } else {
      g.key = std::to_string(k);
      const std::string unit = " hab./km²";
      if (k + 1 == classes) {
        g.label = density_number(d.bands[k]) + unit + " et plus";
      } else if (k == 0) {
        g.label = "moins de " + density_number(d.bands[1]) + unit;
      } else {
        g.label =
            "de " + density_number(d.bands[k]) + " à " + density_number(d.bands[k + 1]) + unit;
      }
    }
  }
  AdoptionGroup unknown;
  unknown.label = "Densité inconnue";
  for (std::size_t i = 0; i < cache.communes.size(); ++i) {
    if (!counted(i)) continue;
    const CogCommune& c = *cache.communes[i];
    AdoptionGroup* g = &unknown;
    if (use_grid) {
      if (const auto it = d.grid.find(c.code);
          it != d.grid.end() && it->second >= 1 && it->second <= levels) {
        g = &groups[static_cast<std::size_t>(it->second - 1)];
      }
    } else if (const auto it = d.densities.find(c.code);
               it != d.densities.end() && std::isfinite(it->second) && !d.bands.empty()) {
      const auto band = std::upper_bound(d.bands.begin(), d.bands.end(), it->second);
      g = &groups[band == d.bands.begin() ? 0
                                          : static_cast<std::size_t>(band - d.bands.begin()) - 1];
    }
    add_commune(*g, c.population, cov.structures[i] > 0, a[i]);
  }
  std::vector<AdoptionGroup> out;
  for (AdoptionGroup& g : groups) {
    if (g.communes == 0) continue;
    finish(g, o.min_observed);
    out.push_back(std::move(g));
  }
  if (unknown.communes > 0) {
    finish(unknown, o.min_observed);
    out.push_back(std::move(unknown));
  }
  return out;
}

}  // namespace

std::vector<std::string> covered_communes(const CogRegistry& cog, const Membership& membership) {
  std::vector<std::string> out;
  switch (membership.member_kind) {
    case MemberKind::Commune:
      if (const CogCommune* c = cog.commune(membership.member_code);
          c && c->type == CommuneType::Current) {
        out.push_back(c->code);
      }
      break;
    case MemberKind::Epci:
      if (const CogEpci* epci = cog.epci(membership.member_code)) {
        for (const std::string& code : epci->members) {
          const CogCommune* c = cog.commune(code);
          if (c && c->type == CommuneType::Current) out.push_back(code);
        }
      }
      break;
    case MemberKind::Departement:
      for (const CogCommune& c : cog.communes()) {
        if (c.type == CommuneType::Current && c.departement == membership.member_code) {
          out.push_back(c.code);
        }
      }
      break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::shared_ptr<const Coverage> coverage(const Model& model, std::string_view usage) {
  const std::lock_guard lock(cache_mutex);
  AnalyticsCache& cache = model.analytics_cache();
  if (const auto it = cache.coverages.find(usage); it != cache.coverages.end()) return it->second;

  auto cov = std::make_shared<Coverage>();
  cov->usage = std::string(usage);
  const std::size_t n = cache.communes.size();
  cov->codes.reserve(n);
  cov->populations.reserve(n);
  for (const CogCommune* c : cache.communes) {
    cov->codes.push_back(c->code);
    cov->populations.push_back(c->population);
  }
  cov->structures.assign(n, 0);
  // One stamp per structure, so that a commune reached twice by one structure counts once.
  std::vector<std::uint32_t> stamp(n, 0);
  // Memberships grouped by structure, so that each structure stamps its communes in one go.
  std::unordered_map<std::string_view, std::vector<const Membership*>> by_structure;
  for (const Membership& m : model.memberships()) {
    if (subscribes(m, usage)) by_structure[m.structure_id].push_back(&m);
  }
  for (std::size_t s = 0; s < model.structures().size(); ++s) {
    const Structure& structure = model.structures()[s];
    if (!offers(structure, usage)) continue;
    const auto it = by_structure.find(structure.id);
    if (it == by_structure.end()) continue;
    const auto number = static_cast<std::uint32_t>(s + 1);
    for (const Membership* m : it->second) {
      for_each_covered(model.cog(), cache, *m, [&](std::uint32_t i) {
        if (stamp[i] == number) return;
        stamp[i] = number;
        ++cov->structures[i];
      });
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    cov->total_population += cov->populations[i];
    if (cov->structures[i] > 0) {
      ++cov->covered_communes;
      cov->covered_population += cov->populations[i];
    }
    if (cov->structures[i] > 1) ++cov->overlapping_communes;
  }
  cov->total_communes = n;
  cache.coverages.emplace(std::string(usage), cov);
  return cov;
}

std::vector<std::string> white_zones(const Model& model, std::string_view usage) {
  const std::lock_guard lock(cache_mutex);
  const auto cov = coverage(model, usage);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < cov->codes.size(); ++i) {
    if (cov->structures[i] == 0) out.push_back(cov->codes[i]);
  }
  return out;
}

std::vector<std::string> structure_communes(const Model& model, std::string_view structure_id,
                                            std::optional<std::string_view> usage) {
  const std::lock_guard lock(cache_mutex);
  const AnalyticsCache& cache = model.analytics_cache();
  std::vector<std::string> out;
  for (std::uint32_t i : structure_cover(model, cache, structure_id, usage)) {
    out.push_back(cache.communes[i]->code);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Strata Strata::dgf() {
  Strata s = *from_bounds({0, 500, 1000, 2000, 3500, 5000, 7500, 10000, 15000, 20000, 35000, 50000,
                           75000, 100000, 200000});
  s.scheme = "dgf";
  return s;
}

Strata Strata::compact() {
  Strata s = *from_bounds({0, 500, 2000, 3500, 5000, 10000, 20000, 50000, 100000});
  s.scheme = "compact";
  return s;
}

Result<Strata> Strata::from_bounds(std::vector<std::int64_t> lower_bounds) {
  if (lower_bounds.empty() || lower_bounds.front() != 0) {
    return Error{MessageCode::StrataStartNotZero, {}};
  }
  for (std::size_t i = 1; i < lower_bounds.size(); ++i) {
    if (lower_bounds[i] <= lower_bounds[i - 1]) {
      return Error{MessageCode::StrataNotIncreasing,
                   {std::to_string(lower_bounds[i]), std::to_string(lower_bounds[i - 1])}};
    }
  }
  Strata s;
  for (std::size_t i = 0; i < lower_bounds.size(); ++i) {
    if (i + 1 == lower_bounds.size()) {
      s.labels.push_back(i == 0 ? "toutes" : "≥ " + group_number(lower_bounds[i]));
    } else if (i == 0) {
      s.labels.push_back("< " + group_number(lower_bounds[1]));
    } else {
      s.labels.push_back(group_number(lower_bounds[i]) + "–" +
                         group_number(lower_bounds[i + 1] - 1));
    }
  }
  s.lower_bounds = std::move(lower_bounds);
  return s;
}

std::size_t Strata::stratum_of(std::int64_t population) const {
  const auto it = std::upper_bound(lower_bounds.begin(), lower_bounds.end(), population);
  return it == lower_bounds.begin() ? 0 : static_cast<std::size_t>(it - lower_bounds.begin()) - 1;
}

std::vector<AdoptionGroup> adoption_rates(const Model& model, std::string_view usage, int vintage,
                                          const AdoptionOptions& options) {
  const std::lock_guard lock(cache_mutex);
  const auto cov = coverage(model, usage);
  AnalyticsCache& cache = model.analytics_cache();
  const auto& a = adoption_per_commune(model, cache, usage, vintage, options.measure);
  const std::size_t n = cache.communes.size();
  const CogRegistry& cog = model.cog();
  const Counted counted(cache, options.territory, options.communes);

  if (options.by == Grouping::Stratum) {
    std::vector<AdoptionGroup> groups(options.strata.lower_bounds.size());
    for (std::size_t k = 0; k < groups.size(); ++k) {
      groups[k].key = std::to_string(k);
      groups[k].label = options.strata.labels[k];
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!counted(i)) continue;
      const std::int64_t pop = cache.communes[i]->population;
      add_commune(groups[options.strata.stratum_of(pop)], pop, cov->structures[i] > 0, a[i]);
    }
    for (AdoptionGroup& g : groups) finish(g, options.min_observed);
    return groups;
  }

  if (options.by == Grouping::Density) {
    return density_groups(cache, *cov, a, options.density, options, counted);
  }

  std::map<std::string, AdoptionGroup> groups;
  auto add = [&](const std::string& key, std::size_t i) {
    if (!counted(i)) return;
    AdoptionGroup& g = groups[key];
    add_commune(g, cache.communes[i]->population, cov->structures[i] > 0, a[i]);
  };
  if (options.by == Grouping::Structure) {
    for (const Structure& s : model.structures()) {
      if (!offers(s, usage)) continue;
      const auto communes = structure_cover(model, cache, s.id, usage);
      if (std::none_of(communes.begin(), communes.end(),
                       [&](std::uint32_t i) { return counted(i); })) {
        continue;
      }
      groups[s.id].label = s.name;
      for (std::uint32_t i : communes) add(s.id, i);
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (cov->structures[i] == 0) add("", i);
    }
    if (auto it = groups.find(""); it != groups.end()) it->second.label = "Aucune structure";
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      const CogCommune& c = *cache.communes[i];
      const std::string& key = options.by == Grouping::Departement ? c.departement
                               : options.by == Grouping::Region    ? c.region
                                                                   : c.epci;
      add(key, i);
    }
  }
  std::vector<AdoptionGroup> out;
  out.reserve(groups.size());
  for (auto& [key, g] : groups) {
    g.key = key;
    if (g.label.empty()) {
      if (options.by == Grouping::Departement) {
        if (const CogDepartement* d = cog.departement(key)) g.label = d->name;
      } else if (options.by == Grouping::Region) {
        if (const CogRegion* r = cog.region(key)) g.label = r->name;
      } else if (options.by == Grouping::Epci) {
        const CogEpci* e = cog.epci(key);
        g.label = e ? e->name : "Sans EPCI";
      }
    }
    finish(g, options.min_observed);
    out.push_back(std::move(g));
  }
  return out;
}

std::unordered_map<std::string, double> commune_densities(const CogRegistry& cog,
                                                          const VectorLayer& communes) {
  std::unordered_map<std::string, double> area_km2;
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    if (!communes.geometry.has_geometry(f)) continue;
    if (const CogCommune* c = cog.current_commune(communes.codes[f])) {
      area_km2[c->code] += communes.geometry.area(f) / 1e6;
    }
  }
  std::unordered_map<std::string, double> out;
  out.reserve(area_km2.size());
  for (const auto& [code, area] : area_km2) {
    const CogCommune* c = cog.commune(code);
    if (area > 0 && c) out.emplace(code, static_cast<double>(c->population) / area);
  }
  return out;
}

std::optional<std::string> density_grid_label(int level, int levels) {
  static const char* const four[] = {"Densément peuplée", "Densité intermédiaire", "Peu dense",
                                     "Très peu dense"};
  static const char* const seven[] = {"Grands centres urbains",
                                      "Centres urbains intermédiaires",
                                      "Ceintures urbaines",
                                      "Petites villes",
                                      "Bourgs ruraux",
                                      "Rural à habitat dispersé",
                                      "Rural à habitat très dispersé"};
  if (levels == 4 && level >= 1 && level <= 4) return four[level - 1];
  if (levels == 7 && level >= 1 && level <= 7) return seven[level - 1];
  return std::nullopt;
}

std::optional<double> gini(const std::vector<double>& values, const std::vector<double>& weights) {
  const std::size_t n = values.size();
  if (n == 0) return std::nullopt;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t x, std::size_t y) { return values[x] < values[y]; });
  auto w = [&](std::size_t i) { return weights.empty() ? 1.0 : weights[i]; };
  double total_weight = 0;
  double total_mass = 0;  // Σ wi·ai
  for (std::size_t i = 0; i < n; ++i) {
    total_weight += w(i);
    total_mass += w(i) * values[i];
  }
  if (total_weight <= 0 || total_mass <= 0) return std::nullopt;
  // Sorted ascending, Σi Σj wi·wj·|ai − aj| = 2 Σi wi·ai·(C(i−1) + Ci − W), Ci the cumulated
  // weight up to and including i; dividing by 2·W²·μ = 2·W·Σ wi·ai gives G.
  double sum = 0;
  double cumulated = 0;
  for (std::size_t k : order) {
    const double before = cumulated;
    cumulated += w(k);
    sum += w(k) * values[k] * (before + cumulated - total_weight);
  }
  return sum / (total_weight * total_mass);
}

FractureMetrics fracture_metrics(const Model& model, std::string_view usage, int vintage,
                                 const FractureOptions& options) {
  const std::lock_guard lock(cache_mutex);
  FractureMetrics f;
  AdoptionOptions by_stratum;
  by_stratum.by = Grouping::Stratum;
  by_stratum.strata = options.strata;
  by_stratum.measure = options.measure;
  by_stratum.territory = options.territory;
  by_stratum.min_observed = options.min_observed;
  by_stratum.communes = options.communes;
  const auto strata = adoption_rates(model, usage, vintage, by_stratum);
  const bool by_population = options.weighting == Weighting::Population;
  auto rate = [&](const AdoptionGroup& g) {
    return by_population ? g.adoption_rate_population : g.adoption_rate;
  };
  for (std::size_t k = 0; k < strata.size(); ++k) {
    if (strata[k].below_minimum) f.strata_below_minimum.push_back(k);
    if (!rate(strata[k]) || strata[k].below_minimum) continue;
    if (!f.lowest_stratum) f.lowest_stratum = k;
    f.highest_stratum = k;
  }
  if (f.lowest_stratum) {
    f.lowest_stratum_rate = rate(strata[*f.lowest_stratum]);
    f.highest_stratum_rate = rate(strata[*f.highest_stratum]);
    f.strata_gap = *f.highest_stratum_rate - *f.lowest_stratum_rate;
    if (*f.lowest_stratum_rate > 0)
      f.strata_ratio = *f.highest_stratum_rate / *f.lowest_stratum_rate;
  }

  const auto cov = coverage(model, usage);
  AnalyticsCache& cache = model.analytics_cache();
  const auto& a = adoption_per_commune(model, cache, usage, vintage, options.measure);
  const Counted counted(cache, options.territory, options.communes);
  AdoptionGroup covered;
  AdoptionGroup uncovered;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!counted(i)) continue;
    const std::int64_t pop = cache.communes[i]->population;
    add_commune(cov->structures[i] > 0 ? covered : uncovered, pop, cov->structures[i] > 0, a[i]);
  }
  finish(covered, 0);
  finish(uncovered, 0);
  f.covered_rate = rate(covered);
  f.uncovered_rate = rate(uncovered);
  if (f.covered_rate && f.uncovered_rate) {
    f.covered_minus_uncovered = *f.covered_rate - *f.uncovered_rate;
  }
  return f;
}

Inequality rate_inequality(const std::vector<AdoptionGroup>& groups, Weighting weighting,
                           std::size_t min_observed) {
  Inequality q;
  const bool by_population = weighting == Weighting::Population;
  std::vector<double> rates;
  std::vector<double> weights;
  std::vector<std::size_t> index;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    const AdoptionGroup& g = groups[k];
    if (g.key.empty()) continue;
    if (g.observed_communes < min_observed) {
      q.below_minimum.push_back(g.key);
      continue;
    }
    const auto rate = by_population ? g.adoption_rate_population : g.adoption_rate;
    const double weight = by_population ? static_cast<double>(g.observed_population)
                                        : static_cast<double>(g.observed_communes);
    if (!rate || weight <= 0) continue;
    rates.push_back(*rate);
    weights.push_back(weight);
    index.push_back(k);
  }
  q.groups = rates.size();
  if (rates.empty()) return q;
  std::size_t low = 0, high = 0;
  double total = 0, mass = 0;
  for (std::size_t j = 0; j < rates.size(); ++j) {
    if (rates[j] < rates[low]) low = j;
    if (rates[j] > rates[high]) high = j;
    total += weights[j];
    mass += weights[j] * rates[j];
  }
  q.lowest = index[low];
  q.highest = index[high];
  const double mean = mass / total;
  double variance = 0;
  for (std::size_t j = 0; j < rates.size(); ++j) {
    variance += weights[j] * (rates[j] - mean) * (rates[j] - mean);
  }
  variance /= total;
  if (mean > 0) q.coefficient_of_variation = std::sqrt(variance) / mean;
  q.gini = gini(rates, weights);
  std::vector<std::size_t> order(rates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return rates[x] < rates[y]; });
  auto decile = [&](double share) {
    double cumulated = 0;
    for (std::size_t j : order) {
      cumulated += weights[j];
      if (cumulated >= share * total * (1 - 1e-12)) return rates[j];
    }
    return rates[order.back()];
  };
  q.p10 = decile(0.1);
  q.p90 = decile(0.9);
  return q;
}

}  // namespace lumiere::core
