// open_project: reads a project file back through the model's checks (project.h), from its
// store (sqlite_store.h) in one read transaction; a row that breaks the model is set aside.
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <set>
#include <unordered_set>

#include "core/cog/cog_match.h"
#include "core/layers/layer_loader.h"
#include "core/layers/layer_writer.h"
#include "core/model/model_commands.h"
#include "core/project/project.h"
#include "core/project/project_schema.h"
#include "core/project/sqlite_store.h"

namespace lumiere::core {
namespace fs = std::filesystem;

namespace {
using namespace project_schema;

// Whole numbers stored as numbers or as text; nothing for anything else ("abc", "2024.5").
std::optional<std::int64_t> parse_integer(std::string_view text);
// The cell's whole number, read as a number when the store holds one (no text made of it).
std::optional<std::int64_t> integer_cell(const StoredRow& row, std::size_t column) {
  if (const auto x = row.number(column)) {
    const auto whole = static_cast<std::int64_t>(*x);
    if (static_cast<double>(whole) == *x) return whole;
    return std::nullopt;
  }
  const auto cell = row.cell(column);
  return cell ? parse_integer(*cell) : std::nullopt;
}
std::optional<std::int64_t> parse_integer(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

// "column=value, ..." as stored (NULL for a null cell; long texts cut), for the list of rows set
// aside: the user finds the row in QGIS by what it holds.
std::string as_stored(const StoredRow& row, const std::vector<std::string>& columns) {
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!out.empty()) out += ", ";
    const auto cell = row.cell(i);
    std::string value = cell ? std::string(*cell) : "NULL";
    if (value.size() > 60) value = value.substr(0, 57) + "...";
    out += columns[i] + "=" + value;
  }
  return out;
}

// Reads the tables of one store, setting aside the rows whose visit says what is wrong.
class Reader {
 public:
  // What a row's visit gives: nothing when the row was taken, else why it is set aside.
  using Visit = std::function<std::optional<Error>(const StoredRow&)>;

  Reader(ProjectStore& store, std::string path, std::vector<Message>& set_aside)
      : store_(store), path_(std::move(path)), set_aside_(set_aside) {}

  Status rows(const char* table, std::vector<std::string> columns, const Visit& visit,
              std::optional<std::vector<std::string>> only = std::nullopt,
              std::string only_column = {}) {
    return rows(RowQuery{table, std::move(columns), std::move(only_column), std::move(only)},
                visit);
  }
  Status rows(const RowQuery& query, const Visit& visit) {
    return store_.read_rows(query, [&](const StoredRow& row) -> Status {
      if (auto why = visit(row)) {
        set_aside_.push_back(
            Message{MessageCode::ProjectRowSetAside,
                    {path_, std::to_string(row.id()), query.table, as_stored(row, query.columns)},
                    std::make_shared<const Message>(std::move(*why))});
      }
      return Done{};
    });
  }
  const std::string& path() const { return path_; }

 private:
  ProjectStore& store_;
  std::string path_;
  std::vector<Message>& set_aside_;
};

// The model's check failing, as the reason a row is set aside.
Error broken(const Error& model_error) {
  return because(Error{MessageCode::ProjectRowBreaksModel}, model_error);
}

Result<CogRegistry> read_cog(Reader& r) {
  std::vector<CogCommune> communes;
  std::unordered_set<std::string> current;
  // former_codes came with issue 19: an older file has none (read as no former code).
  LUMIERE_TRY(r.rows(
      RowQuery{kCommunesTable,
               {"code", "name", "type", "departement", "region", "siren", "chef_lieu", "epci",
                "population", "postal_codes", "former_codes"},
               {},
               std::nullopt,
               10},
      [&](const StoredRow& t) -> std::optional<Error> {
        CogCommune c;
        c.code = t.text(0);
        if (c.code.empty()) return Error{MessageCode::ProjectRowNoCode};
        c.name = t.text(1);
        const auto type = from_id(kCommuneTypes, t.text(2));
        if (!type) {
          return Error{MessageCode::ProjectRowBadCommuneType, {t.text(2), ids_of(kCommuneTypes)}};
        }
        c.type = *type;
        const auto population = parse_integer(t.text(8));
        if (!population || *population < 0) return Error{MessageCode::ProjectRowBadPopulation};
        if (c.type == CommuneType::Current && !current.insert(c.code).second)
          return Error{MessageCode::ProjectRowRepeatedCommune, {c.code}};
        c.departement = t.text(3);
        c.region = t.text(4);
        c.siren = t.text(5);
        c.chef_lieu = t.text(6);
        c.epci = t.text(7);
        c.population = *population;
        c.postal_codes = split(t.text(9));
        c.former_codes = split(t.text(10));
        communes.push_back(std::move(c));
        return std::nullopt;
      }));
  std::vector<CogDepartement> departements;
  std::unordered_set<std::string> seen;
  LUMIERE_TRY(r.rows(kDepartementsTable, {"code", "name", "region", "chef_lieu"},
                     [&](const StoredRow& t) -> std::optional<Error> {
                       CogDepartement d{t.text(0), t.text(1), t.text(2), t.text(3)};
                       if (d.code.empty()) return Error{MessageCode::ProjectRowNoCode};
                       if (!seen.insert(d.code).second)
                         return Error{MessageCode::ProjectRowRepeatedDepartement, {d.code}};
                       departements.push_back(std::move(d));
                       return std::nullopt;
                     }));
  std::vector<CogRegion> regions;
  seen.clear();
  LUMIERE_TRY(r.rows(kRegionsTable, {"code", "name", "chef_lieu"},
                     [&](const StoredRow& t) -> std::optional<Error> {
                       CogRegion g{t.text(0), t.text(1), t.text(2)};
                       if (g.code.empty()) return Error{MessageCode::ProjectRowNoCode};
                       if (!seen.insert(g.code).second)
                         return Error{MessageCode::ProjectRowRepeatedRegion, {g.code}};
                       regions.push_back(std::move(g));
                       return std::nullopt;
                     }));
  std::vector<CogEpci> epcis;
  seen.clear();
  LUMIERE_TRY(r.rows(kEpciTable, {"code", "name", "type", "population", "members"},
                     [&](const StoredRow& t) -> std::optional<Error> {
                       CogEpci e{t.text(0), t.text(1), t.text(2), 0, split(t.text(4))};
                       if (e.code.empty()) return Error{MessageCode::ProjectRowNoEpciSiren};
                       const auto population = integer_cell(t, 3);
                       if (!population || *population < 0)
                         return Error{MessageCode::ProjectRowBadPopulation};
                       if (!seen.insert(e.code).second)
                         return Error{MessageCode::ProjectRowRepeatedEpci, {e.code}};
                       e.population = *population;
                       epcis.push_back(std::move(e));
                       return std::nullopt;
                     }));
  return CogRegistry::from_records(std::move(communes), std::move(departements), std::move(regions),
                                   std::move(epcis));
}

// Rebuilds a fresh Model from the project tables through its own checks; a row that breaks an
// invariant is set aside. Applied once, to the Model of a Project being opened (whose default
// catalogue it replaces by the stored one); it is not undoable.
class RestoreModel final : public ModelCommand {
 public:
  // `trusted`: every row of the file is known to pass the checks (kRowsCheckedKey).
  RestoreModel(Reader& reader, const OpenOptions& options, int schema, bool trusted)
      : r_(reader), options_(options), schema_(schema), trusted_(trusted) {}
  Message text() const override { return Message{MessageCode::ProjectUndoOpen}; }
  void revert(Model&) override {}
  Status apply(Model& model) override {
    LUMIERE_TRY(read_usages(model));
    LUMIERE_TRY(read_structures(model));
    LUMIERE_TRY(read_memberships(model));
    return read_indicators(model);
  }

 private:
  Status read_usages(Model& model) {
    while (!model.usages().empty()) erase_usage(model, model.usages().size() - 1);
    return r_.rows(kUsagesTable, {"id", "label", "family"},
                   [&](const StoredRow& t) -> std::optional<Error> {
                     Usage u{t.text(0), t.text(1), t.text(2)};
                     if (Status st = model.check_usage(u); !st) return broken(st.error());
                     insert_usage(model, model.usages().size(), std::move(u));
                     return std::nullopt;
                   });
  }

  Status read_structures(Model& model) {
    return r_.rows(kStructuresTable,
                   {"id", "name", "kind", "siren", "seat_commune", "contact", "usages"},
                   [&](const StoredRow& t) -> std::optional<Error> {
                     Structure s;
                     s.id = t.text(0);
                     s.name = t.text(1);
                     const auto kind = from_id(kStructureKinds, t.text(2));
                     if (!kind) {
                       return Error{MessageCode::ProjectRowBadStructureKind,
                                    {t.text(2), ids_of(kStructureKinds)}};
                     }
                     s.kind = *kind;
                     s.siren = t.text(3);
                     s.seat_commune = t.text(4);
                     s.contact = t.text(5);
                     s.usages = split(t.text(6));
                     if (Status st = model.check_structure(s, std::nullopt); !st)
                       return broken(st.error());
                     insert_structure(model, model.structures().size(), std::move(s));
                     return std::nullopt;
                   });
  }

  Status read_memberships(Model& model) {
    // Each row is checked against the model without memberships (the same checks, without a
    // linear search for duplicates per row), and duplicates are found here by key.
    const Model without_members = model;
    std::set<MembershipKey> seen;
    return r_.rows(
        kMembershipsTable,
        {"structure_id", "member_kind", "member_code", "since", "until", "usages"},
        [&](const StoredRow& t) -> std::optional<Error> {
          Membership m;
          m.structure_id = t.text(0);
          const auto kind = from_id(kMemberKinds, t.text(1));
          if (!kind) {
            return Error{MessageCode::ProjectRowBadMemberKind, {t.text(1), ids_of(kMemberKinds)}};
          }
          m.member_kind = *kind;
          m.member_code = t.text(2);
          if (const auto since = t.cell(3)) m.since = std::string(*since);
          if (const auto until = t.cell(4)) m.until = std::string(*until);
          m.usages = split(t.text(5));
          if (Status st = without_members.check_membership(m); !st) return broken(st.error());
          if (!seen.insert(membership_key(m)).second) {
            return Error{MessageCode::ProjectRowRepeatedMember, {m.member_code, m.structure_id}};
          }
          insert_membership(model, model.memberships().size(), std::move(m));
          return std::nullopt;
        });
  }

  Status read_indicators(Model& model) {
    const auto& only = options_.indicator_usages;
    // Schema 2 keeps the keys unique in the file; an older file is checked here.
    std::set<Model::IndicatorKey> seen;
    const std::vector<std::string> columns = {"commune", "usage",         "vintage", "adopted",
                                              "level",   "adoption_date", "source"};
    auto visit = [&](const StoredRow& t) -> std::optional<Error> {
      IndicatorValue v;
      v.commune = t.text(0);
      v.usage = t.text(1);
      const auto vintage = integer_cell(t, 2);
      if (!vintage) return Error{MessageCode::ProjectRowNoVintage};
      v.vintage = static_cast<int>(std::clamp<std::int64_t>(*vintage, -1, 100000));
      if (const auto adopted = t.number(3); adopted && (*adopted == 0 || *adopted == 1)) {
        v.adopted = *adopted == 1;
      } else if (const auto text = t.cell(3)) {
        if (*text != "0" && *text != "1")
          return Error{MessageCode::ProjectRowBadAdopted, {std::string(*text)}};
        v.adopted = *text == "1";
      }
      if (auto level = t.number(4); level || t.cell(4)) {
        if (!level) {
          const std::string text = t.text(4);
          char* end = nullptr;
          const double x = std::strtod(text.c_str(), &end);
          if (text.empty() || *end != '\0') return Error{MessageCode::ProjectRowLevelNotANumber};
          level = x;
        }
        v.level = *level;
      }
      if (const auto date = t.cell(5)) v.adoption_date = std::string(*date);
      v.source = t.text(6);
      if (Status st = model.check_indicator(v); !st) return broken(st.error());
      const bool wanted = !only || std::find(only->begin(), only->end(), v.usage) != only->end();
      if (schema_ < 2 || wanted) {
        const bool repeated = wanted ? model.indicator(v.commune, v.usage, v.vintage) != nullptr
                                     : !seen.insert(Model::key_of(v)).second;
        if (repeated) {
          return Error{MessageCode::ProjectRowRepeatedIndicator,
                       {v.commune, v.usage, std::to_string(v.vintage)}};
        }
      }
      if (wanted) put_indicator(model, std::move(v));
      return std::nullopt;
    };
    // A file whose rows are known to pass the checks (its change counter is the one its last
    // Lumière commit stamped): only the usages asked are read. Else every row is read and
    // checked, so that every command sets aside the same rows.
    if (only && trusted_) return r_.rows(kIndicatorsTable, columns, visit, *only, "usage");
    return r_.rows(kIndicatorsTable, columns, visit);
  }

  Reader& r_;
  const OpenOptions& options_;
  int schema_;
  bool trusted_;
};

Result<int> read_schema_version(ProjectStore& store, const std::string& path) {
  if (!store.has_table(kProjectTable)) {
    return Error{MessageCode::ProjectNotALumiereProject, {path, kProjectTable}};
  }
  std::optional<std::int64_t> version;
  LUMIERE_TRY(store.read_rows({kProjectTable, {"key", "value"}}, [&](const StoredRow& row) {
    if (row.cell(0) == "schema_version") version = parse_integer(row.text(1));
    return Status(Done{});
  }));
  if (!version || *version < 1) {
    return Error{MessageCode::ProjectBadSchemaVersion, {path, kProjectTable}};
  }
  if (*version > kProjectSchemaVersion) {
    return Error{MessageCode::ProjectNewerSchema,
                 {path, std::to_string(*version), std::to_string(kProjectSchemaVersion)}};
  }
  return static_cast<int>(*version);
}

Status read_info(ProjectStore& store, const std::string& path, Project& project,
                 std::string& rows_checked_at, std::string& prepared_at) {
  Status bad_insets = Done{};
  LUMIERE_TRY(store.read_rows({kProjectTable, {"key", "value"}}, [&](const StoredRow& t) {
    const std::string key = t.text(0);
    std::string value = t.text(1);
    if (key == "title") project.info.title = std::move(value);
    if (key == "description") project.info.description = std::move(value);
    if (key == "created") project.info.created = std::move(value);
    if (key == "saved") project.info.saved = std::move(value);
    if (key == kRowsCheckedKey) rows_checked_at = value;
    if (key == kPreparedKey) prepared_at = value;
    if (key == "insets") {
      auto space = insets_from_json(value);
      if (!space) {
        bad_insets = because(
            Error{MessageCode::ProjectBadRow, {path, std::to_string(t.id()), kProjectTable}},
            because(Error{MessageCode::ProjectRowBadInsets}, space.error()));
      } else {
        project.space = std::move(*space);
      }
    }
    return Status(Done{});
  }));
  return bad_insets;
}

Status read_documents(Reader& r, Project& project) {
  std::set<std::pair<std::string, std::string>> seen;
  return r.rows(kDocumentsTable, {"kind", "name", "json"},
                [&](const StoredRow& t) -> std::optional<Error> {
                  ProjectDocument d{t.text(0), t.text(1), t.text(2)};
                  if (!seen.emplace(d.kind, d.name).second)
                    return Error{MessageCode::ProjectRowRepeatedDocument, {d.name, d.kind}};
                  project.documents.push_back(std::move(d));
                  return std::nullopt;
                });
}

// The names of the layers Lumière wrote into the file, in their order.
Result<std::vector<std::string>> stored_layer_names(ProjectStore& store) {
  std::vector<std::string> names;
  if (!store.has_table("lumiere_layers")) return names;
  LUMIERE_TRY(store.read_rows({"lumiere_layers", {"layer_name"}}, [&](const StoredRow& row) {
    names.push_back(row.text(0));
    return Status(Done{});
  }));
  return names;
}

// The lock of `path` when `mode` edits and nobody else holds it; else nothing, and why in
// `read_only_reason`.
std::optional<FileLock> lock_for(const std::string& path, const OpenOptions& options,
                                 Message& read_only_reason) {
  read_only_reason = Message{MessageCode::ProjectOpenedReadOnly, {path}};
  if (options.mode != OpenMode::Edit) return std::nullopt;
  // Whoever may not write the file is told so, not why the lock could not be taken.
  if (::access(path.c_str(), W_OK) != 0) {
    read_only_reason = Message{MessageCode::StoreFileReadOnly, {path}};
    return std::nullopt;
  }
  auto acquired = FileLock::acquire(path, options.wait);
  if (!acquired) {
    read_only_reason = acquired.error();
    return std::nullopt;
  }
  return std::move(*acquired);
}

// Reads the rows of `path` into `project` (its model, COG, info, documents, layers), in one read
// transaction of `store`.
Status read_project(SqliteProjectStore& store, const std::string& path, const OpenOptions& options,
                    Project& project, int& version, std::vector<Message>& set_aside,
                    std::optional<std::uint32_t> counter) {
  auto read_version = read_schema_version(store, path);
  if (!read_version) return read_version.error();
  version = *read_version;
  Reader reader(store, path, set_aside);
  auto cog = read_cog(reader);
  if (!cog) return cog.error();
  project = Project(std::move(*cog));
  std::string rows_checked_at, prepared_at;
  LUMIERE_TRY(read_info(store, path, project, rows_checked_at, prepared_at));
  const bool trusted = counter && rows_checked_at == std::to_string(*counter);
  // GDAL reads the layers on its own connection, on another thread, while this read transaction
  // reads the model (it holds the file's state: a commit waits for both).
  std::future<Result<std::vector<VectorLayer>>> reading;
  if (options.layers) {
    LoadOptions load;
    load.map_space = project.space;
    load.skip_layers = options.deferred_layers;
    reading = std::async(std::launch::async, [load, path, &cog = project.cog()] {
      auto layers = load_layers({path}, load);
      if (layers) {
        for (VectorLayer& layer : *layers) {
          apply_official_names(layer, cog);
          add_cog_attributes(layer, cog);
        }
      }
      return layers;
    });
  }
  const auto join = [&reading] {
    if (reading.valid()) reading.wait();
  };
  RestoreModel restore(reader, options, version, trusted);
  if (Status st = restore.apply(project.model()); !st) return join(), st;
  if (Status st = read_documents(reader, project); !st) return join(), st;
  if (!options.layers) return Done{};
  auto names = stored_layer_names(store);
  if (!names) return join(), names.error();
  // The levels of detail stored with the layers, when nothing but Lumière wrote the file since:
  // parsed here while GDAL still reads the layers on the other thread.
  std::vector<std::pair<std::string, LevelsOfDetail>> stored_levels;
  if (counter && prepared_at == std::to_string(*counter) && store.has_table(kPreparedTable)) {
    const Status read_levels = store.read_rows(
        {kPreparedTable, {"layer_name", "what", "format", "data"}}, [&](const StoredRow& row) {
          if (row.cell(1) != "levels" || row.number(2) != kPreparedFormat) return Status(Done{});
          const auto name = row.cell(0);
          const auto data = row.cell(3);
          if (!name || !data ||
              std::find(options.deferred_layers.begin(), options.deferred_layers.end(), *name) !=
                  options.deferred_layers.end())
            return Status(Done{});
          if (auto levels = LevelsOfDetail::from_bytes(*data))
            stored_levels.emplace_back(std::string(*name), std::move(*levels));
          return Status(Done{});
        });
    if (!read_levels) return join(), read_levels;
  }
  auto layers = reading.get();
  if (names->empty()) return Done{};
  if (!layers) return layers.error();
  for (auto& entry : stored_levels) {
    LevelsOfDetail& levels = entry.second;
    const auto layer = std::find_if(layers->begin(), layers->end(),
                                    [&](const VectorLayer& l) { return l.name == entry.first; });
    if (layer == layers->end()) continue;
    // Levels of another geometry (a layer replaced without the key moving) are not used.
    bool fits = true;
    for (std::size_t i = 0; fits && i < levels.level_count(); ++i)
      fits = levels.level(i).feature_count() == layer->geometry.feature_count();
    if (fits) layer->levels = std::move(levels);
  }
  for (const std::string& name : *names) {  // in the order they were saved
    const auto it = std::find_if(layers->begin(), layers->end(),
                                 [&](const VectorLayer& l) { return l.name == name; });
    if (it != layers->end()) project.layers.push_back(std::move(*it));
  }
  return Done{};
}

}  // namespace

bool is_project_file(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  auto store = SqliteProjectStore::open(path, SqliteProjectStore::Access::Read);
  return store && (*store)->has_table(kProjectTable);
}

Result<Project> open_project(const std::string& path, const OpenOptions& options) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{MessageCode::ProjectNoSuchFile, {path}};
  if (fs::is_directory(path, ec)) return Error{MessageCode::ProjectIsAFolder, {path}};
  // Locked before reading, so that nobody commits over what is read (file_lock.h).
  Message read_only_reason;
  std::optional<FileLock> lock = lock_for(path, options, read_only_reason);
  auto store = SqliteProjectStore::open(path, SqliteProjectStore::Access::Read);
  if (!store) return store.error();
  LUMIERE_TRY((*store)->begin_read());
  Project project(CogRegistry{});
  int version = 0;
  std::vector<Message> set_aside;
  const std::optional<std::uint32_t> counter = (*store)->change_counter();
  const Status read = read_project(**store, path, options, project, version, set_aside, counter);
  (*store)->end_read();
  if (!read) return read.error();
  project.set_aside_ = std::move(set_aside);
  if (options.layers) {
    for (const std::string& name : options.deferred_layers) {
      if ((*store)->has_table(name)) project.deferred_layers_.push_back(name);
    }
  }
  // Every row read was checked (or known checked): the file is clean at this counter.
  if (project.set_aside_.empty()) project.checked_counter_ = counter;
  project.info.schema_version = version;
  project.file_ = fs::absolute(path, ec).lexically_normal().string();
  take_as_stored(project);
  if (!project.set_aside_.empty()) {
    lock.reset();
    read_only_reason = Message{MessageCode::ProjectHasDamagedRows,
                               {path, std::to_string(project.set_aside_.size())}};
  }
  project.lock_ = std::move(lock);
  if (!project.lock_) project.read_only_reason_ = std::move(read_only_reason);
  return project;
}

}  // namespace lumiere::core
