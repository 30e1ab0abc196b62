#pragma once
// The window's search: communes (current, and the communes déléguées and associées under their
// own names), EPCI, départements, régions and the structures of a Model, found by name whatever
// the accents, case, hyphens, apostrophes, "St"/"Saint" and a leading article, by COG code, SIREN
// or postal code. A PlaceIndex is built once from the COG (tens of milliseconds) and holds its
// own copies of what it shows; copies share the COG part, so with_structures() after an edit of
// the model is cheap. Immutable once built: query() is safe from any thread.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/cog/cog_registry.h"

namespace lumiere::core {

class Model;

enum class PlaceKind { Commune, Epci, Departement, Region, Structure };

// One result of a search, as the list shows it. Texts are the COG's (French) and codes: no
// sentence, so the surface adds the kind in the user's language.
struct Place {
  PlaceKind kind = PlaceKind::Commune;
  // COG code of a commune, département or région; SIREN of an EPCI; id of a structure. For a
  // commune déléguée or associée, its own code (place_communes gives its current commune).
  std::string code;
  std::string name;
  // Where it is or what it holds: "Charente-Maritime (17)" for a commune, "Ancenis-Saint-Géréon,
  // Loire-Atlantique (44)" for a commune déléguée, "28 communes (17)" for an EPCI (the
  // départements of its members, most populated first), "17, Nouvelle-Aquitaine" for a
  // département, the code for a région, the kind's label for a structure.
  std::string context;
  // Communes only: Current, or Delegated / Associated (the commune of today is in `context`).
  CommuneType commune_type = CommuneType::Current;
  friend bool operator==(const Place&, const Place&) = default;
};

// `text` folded for matching: lower-case ASCII letters and digits, accents removed (é -> e,
// œ -> oe, ß -> ss), every other character (hyphens, apostrophes ' and ’, spaces, punctuation,
// invalid UTF-8) a word break; words joined by one space, "st" written "saint" and "ste"
// "sainte". Letters of other scripts are kept as they are. "Saint-Étienne" and "ST ETIENNE" give
// "saint etienne".
std::string search_key(std::string_view text);

class PlaceIndex {
 public:
  // Nothing to find.
  PlaceIndex();
  // The COG's places (no structure).
  explicit PlaceIndex(const CogRegistry& cog);
  // The COG's places and the model's structures.
  PlaceIndex(const CogRegistry& cog, const Model& model);

  // A copy of this index with the structures of `model` instead of those it had (the COG part is
  // shared, not rebuilt): what the window calls after an edit of the structures.
  PlaceIndex with_structures(const Model& model) const;
  void set_structures(const Model& model);

  // At most `limit` places matching `text`, best first:
  //   1. an exact code: COG code of a commune, département or région (département before région
  //      for "11"), SIREN of an EPCI or of a commune, id of a structure ("17300", "2a004");
  //   2. a postal code ("17000": the communes it serves);
  //   3. the whole name ("saint etienne", "rochelle": a leading le, la, les or l' is optional);
  //   4. the name's beginning, the last word typed possibly unfinished ("la roch");
  //   5. each word typed beginning a word of the name, in order ("sables olonne");
  //   6. the beginning of a code or postal code ("1730").
  // Within one of these, the larger population first (communes, EPCI, and départements and
  // régions by the population of their communes; structures last), then by name. Any text is
  // accepted: empty, blank or unreadable text finds nothing; only its first 256 bytes count.
  std::vector<Place> query(std::string_view text, std::size_t limit) const;

  // Places indexed (COG and structures).
  std::size_t size() const;

  struct Part;  // place_search.cpp

 private:
  std::shared_ptr<const Part> cog_;
  std::shared_ptr<const Part> structures_;
};

// The current communes a place covers, sorted, without repeats: a commune, itself (a commune
// déléguée or associée: its commune of today); an EPCI, its members; a département or a région,
// its current communes; a structure, the communes its memberships cover (structure_communes).
// Nothing for a code the COG or the model does not know. The window zooms to their extent.
std::vector<std::string> place_communes(const Place& place, const CogRegistry& cog,
                                        const Model& model);

}  // namespace lumiere::core
