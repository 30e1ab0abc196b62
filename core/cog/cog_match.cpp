#include "core/cog/cog_match.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "core/geometry/zone.h"

namespace lumiere::core {

TerritoryKind detect_kind(const VectorLayer& layer, const CogRegistry& cog) {
  std::size_t communes = 0, departements = 0, regions = 0;
  // Two-digit codes are ambiguous (région 84 or département 84): the names decide between them.
  std::size_t departement_names = 0, region_names = 0;
  for (std::size_t f = 0; f < layer.codes.size(); ++f) {
    const std::string& code = layer.codes[f];
    const std::string& name = layer.names[f];
    if (code.size() == 5 && cog.commune(code)) ++communes;
    if (code.size() <= 3) {
      if (const CogDepartement* d = cog.departement(code)) {
        ++departements;
        departement_names += d->name == name;
      }
    }
    if (code.size() == 2) {
      if (const CogRegion* r = cog.region(code)) {
        ++regions;
        region_names += r->name == name;
      }
    }
  }
  const std::size_t best = std::max({communes, departements, regions});
  if (best == 0) return TerritoryKind::Unknown;
  if (best == communes) return TerritoryKind::Commune;
  if (departements == regions) {
    return region_names > departement_names ? TerritoryKind::Region : TerritoryKind::Departement;
  }
  return best == departements ? TerritoryKind::Departement : TerritoryKind::Region;
}

CogMatch match_cog(const VectorLayer& layer, const CogRegistry& cog) {
  CogMatch m;
  m.kind = detect_kind(layer, cog);
  std::unordered_set<std::string> layer_codes(layer.codes.begin(), layer.codes.end());
  layer_codes.erase(std::string());
  std::vector<std::string> cog_codes;
  switch (m.kind) {
    case TerritoryKind::Commune: {
      // The current communes of the départements the layer covers: a layer of one département
      // is not missing the other 34,000 communes of France. (The COM such as 975, 977, 978 and
      // 98x are never mapped.)
      std::unordered_set<std::string> departements;
      for (const std::string& code : layer_codes) {
        if (const CogCommune* c = cog.current_commune(code)) departements.insert(c->departement);
      }
      for (const CogCommune& c : cog.communes()) {
        if (c.type == CommuneType::Current && zone_from_code(c.code) &&
            departements.count(c.departement))
          cog_codes.push_back(c.code);
      }
      break;
    }
    case TerritoryKind::Departement:
      for (const CogDepartement& d : cog.departements()) {
        if (zone_from_code(d.code)) cog_codes.push_back(d.code);
      }
      break;
    case TerritoryKind::Region:
      for (const CogRegion& r : cog.regions()) {
        if (r.code.size() == 2) cog_codes.push_back(r.code);  // not the COM (975, 98x...)
      }
      break;
    case TerritoryKind::Unknown:
      break;
  }
  std::unordered_set<std::string> cog_set(cog_codes.begin(), cog_codes.end());
  std::vector<std::string> sorted(layer_codes.begin(), layer_codes.end());
  std::sort(sorted.begin(), sorted.end());
  for (const std::string& code : sorted) {
    if (cog_set.count(code)) {
      m.matched.push_back(code);
      continue;
    }
    m.layer_only.push_back(code);
    if (m.kind == TerritoryKind::Commune) {
      if (const CogCommune* now = cog.current_commune(code); now && now->code != code)
        m.merged.emplace_back(code, now->code);
    }
  }
  std::sort(cog_codes.begin(), cog_codes.end());
  for (const std::string& code : cog_codes) {
    if (!layer_codes.count(code)) m.cog_only.push_back(code);
  }
  return m;
}

void apply_official_names(VectorLayer& layer, const CogRegistry& cog) {
  const TerritoryKind kind = detect_kind(layer, cog);
  layer.official_names.assign(layer.codes.size(), std::string());
  layer.outside_cog.clear();
  if (kind == TerritoryKind::Commune) layer.outside_cog.assign(layer.codes.size(), 0);
  for (std::size_t f = 0; f < layer.codes.size(); ++f) {
    const std::string& code = layer.codes[f];
    switch (kind) {
      case TerritoryKind::Commune:
        if (const CogCommune* c = cog.commune(code); c && c->type == CommuneType::Current)
          layer.official_names[f] = c->name;
        layer.outside_cog[f] = cog.current_commune(code) == nullptr;
        break;
      case TerritoryKind::Departement:
        if (const CogDepartement* d = cog.departement(code)) layer.official_names[f] = d->name;
        break;
      case TerritoryKind::Region:
        if (const CogRegion* r = cog.region(code)) layer.official_names[f] = r->name;
        break;
      case TerritoryKind::Unknown:
        break;
    }
  }
}

void add_cog_attributes(VectorLayer& layer, const CogRegistry& cog) {
  const TerritoryKind kind = detect_kind(layer, cog);
  const std::size_t n = layer.feature_count();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> population(n, nan), area(n, nan), density(n, nan);
  std::vector<std::string> departement(n), region(n), epci(n);
  // Populations of départements and régions: the sums of their current communes.
  std::unordered_map<std::string, double> sums;
  if (kind == TerritoryKind::Departement || kind == TerritoryKind::Region) {
    for (const CogCommune& c : cog.communes()) {
      if (c.type != CommuneType::Current) continue;
      sums[kind == TerritoryKind::Departement ? c.departement : c.region] +=
          static_cast<double>(c.population);
    }
  }
  // Communes merged since the layer's vintage: every old piece takes the density of the commune
  // it now belongs to (its population over the area of all its pieces), so the map has no hole.
  std::vector<const CogCommune*> current(n, nullptr);
  std::unordered_map<std::string, double> current_area;
  for (std::size_t f = 0; f < n; ++f) {
    if (layer.geometry.has_geometry(f)) area[f] = layer.geometry.area(f) / 1e6;
    if (kind != TerritoryKind::Commune) continue;
    current[f] = cog.current_commune(layer.codes[f]);
    if (current[f] && area[f] > 0) current_area[current[f]->code] += area[f];
  }
  for (std::size_t f = 0; f < n; ++f) {
    const std::string& code = layer.codes[f];
    if (kind == TerritoryKind::Commune) {
      const CogCommune* c = current[f];
      if (!c) continue;
      const auto pop = static_cast<double>(c->population);
      if (c->code == code) population[f] = pop;
      departement[f] = c->departement;
      region[f] = c->region;
      epci[f] = c->epci;
      if (const double a = current_area[c->code]; a > 0) density[f] = pop / a;
      continue;
    }
    if (const auto it = sums.find(code); it != sums.end()) population[f] = it->second;
    if (area[f] > 0) density[f] = population[f] / area[f];
  }
  layer.attributes.set_numbers("population", std::move(population));
  layer.attributes.set_numbers("area_km2", std::move(area));
  layer.attributes.set_numbers("density", std::move(density));
  if (kind == TerritoryKind::Commune) {
    layer.attributes.set_texts("departement", std::move(departement));
    layer.attributes.set_texts("region", std::move(region));
    layer.attributes.set_texts("epci", std::move(epci));
  }
}

}  // namespace lumiere::core
