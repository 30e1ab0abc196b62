#include "core/model/model.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace lumiere::core {
namespace {

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Checks the usages a structure offers or a membership subscribes: `unknown` and `twice` are the
// codes of the errors, `owner` their first argument (the structure's id, the member's code).
Status check_usage_list(const Model& model, const std::vector<std::string>& usages,
                        const std::string& owner, MessageCode unknown, MessageCode twice) {
  std::set<std::string_view> seen;
  for (const std::string& u : usages) {
    if (!model.usage(u)) return Error{unknown, {owner, u}};
    if (!seen.insert(u).second) return Error{twice, {owner, u}};
  }
  return Done{};
}

}  // namespace

std::vector<Usage> default_usages() {
  return {
      {"actes", "Actes — contrôle de légalité dématérialisé", "e-administration"},
      {"marches", "Marchés publics dématérialisés (profil acheteur)", "e-administration"},
      {"pes", "PES V2 — flux comptables et financiers dématérialisés", "finances"},
      {"sig", "SIG et cadastre vectorisé", "information géographique"},
      {"ent", "ENT — espace numérique de travail (écoles)", "e-éducation"},
      {"tni", "TNI — tableaux numériques interactifs", "e-éducation"},
      {"classes_mobiles", "Classes mobiles", "e-éducation"},
      {"site_web", "Site internet de la collectivité", "services en ligne"},
  };
}

std::string_view structure_kind_label(StructureKind kind) {
  switch (kind) {
    case StructureKind::SyndicatMixte:
      return "Syndicat mixte";
    case StructureKind::CentreDeGestion:
      return "Centre de gestion";
    case StructureKind::AgenceTechnique:
      return "Agence technique";
    case StructureKind::AssociationElus:
      return "Association d'élus";
    case StructureKind::Gip:
      return "GIP";
    case StructureKind::Departement:
      return "Département";
    case StructureKind::Epci:
      return "EPCI";
    case StructureKind::Other:
      return "Autre";
  }
  return "Autre";
}

bool is_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  if (!all_digits(t.substr(0, 4)) || !all_digits(t.substr(5, 2)) || !all_digits(t.substr(8, 2)))
    return false;
  const int year = std::stoi(std::string(t.substr(0, 4)));
  const int month = std::stoi(std::string(t.substr(5, 2)));
  const int day = std::stoi(std::string(t.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

Model::Model(const CogRegistry& cog) : cog_(&cog), usages_(default_usages()) {}

const Usage* Model::usage(std::string_view id) const {
  for (const Usage& u : usages_) {
    if (u.id == id) return &u;
  }
  return nullptr;
}

const Structure* Model::structure(std::string_view id) const {
  const auto i = structure_index(id);
  return i ? &structures_[*i] : nullptr;
}

std::optional<std::size_t> Model::structure_index(std::string_view id) const {
  for (std::size_t i = 0; i < structures_.size(); ++i) {
    if (structures_[i].id == id) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> Model::membership_index(std::string_view structure_id, MemberKind kind,
                                                   std::string_view code) const {
  for (std::size_t i = 0; i < memberships_.size(); ++i) {
    const Membership& m = memberships_[i];
    if (m.structure_id == structure_id && m.member_kind == kind && m.member_code == code) return i;
  }
  return std::nullopt;
}

std::vector<int> Model::vintages(std::string_view usage) const {
  // Keys are ordered by (usage, vintage, commune): one lookup per vintage.
  std::vector<int> out;
  const std::string id(usage);
  for (auto it = indicators_.lower_bound({id, std::numeric_limits<int>::min(), ""});
       it != indicators_.end() && std::get<0>(it->first) == id;) {
    const int vintage = std::get<1>(it->first);
    out.push_back(vintage);
    if (vintage == std::numeric_limits<int>::max()) break;
    it = indicators_.lower_bound({id, vintage + 1, ""});
  }
  return out;
}

const IndicatorValue* Model::indicator(std::string_view commune, std::string_view usage,
                                       int vintage) const {
  const auto it = indicators_.find(IndicatorKey{std::string(usage), vintage, std::string(commune)});
  return it == indicators_.end() ? nullptr : &it->second;
}

Status Model::check_usage(const Usage& u) const {
  if (u.id.empty() || !std::all_of(u.id.begin(), u.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      })) {
    return Error{MessageCode::UsageIdInvalid, {u.id}};
  }
  if (usage(u.id)) return Error{MessageCode::UsageExists, {u.id}};
  if (u.label.empty()) return Error{MessageCode::UsageNoLabel, {u.id}};
  return Done{};
}

Status Model::check_structure(const Structure& s, std::optional<std::size_t> replacing) const {
  if (s.id.empty()) return Error{MessageCode::StructureNoId, {}};
  const auto existing = structure_index(s.id);
  if (existing && existing != replacing) {
    return Error{MessageCode::StructureIdTaken, {s.id}};
  }
  if (replacing && structures_[*replacing].id != s.id) {
    return Error{MessageCode::StructureIdChanged, {structures_[*replacing].id}};
  }
  if (s.name.empty()) return Error{MessageCode::StructureNoName, {s.id}};
  if (!s.siren.empty() && (s.siren.size() != 9 || !all_digits(s.siren))) {
    return Error{MessageCode::StructureSirenInvalid, {s.siren, s.id}};
  }
  if (!s.seat_commune.empty()) {
    const CogCommune* c = cog_->commune(s.seat_commune);
    if (!c || c->type != CommuneType::Current) {
      return Error{MessageCode::StructureSeatNotCurrent, {s.seat_commune, s.id}};
    }
  }
  LUMIERE_TRY(check_usage_list(*this, s.usages, s.id, MessageCode::StructureUsageUnknown,
                               MessageCode::StructureUsageTwice));
  if (replacing) {
    for (const Membership& m : memberships_) {
      if (m.structure_id != s.id) continue;
      for (const std::string& u : m.usages) {
        if (std::find(s.usages.begin(), s.usages.end(), u) == s.usages.end()) {
          return Error{MessageCode::StructureUsageSubscribed, {s.id, u, m.member_code}};
        }
      }
    }
  }
  return Done{};
}

Status Model::check_membership(const Membership& m) const {
  const Structure* s = structure(m.structure_id);
  if (!s) {
    return Error{MessageCode::MembershipNoStructure, {m.structure_id}};
  }
  switch (m.member_kind) {
    case MemberKind::Commune: {
      const CogCommune* c = cog_->commune(m.member_code);
      if (!c) {
        return Error{MessageCode::MembershipCommuneUnknown, {m.member_code}};
      }
      if (c->type != CommuneType::Current) {
        const CogCommune* current = cog_->current_commune(m.member_code);
        if (!current) return Error{MessageCode::MembershipCommuneOldNoCurrent, {m.member_code}};
        return Error{MessageCode::MembershipCommuneOld, {m.member_code, current->code}};
      }
      break;
    }
    case MemberKind::Epci:
      if (!cog_->epci(m.member_code)) {
        return Error{MessageCode::MembershipEpciUnknown, {m.member_code}};
      }
      break;
    case MemberKind::Departement:
      if (!cog_->departement(m.member_code)) {
        return Error{MessageCode::MembershipDepartementUnknown, {m.member_code}};
      }
      break;
  }
  if (membership_index(m.structure_id, m.member_kind, m.member_code)) {
    return Error{MessageCode::MembershipExists, {m.structure_id, m.member_code}};
  }
  if (m.since && !is_iso_date(*m.since)) {
    return Error{MessageCode::MembershipDateInvalid, {*m.since}};
  }
  if (m.until && !is_iso_date(*m.until)) {
    return Error{MessageCode::MembershipDateInvalid, {*m.until}};
  }
  if (m.since && m.until && *m.until < *m.since) {
    return Error{MessageCode::MembershipEndsBeforeStart,
                 {m.member_code, m.structure_id, *m.until, *m.since}};
  }
  LUMIERE_TRY(check_usage_list(*this, m.usages, m.member_code, MessageCode::MembershipUsageUnknown,
                               MessageCode::MembershipUsageTwice));
  for (const std::string& u : m.usages) {
    if (std::find(s->usages.begin(), s->usages.end(), u) == s->usages.end()) {
      return Error{MessageCode::MembershipUsageNotOffered, {s->id, u, m.member_code}};
    }
  }
  return Done{};
}

Status Model::check_indicator(const IndicatorValue& v) const {
  const CogCommune* c = cog_->commune(v.commune);
  if (!c || c->type != CommuneType::Current) {
    return Error{MessageCode::ValueCommuneNotCurrent, {v.commune}};
  }
  if (!usage(v.usage)) {
    return Error{MessageCode::ValueUsageUnknown, {v.usage}};
  }
  if (v.vintage < 1990 || v.vintage > 2100) {
    return Error{MessageCode::ValueVintageInvalid, {std::to_string(v.vintage), v.commune}};
  }
  if (!v.adopted && !v.level) {
    return Error{MessageCode::ValueEmpty, {v.commune, v.usage}};
  }
  if (v.level && (!std::isfinite(*v.level) || *v.level < 0 || *v.level > 1)) {
    return Error{MessageCode::ValueLevelInvalid, {v.commune, v.usage}};
  }
  if (v.adoption_date && !is_iso_date(*v.adoption_date)) {
    return Error{MessageCode::ValueAdoptionDateInvalid, {*v.adoption_date, v.commune}};
  }
  return Done{};
}

void Model::insert_usage(std::size_t pos, Usage u) {
  note_usages();
  usages_.insert(usages_.begin() + static_cast<std::ptrdiff_t>(pos), std::move(u));
  ++revision_;
}
void Model::erase_usage(std::size_t pos) {
  note_usages();
  usages_.erase(usages_.begin() + static_cast<std::ptrdiff_t>(pos));
  ++revision_;
}
// The commands insert a structure or a membership only when its key is free (their checks), so
// the value before an insert is "none".
void Model::insert_structure(std::size_t pos, Structure s) {
  note_structure(s.id, nullptr);
  structures_.insert(structures_.begin() + static_cast<std::ptrdiff_t>(pos), std::move(s));
  ++revision_;
}
void Model::replace_structure(std::size_t pos, Structure s) {
  note_structure(structures_[pos].id, &structures_[pos]);
  if (s.id != structures_[pos].id) note_structure(s.id, structure(s.id));
  structures_[pos] = std::move(s);
  ++revision_;
}
void Model::erase_structure(std::size_t pos) {
  note_structure(structures_[pos].id, &structures_[pos]);
  structures_.erase(structures_.begin() + static_cast<std::ptrdiff_t>(pos));
  ++revision_;
}
void Model::insert_membership(std::size_t pos, Membership m) {
  note_membership(membership_key(m), nullptr);
  memberships_.insert(memberships_.begin() + static_cast<std::ptrdiff_t>(pos), std::move(m));
  ++revision_;
}
void Model::erase_membership(std::size_t pos) {
  note_membership(membership_key(memberships_[pos]), &memberships_[pos]);
  memberships_.erase(memberships_.begin() + static_cast<std::ptrdiff_t>(pos));
  ++revision_;
}
void Model::put_indicator(IndicatorValue v) {
  IndicatorKey key = key_of(v);
  if (changes_.on && !changes_.indicators.contains(key)) {
    const auto it = indicators_.find(key);
    changes_.indicators.emplace(
        key, it == indicators_.end() ? std::nullopt : std::optional<IndicatorValue>(it->second));
  }
  indicators_.insert_or_assign(std::move(key), std::move(v));
  ++revision_;
}
void Model::erase_indicator(const IndicatorKey& key) {
  const auto it = indicators_.find(key);
  if (it == indicators_.end()) return;
  if (changes_.on) changes_.indicators.try_emplace(key, it->second);
  indicators_.erase(it);
  ++revision_;
}

void Model::note_usages() {
  if (changes_.on && !changes_.usages) changes_.usages = usages_;
}
void Model::note_structure(const std::string& id, const Structure* before) {
  if (!changes_.on || changes_.structures.contains(id)) return;
  changes_.structures.emplace(id, before ? std::optional<Structure>(*before) : std::nullopt);
}
void Model::note_membership(const MembershipKey& key, const Membership* before) {
  if (!changes_.on || changes_.memberships.contains(key)) return;
  changes_.memberships.emplace(key, before ? std::optional<Membership>(*before) : std::nullopt);
}

void Model::track_changes() {
  changes_ = ChangeLog{};
  changes_.on = true;
}

void Model::mark_committed() {
  const bool on = changes_.on;
  changes_ = ChangeLog{};
  changes_.on = on;
}

ModelChanges Model::changes() const {
  ModelChanges out;
  if (changes_.usages && *changes_.usages != usages_) out.usages = usages_;
  if (!changes_.structures.empty()) {
    std::map<std::string_view, const Structure*> now;
    for (const Structure& s : structures_) now.emplace(s.id, &s);
    for (const auto& [id, before] : changes_.structures) {
      const auto it = now.find(id);
      const Structure* current = it == now.end() ? nullptr : it->second;
      if (current && (!before || *before != *current)) out.structures_put.push_back(*current);
      if (!current && before) out.structures_removed.push_back(id);
    }
  }
  if (!changes_.memberships.empty()) {
    std::map<MembershipKey, const Membership*> now;
    for (const Membership& m : memberships_) {
      if (changes_.memberships.contains(membership_key(m))) now.emplace(membership_key(m), &m);
    }
    for (const auto& [key, before] : changes_.memberships) {
      const auto it = now.find(key);
      const Membership* current = it == now.end() ? nullptr : it->second;
      if (current && (!before || *before != *current)) out.memberships_put.push_back(*current);
      if (!current && before) out.memberships_removed.push_back(key);
    }
  }
  for (const auto& [key, before] : changes_.indicators) {
    const auto it = indicators_.find(key);
    if (it != indicators_.end() && (!before || *before != it->second))
      out.indicators_put.push_back(it->second);
    if (it == indicators_.end() && before) out.indicators_removed.push_back(key);
  }
  return out;
}

}  // namespace lumiere::core
