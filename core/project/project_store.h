#pragma once
// Where a project's rows live, behind one interface (docs/ARCHITECTURE.md "The project file"):
// SqliteProjectStore (sqlite_store.h) commits into the project's own GeoPackage, in place;
// the PostgreSQL issue implements it a second time over PostGIS, with a version per row.
//
// Two sessions, never mixed:
// - reading: begin_read() opens one read transaction, read_rows() visits the rows of the tables
//   asked for, end_read() ends it, so a reader sees the project before or after a commit, never a
//   mix of both;
// - writing: begin_write() starts the one write transaction (waiting a bounded time for another
//   writer's commit to end), write() puts and removes the rows of a ChangeSet by key, commit()
//   makes them durable at once, rollback() forgets them. A failure or a kill anywhere before
//   commit() returns leaves the store as it was.
//
// The store holds rows as text and numbers; it checks nothing of the model (project_open.cpp
// does, and sets aside a row that breaks it).
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/model.h"
#include "core/result.h"

namespace lumiere::core {

// A document of the maps library, stored as its JSON text (core does not read it).
struct ProjectDocument {
  std::string kind;  // "map", "style", "layout"
  std::string name;  // unique per kind
  std::string json;
  friend bool operator==(const ProjectDocument&, const ProjectDocument&) = default;
};

// What one commit writes: the model's changes by key, the rows of lumiere_project that changed,
// the documents when any changed (they are few: written whole).
struct ChangeSet {
  ModelChanges model;
  std::vector<std::pair<std::string, std::string>> info;  // (key, value) of lumiere_project
  std::optional<std::vector<ProjectDocument>> documents;
  bool empty() const { return model.empty() && info.empty() && !documents; }
};

// One stored row as read: its row id (the GeoPackage fid) and its cells as the store holds them
// (text; numbers in their shortest text), nothing for NULL. Valid during the visit only.
class StoredRow {
 public:
  virtual ~StoredRow() = default;
  virtual std::int64_t id() const = 0;
  virtual std::size_t size() const = 0;
  virtual std::optional<std::string_view> cell(std::size_t column) const = 0;
  // The cell's number when the store holds a number there (nothing for text or NULL): read as a
  // number, as text would lose digits.
  virtual std::optional<double> number(std::size_t column) const = 0;
  std::string text(std::size_t column) const { return std::string(cell(column).value_or("")); }
};

// Which rows of which table to visit: the columns by name, in this order; `only` keeps the rows
// whose column `only_column` holds one of the values (e.g. the indicators of one usage).
// Columns from index `optional_from` on came with a later build: a file without them reads NULL.
struct RowQuery {
  std::string table;
  std::vector<std::string> columns;
  std::string only_column = {};
  std::optional<std::vector<std::string>> only = std::nullopt;
  std::size_t optional_from = static_cast<std::size_t>(-1);
};

class ProjectStore {
 public:
  virtual ~ProjectStore() = default;

  virtual Status begin_read() = 0;
  // Visits the rows in their stored order (a selection by `only`: in any order); `visit` may stop
  // the reading with an error. A missing
  // table or column is an error naming them (ProjectTableMissing, ProjectColumnMissing).
  virtual Status read_rows(const RowQuery& query,
                           const std::function<Status(const StoredRow&)>& visit) = 0;
  // Whether the table exists (an optional table of a later schema).
  virtual bool has_table(std::string_view table) = 0;
  virtual void end_read() = 0;

  virtual Status begin_write(std::chrono::milliseconds wait) = 0;
  virtual Status write(const ChangeSet& changes, std::stop_token stop) = 0;
  virtual Status commit() = 0;
  virtual void rollback() = 0;
};

// A commit's stages, for the kill tests: a hook (tests only) is told each one as it is reached.
enum class CommitPoint {
  BeforeBegin,   // nothing done yet
  AfterBegin,    // the write transaction is open, nothing written
  AfterRow,      // after each row written (the hook counts them)
  BeforeCommit,  // every row written, not committed
  AfterCommit,   // committed and durable
};
using CommitHook = std::function<void(CommitPoint)>;
// Installs the hook every commit of this process calls (nothing: none). Tests only.
void set_commit_hook(CommitHook hook);
void commit_hook(CommitPoint point);

}  // namespace lumiere::core
