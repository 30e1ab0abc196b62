#pragma once
// A Lumière project (DESIGN.md "Project file"): one GeoPackage holding the territories with their
// geometry in map space, the COG they were matched with, the mutualisation model (usages,
// structures, memberships, indicator values), and the documents of the maps library (map
// documents, styles, print layouts) as JSON text. It opens in QGIS as ordinary layers and tables.
//
// A Project is self-contained: the COG registry its Model refers to is stored in the file and
// owned by the Project (at a stable address, so a Project can be moved).
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/cog/cog_registry.h"
#include "core/geometry/map_space.h"
#include "core/layers/vector_layer.h"
#include "core/model/model.h"
#include "core/project/file_lock.h"
#include "core/result.h"

namespace lumiere::core {

// The schema this build writes. A file of a newer schema is refused with a clear error; a file of
// an older one is migrated in memory when opened (and written in this schema when saved).
inline constexpr int kProjectSchemaVersion = 1;

struct ProjectInfo {
  std::string title;
  std::string description;  // free text; the demo says here that its structures are synthetic
  std::string created;      // ISO 8601 UTC timestamp, set at the first save
  std::string saved;        // ISO 8601 UTC timestamp of the last save
  int schema_version = kProjectSchemaVersion;  // the version of the file as read
};

// A document of the maps library, stored as its JSON text (core does not read it).
struct ProjectDocument {
  std::string kind;  // "map", "style", "layout"
  std::string name;  // unique per kind
  std::string json;
  friend bool operator==(const ProjectDocument&, const ProjectDocument&) = default;
};

// How open_project treats the file's lock (file_lock.h).
enum class OpenMode {
  Edit,      // take the lock; when another holds it, open read-only and say why (read_only_reason)
  ReadOnly,  // to show or read only: no lock taken, saving over the file refused
};

class Project {
 public:
  // An empty project over a COG (copied into the project).
  explicit Project(CogRegistry cog);
  Project(Project&&) noexcept = default;
  Project& operator=(Project&&) noexcept = default;
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  const CogRegistry& cog() const { return *cog_; }
  Model& model() { return model_; }
  const Model& model() const { return model_; }

  ProjectInfo info;
  MapSpace space;                   // the inset layout of the layers
  std::vector<VectorLayer> layers;  // territories in map space: "communes", "departements", ...
  std::vector<ProjectDocument> documents;

  // The layer with this name, or null.
  const VectorLayer* layer(std::string_view name) const;

  // The file this project was opened from (empty for a project made in memory), and whether
  // this Project may save over it: it holds the file's lock, released when it is destroyed.
  // A read-only project saves under another name only. read_only_reason() says why, for the
  // surface to complete (LockHeld "<file> is being edited by another Lumière (process N)",
  // LockHeldHere "... is already open for editing in this Lumière", ProjectOpenedReadOnly
  // "... was opened read-only", or a Lock... message saying why the lock file could not be
  // created); nothing when the project is not read-only.
  const std::string& file() const { return file_; }
  bool read_only() const { return !file_.empty() && !lock_; }
  const std::optional<Message>& read_only_reason() const { return read_only_reason_; }

 private:
  friend Result<Project> open_project(const std::string& path, OpenMode mode);
  friend Status save_project_as(Project& project, const std::string& path, std::stop_token stop);
  friend Result<Project> open_project_from_copy(const std::string& file, const std::string& copy,
                                                OpenMode mode);
  std::unique_ptr<CogRegistry> cog_;
  Model model_;
  std::string file_;
  std::optional<FileLock> lock_;
  std::optional<Message> read_only_reason_;
};

// Writes the project atomically: into a file beside `path`, flushed, then renamed over it, so that
// a crash, a kill, a full disk or a cancellation at any moment leaves either the previous file
// or the new one whole (and no temporary, but after a kill: the next save removes it). Sets
// info.saved (and info.created on the first save). Refused, nothing written: saving a read-only
// project over its own file, or over a file another Lumière holds the lock of. `stop` is checked
// between tables and rows (a Cancelled error, previous file unchanged). A lack of space says
// "not enough space on <folder>: free some space or save elsewhere".
Status save_project(Project& project, const std::string& path, std::stop_token stop = {});

// "Save as": saves under `path` (as save_project, same refusals) and makes it the project's file,
// whose lock it takes before writing and keeps; the previous file's lock is released. When it
// fails, the project keeps its file and lock. Over its own file, the same as save_project.
Status save_project_as(Project& project, const std::string& path, std::stop_token stop = {});

// The autosave of a project file (ui/project_session): ".<name>.autosave.gpkg" beside it, a
// whole project written by save_project, removed once the project is saved or closed.
std::string autosave_path_of(const std::string& project_file);
// Removes the autosave of a project file and what autosaves killed mid-way left beside it
// (temporaries, lock file).
void remove_autosave(const std::string& project_file);

// Opens a copy of a project file (its autosave) as that file's project: the content is the
// copy's; the file, and with OpenMode::Edit its lock, are `file`'s, so that saving writes over
// `file`. Errors as open_project's, naming the copy.
Result<Project> open_project_from_copy(const std::string& file, const std::string& copy,
                                       OpenMode mode = OpenMode::Edit);

// Opens a project file. Errors (one sentence each, naming the file): it does not exist, is not a
// GeoPackage or is damaged; a GeoPackage that is not a Lumière project (no lumiere_project
// table); a project of a newer schema ("made by a newer version of Lumière (schema N, this one
// reads up to M): update Lumière"); a row that breaks the model's invariants ("row <fid> of the
// table <name> ..."). The Model is rebuilt through its own checks; the layers come back as
// load_layers gives them, with the COG's official names and figures (no levels of detail yet).
// The tables and columns are described in docs/ARCHITECTURE.md ("The project file").
// OpenMode::Edit takes the file's lock; a file another holds opens read-only (not an error).
Result<Project> open_project(const std::string& path, OpenMode mode = OpenMode::Edit);

// True when `path` is a GeoPackage with Lumière's project table (whether this build can open it
// or not): what to open as a project rather than as map layers.
bool is_project_file(const std::string& path);

}  // namespace lumiere::core
