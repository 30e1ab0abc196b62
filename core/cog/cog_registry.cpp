#include "core/cog/cog_registry.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

namespace lumiere::core {
namespace {
using nlohmann::json;

Result<json> read_json(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{MessageCode::CogFileUnreadable, {path.string()}};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  json doc = json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Error{MessageCode::CogNotJsonArray, {path.string()}};
  }
  return doc;
}

std::string text(const json& o, const char* key) {
  const auto it = o.find(key);
  return (it != o.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

// 0 unless the value is a number an int64 holds: a population written 1e300 (or 2^64) must not
// reach a conversion whose result is undefined (found by fuzz/cog_registry_fuzz, UBSan).
std::int64_t number(const json& o, const char* key) {
  const auto it = o.find(key);
  if (it == o.end()) return 0;
  constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (it->is_number_unsigned())
    return it->get<std::uint64_t>() <= kMax ? static_cast<std::int64_t>(it->get<std::uint64_t>())
                                            : 0;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  if (it->is_number_float()) {
    const double d = it->get<double>();
    // Strictly between -2^63 and 2^63 (both exact doubles), the conversion is defined.
    if (d > -0x1p63 && d < 0x1p63) return static_cast<std::int64_t>(d);
  }
  return 0;
}

}  // namespace

Result<CogRegistry> CogRegistry::load(const std::string& dir) {
  namespace fs = std::filesystem;
  CogRegistry r;
  auto communes = read_json(fs::path(dir) / "communes.json");
  if (!communes) return communes.error();
  r.communes_.reserve(communes->size());
  for (const json& c : *communes) {
    if (!c.is_object()) continue;
    CogCommune commune;
    commune.code = text(c, "code");
    commune.name = text(c, "nom");
    const std::string type = text(c, "type");
    commune.type = type == "commune-deleguee"           ? CommuneType::Delegated
                   : type == "commune-associee"         ? CommuneType::Associated
                   : type == "arrondissement-municipal" ? CommuneType::MunicipalArrondissement
                                                        : CommuneType::Current;
    commune.departement = text(c, "departement");
    commune.region = text(c, "region");
    commune.siren = text(c, "siren");
    commune.chef_lieu = text(c, "chefLieu");
    commune.population = number(c, "population");
    if (const auto it = c.find("codesPostaux"); it != c.end() && it->is_array()) {
      for (const json& p : *it) {
        if (p.is_string()) commune.postal_codes.push_back(p.get<std::string>());
      }
    }
    if (const auto it = c.find("anciensCodes"); it != c.end() && it->is_array()) {
      for (const json& p : *it) {
        if (p.is_string()) commune.former_codes.push_back(p.get<std::string>());
      }
    }
    if (commune.code.empty()) continue;
    r.communes_.push_back(std::move(commune));
  }
  auto departements = read_json(fs::path(dir) / "departements.json");
  if (!departements) return departements.error();
  for (const json& d : *departements) {
    if (!d.is_object()) continue;
    r.departements_.push_back(
        {text(d, "code"), text(d, "nom"), text(d, "region"), text(d, "chefLieu")});
  }
  auto regions = read_json(fs::path(dir) / "regions.json");
  if (!regions) return regions.error();
  for (const json& g : *regions) {
    if (!g.is_object()) continue;
    r.regions_.push_back({text(g, "code"), text(g, "nom"), text(g, "chefLieu")});
  }
  auto epcis = read_json(fs::path(dir) / "epci.json");
  if (!epcis) return epcis.error();
  for (const json& e : *epcis) {
    if (!e.is_object()) continue;
    CogEpci epci{
        text(e, "code"), text(e, "nom"), text(e, "type"), number(e, "populationTotale"), {}};
    if (const auto it = e.find("membres"); it != e.end() && it->is_array()) {
      for (const json& m : *it) {
        if (m.is_object()) epci.members.push_back(text(m, "code"));
      }
    }
    r.epcis_.push_back(std::move(epci));
  }
  r.build_indexes();
  for (const CogEpci& epci : r.epcis_) {
    for (const std::string& member : epci.members) {
      if (const auto c = r.commune_index_.find(member); c != r.commune_index_.end())
        r.communes_[c->second].epci = epci.code;
    }
  }
  return r;
}

CogRegistry CogRegistry::from_records(std::vector<CogCommune> communes,
                                      std::vector<CogDepartement> departements,
                                      std::vector<CogRegion> regions, std::vector<CogEpci> epcis) {
  CogRegistry r;
  r.communes_ = std::move(communes);
  r.departements_ = std::move(departements);
  r.regions_ = std::move(regions);
  r.epcis_ = std::move(epcis);
  r.build_indexes();
  return r;
}

void CogRegistry::build_indexes() {
  commune_index_.clear(), departement_index_.clear(), region_index_.clear(), epci_index_.clear();
  former_index_.clear();
  commune_index_.reserve(communes_.size());
  // A code can be both a current commune and a delegated one (the chef-lieu of a commune
  // nouvelle): the index points at the current one.
  for (std::size_t i = 0; i < communes_.size(); ++i) {
    const CogCommune& c = communes_[i];
    auto [it, inserted] = commune_index_.try_emplace(c.code, i);
    if (!inserted && c.type == CommuneType::Current) it->second = i;
    if (c.type == CommuneType::Current) {
      for (const std::string& former : c.former_codes) former_index_.try_emplace(former, i);
    }
  }
  for (std::size_t i = 0; i < departements_.size(); ++i)
    departement_index_.emplace(departements_[i].code, i);
  for (std::size_t i = 0; i < regions_.size(); ++i) region_index_.emplace(regions_[i].code, i);
  for (std::size_t i = 0; i < epcis_.size(); ++i) epci_index_.emplace(epcis_[i].code, i);
}

namespace {
template <class T>
const T* lookup(const std::unordered_map<std::string, std::size_t>& index,
                const std::vector<T>& items, std::string_view key) {
  const auto it = index.find(std::string(key));
  return it == index.end() ? nullptr : &items[it->second];
}
}  // namespace

const CogCommune* CogRegistry::commune(std::string_view code) const {
  return lookup(commune_index_, communes_, code);
}
const CogDepartement* CogRegistry::departement(std::string_view code) const {
  return lookup(departement_index_, departements_, code);
}
const CogRegion* CogRegistry::region(std::string_view code) const {
  return lookup(region_index_, regions_, code);
}
const CogEpci* CogRegistry::epci(std::string_view siren) const {
  return lookup(epci_index_, epcis_, siren);
}

const CogCommune* CogRegistry::current_commune(std::string_view code) const {
  const CogCommune* c = commune(code);
  if (!c) return lookup(former_index_, communes_, code);
  // Delegated and associated communes point at their chef-lieu; a chain is followed a few steps.
  for (int step = 0; c && c->type != CommuneType::Current && step < 4; ++step) {
    if (c->type == CommuneType::MunicipalArrondissement || c->chef_lieu.empty()) return nullptr;
    c = commune(c->chef_lieu);
  }
  return (c && c->type == CommuneType::Current) ? c : nullptr;
}

}  // namespace lumiere::core
