// open_project: reads a project file back through the model's checks (project.h).
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <unordered_set>

#include "core/cog/cog_match.h"
#include "core/layers/gdal_support.h"
#include "core/layers/layer_loader.h"
#include "core/layers/layer_writer.h"
#include "core/model/model_commands.h"
#include "core/project/project.h"
#include "core/project/project_schema.h"

namespace lumiere::core {
namespace fs = std::filesystem;

namespace {
using namespace project_schema;

// GDAL's messages are collected, never printed; the first failure explains ours.
using QuietErrors = GdalErrors;

// The columns of one table, by name; reports the table and row of what is wrong.
class Table {
 public:
  static Result<Table> open(GDALDataset& ds, const std::string& path, const char* name,
                            std::initializer_list<const char*> columns) {
    OGRLayer* layer = ds.GetLayerByName(name);
    if (!layer) {
      return Error{MessageCode::ProjectTableMissing, {path, name}};
    }
    Table t(path, name, *layer);
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const char* c : columns) {
      const int index = defn->GetFieldIndex(c);
      if (index < 0) {
        return Error{MessageCode::ProjectColumnMissing, {path, name, c}};
      }
      t.columns_.push_back(index);
    }
    layer->ResetReading();
    return t;
  }

  // The next row, or false at the end.
  bool next() {
    row_.reset(layer_->GetNextFeature());
    return row_ != nullptr;
  }
  std::string text(std::size_t column) const { return row_->GetFieldAsString(columns_[column]); }
  bool is_null(std::size_t column) const { return !row_->IsFieldSetAndNotNull(columns_[column]); }
  // A number, read as one (text would lose digits); nothing when the cell holds text.
  std::optional<double> number(std::size_t column) const {
    const int i = columns_[column];
    const OGRFieldType type = row_->GetFieldDefnRef(i)->GetType();
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64)
      return row_->GetFieldAsDouble(i);
    const std::string t = row_->GetFieldAsString(i);
    char* end = nullptr;
    const double x = std::strtod(t.c_str(), &end);
    if (t.empty() || *end != '\0') return std::nullopt;
    return x;
  }
  std::optional<std::string> optional_text(std::size_t column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
  }
  // The error of the current row (ProjectBadRow: "<path>: row <fid> of the table <name> <what>;
  // <to do>"), `what` one of the ProjectRow... messages.
  Error error(Error what) const {
    return because(Error{MessageCode::ProjectBadRow,
                         {path_, std::to_string(row_ ? row_->GetFID() : 0), name_}},
                   std::move(what));
  }
  // The same for a model check.
  Error broken(const Error& model_error) const {
    return error(because(Error{MessageCode::ProjectRowBreaksModel}, model_error));
  }

 private:
  Table(std::string path, std::string name, OGRLayer& layer)
      : path_(std::move(path)), name_(std::move(name)), layer_(&layer) {}
  std::string path_, name_;
  OGRLayer* layer_;
  std::vector<int> columns_;
  std::unique_ptr<OGRFeature> row_;
};

#define LUMIERE_OPEN_TABLE(var, ...)                      \
  auto var##_opened = Table::open(ds, path, __VA_ARGS__); \
  if (!var##_opened) return var##_opened.error();         \
  Table& var = *var##_opened

// Rows of a row-with-integer column read as text must be a whole number.
std::optional<std::int64_t> parse_integer(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t used = 0;
  try {
    const long long v = std::stoll(text, &used);
    if (used != text.size()) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

Result<CogRegistry> read_cog(GDALDataset& ds, const std::string& path) {
  std::vector<CogCommune> communes;
  {
    LUMIERE_OPEN_TABLE(t, kCommunesTable,
                       {"code", "name", "type", "departement", "region", "siren", "chef_lieu",
                        "epci", "population", "postal_codes"});
    std::unordered_set<std::string> current;
    while (t.next()) {
      CogCommune c;
      c.code = t.text(0);
      if (c.code.empty()) return t.error(Error{MessageCode::ProjectRowNoCode});
      c.name = t.text(1);
      const auto type = from_id(kCommuneTypes, t.text(2));
      if (!type) {
        return t.error(
            Error{MessageCode::ProjectRowBadCommuneType, {t.text(2), ids_of(kCommuneTypes)}});
      }
      c.type = *type;
      if (c.type == CommuneType::Current && !current.insert(c.code).second)
        return t.error(Error{MessageCode::ProjectRowRepeatedCommune, {c.code}});
      c.departement = t.text(3);
      c.region = t.text(4);
      c.siren = t.text(5);
      c.chef_lieu = t.text(6);
      c.epci = t.text(7);
      const auto population = parse_integer(t.text(8));
      if (!population || *population < 0)
        return t.error(Error{MessageCode::ProjectRowBadPopulation});
      c.population = *population;
      c.postal_codes = split(t.text(9));
      communes.push_back(std::move(c));
    }
  }
  std::vector<CogDepartement> departements;
  {
    LUMIERE_OPEN_TABLE(t, kDepartementsTable, {"code", "name", "region", "chef_lieu"});
    std::unordered_set<std::string> seen;
    while (t.next()) {
      CogDepartement d{t.text(0), t.text(1), t.text(2), t.text(3)};
      if (d.code.empty()) return t.error(Error{MessageCode::ProjectRowNoCode});
      if (!seen.insert(d.code).second)
        return t.error(Error{MessageCode::ProjectRowRepeatedDepartement, {d.code}});
      departements.push_back(std::move(d));
    }
  }
  std::vector<CogRegion> regions;
  {
    LUMIERE_OPEN_TABLE(t, kRegionsTable, {"code", "name", "chef_lieu"});
    std::unordered_set<std::string> seen;
    while (t.next()) {
      CogRegion r{t.text(0), t.text(1), t.text(2)};
      if (r.code.empty()) return t.error(Error{MessageCode::ProjectRowNoCode});
      if (!seen.insert(r.code).second)
        return t.error(Error{MessageCode::ProjectRowRepeatedRegion, {r.code}});
      regions.push_back(std::move(r));
    }
  }
  std::vector<CogEpci> epcis;
  {
    LUMIERE_OPEN_TABLE(t, kEpciTable, {"code", "name", "type", "population", "members"});
    std::unordered_set<std::string> seen;
    while (t.next()) {
      CogEpci e{t.text(0), t.text(1), t.text(2), 0, split(t.text(4))};
      if (e.code.empty()) return t.error(Error{MessageCode::ProjectRowNoEpciSiren});
      if (!seen.insert(e.code).second)
        return t.error(Error{MessageCode::ProjectRowRepeatedEpci, {e.code}});
      const auto population = parse_integer(t.text(3));
      if (!population || *population < 0)
        return t.error(Error{MessageCode::ProjectRowBadPopulation});
      e.population = *population;
      epcis.push_back(std::move(e));
    }
  }
  return CogRegistry::from_records(std::move(communes), std::move(departements), std::move(regions),
                                   std::move(epcis));
}

// Rebuilds a fresh Model from the project tables through its own checks, so that a row that
// breaks an invariant is refused with its table and row. Applied once, to the Model of a Project
// being opened (whose default catalogue it replaces by the stored one); it is not undoable.
class RestoreModel final : public ModelCommand {
 public:
  RestoreModel(GDALDataset& ds, std::string path) : ds_(ds), path_(std::move(path)) {}
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
    GDALDataset& ds = ds_;
    const std::string& path = path_;
    LUMIERE_OPEN_TABLE(t, kUsagesTable, {"id", "label", "family"});
    while (!model.usages().empty()) erase_usage(model, model.usages().size() - 1);
    while (t.next()) {
      Usage u{t.text(0), t.text(1), t.text(2)};
      if (Status st = model.check_usage(u); !st) return t.broken(st.error());
      insert_usage(model, model.usages().size(), std::move(u));
    }
    return Done{};
  }

  Status read_structures(Model& model) {
    GDALDataset& ds = ds_;
    const std::string& path = path_;
    LUMIERE_OPEN_TABLE(t, kStructuresTable,
                       {"id", "name", "kind", "siren", "seat_commune", "contact", "usages"});
    while (t.next()) {
      Structure s;
      s.id = t.text(0);
      s.name = t.text(1);
      const auto kind = from_id(kStructureKinds, t.text(2));
      if (!kind) {
        return t.error(
            Error{MessageCode::ProjectRowBadStructureKind, {t.text(2), ids_of(kStructureKinds)}});
      }
      s.kind = *kind;
      s.siren = t.text(3);
      s.seat_commune = t.text(4);
      s.contact = t.text(5);
      s.usages = split(t.text(6));
      if (Status st = model.check_structure(s, std::nullopt); !st) return t.broken(st.error());
      insert_structure(model, model.structures().size(), std::move(s));
    }
    return Done{};
  }

  Status read_memberships(Model& model) {
    GDALDataset& ds = ds_;
    const std::string& path = path_;
    LUMIERE_OPEN_TABLE(t, kMembershipsTable,
                       {"structure_id", "member_kind", "member_code", "since", "until", "usages"});
    // Each row is checked against the model without memberships (the same checks, without a
    // linear search for duplicates per row), and duplicates are found here by key.
    const Model without_members = model;
    std::set<std::tuple<std::string, MemberKind, std::string>> seen;
    while (t.next()) {
      Membership m;
      m.structure_id = t.text(0);
      const auto kind = from_id(kMemberKinds, t.text(1));
      if (!kind) {
        return t.error(
            Error{MessageCode::ProjectRowBadMemberKind, {t.text(1), ids_of(kMemberKinds)}});
      }
      m.member_kind = *kind;
      m.member_code = t.text(2);
      m.since = t.optional_text(3);
      m.until = t.optional_text(4);
      m.usages = split(t.text(5));
      if (Status st = without_members.check_membership(m); !st) return t.broken(st.error());
      if (!seen.emplace(m.structure_id, m.member_kind, m.member_code).second) {
        return t.error(
            Error{MessageCode::ProjectRowRepeatedMember, {m.member_code, m.structure_id}});
      }
      insert_membership(model, model.memberships().size(), std::move(m));
    }
    return Done{};
  }

  Status read_indicators(Model& model) {
    GDALDataset& ds = ds_;
    const std::string& path = path_;
    LUMIERE_OPEN_TABLE(
        t, kIndicatorsTable,
        {"commune", "usage", "vintage", "adopted", "level", "adoption_date", "source"});
    while (t.next()) {
      IndicatorValue v;
      v.commune = t.text(0);
      v.usage = t.text(1);
      const auto vintage = parse_integer(t.text(2));
      if (!vintage) return t.error(Error{MessageCode::ProjectRowNoVintage});
      v.vintage = static_cast<int>(std::clamp<std::int64_t>(*vintage, -1, 100000));
      if (!t.is_null(3)) {
        const std::string adopted = t.text(3);
        if (adopted != "0" && adopted != "1")
          return t.error(Error{MessageCode::ProjectRowBadAdopted, {adopted}});
        v.adopted = adopted == "1";
      }
      if (!t.is_null(4)) {
        const auto level = t.number(4);
        if (!level) return t.error(Error{MessageCode::ProjectRowLevelNotANumber});
        v.level = *level;
      }
      v.adoption_date = t.optional_text(5);
      v.source = t.text(6);
      if (Status st = model.check_indicator(v); !st) return t.broken(st.error());
      if (model.indicator(v.commune, v.usage, v.vintage)) {
        return t.error(Error{MessageCode::ProjectRowRepeatedIndicator,
                             {v.commune, v.usage, std::to_string(v.vintage)}});
      }
      put_indicator(model, std::move(v));
    }
    return Done{};
  }

  GDALDataset& ds_;
  std::string path_;
};

// The steps that bring a file of schema k to k + 1, in order, each applied to an in-memory copy
// of the file. Schema 1 is the first: there is no step yet.
struct Migration {
  int from;
  std::function<Status(GDALDataset&)> apply;
};
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> steps;
  return steps;
}

Result<int> read_schema_version(GDALDataset& ds, const std::string& path) {
  OGRLayer* info = ds.GetLayerByName(kProjectTable);
  if (!info) {
    return Error{MessageCode::ProjectNotALumiereProject, {path, kProjectTable}};
  }
  const int key = info->GetLayerDefn()->GetFieldIndex("key");
  const int value = info->GetLayerDefn()->GetFieldIndex("value");
  std::optional<std::int64_t> version;
  if (key >= 0 && value >= 0) {
    for (auto& row : *info) {
      if (std::string_view(row->GetFieldAsString(key)) == "schema_version")
        version = parse_integer(row->GetFieldAsString(value));
    }
  }
  if (!version || *version < 1) {
    return Error{MessageCode::ProjectBadSchemaVersion, {path, kProjectTable}};
  }
  if (*version > kProjectSchemaVersion) {
    return Error{MessageCode::ProjectNewerSchema,
                 {path, std::to_string(*version), std::to_string(kProjectSchemaVersion)}};
  }
  return static_cast<int>(*version);
}

Status read_info(GDALDataset& ds, const std::string& path, Project& project) {
  LUMIERE_OPEN_TABLE(t, kProjectTable, {"key", "value"});
  while (t.next()) {
    const std::string key = t.text(0);
    std::string value = t.text(1);
    if (key == "title") project.info.title = std::move(value);
    if (key == "description") project.info.description = std::move(value);
    if (key == "created") project.info.created = std::move(value);
    if (key == "saved") project.info.saved = std::move(value);
    if (key == "insets") {
      auto space = insets_from_json(value);
      if (!space) {
        return t.error(because(Error{MessageCode::ProjectRowBadInsets}, space.error()));
      }
      project.space = std::move(*space);
    }
  }
  return Done{};
}

Status read_documents(GDALDataset& ds, const std::string& path, Project& project) {
  LUMIERE_OPEN_TABLE(t, kDocumentsTable, {"kind", "name", "json"});
  std::set<std::pair<std::string, std::string>> seen;
  while (t.next()) {
    ProjectDocument d{t.text(0), t.text(1), t.text(2)};
    if (!seen.emplace(d.kind, d.name).second)
      return t.error(Error{MessageCode::ProjectRowRepeatedDocument, {d.name, d.kind}});
    project.documents.push_back(std::move(d));
  }
  return Done{};
}

// The names of the layers Lumière wrote into the file, in their order.
std::vector<std::string> stored_layer_names(GDALDataset& ds) {
  std::vector<std::string> names;
  OGRLayer* meta = ds.GetLayerByName("lumiere_layers");
  if (!meta) return names;
  const int name = meta->GetLayerDefn()->GetFieldIndex("layer_name");
  if (name < 0) return names;
  for (auto& row : *meta) names.emplace_back(row->GetFieldAsString(name));
  return names;
}

Result<Project> read_project(GDALDataset& ds, const std::string& path) {
  auto cog = read_cog(ds, path);
  if (!cog) return cog.error();
  Project project(std::move(*cog));
  LUMIERE_TRY(read_info(ds, path, project));
  RestoreModel restore(ds, path);
  LUMIERE_TRY(restore.apply(project.model()));
  LUMIERE_TRY(read_documents(ds, path, project));
  return project;
}

}  // namespace

bool is_project_file(const std::string& path) {
  ensure_gdal_registered();
  QuietErrors errors;
  const char* drivers[] = {"GPKG", nullptr};
  DatasetPtr ds(static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
  return ds && ds->GetLayerByName(kProjectTable) != nullptr;
}

namespace {

// The lock of `path` when `mode` edits and nobody else holds it; else nothing, and why in
// `read_only_reason`.
std::optional<FileLock> lock_for(const std::string& path, OpenMode mode,
                                 Message& read_only_reason) {
  read_only_reason = Message{MessageCode::ProjectOpenedReadOnly, {path}};
  if (mode != OpenMode::Edit) return std::nullopt;
  auto acquired = FileLock::acquire(path);
  if (!acquired) {
    read_only_reason = acquired.error();
    return std::nullopt;
  }
  return std::move(*acquired);
}

}  // namespace

Result<Project> open_project(const std::string& path, OpenMode mode) {
  ensure_gdal_registered();
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{MessageCode::ProjectNoSuchFile, {path}};
  if (fs::is_directory(path, ec)) return Error{MessageCode::ProjectIsAFolder, {path}};
  // Locked before reading, so that nobody saves over what is read (file_lock.h).
  Message read_only_reason;
  std::optional<FileLock> lock = lock_for(path, mode, read_only_reason);
  DatasetPtr ds;
  {
    QuietErrors errors;
    const char* drivers[] = {"GPKG", nullptr};
    ds.reset(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    if (!ds) {
      const std::string why = errors.first_failure();
      if (why.empty() || why.find("not recognized") != std::string::npos)
        return Error{MessageCode::ProjectNotAGeoPackage, {path}};
      return Error{MessageCode::ProjectDamaged, {path, why}};
    }
  }
  Project project(CogRegistry{});
  int version = 0;
  std::vector<std::string> names;  // the layers Lumière wrote into the file
  {
    QuietErrors errors;
    auto read_version = read_schema_version(*ds, path);
    if (!read_version) return read_version.error();
    version = *read_version;
    std::string copy;  // an in-memory copy of an older file, brought to this schema
    if (version < kProjectSchemaVersion) {
      copy = "/vsimem/lumiere-migrate-" + std::to_string(::getpid()) + ".gpkg";
      ds.reset();
      if (CPLCopyFile(copy.c_str(), path.c_str()) != 0)
        return Error{MessageCode::ProjectCannotCopyForMigration, {path}};
      const char* drivers[] = {"GPKG", nullptr};
      ds.reset(static_cast<GDALDataset*>(
          GDALOpenEx(copy.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr)));
      for (int v = version; v < kProjectSchemaVersion; ++v) {
        const auto step = std::find_if(migrations().begin(), migrations().end(),
                                       [v](const Migration& m) { return m.from == v; });
        Status migrated =
            !ds ? Status(Error{MessageCode::ProjectMigrationCannotOpenCopy})
            : step == migrations().end()
                ? Status(Error{MessageCode::ProjectMigrationNoStep, {std::to_string(v)}})
                : step->apply(*ds);
        if (!migrated) {
          ds.reset();
          VSIUnlink(copy.c_str());
          return because(
              Error{MessageCode::ProjectMigrationFailed,
                    {path, std::to_string(version), std::to_string(kProjectSchemaVersion)}},
              migrated.error());
        }
      }
    }
    auto read = read_project(*ds, path);
    names = stored_layer_names(*ds);
    ds.reset();
    if (!copy.empty()) VSIUnlink(copy.c_str());
    if (!read) {
      if (!errors.first_failure().empty()) {
        return because(Error{MessageCode::ProjectGdalExplains, {errors.first_failure()}},
                       read.error());
      }
      return read.error();
    }
    project = std::move(*read);
  }
  if (!names.empty()) {
    LoadOptions options;
    options.map_space = project.space;
    auto layers = load_layers({path}, options);
    if (!layers) return layers.error();
    for (VectorLayer& layer : *layers) {
      apply_official_names(layer, project.cog());
      add_cog_attributes(layer, project.cog());
    }
    // In the order they were saved.
    for (const std::string& name : names) {
      const auto it = std::find_if(layers->begin(), layers->end(),
                                   [&](const VectorLayer& l) { return l.name == name; });
      if (it != layers->end()) project.layers.push_back(std::move(*it));
    }
  }
  project.info.schema_version = version;
  project.file_ = fs::absolute(path, ec).lexically_normal().string();
  project.lock_ = std::move(lock);
  if (!project.lock_) project.read_only_reason_ = std::move(read_only_reason);
  return project;
}

Result<Project> open_project_from_copy(const std::string& file, const std::string& copy,
                                       OpenMode mode) {
  Message read_only_reason;
  std::optional<FileLock> lock = lock_for(file, mode, read_only_reason);
  auto project = open_project(copy, OpenMode::ReadOnly);
  if (!project) return project.error();
  std::error_code ec;
  project->file_ = fs::absolute(file, ec).lexically_normal().string();
  project->lock_ = std::move(lock);
  project->read_only_reason_.reset();
  if (!project->lock_) project->read_only_reason_ = std::move(read_only_reason);
  return project;
}

}  // namespace lumiere::core
