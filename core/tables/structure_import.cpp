#include "core/tables/structure_import.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/cog/code_normaliser.h"
#include "core/tables/column_names.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A cell of digits as spreadsheets write them: spaces between groups ("200 041 762") and a
// number format's ".0" removed; other text only trimmed.
std::string clean_digits(std::string_view text) {
  const std::string_view t = trim_cell(text);
  std::string digits;
  for (std::size_t i = 0; i < t.size();) {
    const std::string_view rest = t.substr(i);
    if (rest[0] >= '0' && rest[0] <= '9') {
      digits += rest[0];
      ++i;
    } else if (rest[0] == ' ') {
      ++i;
    } else if (rest.starts_with("\xC2\xA0")) {
      i += 2;
    } else if (rest.starts_with("\xE2\x80\xAF")) {
      i += 3;
    } else if ((rest == ".0" || rest == ",0") && !digits.empty()) {
      break;
    } else {
      return std::string(t);
    }
  }
  return digits.empty() ? std::string(t) : digits;
}

// Nine digits with the Luhn key of the INSEE (La Poste's 356000000 is the known exception).
bool valid_siren(std::string_view s) {
  if (s.size() != 9 || !all_digits(s)) return false;
  if (s == "356000000") return true;
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    int d = s[i] - '0';
    if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 == 0;
}

constexpr StructureColumn kColumns[] = {
    StructureColumn::Id,     StructureColumn::Name,        StructureColumn::Kind,
    StructureColumn::Siren,  StructureColumn::Seat,        StructureColumn::Contact,
    StructureColumn::Member, StructureColumn::MemberSiren, StructureColumn::Since,
    StructureColumn::Until,  StructureColumn::Usages,      StructureColumn::Offer,
};

// The member a cell names, once resolved against the COG.
struct ResolvedMember {
  MemberKind kind = MemberKind::Commune;
  std::string cleaned;  // as the COG writes the code given
  std::string current;  // the member's code in the model; empty when unknown
  bool harmonised = false;
};

class MemberResolver {
 public:
  explicit MemberResolver(const CogRegistry& cog) : cog_(cog) {
    for (const CogCommune& c : cog.communes())
      if (!c.siren.empty() && c.type == CommuneType::Current) commune_by_siren_[c.siren] = c.code;
  }

  ResolvedMember resolve(std::string_view text) const {
    ResolvedMember m;
    const std::string code = clean_digits(text);
    if (code.size() == 9 && all_digits(code)) {
      m.cleaned = code;
      if (cog_.epci(code)) {
        m.kind = MemberKind::Epci;
        m.current = code;
      } else if (const auto it = commune_by_siren_.find(code); it != commune_by_siren_.end()) {
        m.cleaned = it->second;  // the commune named by its SIREN or its code is one member
        m.current = it->second;
      }
      return m;
    }
    if (!code.empty() && code.size() <= 3) {
      const NormalisedCode d = normalise_departement_code(code, cog_);
      m.kind = MemberKind::Departement;
      m.cleaned = d.cleaned;
      m.current = d.current;
      return m;
    }
    const NormalisedCode c = normalise_commune_code(code, cog_);
    m.cleaned = c.cleaned;
    // A municipal arrondissement is not a commune a structure can have as member.
    const CogCommune* commune = cog_.commune(c.current);
    if (c.status != CodeStatus::Unknown && commune && commune->type == CommuneType::Current) {
      m.current = c.current;
      m.harmonised = c.status == CodeStatus::Harmonised;
    }
    return m;
  }

 private:
  const CogRegistry& cog_;
  std::unordered_map<std::string, std::string> commune_by_siren_;
};

// Usage ids by their folded id, label, and label before " — " or " (" ("PES V2", "Actes").
class UsageMatcher {
 public:
  explicit UsageMatcher(const std::vector<Usage>& usages) {
    for (const Usage& u : usages) {
      ids_.try_emplace(word_key(u.id), u.id);
      ids_.try_emplace(word_key(u.label), u.id);
      for (const char* cut : {" \xE2\x80\x94 ", " - ", " ("}) {
        const auto pos = u.label.find(cut);
        if (pos != std::string::npos) ids_.try_emplace(word_key(u.label.substr(0, pos)), u.id);
      }
    }
  }
  // The ids of a list separated by ',', ';' or '|'; the unknown items go to `unknown`.
  std::vector<std::string> parse(std::string_view text, std::vector<std::string>& unknown) const {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ',' && text[i] != ';' && text[i] != '|') continue;
      const std::string_view item = trim_cell(text.substr(start, i - start));
      start = i + 1;
      if (item.empty()) continue;
      const auto it = ids_.find(word_key(item));
      if (it == ids_.end())
        unknown.emplace_back(item);
      else if (std::find(out.begin(), out.end(), it->second) == out.end())
        out.push_back(it->second);
    }
    return out;
  }

 private:
  std::unordered_map<std::string, std::string> ids_;
};

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& items) {
  for (const std::string& s : items)
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// A structure of the file as it will stand, and which of its fields a row of the file set.
struct PendingStructure {
  Structure structure;
  std::optional<Structure> before;  // the model's, when it is updated
  std::set<StructureColumn> set_by_file;
  std::vector<std::string> offer;  // from "offre" cells and subscriptions
  int first_line = 0;              // the first row naming it
};

// One usable row: a known structure and a known member.
struct Candidate {
  int line = 0;
  std::string given;  // the member cell as given
  ResolvedMember member;
  std::string structure_id;
  std::optional<std::string> since;
  std::optional<std::string> until;
  std::vector<std::string> usages;
};

}  // namespace

std::string_view to_string(StructureColumn column) {
  switch (column) {
    case StructureColumn::Id:
      return "id";
    case StructureColumn::Name:
      return "name";
    case StructureColumn::Kind:
      return "kind";
    case StructureColumn::Siren:
      return "siren";
    case StructureColumn::Seat:
      return "seat";
    case StructureColumn::Contact:
      return "contact";
    case StructureColumn::Member:
      return "member";
    case StructureColumn::MemberSiren:
      return "member_siren";
    case StructureColumn::Since:
      return "since";
    case StructureColumn::Until:
      return "until";
    case StructureColumn::Usages:
      return "usages";
    case StructureColumn::Offer:
      return "offer";
  }
  return "id";
}

namespace {

// A member's own names, then every name of a commune's code but "code" alone (which may be the
// structure's code here).
std::vector<std::string> member_names() {
  std::vector<std::string> names = {"membre",       "code_membre", "code_insee_membre",
                                    "insee_membre", "adherent",    "code_adherent",
                                    "commune",      "member"};
  for (const std::string& key : commune_code_header_keys())
    if (key != "code") names.push_back(key);
  return names;
}

}  // namespace

const std::vector<std::string>& structure_column_names(StructureColumn column) {
  static const std::map<StructureColumn, std::vector<std::string>> kNames = {
      {StructureColumn::Id,
       {"id", "id_structure", "identifiant", "identifiant_structure", "code_structure",
        "structure_id"}},
      {StructureColumn::Name,
       {"structure", "nom_structure", "nom", "raison_sociale", "libelle", "libelle_structure",
        "denomination", "groupement", "nom_groupement", "name"}},
      {StructureColumn::Kind,
       {"type", "type_structure", "nature", "nature_juridique", "forme_juridique", "categorie",
        "kind"}},
      {StructureColumn::Siren, {"siren_structure", "siren", "siren_groupement"}},
      {StructureColumn::Seat,
       {"siege", "commune_siege", "code_siege", "siege_commune", "code_commune_siege", "seat"}},
      {StructureColumn::Contact, {"contact", "courriel", "email", "e_mail", "mail", "telephone"}},
      {StructureColumn::Member, member_names()},
      {StructureColumn::MemberSiren,
       {"siren_membre", "siren_adherent", "siren_commune", "member_siren"}},
      {StructureColumn::Since,
       {"adhesion", "date_adhesion", "debut", "date_debut", "depuis", "date_entree", "since"}},
      {StructureColumn::Until,
       {"fin", "date_fin", "fin_adhesion", "date_fin_adhesion", "retrait", "date_retrait",
        "date_sortie", "until"}},
      {StructureColumn::Usages,
       {"usages", "usage", "services", "service", "usages_souscrits", "services_souscrits"}},
      {StructureColumn::Offer,
       {"offre", "usages_offerts", "services_offerts", "offre_usages", "offre_services", "offer"}},
  };
  return kNames.at(column);
}

std::optional<StructureKind> parse_structure_kind(std::string_view text) {
  const std::string k = word_key(text);
  if (k.empty()) return std::nullopt;
  const auto starts = [&](std::string_view prefix) {
    return k == prefix || k.starts_with(std::string(prefix) + " ");
  };
  static const std::map<std::string, StructureKind, std::less<>> kExact = {
      {"smi", StructureKind::SyndicatMixte},
      {"sm", StructureKind::SyndicatMixte},
      {"smo", StructureKind::SyndicatMixte},
      {"smf", StructureKind::SyndicatMixte},
      {"cdg", StructureKind::CentreDeGestion},
      {"atd", StructureKind::AgenceTechnique},
      {"at", StructureKind::AgenceTechnique},
      {"gip", StructureKind::Gip},
      {"cd", StructureKind::Departement},
      {"epci", StructureKind::Epci},
      {"cc", StructureKind::Epci},
      {"ca", StructureKind::Epci},
      {"cu", StructureKind::Epci},
      {"metro", StructureKind::Epci},
      {"autre", StructureKind::Other},
      {"other", StructureKind::Other},
  };
  if (const auto it = kExact.find(k); it != kExact.end()) return it->second;
  if (starts("syndicat")) return StructureKind::SyndicatMixte;
  if (starts("centre gestion") || starts("centre departemental gestion"))
    return StructureKind::CentreDeGestion;
  if (starts("agence")) return StructureKind::AgenceTechnique;
  if (starts("association")) return StructureKind::AssociationElus;
  if (starts("groupement interet public")) return StructureKind::Gip;
  if (starts("departement") || starts("conseil departemental")) return StructureKind::Departement;
  if (starts("communaute") || starts("metropole") || starts("etablissement public cooperation"))
    return StructureKind::Epci;
  return std::nullopt;
}

Result<StructureImport> import_structures(const std::string& path, const Model& model,
                                          const StructureImportOptions& options) {
  // Pure over the model: a cancellation (checked before each row read and each row used) leaves
  // nothing to undo.
  const Error cancelled{MessageCode::Cancelled, {}};
  // The rows are streamed: one in memory at a time (the sample of the first rows aside).
  auto source = TableReader::open(path, options.table);
  if (options.stop.stop_requested()) return cancelled;
  if (!source) return source.error();
  const std::vector<std::string>& header = source->header();

  StructureImport out;
  out.layout = source->layout();
  const std::string header_line = std::to_string(out.layout.header_row);
  // A header and nothing below it: say so, not which column is missing.
  if (source->sample().empty()) return Error{MessageCode::ImportNoRows, {path, header_line}};
  out.report.of = ReportOf::Structures;
  std::map<StructureColumn, int> index;
  std::set<int> taken;
  for (const auto& [role, name] : options.columns) {
    const int i = find_column_folded(header, name);
    if (i < 0) return Error{MessageCode::ImportNoColumn, {path, name, header_line}};
    index[role] = i;
    taken.insert(i);
  }
  for (StructureColumn role : kColumns) {
    if (index.contains(role)) continue;
    const auto& names = structure_column_names(role);
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (taken.contains(static_cast<int>(i))) continue;
      if (std::find(names.begin(), names.end(), header_key(header[i])) == names.end()) continue;
      index[role] = static_cast<int>(i);
      taken.insert(static_cast<int>(i));
      break;
    }
  }
  // No header names the members: the column whose first values are commune codes.
  if (!index.contains(StructureColumn::Member) && !index.contains(StructureColumn::MemberSiren)) {
    const int by_values =
        commune_code_column_by_values(source->sample(), header.size(), model.cog());
    if (by_values >= 0 && !taken.contains(by_values)) index[StructureColumn::Member] = by_values;
  }
  if (!index.contains(StructureColumn::Member) && !index.contains(StructureColumn::MemberSiren))
    return Error{MessageCode::StructureImportNoMemberColumn, {path, header_line}};
  if (!index.contains(StructureColumn::Id) && !index.contains(StructureColumn::Name))
    return Error{MessageCode::StructureImportNoNameColumn, {path, header_line}};
  for (const auto& [role, i] : index) out.columns[role] = header[static_cast<std::size_t>(i)];

  const MemberResolver members(model.cog());
  const UsageMatcher usages(model.usages());
  ImportReport& report = out.report;
  std::map<std::string, PendingStructure> pending;  // by id
  std::vector<std::string> order;                   // ids, first seen first
  std::vector<Candidate> candidates;

  CsvRow row;
  for (;;) {
    if (options.stop.stop_requested()) return cancelled;
    auto got = source->next(row);
    if (!got) return got.error();
    if (!*got) break;
    ++report.rows;
    const auto cell = [&](StructureColumn role) -> std::string {
      const auto it = index.find(role);
      if (it == index.end()) return {};
      const auto i = static_cast<std::size_t>(it->second);
      return i < row.fields.size() ? std::string(trim_cell(row.fields[i])) : std::string();
    };
    // An optional cell: a no-value spelling ("n.c.", "-", "s.o."...) is an empty cell.
    const auto optional_cell = [&](StructureColumn role) -> std::string {
      std::string text = cell(role);
      return is_no_value(text) ? std::string() : text;
    };
    // Listed as typed; all counted, the first kMaxListedRows listed.
    const auto invalid = [&](StructureColumn role, std::string value) {
      ++report.invalid_values;
      list_row(report.invalid_rows, InvalidValue{row.line, out.columns.at(role), std::move(value)});
    };
    for (std::size_t i = header.size(); i < row.fields.size(); ++i) {
      if (trim_cell(row.fields[i]).empty()) continue;
      ++report.invalid_values;
      list_row(report.invalid_rows,
               InvalidValue{row.line, "column " + std::to_string(i + 1) + " (no header)",
                            std::string(row.fields[i])});
    }

    // The member: its code first, else its SIREN.
    std::string given = cell(StructureColumn::Member);
    if (given.empty()) given = cell(StructureColumn::MemberSiren);
    const ResolvedMember member = members.resolve(given);
    if (member.current.empty()) {
      ++report.unmatched;
      list_row(report.unmatched_rows, LineCode{row.line, given});
    } else {
      ++report.matched;
      if (member.harmonised) {
        ++report.harmonised;
        list_row(report.harmonised_rows, HarmonisedCode{row.line, given, member.current});
      }
    }

    // The structure's own cells, each checked.
    const std::string id_cell = cell(StructureColumn::Id);
    const std::string name_cell = cell(StructureColumn::Name);
    std::string siren = clean_digits(optional_cell(StructureColumn::Siren));
    if (!siren.empty() && !valid_siren(siren)) {
      invalid(StructureColumn::Siren, optional_cell(StructureColumn::Siren));
      siren.clear();
    }
    std::optional<StructureKind> kind;
    if (const std::string k = optional_cell(StructureColumn::Kind); !k.empty()) {
      kind = parse_structure_kind(k);
      if (!kind) invalid(StructureColumn::Kind, k);
    }
    std::string seat;
    if (const std::string s = optional_cell(StructureColumn::Seat); !s.empty()) {
      const ResolvedMember r = members.resolve(s);
      if (r.kind == MemberKind::Commune && !r.current.empty())
        seat = r.current;
      else
        invalid(StructureColumn::Seat, s);
    }
    std::vector<std::string> unknown_offer;
    const std::vector<std::string> offer =
        usages.parse(optional_cell(StructureColumn::Offer), unknown_offer);
    for (std::string& u : unknown_offer) invalid(StructureColumn::Offer, std::move(u));
    // The membership's cells.
    std::vector<std::string> unknown_usages;
    Candidate candidate;
    candidate.line = row.line;
    candidate.given = given;
    candidate.member = member;
    candidate.usages = usages.parse(optional_cell(StructureColumn::Usages), unknown_usages);
    for (std::string& u : unknown_usages) invalid(StructureColumn::Usages, std::move(u));
    for (StructureColumn role : {StructureColumn::Since, StructureColumn::Until}) {
      const std::string text = cell(role);
      const ParsedDate d = parse_date(text);
      if (d.status == ParseStatus::Invalid) invalid(role, text);
      if (d.status != ParseStatus::Ok) continue;
      (role == StructureColumn::Since ? candidate.since : candidate.until) = d.value.iso();
    }
    if (candidate.since && candidate.until && *candidate.until < *candidate.since) {
      invalid(StructureColumn::Until, cell(StructureColumn::Until));  // ends before it begins
      candidate.until.reset();
    }

    // Which structure: the model's of this id, else of this SIREN; else one of the file.
    const auto model_by_siren = [&](const std::string& s) -> const Structure* {
      if (s.empty()) return nullptr;
      for (const Structure& st : model.structures())
        if (st.siren == s) return &st;
      return nullptr;
    };
    std::string id;
    if (!id_cell.empty() && model.structure(id_cell))
      id = id_cell;
    else if (const Structure* st = model_by_siren(siren))
      id = st->id;
    else if (!id_cell.empty())
      id = id_cell;
    else {
      for (const std::string& other : order)
        if (!siren.empty() && pending.at(other).structure.siren == siren) id = other;
      if (id.empty()) id = id_key(name_cell);
    }
    if (id.empty()) {
      // Neither id nor name: the row cannot be used.
      invalid(index.contains(StructureColumn::Name) ? StructureColumn::Name : StructureColumn::Id,
              "");
      continue;
    }
    auto [it, inserted] = pending.try_emplace(id);
    PendingStructure& p = it->second;
    if (inserted) {
      order.push_back(id);
      it->second.first_line = row.line;
      if (const Structure* existing = model.structure(id)) {
        p.structure = *existing;
        p.before = *existing;
      } else {
        p.structure.id = id;
      }
    }
    // Each field: the first row giving it sets it; a later row disagreeing is listed.
    const auto set_field = [&](StructureColumn role, std::string& field, const std::string& value,
                               const std::string& shown) {
      if (value.empty()) return;
      if (p.set_by_file.contains(role)) {
        if (field != value) invalid(role, shown);
        return;
      }
      field = value;
      p.set_by_file.insert(role);
    };
    set_field(StructureColumn::Name, p.structure.name, name_cell, name_cell);
    set_field(StructureColumn::Siren, p.structure.siren, siren,
              optional_cell(StructureColumn::Siren));
    set_field(StructureColumn::Seat, p.structure.seat_commune, seat,
              optional_cell(StructureColumn::Seat));
    set_field(StructureColumn::Contact, p.structure.contact,
              optional_cell(StructureColumn::Contact), optional_cell(StructureColumn::Contact));
    if (kind) {
      if (!p.set_by_file.contains(StructureColumn::Kind)) {
        p.structure.kind = *kind;
        p.set_by_file.insert(StructureColumn::Kind);
      } else if (p.structure.kind != *kind) {
        invalid(StructureColumn::Kind, optional_cell(StructureColumn::Kind));
      }
    }
    add_unique(p.offer, offer);
    if (member.current.empty()) continue;
    candidate.structure_id = id;
    candidates.push_back(std::move(candidate));
  }

  // Duplicates: the same structure and member code twice in the file (all listed, the first
  // used), or a membership the model already has (listed, not re-added).
  std::map<std::tuple<std::string, MemberKind, std::string>, std::vector<std::size_t>> by_given;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    by_given[{c.structure_id, c.member.kind, c.member.cleaned}].push_back(i);
  }
  // Only the rows set aside count: the row kept of several is no duplicate.
  std::vector<bool> used(candidates.size(), true);
  std::vector<int> kept_line(candidates.size(), -1);  // -1: not a duplicate; 0: in the model
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    const auto& same = by_given[{c.structure_id, c.member.kind, c.member.cleaned}];
    if (same.front() != i) {
      used[i] = false;
      kept_line[i] = candidates[same.front()].line;
    }
    if (model.membership_index(c.structure_id, c.member.kind, c.member.current)) {
      used[i] = false;
      kept_line[i] = 0;
    }
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (kept_line[i] < 0) continue;
    ++report.duplicates;
    list_row(report.duplicate_rows,
             LineCode{candidates[i].line, candidates[i].given, kept_line[i]});
  }

  // Old communes landing on one current commune of one structure: one membership.
  std::map<std::tuple<std::string, MemberKind, std::string>, std::vector<std::size_t>> groups;
  std::vector<std::tuple<std::string, MemberKind, std::string>> group_order;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (!used[i]) continue;
    const Candidate& c = candidates[i];
    auto& g = groups[{c.structure_id, c.member.kind, c.member.current}];
    if (g.empty()) group_order.push_back({c.structure_id, c.member.kind, c.member.current});
    g.push_back(i);
  }
  for (const auto& key : group_order) {
    const std::vector<std::size_t>& rows = groups.at(key);
    const Candidate& first = candidates[rows.front()];
    Membership m;
    m.structure_id = first.structure_id;
    m.member_kind = first.member.kind;
    m.member_code = first.member.current;
    m.since = first.since;
    m.until = first.until;
    bool open_ended = !first.until;
    for (std::size_t i : rows) {
      const Candidate& c = candidates[i];
      add_unique(m.usages, c.usages);
      if (c.since && (!m.since || *c.since < *m.since)) m.since = c.since;
      open_ended = open_ended || !c.until;
      if (c.until && m.until && *c.until > *m.until) m.until = c.until;
    }
    if (open_ended) m.until.reset();
    if (rows.size() > 1) {
      Aggregation a;
      a.code = m.member_code;
      for (std::size_t i : rows) a.members.push_back({candidates[i].line, candidates[i].given});
      if (m.since && m.until)
        a.notes.push_back(
            Message{MessageCode::StructureImportNoteMerged, {m.structure_id, *m.since, *m.until}});
      else if (m.since)
        a.notes.push_back(
            Message{MessageCode::StructureImportNoteMergedOpen, {m.structure_id, *m.since}});
      else if (m.until)
        a.notes.push_back(
            Message{MessageCode::StructureImportNoteMergedNoSince, {m.structure_id, *m.until}});
      else
        a.notes.push_back(
            Message{MessageCode::StructureImportNoteMergedNoSinceOpen, {m.structure_id}});
      report.combined += static_cast<int>(rows.size());
      list_row(report.aggregations, std::move(a));
    }
    add_unique(pending.at(m.structure_id).offer, m.usages);
    out.memberships.push_back(std::move(m));
  }

  // A new structure no row gives a member: added all the same (a planner lists a structure before
  // its members join), and said so.
  std::set<std::string> with_members;
  for (const Membership& m : out.memberships) with_members.insert(m.structure_id);
  for (const std::string& id : order) {
    const PendingStructure& p = pending.at(id);
    if (p.before || with_members.contains(id)) continue;
    report.notes.push_back(
        Message{MessageCode::StructureImportNoteNoMember,
                {p.structure.name.empty() ? id : p.structure.name, std::to_string(p.first_line)}});
  }

  std::stable_sort(report.invalid_rows.begin(), report.invalid_rows.end(),
                   [](const InvalidValue& a, const InvalidValue& b) { return a.line < b.line; });

  // The commands: structures first (their usages offered before members subscribe them).
  out.command = std::make_unique<ModelBatch>(options.text);
  for (const std::string& id : order) {
    PendingStructure& p = pending.at(id);
    Structure& s = p.structure;
    if (s.name.empty()) s.name = s.id;
    add_unique(s.usages, p.offer);
    if (p.before) {
      if (s == *p.before) continue;
      out.updated.push_back(s);
      out.command->add(std::make_unique<EditStructure>(s));
    } else {
      out.added.push_back(s);
      out.command->add(std::make_unique<AddStructure>(s));
    }
  }
  for (const Membership& m : out.memberships) out.command->add(std::make_unique<AddMembership>(m));
  return out;
}

}  // namespace lumiere::core
