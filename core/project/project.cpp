#include "core/project/project.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogrsf_frmts.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_set>

#include "core/layers/layer_loader.h"
#include "core/layers/layer_writer.h"
#include "core/project/project_schema.h"
#include "core/project/sqlite_store.h"

namespace lumiere::core {
namespace fs = std::filesystem;

Project::Project(CogRegistry cog)
    : cog_(std::make_unique<CogRegistry>(std::move(cog))), model_(*cog_) {}

const VectorLayer* Project::layer(std::string_view name) const {
  for (const VectorLayer& l : layers) {
    if (l.name == name) return &l;
  }
  return nullptr;
}

namespace {
using namespace project_schema;

struct Column {
  const char* name;
  OGRFieldType type = OFTString;
  OGRFieldSubType subtype = OFSTNone;
};

// An attribute table (no geometry: GeoPackage "attributes", a table in QGIS).
Result<OGRLayer*> create_table(GDALDataset& ds, const char* name, const char* description,
                               std::initializer_list<Column> columns) {
  const std::string description_option = std::string("DESCRIPTION=") + description;
  const char* options[] = {"FID=fid", description_option.c_str(), nullptr};
  OGRLayer* layer = ds.CreateLayer(name, nullptr, wkbNone, const_cast<char**>(options));
  if (!layer) return Error{MessageCode::ProjectCannotCreateTable, {name}};
  for (const Column& c : columns) {
    OGRFieldDefn field(c.name, c.type);
    field.SetSubType(c.subtype);
    if (layer->CreateField(&field) != OGRERR_NONE)
      return Error{MessageCode::ProjectCannotCreateColumn, {c.name, name}};
  }
  return layer;
}

// One row being written: fields by position, null where nothing is given.
class Row {
 public:
  Row(OGRLayer& layer, const std::stop_token& stop)
      : layer_(layer), feature_(layer.GetLayerDefn()), stop_(stop) {}
  Row& text(const std::string& value) {
    feature_.SetField(next_++, value.c_str());
    return *this;
  }
  Row& text(const std::optional<std::string>& value) {
    if (value) return text(*value);
    feature_.SetFieldNull(next_++);
    return *this;
  }
  Row& blob(const std::string& bytes) {
    feature_.SetField(next_++, static_cast<int>(bytes.size()),
                      reinterpret_cast<const GByte*>(bytes.data()));
    return *this;
  }
  Row& integer(std::int64_t value) {
    feature_.SetField(next_++, static_cast<GIntBig>(value));
    return *this;
  }
  Row& boolean(std::optional<bool> value) {
    if (value) {
      feature_.SetField(next_++, *value ? 1 : 0);
    } else {
      feature_.SetFieldNull(next_++);
    }
    return *this;
  }
  Row& real(std::optional<double> value) {
    if (value) {
      feature_.SetField(next_++, *value);
    } else {
      feature_.SetFieldNull(next_++);
    }
    return *this;
  }
  Status write() {
    if (stop_.stop_requested()) return Error{MessageCode::Cancelled};
    const bool ok = layer_.CreateFeature(&feature_) == OGRERR_NONE;
    feature_.SetFID(OGRNullFID);
    next_ = 0;
    if (!ok) return Error{MessageCode::ProjectCannotWriteRow, {layer_.GetName()}};
    return Done{};
  }

 private:
  OGRLayer& layer_;
  OGRFeature feature_;
  const std::stop_token& stop_;
  int next_ = 0;
};

#define LUMIERE_TABLE(var, ...)                       \
  auto var##_created = create_table(ds, __VA_ARGS__); \
  if (!var##_created) return var##_created.error();   \
  OGRLayer& var = **var##_created

Status write_project_tables(GDALDataset& ds, const Project& project, const std::stop_token& stop) {
  LUMIERE_TABLE(info, kProjectTable, "Lumière project: schema version, title, dates",
                {{"key"}, {"value"}});
  LUMIERE_TABLE(usages, kUsagesTable, "Usages tracked (catalogue, in its order)",
                {{"id"}, {"label"}, {"family"}});
  LUMIERE_TABLE(structures, kStructuresTable,
                "Structures pooling digital services; usages offered ';'-joined",
                {{"id"}, {"name"}, {"kind"}, {"siren"}, {"seat_commune"}, {"contact"}, {"usages"}});
  LUMIERE_TABLE(
      memberships, kMembershipsTable,
      "Members of the structures (commune, EPCI or département); usages ';'-joined",
      {{"structure_id"}, {"member_kind"}, {"member_code"}, {"since"}, {"until"}, {"usages"}});
  LUMIERE_TABLE(indicators, kIndicatorsTable, "Adoption of the usages by the communes",
                {{"commune"},
                 {"usage"},
                 {"vintage", OFTInteger},
                 {"adopted", OFTInteger, OFSTBoolean},
                 {"level", OFTReal},
                 {"adoption_date"},
                 {"source"}});
  LUMIERE_TABLE(documents, kDocumentsTable, "Map documents, styles and layouts (JSON)",
                {{"kind"}, {"name"}, {"json"}});
  LUMIERE_TABLE(communes, kCommunesTable,
                "COG: communes; postal codes and former codes (anciensCodes) ';'-joined",
                {{"code"},
                 {"name"},
                 {"type"},
                 {"departement"},
                 {"region"},
                 {"siren"},
                 {"chef_lieu"},
                 {"epci"},
                 {"population", OFTInteger64},
                 {"postal_codes"},
                 {"former_codes"}});
  LUMIERE_TABLE(departements, kDepartementsTable, "COG: départements",
                {{"code"}, {"name"}, {"region"}, {"chef_lieu"}});
  LUMIERE_TABLE(regions, kRegionsTable, "COG: régions", {{"code"}, {"name"}, {"chef_lieu"}});
  LUMIERE_TABLE(epcis, kEpciTable, "COG: EPCI à fiscalité propre; member communes ';'-joined",
                {{"code"}, {"name"}, {"type"}, {"population", OFTInteger64}, {"members"}});
  LUMIERE_TABLE(prepared, kPreparedTable,
                "Lumière's prepared geometry: the levels of detail of each layer (valid while "
                "lumiere_project.prepared_at is the file's change counter)",
                {{"layer_name"}, {"what"}, {"format", OFTInteger}, {"data", OFTBinary}});

  // The model's tables and the documents' stay empty here: write_model_rows fills them through
  // the store, as a commit in place writes them.
  (void)usages, (void)structures, (void)memberships, (void)indicators, (void)documents;
  if (ds.StartTransaction() != OGRERR_NONE)
    return Error{MessageCode::ProjectCannotStartTransaction};
  const ProjectInfo& i = project.info;
  Row info_row(info, stop);
  for (const auto& [key, value] : std::initializer_list<std::pair<const char*, std::string>>{
           {"schema_version", std::to_string(kProjectSchemaVersion)},
           {"application", kApplication},
           {"title", i.title},
           {"description", i.description},
           {"created", i.created},
           {"saved", i.saved},
           {"insets", insets_to_json(project.space)}}) {
    LUMIERE_TRY(info_row.text(std::string(key)).text(value).write());
  }
  const CogRegistry& cog = project.cog();
  Row commune_row(communes, stop);
  for (const CogCommune& c : cog.communes()) {
    LUMIERE_TRY(commune_row.text(c.code)
                    .text(c.name)
                    .text(std::string(id_of(kCommuneTypes, c.type)))
                    .text(c.departement)
                    .text(c.region)
                    .text(c.siren)
                    .text(c.chef_lieu)
                    .text(c.epci)
                    .integer(c.population)
                    .text(join(c.postal_codes))
                    .text(join(c.former_codes))
                    .write());
  }
  Row departement_row(departements, stop);
  for (const CogDepartement& d : cog.departements()) {
    LUMIERE_TRY(departement_row.text(d.code).text(d.name).text(d.region).text(d.chef_lieu).write());
  }
  Row region_row(regions, stop);
  for (const CogRegion& r : cog.regions()) {
    LUMIERE_TRY(region_row.text(r.code).text(r.name).text(r.chef_lieu).write());
  }
  Row prepared_row(prepared, stop);
  for (const VectorLayer& l : project.layers) {
    if (l.levels.level_count() == 0) continue;
    LUMIERE_TRY(prepared_row.text(l.name)
                    .text(std::string("levels"))
                    .integer(kPreparedFormat)
                    .blob(l.levels.to_bytes())
                    .write());
  }
  Row epci_row(epcis, stop);
  for (const CogEpci& e : cog.epcis()) {
    LUMIERE_TRY(epci_row.text(e.code)
                    .text(e.name)
                    .text(e.type)
                    .integer(e.population)
                    .text(join(e.members))
                    .write());
  }
  if (ds.CommitTransaction() != OGRERR_NONE) return Error{MessageCode::ProjectCannotCommitTables};
  return Done{};
}

// What save_project refuses before writing anything.
Status check_before_save(const Project& project) {
  std::set<std::string_view> names;
  for (const VectorLayer& l : project.layers) {
    if (l.name.empty()) return Error{MessageCode::ProjectLayerUnnamed};
    if (is_reserved_table(l.name)) return Error{MessageCode::ProjectLayerNameReserved, {l.name}};
    if (!names.insert(l.name).second) return Error{MessageCode::ProjectLayerNameRepeated, {l.name}};
  }
  std::set<std::pair<std::string_view, std::string_view>> documents;
  for (const ProjectDocument& d : project.documents) {
    if (!documents.emplace(d.kind, d.name).second)
      return Error{MessageCode::ProjectDocumentNameRepeated, {d.kind, d.name}};
  }
  return Done{};
}

// Whether `a` and `b` name one file: by identity when both exist (a symbolic or hard link is
// the same file), else by their normal path.
bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec) && !ec;
  return fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

// The file a whole write replaces: `path`, or what its symbolic link names (followed, so that the
// link stays a link to the new content).
fs::path real_target(const std::string& path) {
  std::error_code ec;
  if (!fs::is_symlink(path, ec)) return fs::path(path);
  const fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? fs::path(path) : resolved;
}

// Gives the whole temporary the permissions the target will keep: the replaced file's mode, owner
// and group; for a new file, those of another project of the folder; else the umask's (as
// created).
Status give_permissions(const std::string& temp, const fs::path& target) {
  struct stat model {};
  bool have = ::stat(target.c_str(), &model) == 0;
  if (!have) {
    std::error_code ec;
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".gpkg" || entry.path().filename().string().starts_with("."))
        continue;
      if (entry.is_regular_file(ec) && is_project_file(entry.path().string())) {
        have = ::stat(entry.path().c_str(), &model) == 0;
        if (have) break;
      }
    }
  }
  if (!have) return Done{};
  ::chmod(temp.c_str(), model.st_mode & 07777);
  // Only root may give the file away; a member of the group may give it the group.
  if (::chown(temp.c_str(), model.st_uid, model.st_gid) != 0) {
    [[maybe_unused]] const int ignored =
        ::chown(temp.c_str(), static_cast<uid_t>(-1), model.st_gid);
  }
  ::chmod(temp.c_str(), model.st_mode & 07777);  // chown clears set-group-id bits
  return Done{};
}

// Writes the model's rows and the documents into a whole file just written by GDAL (its tables
// created empty), through the store that commits them in place too: one encoding of the rows,
// and the schema's unique keys made by begin_write. The same transaction stamps the file clean
// and prepared at the change counter this commit gives it (kRowsCheckedKey, kPreparedKey): its
// rows come from a checked model, its levels of detail from its layers.
Status write_model_rows(const std::string& file, const Project& project, std::stop_token stop,
                        std::optional<std::uint32_t>& checked) {
  auto store = SqliteProjectStore::open(file, SqliteProjectStore::Access::Write);
  if (!store) return store.error();
  LUMIERE_TRY((*store)->begin_write(std::chrono::seconds(10)));
  const Model& model = project.model();
  ChangeSet all;
  all.model.usages = model.usages();
  all.model.structures_put = model.structures();
  all.model.memberships_put = model.memberships();
  all.model.indicators_put.reserve(model.indicators().size());
  for (const auto& [key, v] : model.indicators()) all.model.indicators_put.push_back(v);
  all.documents = project.documents;
  const std::optional<std::uint32_t> counter = (*store)->change_counter();
  if (counter) {  // in the rollback journal's mode (always, for a file GDAL just wrote)
    all.info.emplace_back(kRowsCheckedKey, std::to_string(*counter + 1));
    all.info.emplace_back(kPreparedKey, std::to_string(*counter + 1));
  }
  LUMIERE_TRY((*store)->write(all, stop));
  // GDAL left the feature counts of these empty tables unknown (NULL), which its triggers keep
  // NULL: the counts QGIS shows without counting.
  for (const char* table :
       {kUsagesTable, kStructuresTable, kMembershipsTable, kIndicatorsTable, kDocumentsTable}) {
    LUMIERE_TRY(
        (*store)->execute(std::string("UPDATE gpkg_ogr_contents SET feature_count = (SELECT "
                                      "count(*) FROM ") +
                          table + ") WHERE lower(table_name) = lower('" + table + "')"));
  }
  LUMIERE_TRY((*store)->commit());
  if (counter) checked = *counter + 1;
  return Done{};
}

// Writes the whole project into `path` (save_project over another file), keeping in `kept` the
// lock of the new file (taken on the temporary before it is renamed, so it follows the inode).
Status write_whole(Project& project, const std::string& path, std::stop_token stop,
                   std::optional<FileLock>& kept, std::optional<std::uint32_t>& checked) {
  if (Status st = check_before_save(project); !st) {
    return because(Error{MessageCode::ProjectNotSaved, {path}}, st.error());
  }
  // Over another file, nobody may be editing it.
  Message why;
  if (FileLock::held_elsewhere(path, &why)) {
    return because(Error{MessageCode::ProjectNotSavedOverHeld}, std::move(why));
  }
  const fs::path target = real_target(path);
  const ProjectInfo previous = project.info;
  project.info.saved = now_utc();
  if (project.info.created.empty()) project.info.created = project.info.saved;
  project.info.schema_version = kProjectSchemaVersion;
  std::vector<const VectorLayer*> layers;
  for (VectorLayer& l : project.layers) {
    l.build_levels();  // stored prepared (no work when built already, as in the window)
    layers.push_back(&l);
  }
  // The layers the project was opened without, read now from its file for the copy.
  std::vector<VectorLayer> deferred;
  if (!project.deferred_layers().empty() && !project.file().empty()) {
    LoadOptions load;
    load.map_space = project.space;
    for (const VectorLayer& l : project.layers) load.skip_layers.push_back(l.name);
    auto read = load_layers({project.file()}, load);
    if (!read) return because(Error{MessageCode::ProjectNotSaved, {path}}, read.error());
    deferred = std::move(*read);
    std::erase_if(deferred, [&](const VectorLayer& l) {
      return std::find(project.deferred_layers().begin(), project.deferred_layers().end(),
                       l.name) == project.deferred_layers().end();
    });
    for (VectorLayer& l : deferred) {
      l.build_levels();
      layers.push_back(&l);
    }
  }
  std::optional<FileLock> lock;
  Status saved = write_geopackage_atomically(
      target.string(),
      [&](GDALDataset& ds) -> Status {
        if (Status st = write_layers(ds, layers, project.space, stop); !st) return st;
        return write_project_tables(ds, project, stop);
      },
      [&](const std::string& temp) -> Status {
        LUMIERE_TRY(write_model_rows(temp, project, stop, checked));
        LUMIERE_TRY(give_permissions(temp, target));
        auto taken = FileLock::acquire(temp);
        if (!taken) return because(Error{MessageCode::ProjectNotSavedNotLocked}, taken.error());
        lock.emplace(std::move(*taken));
        return Done{};
      });
  if (!saved) {
    project.info = previous;
    return saved;
  }
  lock->renamed(target.string());
  kept = std::move(lock);
  return saved;
}

}  // namespace

void take_as_stored(Project& project) {
  project.stored_info_ = project.info;
  project.stored_documents_ = project.documents;
  project.model().track_changes();
}

ChangeSet Project::pending_changes() const {
  ChangeSet out;
  if (file_.empty()) return out;
  out.model = model_.changes();
  if (info.title != stored_info_.title) out.info.emplace_back("title", info.title);
  if (info.description != stored_info_.description)
    out.info.emplace_back("description", info.description);
  if (documents != stored_documents_) out.documents = documents;
  return out;
}

// Commits the project's pending changes into its own file, in place (save_project).
Status commit_in_place(Project& project, std::stop_token stop) {
  const std::string& path = project.file();
  if (project.read_only()) return Error{MessageCode::ProjectNotSavedReadOnly, {path}};
  if (Status st = check_before_save(project); !st) {
    return because(Error{MessageCode::ProjectNotSaved, {path}}, st.error());
  }
  auto store = SqliteProjectStore::open(path, SqliteProjectStore::Access::Write);
  if (!store) return store.error();
  ChangeSet changes = project.pending_changes();
  const std::string saved = now_utc();
  const std::string created = project.info.created.empty() ? saved : project.info.created;
  changes.info.emplace_back("saved", saved);
  changes.info.emplace_back("created", created);
  changes.info.emplace_back("schema_version", std::to_string(kProjectSchemaVersion));
  LUMIERE_TRY((*store)->begin_write(std::chrono::seconds(10)));
  // The file was clean at this counter: after this commit (which moves it on by one), still.
  const std::optional<std::uint32_t> counter = (*store)->change_counter();
  const bool clean = counter && project.checked_counter_ == counter;
  if (clean) changes.info.emplace_back(kRowsCheckedKey, std::to_string(*counter + 1));
  // This commit changes no layer: prepared geometry valid before it stays valid after it.
  if (counter) {
    std::optional<std::string> prepared_at;
    LUMIERE_TRY((*store)->read_rows({kProjectTable, {"key", "value"}}, [&](const StoredRow& row) {
      if (row.cell(0) == kPreparedKey) prepared_at = row.text(1);
      return Status(Done{});
    }));
    if (prepared_at == std::to_string(*counter))
      changes.info.emplace_back(kPreparedKey, std::to_string(*counter + 1));
  }
  if (Status st = (*store)->write(changes, stop); !st) {
    (*store)->rollback();
    if (st.code() == MessageCode::Cancelled) return Error{MessageCode::WriteCancelled, {path}};
    return st;
  }
  LUMIERE_TRY((*store)->commit());
  project.info.saved = saved;
  project.info.created = created;
  project.info.schema_version = kProjectSchemaVersion;
  project.model().mark_committed();
  project.checked_counter_ =
      clean ? std::optional<std::uint32_t>(*counter + 1) : std::optional<std::uint32_t>();
  project.stored_info_ = project.info;
  project.stored_documents_ = project.documents;
  return Done{};
}

Status save_project(Project& project, const std::string& path, std::stop_token stop) {
  if (!project.file().empty() && same_file(project.file(), path)) {
    return commit_in_place(project, stop);
  }
  std::optional<FileLock> released_at_return;
  std::optional<std::uint32_t> checked;
  return write_whole(project, path, stop, released_at_return, checked);
}

Status save_project_as(Project& project, const std::string& path, std::stop_token stop) {
  if (!project.file().empty() && same_file(project.file(), path)) {
    return commit_in_place(project, stop);
  }
  std::optional<FileLock> lock;
  std::optional<std::uint32_t> checked;
  LUMIERE_TRY(write_whole(project, path, stop, lock, checked));
  std::error_code ec;
  project.file_ = fs::absolute(path, ec).lexically_normal().string();
  project.lock_ = std::move(lock);  // the previous file's lock is released here
  project.read_only_reason_.reset();
  project.set_aside_.clear();  // a repaired copy: written without them
  take_as_stored(project);
  project.checked_counter_ = checked;
  return Done{};
}

}  // namespace lumiere::core
