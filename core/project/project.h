#pragma once
// A Lumière project (DESIGN.md "Project file"): one GeoPackage holding the territories with their
// geometry in map space, the COG they were matched with, the mutualisation model (usages,
// structures, memberships, indicator values), and the documents of the maps library (map
// documents, styles, print layouts) as JSON text. It opens in QGIS as ordinary layers and tables.
//
// A Project is self-contained: the COG registry its Model refers to is stored in the file and
// owned by the Project (at a stable address, so a Project can be moved).
#include <chrono>
#include <cstdint>
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
#include "core/project/project_store.h"
#include "core/result.h"

namespace lumiere::core {

// The schema this build writes. A file of a newer schema is refused with a clear error; a file of
// an older one is migrated in memory when opened (and written in this schema when saved).
// Schema 2 (unique keys, commits in place) is brought to a schema 1 file at its first commit.
inline constexpr int kProjectSchemaVersion = 2;

struct ProjectInfo {
  std::string title;
  std::string description;  // free text; the demo says here that its structures are synthetic
  std::string created;      // ISO 8601 UTC timestamp, set at the first save
  std::string saved;        // ISO 8601 UTC timestamp of the last save
  int schema_version = kProjectSchemaVersion;  // the version of the file as read
};

// How open_project treats the file's lock (file_lock.h).
enum class OpenMode {
  Edit,      // take the lock; when another holds it, open read-only and say why (read_only_reason)
  ReadOnly,  // to show or read only: no lock taken, saving over the file refused
};

// What open_project reads: by default everything; a command reads only what it needs.
struct OpenOptions {
  OpenMode mode = OpenMode::Edit;
  // The layers' geometry (stats and import need none: their Project has no layers).
  bool layers = true;
  // Layers left in the file, not read (the window leaves the boundaries before mergers there):
  // Project::deferred_layers() names them, and saving the whole project elsewhere reads them
  // then, so that the copy holds every layer.
  std::vector<std::string> deferred_layers;
  // Only the indicator values of these usages go into the model (every row is still checked, so
  // every command sets aside the same rows); nothing: all of them.
  std::optional<std::vector<std::string>> indicator_usages;
  // How long an Edit open waits for another writer's lock before it opens read-only.
  std::chrono::milliseconds wait{0};
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

  // The rows of the file that broke the model when it was read, set aside, as
  // ProjectRowSetAside messages (the row as stored and why), in table order. A project with any
  // opens read-only (ProjectHasDamagedRows); save_project_as writes a repaired copy without them.
  const std::vector<Message>& set_aside() const { return set_aside_; }

  // The layers of its file it was opened without (OpenOptions::deferred_layers), in file order.
  const std::vector<std::string>& deferred_layers() const { return deferred_layers_; }

  // The unit of work: what save_project would commit into the project's own file now (the
  // model's changed rows by key, the title and description when they changed, the documents when
  // any changed). Empty for a project that has no file.
  ChangeSet pending_changes() const;
  bool modified() const { return !pending_changes().empty(); }

 private:
  friend Result<Project> open_project(const std::string& path, const OpenOptions& options);
  friend Status save_project_as(Project& project, const std::string& path, std::stop_token stop);
  friend Status apply_recovery(Project& project);
  std::unique_ptr<CogRegistry> cog_;
  Model model_;
  std::string file_;
  std::optional<FileLock> lock_;
  std::optional<Message> read_only_reason_;
  std::vector<Message> set_aside_;
  std::vector<std::string> deferred_layers_;
  // What its file holds (besides the model's, which the Model tracks): pending_changes() compares.
  ProjectInfo stored_info_;
  std::vector<ProjectDocument> stored_documents_;
  // The file change counter at which every row of its file was known to pass the model's checks
  // (project_schema.h kRowsCheckedKey); nothing when not known.
  std::optional<std::uint32_t> checked_counter_;
  friend Status commit_in_place(Project& project, std::stop_token stop);
  friend void take_as_stored(Project& project);
};

// Saves the project into `path`.
// - Its own file (the one it was opened from or saved as): commits pending_changes() in place,
//   in one SQLite transaction (sqlite_store.h): the file keeps its inode, mode, owner, group,
//   links; a kill at any instant leaves the previous or the new rows. The layers are not
//   written (nothing edits them in place). Refused when the project is read-only; a read-only
//   file or folder says so (StoreFileReadOnly, StoreFolderReadOnly: save elsewhere).
// - Another file: writes the whole project atomically: into a temporary beside the real target
//   (a symbolic link is followed), flushed, given the target's mode, owner and group (a new
//   file: those of the folder's other projects, else the umask's), renamed over it. Refused
//   over a file another Lumière holds the lock of.
// Sets info.saved (and info.created on the first save). `stop` is checked between rows (a
// Cancelled error, the previous file unchanged). A lack of space says so.
Status save_project(Project& project, const std::string& path, std::stop_token stop = {});

// "Save as": saves under `path` (as save_project, same refusals) and makes it the project's file,
// whose lock it takes before writing and keeps; the previous file's lock is released. When it
// fails, the project keeps its file and lock. Over its own file, the same as save_project.
Status save_project_as(Project& project, const std::string& path, std::stop_token stop = {});

// The window's recovery file of a project file (app/project_session): ".<name>.recovery.json"
// beside it, the project's pending changes as JSON (kilobytes: the rows changed, not the
// project), so that a crash loses nothing while only Save commits to the project ("discard
// changes" still works). Written atomically (temporary, flushed, renamed).
std::string recovery_path_of(const std::string& project_file);
Status write_recovery(const Project& project);
// Applies the recovery file of the project's file to the project just opened from that file,
// through the model's checks: its changes become the project's pending changes. An error
// (unreadable, or changes that no longer fit the file) changes nothing.
Status apply_recovery(Project& project);
void remove_recovery(const std::string& project_file);

// The change set as JSON and back (the recovery file's content).
std::string change_set_to_json(const ChangeSet& changes);
Result<ChangeSet> change_set_from_json(const std::string& text);

// Opens a project file. Errors (one sentence each, naming the file): it does not exist, is not a
// GeoPackage or is damaged; a GeoPackage that is not a Lumière project (no lumiere_project
// table); a project of a newer schema ("made by a newer version of Lumière (schema N, this one
// reads up to M): update Lumière"); a row that breaks the model's invariants ("row <fid> of the
// table <name> ..."). The Model is rebuilt through its own checks; the layers come back as
// load_layers gives them, with the COG's official names and figures (no levels of detail yet).
// The tables and columns are described in docs/ARCHITECTURE.md ("The project file").
// OpenMode::Edit takes the file's lock; a file another holds opens read-only (not an error).
// The model's tables are read through SqliteProjectStore in one read transaction, held while GDAL
// reads the layers, so that a commit lands before or after the reading, never in its middle. A
// row that breaks the model is set aside (set_aside()), not refused.
Result<Project> open_project(const std::string& path, const OpenOptions& options);
inline Result<Project> open_project(const std::string& path, OpenMode mode = OpenMode::Edit) {
  OpenOptions options;
  options.mode = mode;
  return open_project(path, options);
}

// True when `path` is a GeoPackage with Lumière's project table (whether this build can open it
// or not): what to open as a project rather than as map layers.
bool is_project_file(const std::string& path);

}  // namespace lumiere::core
