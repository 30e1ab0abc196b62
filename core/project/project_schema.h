#pragma once
// The tables of a project file (core only; see project.h and docs/ARCHITECTURE.md): their names,
// the stored ids of the enums and how lists are written, shared by the writer (project.cpp) and
// the reader (project_open.cpp). Changing any of them is a new schema version with a migration.
#include <chrono>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/model/model.h"

namespace lumiere::core::project_schema {

// The tables of ours (besides the layers and lumiere_layers, written by write_layers).
inline constexpr const char* kProjectTable = "lumiere_project";
inline constexpr const char* kUsagesTable = "usages";
inline constexpr const char* kStructuresTable = "structures";
inline constexpr const char* kMembershipsTable = "memberships";
inline constexpr const char* kIndicatorsTable = "indicator_values";
inline constexpr const char* kDocumentsTable = "lumiere_documents";
inline constexpr const char* kCommunesTable = "cog_communes";
inline constexpr const char* kDepartementsTable = "cog_departements";
inline constexpr const char* kRegionsTable = "cog_regions";
inline constexpr const char* kEpciTable = "cog_epci";
inline constexpr const char* kApplication = "Lumière";
// The key of lumiere_project whose value is the file change counter (sqlite_store.h) at which
// every row of the file was known to pass the model's checks: written by Lumière's commits when
// the file was known clean before them (and by every whole write). Any other program's write
// moves the counter on, so the key no longer matches and the next reader checks every row.
inline constexpr const char* kRowsCheckedKey = "rows_checked_at";
// The prepared geometry (docs/ARCHITECTURE.md "Prepared geometry"): the levels of detail of each
// layer, in the table kPreparedTable, valid while the file change counter is the value of
// kPreparedKey in lumiere_project. Lumière's commits carry the key forward (they never change a
// layer); any other program's write moves the counter on, and the levels are built again on
// reading (the next whole write stores them again).
inline constexpr const char* kPreparedTable = "lumiere_prepared";
inline constexpr const char* kPreparedKey = "prepared_at";
inline constexpr int kPreparedFormat = 1;

// Schema 2: the keys of the model are unique in the file, so a commit writes a row by its key
// (an upsert) and an edit in QGIS cannot repeat one. Brought to a schema 1 file in place, in the
// transaction of its first commit (sqlite_store.cpp), and to every file written whole.
inline constexpr const char* kSchema2Indexes[] = {
    "CREATE UNIQUE INDEX IF NOT EXISTS lumiere_project_key ON lumiere_project (key)",
    "CREATE UNIQUE INDEX IF NOT EXISTS usages_id ON usages (id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS structures_id ON structures (id)",
    "CREATE UNIQUE INDEX IF NOT EXISTS memberships_key ON memberships (structure_id, member_kind, "
    "member_code)",
    "CREATE UNIQUE INDEX IF NOT EXISTS indicator_values_key ON indicator_values (usage, vintage, "
    "commune)",
    "CREATE UNIQUE INDEX IF NOT EXISTS lumiere_documents_key ON lumiere_documents (kind, name)",
};

inline bool is_reserved_table(std::string_view name) {
  for (const char* t : {kProjectTable, kUsagesTable, kStructuresTable, kMembershipsTable,
                        kIndicatorsTable, kDocumentsTable, kCommunesTable, kDepartementsTable,
                        kRegionsTable, kEpciTable, kPreparedTable, "lumiere_layers"}) {
    if (name == t) return true;
  }
  return name.starts_with("gpkg_") || name.starts_with("rtree_") || name.starts_with("sqlite_");
}

// Lists of ids and codes are stored ';'-joined: usage ids are [a-z0-9_]+ and codes are letters
// and digits, so ';' never occurs inside one, and QGIS shows the list as it reads.
inline std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ';';
    out += item;
  }
  return out;
}

inline std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(';', start);
    out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

inline std::string now_utc() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

// Stable ids of the enums as stored (not the French labels, which may change).
inline constexpr std::pair<StructureKind, const char*> kStructureKinds[] = {
    {StructureKind::SyndicatMixte, "syndicat_mixte"},
    {StructureKind::CentreDeGestion, "centre_de_gestion"},
    {StructureKind::AgenceTechnique, "agence_technique"},
    {StructureKind::AssociationElus, "association_elus"},
    {StructureKind::Gip, "gip"},
    {StructureKind::Departement, "departement"},
    {StructureKind::Epci, "epci"},
    {StructureKind::Other, "other"},
};
inline constexpr std::pair<MemberKind, const char*> kMemberKinds[] = {
    {MemberKind::Commune, "commune"},
    {MemberKind::Epci, "epci"},
    {MemberKind::Departement, "departement"},
};
// As in the COG files of @etalab/decoupage-administratif.
inline constexpr std::pair<CommuneType, const char*> kCommuneTypes[] = {
    {CommuneType::Current, "commune-actuelle"},
    {CommuneType::Delegated, "commune-deleguee"},
    {CommuneType::Associated, "commune-associee"},
    {CommuneType::MunicipalArrondissement, "arrondissement-municipal"},
};

template <class E, std::size_t N>
const char* id_of(const std::pair<E, const char*> (&table)[N], E value) {
  for (const auto& [v, id] : table) {
    if (v == value) return id;
  }
  return table[0].second;
}

template <class E, std::size_t N>
std::optional<E> from_id(const std::pair<E, const char*> (&table)[N], std::string_view id) {
  for (const auto& [v, text] : table) {
    if (id == text) return v;
  }
  return std::nullopt;
}

template <class E, std::size_t N>
std::string ids_of(const std::pair<E, const char*> (&table)[N]) {
  std::string out;
  for (const auto& [v, id] : table) out += (out.empty() ? "" : ", ") + std::string(id);
  return out;
}

}  // namespace lumiere::core::project_schema
