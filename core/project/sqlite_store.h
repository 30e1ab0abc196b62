#pragma once
// The project's rows in its own GeoPackage, through SQLite's C API (project_store.h). A commit
// writes the changed rows in place, in one transaction of SQLite's rollback journal (never WAL:
// WAL needs shared memory, which network folders do not give). So the file keeps its inode, its
// mode, owner and group, its hard links, and the symbolic link it was opened through (SQLite
// resolves the link and writes the journal beside the real file); and SQLite's atomic commit
// leaves the file before or after the commit whatever instant the process is killed at (the
// next open rolls a hot journal back).
//
// Why SQLite's API and not GDAL's: GDAL's GPKG driver would write the same rows, but a commit
// needs upserts by key, the journal mode, a bounded wait for another connection and SQLite's own
// error codes (a read-only folder, a full disk), which GDAL hides; and reading 280,000 rows
// through OGR features costs about ten times SQLite's. GDAL still writes what a GeoPackage
// needs (tables, gpkg_contents, its triggers on feature counts, which fire for our rows too).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/project/project_store.h"

struct sqlite3;

namespace lumiere::core {

class SqliteProjectStore final : public ProjectStore {
 public:
  enum class Access { Read, Write };
  // Opens `path` (which must exist). Access::Write checks first that the file and its folder may
  // be written (StoreFileReadOnly, StoreFolderReadOnly) and leaves WAL mode (StoreWalInUse when
  // another program holds it in WAL).
  static Result<std::unique_ptr<SqliteProjectStore>> open(const std::string& path, Access access);
  ~SqliteProjectStore() override;
  SqliteProjectStore(const SqliteProjectStore&) = delete;
  SqliteProjectStore& operator=(const SqliteProjectStore&) = delete;

  Status begin_read() override;
  Status read_rows(const RowQuery& query,
                   const std::function<Status(const StoredRow&)>& visit) override;
  bool has_table(std::string_view table) override;
  void end_read() override;

  // Starts the write transaction (BEGIN IMMEDIATE, waiting up to `wait` for another writer),
  // then brings a schema 1 file to schema 2 in the same transaction (project_schema.h).
  Status begin_write(std::chrono::milliseconds wait) override;
  Status write(const ChangeSet& changes, std::stop_token stop) override;
  Status commit() override;
  void rollback() override;

  // Runs SQL of our own (the schema's indexes), inside the current transaction if any.
  Status execute(const std::string& sql);

  // The file change counter of SQLite's header (offset 24), which every transaction that writes
  // the file increments, whoever writes it (Lumière, QGIS, sqlite3), in the rollback journal's
  // modes; nothing for a file in WAL mode (whose commits do not count there) or unreadable. Read
  // inside a transaction, it names the state that transaction sees (no commit can land during a
  // read transaction, nor during our own write transaction before its commit).
  std::optional<std::uint32_t> change_counter() const;

 private:
  SqliteProjectStore(std::string path, sqlite3* db, int header_fd)
      : path_(std::move(path)), db_(db), header_fd_(header_fd) {}
  Error error(MessageCode code) const;  // code with the file and SQLite's words
  Error write_error() const;            // the message of a failed write, by SQLite's code
  std::string path_;
  sqlite3* db_ = nullptr;
  // Our own descriptor of the file, to read its header: opened before SQLite's connection and
  // closed after it, because closing a descriptor of the file drops every POSIX lock this
  // process holds on it, SQLite's included.
  int header_fd_ = -1;
  bool in_transaction_ = false;
};

}  // namespace lumiere::core
