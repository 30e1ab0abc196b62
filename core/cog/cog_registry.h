#pragma once
// The Code Officiel Géographique: communes (current, delegated, associated, municipal
// arrondissements), départements, régions and EPCI, read from the COG JSON files of
// @etalab/decoupage-administratif. Immutable once loaded; safe to share between threads.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace lumiere::core {

enum class CommuneType { Current, Delegated, Associated, MunicipalArrondissement };

struct CogCommune {
  std::string code;
  std::string name;
  CommuneType type = CommuneType::Current;
  std::string departement;
  std::string region;
  std::string siren;
  std::string chef_lieu;  // for delegated and associated communes: the commune they belong to
  std::string epci;       // SIREN of the EPCI à fiscalité propre, where it has one
  std::int64_t population = 0;
  std::vector<std::string> postal_codes;
  // For a current commune: the codes of the communes merged into it over time (the COG's
  // `anciensCodes`), some of which the COG lists no more (Saint-Géréon 44160 in
  // Ancenis-Saint-Géréon 44003).
  std::vector<std::string> former_codes;
  friend bool operator==(const CogCommune&, const CogCommune&) = default;
};

struct CogDepartement {
  std::string code;
  std::string name;
  std::string region;
  std::string chef_lieu;
  friend bool operator==(const CogDepartement&, const CogDepartement&) = default;
};

struct CogRegion {
  std::string code;
  std::string name;
  std::string chef_lieu;
  friend bool operator==(const CogRegion&, const CogRegion&) = default;
};

struct CogEpci {
  std::string code;  // SIREN
  std::string name;
  std::string type;  // CC, CA, CU, METRO
  std::int64_t population = 0;
  std::vector<std::string> members;  // commune codes
  friend bool operator==(const CogEpci&, const CogEpci&) = default;
};

class CogRegistry {
 public:
  // Reads communes.json, departements.json, regions.json and epci.json from `dir`.
  static Result<CogRegistry> load(const std::string& dir);
  // A registry of records as they were stored (a project file): kept as given, each commune's
  // `epci` included; only the indexes are built.
  static CogRegistry from_records(std::vector<CogCommune> communes,
                                  std::vector<CogDepartement> departements,
                                  std::vector<CogRegion> regions, std::vector<CogEpci> epcis);

  const std::vector<CogCommune>& communes() const { return communes_; }
  const std::vector<CogDepartement>& departements() const { return departements_; }
  const std::vector<CogRegion>& regions() const { return regions_; }
  const std::vector<CogEpci>& epcis() const { return epcis_; }

  // The commune with this code, of any type (the current one first where a code is both a
  // current commune and a delegated one, as for the chef-lieu of a commune nouvelle).
  const CogCommune* commune(std::string_view code) const;
  const CogDepartement* departement(std::string_view code) const;
  const CogRegion* region(std::string_view code) const;
  const CogEpci* epci(std::string_view siren) const;
  // The current commune a code designates today: itself when current, its chef-lieu when
  // delegated or associated, the commune that lists it among its former codes when the COG has
  // no record of it, nothing when unknown (or a municipal arrondissement).
  const CogCommune* current_commune(std::string_view code) const;

  // The records (not the indexes, which follow from them).
  friend bool operator==(const CogRegistry& a, const CogRegistry& b) {
    return a.communes_ == b.communes_ && a.departements_ == b.departements_ &&
           a.regions_ == b.regions_ && a.epcis_ == b.epcis_;
  }

 private:
  void build_indexes();

  std::vector<CogCommune> communes_;
  std::vector<CogDepartement> departements_;
  std::vector<CogRegion> regions_;
  std::vector<CogEpci> epcis_;
  std::unordered_map<std::string, std::size_t> commune_index_;
  std::unordered_map<std::string, std::size_t> former_index_;  // former code -> current commune
  std::unordered_map<std::string, std::size_t> departement_index_;
  std::unordered_map<std::string, std::size_t> region_index_;
  std::unordered_map<std::string, std::size_t> epci_index_;
};

}  // namespace lumiere::core
