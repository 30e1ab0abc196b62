#include "core/project/demo_project.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/cog/cog_match.h"
#include "core/layers/layer_loader.h"
#include "core/model/analytics.h"
#include "core/model/model_commands.h"

namespace lumiere::core {
namespace {

namespace fs = std::filesystem;

// Draws that give the same numbers with every standard library: std::mt19937_64 is specified bit
// for bit, the distributions of <random> are not, so the conversions are ours.
class Draws {
 public:
  // Independent streams of one seed (splitmix64 of the seed and the stream number).
  Draws(std::uint64_t seed, std::uint64_t stream) : rng_(mix(seed, stream)) {}

  // Uniform in [0, 1), 53 random bits.
  double uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return uniform() < p; }
  // Uniform in [0, n), n > 0.
  std::size_t below(std::size_t n) {
    const auto i = static_cast<std::size_t>(uniform() * static_cast<double>(n));
    return std::min(i, n - 1);
  }
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1)));
  }
  // "YYYY-MM-DD" in a year of [from, to] (days 1 to 28: every month has them).
  std::string date(int from, int to) {
    const int year = between(from, std::max(from, to));
    const int month = between(1, 12);
    const int day = between(1, 28);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
  }
  // The first k of a Fisher–Yates shuffle of `items` (k <= size), in their drawn order.
  template <class T>
  std::vector<T> pick(std::vector<T> items, std::size_t k) {
    k = std::min(k, items.size());
    for (std::size_t i = 0; i < k; ++i) std::swap(items[i], items[i + below(items.size() - i)]);
    items.resize(k);
    return items;
  }

 private:
  static std::uint64_t mix(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::mt19937_64 rng_;
};

// The logit of adoption at 1 000 inhabitants, for a commune no structure covers for the usage:
// the compulsory flows (PES, Actes) are widespread, the school equipment much less.
double base_logit(std::string_view usage) {
  static const std::map<std::string_view, double> kBase = {
      {"actes", 0.3}, {"marches", -0.2},         {"pes", 1.5},      {"sig", -0.6}, {"ent", -0.8},
      {"tni", -1.2},  {"classes_mobiles", -1.8}, {"site_web", 0.4},
  };
  const auto it = kBase.find(usage);
  return it == kBase.end() ? 0.0 : it->second;
}
constexpr double kPerDecade = 1.1;      // logit per tenfold population
constexpr double kCovered = 1.2;        // logit for a commune covered by a structure offering it
constexpr double kCommuneSpread = 0.6;  // a commune's own dynamism, uniform in ±this (logit)

// The usages a syndicat informatique, a centre de gestion or an EPCI may offer.
const std::vector<std::string> kSyndicatCore = {"actes", "marches", "pes", "sig", "site_web"};
const std::vector<std::string> kSyndicatSchool = {"ent", "tni", "classes_mobiles"};
const std::vector<std::string> kCdgUsages = {"actes", "marches", "pes", "sig", "site_web"};
const std::vector<std::string> kEpciUsages = {"marches", "sig", "site_web"};

// `usages` in the order of the catalogue.
std::vector<std::string> in_catalogue_order(const Model& model, std::vector<std::string> usages) {
  std::vector<std::string> out;
  for (const Usage& u : model.usages()) {
    if (std::find(usages.begin(), usages.end(), u.id) != usages.end()) out.push_back(u.id);
  }
  return out;
}

// Each offered usage subscribed with probability p (at least one).
std::vector<std::string> subscribe(Draws& draws, const std::vector<std::string>& offered,
                                   double p) {
  std::vector<std::string> out;
  for (const std::string& u : offered) {
    if (draws.chance(p)) out.push_back(u);
  }
  if (out.empty()) out.push_back(offered[draws.below(offered.size())]);
  return out;
}

std::string fictional_contact(std::uint64_t seed) {
  return "Structure fictive : données synthétiques de démonstration (graine " +
         std::to_string(seed) + "), aucun contact réel";
}

// Builds the model through its commands, so that every record is checked as a user's would be.
class DemoModelBuilder {
 public:
  DemoModelBuilder(Model& model, const VectorLayer& communes, const DemoOptions& options)
      : model_(model), cog_(model.cog()), options_(options), draws_(options.seed, 1) {
    // The départements drawn on the map (the COG also lists the overseas collectivités).
    std::set<std::string> drawn;
    for (const std::string& code : communes.codes) {
      if (const CogCommune* c = cog_.current_commune(code)) drawn.insert(c->departement);
    }
    for (const CogDepartement& d : cog_.departements()) {
      if (drawn.count(d.code)) departements_.push_back(&d);
    }
    for (const CogCommune& c : cog_.communes()) {
      if (c.type == CommuneType::Current) communes_of_[c.departement].push_back(&c);
    }
    // Each EPCI belongs to the département of most of its communes (the first one on a tie).
    for (const CogEpci& e : cog_.epcis()) {
      std::vector<std::pair<std::string, int>> counts;
      for (const std::string& m : e.members) {
        const CogCommune* c = cog_.commune(m);
        if (!c) continue;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& p) { return p.first == c->departement; });
        if (it == counts.end())
          counts.emplace_back(c->departement, 1);
        else
          ++it->second;
      }
      if (counts.empty()) continue;
      const auto best =
          std::max_element(counts.begin(), counts.end(),
                           [](const auto& a, const auto& b) { return a.second < b.second; });
      epcis_of_[best->first].push_back(&e);
    }
  }

  Status build() {
    const Error cancelled{MessageCode::Cancelled};
    if (Status st = syndicats(); !st) return st;
    if (options_.stop.stop_requested()) return cancelled;
    if (Status st = centres_de_gestion(); !st) return st;
    if (options_.stop.stop_requested()) return cancelled;
    if (Status st = epci_structures(); !st) return st;
    if (options_.stop.stop_requested()) return cancelled;
    return indicators();
  }

 private:
  Status add(Structure s) { return AddStructure(std::move(s)).apply(model_); }
  Status add(Membership m) { return AddMembership(std::move(m)).apply(model_); }

  std::string seat(const std::string& chef_lieu) const {
    const CogCommune* c = cog_.commune(chef_lieu);
    return c && c->type == CommuneType::Current ? c->code : std::string();
  }

  // One syndicat informatique in about two thirds of the départements: two or three cover a
  // whole (metropolitan) région, the others one département.
  Status syndicats() {
    std::map<std::string, std::vector<const CogDepartement*>> by_region;
    for (const CogDepartement* d : departements_) by_region[d->region].push_back(d);
    std::vector<const CogRegion*> eligible;
    for (const CogRegion& r : cog_.regions()) {
      const auto it = by_region.find(r.code);
      if (it == by_region.end() || it->second.size() < 2) continue;
      const bool whole = std::all_of(
          cog_.departements().begin(), cog_.departements().end(), [&](const CogDepartement& d) {
            return d.region != r.code ||
                   std::find(it->second.begin(), it->second.end(), &d) != it->second.end();
          });
      if (whole) eligible.push_back(&r);
    }
    const auto regional = draws_.pick(eligible, 2 + draws_.below(2));
    std::set<std::string> done;
    std::vector<std::pair<std::string, std::vector<const CogDepartement*>>> plan;  // id, scope
    std::vector<const CogRegion*> ordered(regional.begin(), regional.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const CogRegion* a, const CogRegion* b) { return a->code < b->code; });
    for (const CogRegion* r : ordered) {
      const auto& deps = by_region[r->code];
      for (const CogDepartement* d : deps) done.insert(d->code);
      if (Status st = syndicat("si-r" + r->code,
                               "Syndicat régional du numérique — " + r->name + " (fictif)",
                               seat(r->chef_lieu), deps);
          !st) {
        return st;
      }
    }
    const std::size_t target = (departements_.size() * 2 + 1) / 3;
    std::vector<const CogDepartement*> rest;
    for (const CogDepartement* d : departements_) {
      if (!done.count(d->code)) rest.push_back(d);
    }
    auto chosen = draws_.pick(rest, target > done.size() ? target - done.size() : 0);
    std::sort(chosen.begin(), chosen.end(),
              [](const CogDepartement* a, const CogDepartement* b) { return a->code < b->code; });
    for (const CogDepartement* d : chosen) {
      if (Status st = syndicat("si-" + d->code, "Syndicat informatique — " + d->name + " (fictif)",
                               seat(d->chef_lieu), {d});
          !st) {
        return st;
      }
    }
    return Done{};
  }

  Status syndicat(const std::string& id, const std::string& name, const std::string& seat_code,
                  const std::vector<const CogDepartement*>& scope) {
    std::vector<std::string> offered = {"actes"};
    for (const std::string& u : kSyndicatCore) {
      if (u != "actes" && draws_.chance(0.8)) offered.push_back(u);
    }
    for (const std::string& u : kSyndicatSchool) {
      if (draws_.chance(0.4)) offered.push_back(u);
    }
    offered = in_catalogue_order(model_, offered);
    if (Status st = add(Structure{id, name, StructureKind::SyndicatMixte, "", seat_code,
                                  fictional_contact(options_.seed), offered});
        !st) {
      return st;
    }
    const int created = draws_.between(1975, 2005);
    const int last = options_.vintage - 1;
    const std::size_t before = model_.memberships().size();
    for (const CogDepartement* d : scope) {
      // The EPCI of the département join whole, or some of their communes do, or none.
      for (const CogEpci* e : epcis_of_[d->code]) {
        const double r = draws_.uniform();
        if (r < 0.45) {
          if (Status st = add(Membership{id, e->code, MemberKind::Epci,
                                         draws_.date(std::max(created, 2000), last), std::nullopt,
                                         subscribe(draws_, offered, 0.75)});
              !st) {
            return st;
          }
        } else if (r < 0.8) {
          for (const std::string& code : e->members) {
            const CogCommune* c = cog_.commune(code);
            if (!c || c->type != CommuneType::Current || c->departement != d->code) continue;
            if (!draws_.chance(0.75)) continue;
            if (model_.membership_index(id, MemberKind::Commune, code)) continue;
            if (Status st =
                    add(Membership{id, code, MemberKind::Commune, draws_.date(created, last),
                                   std::nullopt, subscribe(draws_, offered, 0.75)});
                !st) {
              return st;
            }
          }
        }
      }
      // Communes without an EPCI (a few islands).
      for (const CogCommune* c : communes_of_[d->code]) {
        if (!c->epci.empty() || !draws_.chance(0.5)) continue;
        if (Status st = add(Membership{id, c->code, MemberKind::Commune, draws_.date(created, last),
                                       std::nullopt, subscribe(draws_, offered, 0.75)});
            !st) {
          return st;
        }
      }
    }
    // A syndicat has members: where none was drawn (Paris, whose EPCI belongs to another
    // département), the communes of its département join.
    if (model_.memberships().size() == before) {
      for (const CogDepartement* d : scope) {
        for (const CogCommune* c : communes_of_[d->code]) {
          if (Status st = add(Membership{id, c->code, MemberKind::Commune,
                                         draws_.date(created, last), std::nullopt, offered});
              !st) {
            return st;
          }
        }
      }
    }
    return Done{};
  }

  // A centre de gestion per département, offering two to four usages to the whole département
  // (about one in three) or to some of its communes under 5 000 inhabitants.
  Status centres_de_gestion() {
    for (const CogDepartement* d : departements_) {
      const std::string id = "cdg-" + d->code;
      const auto offered = in_catalogue_order(model_, draws_.pick(kCdgUsages, 2 + draws_.below(3)));
      if (Status st = add(Structure{id,
                                    "Centre de gestion de la fonction publique territoriale — " +
                                        d->name + " (offre fictive)",
                                    StructureKind::CentreDeGestion, "", seat(d->chef_lieu),
                                    fictional_contact(options_.seed), offered});
          !st) {
        return st;
      }
      const int last = options_.vintage - 1;
      if (draws_.chance(1.0 / 3.0)) {
        if (Status st = add(Membership{id, d->code, MemberKind::Departement,
                                       draws_.date(2005, last), std::nullopt, offered});
            !st) {
          return st;
        }
        continue;
      }
      for (const CogCommune* c : communes_of_[d->code]) {
        if (c->population >= 5000 || !draws_.chance(0.5)) continue;
        if (Status st = add(Membership{id, c->code, MemberKind::Commune, draws_.date(2005, last),
                                       std::nullopt, subscribe(draws_, offered, 0.8)});
            !st) {
          return st;
        }
      }
    }
    return Done{};
  }

  // About one EPCI in four offers one or two usages to its communes (the EPCI as its member).
  Status epci_structures() {
    std::set<std::string> drawn;
    for (const CogDepartement* d : departements_) drawn.insert(d->code);
    for (const CogDepartement* d : departements_) {
      for (const CogEpci* e : epcis_of_[d->code]) {
        if (!draws_.chance(0.25)) continue;
        const auto offered =
            in_catalogue_order(model_, draws_.pick(kEpciUsages, 1 + draws_.below(2)));
        const std::string id = "epci-" + e->code;
        if (Status st = add(Structure{id, e->name, StructureKind::Epci, e->code, "",
                                      "EPCI réel, offre de services fictive (données synthétiques "
                                      "de démonstration, graine " +
                                          std::to_string(options_.seed) + ")",
                                      offered});
            !st) {
          return st;
        }
        if (Status st =
                add(Membership{id, e->code, MemberKind::Epci,
                               draws_.date(2012, options_.vintage - 1), std::nullopt, offered});
            !st) {
          return st;
        }
      }
    }
    return Done{};
  }

  // One value per current commune and usage: adopted with probability
  // logistic(base(usage) + kPerDecade·(log10(population) − 3) + kCovered·covered + dynamism).
  Status indicators() {
    Draws draws(options_.seed, 2);
    const std::vector<Usage> usages = model_.usages();
    std::vector<std::shared_ptr<const Coverage>> coverages;
    for (const Usage& u : usages) coverages.push_back(coverage(model_, u.id));
    const std::string source = "Synthétique : tiré au hasard pour la démonstration (graine " +
                               std::to_string(options_.seed) + "), pas une observation";
    std::vector<std::vector<IndicatorValue>> values(usages.size());
    const std::vector<std::string>& codes = coverages.front()->codes;
    for (std::size_t i = 0; i < codes.size(); ++i) {
      const double decades = std::log10(
          static_cast<double>(std::max<std::int64_t>(coverages.front()->populations[i], 1)));
      const double dynamism = (2 * draws.uniform() - 1) * kCommuneSpread;
      for (std::size_t u = 0; u < usages.size(); ++u) {
        const bool covered = coverages[u]->structures[i] > 0;
        const double logit = base_logit(usages[u].id) + kPerDecade * (decades - 3) +
                             (covered ? kCovered : 0.0) + dynamism;
        const bool adopted = draws.uniform() < 1 / (1 + std::exp(-logit));
        std::optional<std::string> date;
        if (adopted) date = draws.date(options_.vintage - 12, options_.vintage - 1);
        values[u].push_back(IndicatorValue{codes[i], usages[u].id, options_.vintage, adopted,
                                           std::nullopt, std::move(date), source});
      }
    }
    for (auto& v : values) {
      if (Status st = SetIndicatorValues(std::move(v)).apply(model_); !st) return st;
    }
    return Done{};
  }

  Model& model_;
  const CogRegistry& cog_;
  const DemoOptions& options_;
  Draws draws_;
  std::vector<const CogDepartement*> departements_;  // drawn on the map, in COG order
  std::unordered_map<std::string, std::vector<const CogCommune*>> communes_of_;  // current
  std::unordered_map<std::string, std::vector<const CogEpci*>> epcis_of_;
};

}  // namespace

std::string demo_description(std::uint64_t seed) {
  return "Projet de démonstration : structures, adhésions et indicateurs synthétiques (tirés au "
         "hasard, graine " +
         std::to_string(seed) +
         ") sur les communes, EPCI et populations réels du COG. Les syndicats, centres de gestion "
         "et offres des EPCI sont fictifs ; les taux d'adoption ne sont pas des observations.";
}

Result<Project> build_base_project(const std::string& data_dir, const DemoOptions& options,
                                   DemoReport* report) {
  const fs::path root(data_dir);
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root / "boundaries" / "communes", ec)) {
    if (entry.path().extension() == ".geojson") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  const fs::path departements = root / "boundaries" / "departements-avec-outre-mer.geojson";
  if (paths.empty() || !fs::exists(departements) || !fs::exists(root / "cog" / "communes.json")) {
    return Error{MessageCode::DemoDataMissing, {data_dir}};
  }
  const Error cancelled{MessageCode::Cancelled};
  auto cog = CogRegistry::load((root / "cog").string());
  if (!cog) return cog.error();
  if (options.stop.stop_requested()) return cancelled;
  paths.push_back(departements.string());
  LoadOptions load;
  load.threads = options.threads;
  load.stop = options.stop;
  auto layers = load_layers(paths, load);
  if (options.stop.stop_requested()) return cancelled;
  if (!layers) return layers.error();

  Project project(std::move(*cog));
  project.space = load.map_space;
  for (VectorLayer& layer : *layers) {
    const TerritoryKind kind = detect_kind(layer, project.cog());
    if (kind == TerritoryKind::Commune) {
      // The boundaries are older than the COG: today's communes are the dissolve of theirs.
      auto dissolved = communes_of_today(layer, project.cog(), {}, options.stop);
      if (!dissolved) return dissolved.error();
      if (report) {
        report->merges = std::move(dissolved->merges);
        report->unplaced = std::move(dissolved->unplaced);
        report->former_features = dissolved->former_features;
        report->source_features = layer.feature_count();
      }
      project.layers.push_back(std::move(dissolved->layer));
    } else if (kind == TerritoryKind::Departement) {
      layer.name = "departements";
      apply_official_names(layer, project.cog());
      add_cog_attributes(layer, project.cog());
    } else {
      continue;
    }
    project.layers.push_back(std::move(layer));
  }
  // Communes first, then départements, then the source communes, whatever order the loader gave.
  const auto rank = [](const VectorLayer& l) {
    return l.name == "communes" ? 0 : l.name == kSourceCommunesLayer ? 2 : 1;
  };
  std::stable_sort(project.layers.begin(), project.layers.end(),
                   [&](const VectorLayer& a, const VectorLayer& b) { return rank(a) < rank(b); });
  const VectorLayer* communes = project.layer("communes");
  if (!communes || !project.layer("departements")) {
    return Error{MessageCode::DemoBoundariesUnknown, {data_dir}};
  }
  return project;
}

Result<Project> build_demo_project(const std::string& data_dir, const DemoOptions& options,
                                   DemoReport* report) {
  if (options.vintage < 1990 || options.vintage > 2100) {
    return Error{MessageCode::DemoBadVintage, {std::to_string(options.vintage)}};
  }
  auto base = build_base_project(data_dir, options, report);
  if (!base) return base.error();
  Project project = std::move(*base);
  const Error cancelled{MessageCode::Cancelled};
  const VectorLayer* communes = project.layer("communes");
  project.info.title = "Démonstration Lumière";
  project.info.description = demo_description(options.seed);
  if (options.stop.stop_requested()) return cancelled;
  DemoModelBuilder builder(project.model(), *communes, options);
  if (Status st = builder.build(); !st) {
    if (options.stop.stop_requested()) return cancelled;
    return because(Error{MessageCode::DemoNotBuilt}, st.error());
  }
  return project;
}

}  // namespace lumiere::core
