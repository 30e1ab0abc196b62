#pragma once
// The mutualisation model of DESIGN.md "Model (core)": the usage catalogue, the structures that
// pool digital services, their memberships and the indicator values of the communes, as value
// records. A Model owns them and checks its invariants on every change; changes only go through
// the command objects of model_commands.h (applied by an UndoStack). One thread reads and changes
// a Model at a time (derived results are cached inside it lazily). The CogRegistry given at
// construction must outlive the Model.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/result.h"

namespace lumiere::core {

// A digital usage that is tracked (DESIGN.md "The usages that are tracked"). The catalogue is
// data: users add their own usages.
struct Usage {
  std::string id;      // [a-z0-9_]+, unique
  std::string label;   // French, as shown in the UI
  std::string family;  // e-administration, finances, ...
  friend bool operator==(const Usage&, const Usage&) = default;
};

// The eight usages of DESIGN.md, in its order.
std::vector<Usage> default_usages();

enum class StructureKind {
  SyndicatMixte,
  CentreDeGestion,
  AgenceTechnique,
  AssociationElus,
  Gip,
  Departement,
  Epci,
  Other,
};
// The French label ("Syndicat mixte", "Centre de gestion", ...).
std::string_view structure_kind_label(StructureKind kind);

// A structure that pools digital services for communes.
struct Structure {
  std::string id;  // unique, non-empty
  std::string name;
  StructureKind kind = StructureKind::Other;
  std::string siren;         // empty or nine digits
  std::string seat_commune;  // empty or the COG code of a current commune
  std::string contact;
  std::vector<std::string> usages;  // the usages it offers (ids of the catalogue)
  friend bool operator==(const Structure&, const Structure&) = default;
};

enum class MemberKind { Commune, Epci, Departement };

// A member of a structure. An EPCI member (named by its SIREN) covers its member communes; a
// département member (named by its code) covers all its current communes. A structure has a given
// member once: (structure_id, member_kind, member_code) is unique.
struct Membership {
  std::string structure_id;
  std::string member_code;  // commune COG code, EPCI SIREN or département code
  MemberKind member_kind = MemberKind::Commune;
  std::optional<std::string> since;  // ISO date "YYYY-MM-DD"
  std::optional<std::string> until;  // ISO date, not before `since`
  std::vector<std::string> usages;   // subscribed; each offered by the structure
  friend bool operator==(const Membership&, const Membership&) = default;
};

// What is known of one commune's adoption of one usage in one vintage. (commune, usage, vintage)
// is unique in a Model; at least one of `adopted` and `level` is given.
struct IndicatorValue {
  std::string commune;  // COG code of a current commune
  std::string usage;
  int vintage = 0;                           // year, 1990..2100
  std::optional<bool> adopted;               // adopted yes/no
  std::optional<double> level;               // level or rate of adoption, in [0, 1]
  std::optional<std::string> adoption_date;  // ISO date
  std::string source;
  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};

struct AnalyticsCache;  // analytics.cpp

// The key of a membership: (structure_id, member_kind, member_code).
using MembershipKey = std::tuple<std::string, MemberKind, std::string>;
inline MembershipKey membership_key(const Membership& m) {
  return {m.structure_id, m.member_kind, m.member_code};
}

// What changed in a Model since its last commit (Model::changes()), by key: the rows a commit
// writes or removes. The catalogue of usages is ordered, so it comes whole when it changed.
struct ModelChanges {
  std::optional<std::vector<Usage>> usages;
  std::vector<Structure> structures_put;
  std::vector<std::string> structures_removed;
  std::vector<Membership> memberships_put;
  std::vector<MembershipKey> memberships_removed;
  std::vector<IndicatorValue> indicators_put;
  std::vector<std::tuple<std::string, int, std::string>> indicators_removed;  // (usage, vintage,
                                                                              // commune)
  bool empty() const { return size() == 0; }
  // The number of rows written or removed (a changed catalogue counts its usages).
  std::size_t size() const {
    return (usages ? usages->size() : 0) + structures_put.size() + structures_removed.size() +
           memberships_put.size() + memberships_removed.size() + indicators_put.size() +
           indicators_removed.size();
  }
};

class Model {
 public:
  // A model with the default usage catalogue and nothing else.
  explicit Model(const CogRegistry& cog);

  const CogRegistry& cog() const { return *cog_; }
  const std::vector<Usage>& usages() const { return usages_; }
  const std::vector<Structure>& structures() const { return structures_; }
  const std::vector<Membership>& memberships() const { return memberships_; }
  // Ordered by (usage, vintage, commune): one usage and vintage is one contiguous range.
  using IndicatorKey = std::tuple<std::string, int, std::string>;
  const std::map<IndicatorKey, IndicatorValue>& indicators() const { return indicators_; }

  const Usage* usage(std::string_view id) const;
  const Structure* structure(std::string_view id) const;
  std::optional<std::size_t> structure_index(std::string_view id) const;
  std::optional<std::size_t> membership_index(std::string_view structure_id, MemberKind kind,
                                              std::string_view code) const;
  const IndicatorValue* indicator(std::string_view commune, std::string_view usage,
                                  int vintage) const;
  static IndicatorKey key_of(const IndicatorValue& v) { return {v.usage, v.vintage, v.commune}; }
  // The vintages with values of a usage, increasing.
  std::vector<int> vintages(std::string_view usage) const;

  // Increases on every change; derived results are cached for one revision.
  std::uint64_t revision() const { return revision_; }

  // The checks the commands run before changing anything; each error is one sentence.
  Status check_usage(const Usage& usage) const;  // also: id not taken
  // A structure as it would stand; `replacing`: the index of the structure it replaces (edit).
  Status check_structure(const Structure& s, std::optional<std::size_t> replacing) const;
  Status check_membership(const Membership& m) const;  // also: not a duplicate
  Status check_indicator(const IndicatorValue& v) const;

  // The data only (not the revision nor the caches).
  friend bool operator==(const Model& a, const Model& b) {
    return a.usages_ == b.usages_ && a.structures_ == b.structures_ &&
           a.memberships_ == b.memberships_ && a.indicators_ == b.indicators_;
  }

  // Derived results of the current revision (analytics.cpp), rebuilt after a change.
  AnalyticsCache& analytics_cache() const;

  // The unit of work (DESIGN.md "Project file"; core/project/project_store.h). Once tracking
  // starts, the raw changes below record, per key, the value it had at the last commit (the
  // first time the key changes); changes() compares it with the value now, so that a change
  // undone (or redone to the same value) cancels out and costs no write. Off by default: a model
  // being built (the demo, a project being read) is written whole.
  void track_changes();  // from now on; the current state is taken as committed
  bool tracking_changes() const { return changes_.on; }
  ModelChanges changes() const;
  void mark_committed();  // the current state is what the store holds now

 private:
  friend class ModelCommand;
  // Raw changes for the commands, which check first; each increases the revision.
  void insert_usage(std::size_t pos, Usage u);
  void erase_usage(std::size_t pos);
  void insert_structure(std::size_t pos, Structure s);
  void replace_structure(std::size_t pos, Structure s);
  void erase_structure(std::size_t pos);
  void insert_membership(std::size_t pos, Membership m);
  void erase_membership(std::size_t pos);
  void put_indicator(IndicatorValue v);
  void erase_indicator(const IndicatorKey& key);

  // The value each changed key had at the last commit (nothing: the key did not exist).
  struct ChangeLog {
    bool on = false;
    std::optional<std::vector<Usage>> usages;
    std::map<std::string, std::optional<Structure>> structures;
    std::map<MembershipKey, std::optional<Membership>> memberships;
    std::map<IndicatorKey, std::optional<IndicatorValue>> indicators;
  };
  void note_usages();
  void note_structure(const std::string& id, const Structure* before);
  void note_membership(const MembershipKey& key, const Membership* before);

  // Copies of a Model start with no cached result (each copy has its own future).
  struct CacheSlot {
    CacheSlot() = default;
    CacheSlot(const CacheSlot&) {}
    CacheSlot& operator=(const CacheSlot&) {
      ptr.reset();
      return *this;
    }
    CacheSlot(CacheSlot&&) noexcept {}
    CacheSlot& operator=(CacheSlot&&) noexcept {
      ptr.reset();
      return *this;
    }
    std::shared_ptr<AnalyticsCache> ptr;
  };

  const CogRegistry* cog_;
  std::vector<Usage> usages_;
  std::vector<Structure> structures_;
  std::vector<Membership> memberships_;
  std::map<IndicatorKey, IndicatorValue> indicators_;
  std::uint64_t revision_ = 0;
  ChangeLog changes_;
  mutable CacheSlot cache_;
};

// True when `text` is an ISO calendar date "YYYY-MM-DD" (month 1..12, day valid for the month).
bool is_iso_date(std::string_view text);

}  // namespace lumiere::core
