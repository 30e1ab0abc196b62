#include "core/project/sqlite_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>

#include "core/project/project_schema.h"

namespace lumiere::core {
namespace fs = std::filesystem;
using namespace project_schema;

namespace {

std::mutex& hook_mutex() {
  static std::mutex m;
  return m;
}
CommitHook& hook_slot() {
  static CommitHook hook;
  return hook;
}

// A prepared statement, finalized when it goes.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  explicit operator bool() const { return stmt_ != nullptr; }
  sqlite3_stmt* get() const { return stmt_; }

  Statement& text(const std::string& value) {
    sqlite3_bind_text(stmt_, ++next_, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
  }
  Statement& text(const std::optional<std::string>& value) {
    if (value) return text(*value);
    sqlite3_bind_null(stmt_, ++next_);
    return *this;
  }
  Statement& integer(std::int64_t value) {
    sqlite3_bind_int64(stmt_, ++next_, value);
    return *this;
  }
  Statement& boolean(std::optional<bool> value) {
    if (value) return integer(*value ? 1 : 0);
    sqlite3_bind_null(stmt_, ++next_);
    return *this;
  }
  Statement& real(std::optional<double> value) {
    if (value) {
      sqlite3_bind_double(stmt_, ++next_, *value);
    } else {
      sqlite3_bind_null(stmt_, ++next_);
    }
    return *this;
  }
  // Runs it to its end and makes it ready for the next row; SQLite's result code.
  int run() {
    int rc = sqlite3_step(stmt_);
    while (rc == SQLITE_ROW) rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    next_ = 0;
    return rc;
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int next_ = 0;
};

std::string sql_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

class SqliteRow final : public StoredRow {
 public:
  SqliteRow(sqlite3_stmt* stmt, std::size_t columns) : stmt_(stmt), columns_(columns) {}
  std::int64_t id() const override { return sqlite3_column_int64(stmt_, 0); }
  std::size_t size() const override { return columns_; }
  std::optional<std::string_view> cell(std::size_t column) const override {
    const int i = static_cast<int>(column) + 1;
    if (sqlite3_column_type(stmt_, i) == SQLITE_NULL) return std::nullopt;
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return std::string_view(text ? text : "",
                            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
  }
  std::optional<double> number(std::size_t column) const override {
    const int i = static_cast<int>(column) + 1;
    const int type = sqlite3_column_type(stmt_, i);
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) return std::nullopt;
    return sqlite3_column_double(stmt_, i);
  }

 private:
  sqlite3_stmt* stmt_;
  std::size_t columns_;
};

// The folder SQLite writes the journal into: the real file's (symbolic links resolved).
std::string journal_folder(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) real = fs::absolute(path, ec);
  const fs::path dir = real.parent_path();
  return dir.empty() ? std::string(".") : dir.string();
}

}  // namespace

void set_commit_hook(CommitHook hook) {
  std::lock_guard lock(hook_mutex());
  hook_slot() = std::move(hook);
}

void commit_hook(CommitPoint point) {
  CommitHook hook;
  {
    std::lock_guard lock(hook_mutex());
    hook = hook_slot();
  }
  if (hook) hook(point);
}

Result<std::unique_ptr<SqliteProjectStore>> SqliteProjectStore::open(const std::string& path,
                                                                     Access access) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Error{MessageCode::ProjectNoSuchFile, {path}};
  const bool write = access == Access::Write;
  if (write && ::access(path.c_str(), W_OK) != 0) {
    return Error{MessageCode::StoreFileReadOnly, {path}};
  }
  if (write && ::access(journal_folder(path).c_str(), W_OK) != 0) {
    return Error{MessageCode::StoreFolderReadOnly, {path, journal_folder(path)}};
  }
  // A reader opens read-write when it may, so that it can roll back the hot journal a killed
  // commit left; it never writes otherwise.
  const bool writable = write || ::access(path.c_str(), W_OK) == 0;
  const int header_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  sqlite3* db = nullptr;
  const int flags = (writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                    SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    if (header_fd >= 0) ::close(header_fd);
    return Error{MessageCode::StoreCannotOpen, {path, why}};
  }
  std::unique_ptr<SqliteProjectStore> store(new SqliteProjectStore(path, db, header_fd));
  // A reader waits for a commit in progress (milliseconds); a writer's wait is begin_write's.
  sqlite3_busy_timeout(db, 10'000);
  if (write) {
    // The rollback journal, never WAL; a file QGIS left in WAL is brought back, which needs it
    // to be closed there.
    Statement mode(db, "PRAGMA journal_mode = DELETE");
    if (!mode || sqlite3_step(mode.get()) != SQLITE_ROW)
      return store->error(MessageCode::StoreCannotOpen);
    const std::string now = reinterpret_cast<const char*>(sqlite3_column_text(mode.get(), 0));
    if (now == "wal") return Error{MessageCode::StoreWalInUse, {path}};
    if (Status st = store->execute("PRAGMA synchronous = FULL"); !st) return st.error();
  }
  return store;
}

SqliteProjectStore::~SqliteProjectStore() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close_v2(db_);
  if (header_fd_ >= 0) ::close(header_fd_);
}

std::optional<std::uint32_t> SqliteProjectStore::change_counter() const {
  unsigned char header[100];
  if (header_fd_ < 0 || ::pread(header_fd_, header, sizeof header, 0) != sizeof header)
    return std::nullopt;
  if (std::memcmp(header, "SQLite format 3", 16) != 0) return std::nullopt;
  if (header[18] != 1 || header[19] != 1) return std::nullopt;  // 2: WAL
  return static_cast<std::uint32_t>(header[24]) << 24 |
         static_cast<std::uint32_t>(header[25]) << 16 |
         static_cast<std::uint32_t>(header[26]) << 8 | static_cast<std::uint32_t>(header[27]);
}

Error SqliteProjectStore::error(MessageCode code) const {
  return Error{code, {path_, sqlite3_errmsg(db_)}};
}

Error SqliteProjectStore::write_error() const {
  const int code = sqlite3_extended_errcode(db_);
  const int primary = code & 0xff;
  if (primary == SQLITE_FULL)
    return Error{MessageCode::StoreNoSpace, {path_, journal_folder(path_)}};
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    return Error{MessageCode::StoreBusy, {path_}};
  if (code == SQLITE_READONLY_DIRECTORY ||
      ((primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) &&
       ::access(journal_folder(path_).c_str(), W_OK) != 0)) {
    return Error{MessageCode::StoreFolderReadOnly, {path_, journal_folder(path_)}};
  }
  if (primary == SQLITE_READONLY) return Error{MessageCode::StoreFileReadOnly, {path_}};
  return error(MessageCode::StoreCommitFailed);
}

Status SqliteProjectStore::execute(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    sqlite3_free(message);
    return write_error();
  }
  return Done{};
}

Status SqliteProjectStore::begin_read() {
  if (sqlite3_exec(db_, "BEGIN DEFERRED", nullptr, nullptr, nullptr) != SQLITE_OK)
    return error(MessageCode::StoreReadFailed);
  in_transaction_ = true;
  // A deferred transaction takes its snapshot at the first read: take it now. A GeoPackage says
  // what it is in its header's application id ("GPKG"; "GP10", "GP11" for older versions); an
  // empty file is an empty database to SQLite, and no GeoPackage.
  Statement first(db_, "PRAGMA application_id");
  const int rc = first ? sqlite3_step(first.get()) : sqlite3_errcode(db_);
  if (rc != SQLITE_ROW) {
    const int primary = sqlite3_extended_errcode(db_) & 0xff;
    if (primary == SQLITE_NOTADB) return Error{MessageCode::ProjectNotAGeoPackage, {path_}};
    return Error{MessageCode::ProjectDamaged, {path_, sqlite3_errmsg(db_)}};
  }
  const auto id = static_cast<std::uint32_t>(sqlite3_column_int64(first.get(), 0));
  if (id != 0x47504B47 && id != 0x47503130 && id != 0x47503131)
    return Error{MessageCode::ProjectNotAGeoPackage, {path_}};
  // A file cut short reads its header but not its pages: read the schema too.
  Statement tables(db_, "SELECT count(*) FROM sqlite_master");
  if (!tables || sqlite3_step(tables.get()) != SQLITE_ROW)
    return Error{MessageCode::ProjectDamaged, {path_, sqlite3_errmsg(db_)}};
  return Done{};
}

void SqliteProjectStore::end_read() {
  if (in_transaction_) sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  in_transaction_ = false;
}

bool SqliteProjectStore::has_table(std::string_view table) {
  Statement s(db_, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  s.text(std::string(table));
  return s && sqlite3_step(s.get()) == SQLITE_ROW;
}

Status SqliteProjectStore::read_rows(const RowQuery& query,
                                     const std::function<Status(const StoredRow&)>& visit) {
  std::set<std::string> present;
  {
    Statement info(db_, "PRAGMA table_info(" + sql_name(query.table) + ")");
    if (!info) return error(MessageCode::StoreReadFailed);
    while (sqlite3_step(info.get()) == SQLITE_ROW) {
      present.insert(reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 1)));
    }
  }
  if (present.empty()) return Error{MessageCode::ProjectTableMissing, {path_, query.table}};
  std::string sql = "SELECT fid";
  for (std::size_t i = 0; i < query.columns.size(); ++i) {
    const std::string& c = query.columns[i];
    if (present.contains(c))
      sql += ", " + sql_name(c);
    else if (i >= query.optional_from)
      sql += ", NULL";
    else
      return Error{MessageCode::ProjectColumnMissing, {path_, query.table, c}};
  }
  sql += " FROM " + sql_name(query.table) + " WHERE 1";
  auto list = [](std::size_t n) {
    std::string out = "(";
    for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
    return out + ")";
  };
  if (query.only) sql += " AND " + sql_name(query.only_column) + " IN " + list(query.only->size());
  // The stored order; a selection comes in the order of the index that finds it (sorting it by
  // row id would take SQLite a temporary B-tree of megabytes).
  if (!query.only) sql += " ORDER BY fid";
  Statement s(db_, sql);
  if (!s) return error(MessageCode::StoreReadFailed);
  if (query.only) {
    for (const std::string& v : *query.only) s.text(v);
  }
  SqliteRow row(s.get(), query.columns.size());
  while (true) {
    const int rc = sqlite3_step(s.get());
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return error(MessageCode::StoreReadFailed);
    LUMIERE_TRY(visit(row));
  }
  return Done{};
}

Status SqliteProjectStore::begin_write(std::chrono::milliseconds wait) {
  commit_hook(CommitPoint::BeforeBegin);
  sqlite3_busy_timeout(db_, static_cast<int>(std::max<std::int64_t>(wait.count(), 1000)));
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return write_error();
  }
  in_transaction_ = true;
  sqlite3_busy_timeout(db_, 10'000);
  // Schema 1 → 2 in place: the unique keys, then the version, in this transaction.
  for (const char* sql : kSchema2Indexes) {
    if (Status st = execute(sql); !st) {
      rollback();
      return because(Error{MessageCode::ProjectMigrationFailed, {path_, "1", "2"}}, st.error());
    }
  }
  commit_hook(CommitPoint::AfterBegin);
  return Done{};
}

Status SqliteProjectStore::write(const ChangeSet& changes, std::stop_token stop) {
  auto step = [&](Statement& s) -> Status {
    if (stop.stop_requested()) return Error{MessageCode::Cancelled};
    const int rc = s.run();
    if (rc != SQLITE_DONE) return write_error();
    commit_hook(CommitPoint::AfterRow);
    return Done{};
  };
  auto prepare = [&](const std::string& sql) -> Result<std::unique_ptr<Statement>> {
    auto s = std::make_unique<Statement>(db_, sql);
    if (!*s) return error(MessageCode::StoreCommitFailed);
    return s;
  };
#define LUMIERE_PREPARE(var, sql)                     \
  auto var##_prepared = prepare(sql);                 \
  if (!var##_prepared) return var##_prepared.error(); \
  Statement& var = **var##_prepared

  const ModelChanges& m = changes.model;
  if (!changes.info.empty()) {
    LUMIERE_PREPARE(put,
                    "INSERT INTO lumiere_project (key, value) VALUES (?, ?) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value");
    for (const auto& [key, value] : changes.info) LUMIERE_TRY(step(put.text(key).text(value)));
  }
  if (m.usages) {
    LUMIERE_TRY(execute("DELETE FROM usages"));
    LUMIERE_PREPARE(put, "INSERT INTO usages (id, label, family) VALUES (?, ?, ?)");
    for (const Usage& u : *m.usages) LUMIERE_TRY(step(put.text(u.id).text(u.label).text(u.family)));
  }
  if (!m.structures_removed.empty()) {
    LUMIERE_PREPARE(remove, "DELETE FROM structures WHERE id = ?");
    for (const std::string& id : m.structures_removed) LUMIERE_TRY(step(remove.text(id)));
  }
  if (!m.structures_put.empty()) {
    LUMIERE_PREPARE(put,
                    "INSERT INTO structures (id, name, kind, siren, seat_commune, contact, usages) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = "
                    "excluded.name, kind = excluded.kind, siren = excluded.siren, seat_commune = "
                    "excluded.seat_commune, contact = excluded.contact, usages = excluded.usages");
    for (const Structure& s : m.structures_put) {
      LUMIERE_TRY(step(put.text(s.id)
                           .text(s.name)
                           .text(std::string(id_of(kStructureKinds, s.kind)))
                           .text(s.siren)
                           .text(s.seat_commune)
                           .text(s.contact)
                           .text(join(s.usages))));
    }
  }
  if (!m.memberships_removed.empty()) {
    LUMIERE_PREPARE(remove,
                    "DELETE FROM memberships WHERE structure_id = ? AND member_kind = ? AND "
                    "member_code = ?");
    for (const auto& [structure, kind, code] : m.memberships_removed) {
      LUMIERE_TRY(
          step(remove.text(structure).text(std::string(id_of(kMemberKinds, kind))).text(code)));
    }
  }
  if (!m.memberships_put.empty()) {
    LUMIERE_PREPARE(put,
                    "INSERT INTO memberships (structure_id, member_kind, member_code, since, "
                    "until, usages) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (structure_id, "
                    "member_kind, member_code) DO UPDATE SET since = excluded.since, until = "
                    "excluded.until, usages = excluded.usages");
    for (const Membership& x : m.memberships_put) {
      LUMIERE_TRY(step(put.text(x.structure_id)
                           .text(std::string(id_of(kMemberKinds, x.member_kind)))
                           .text(x.member_code)
                           .text(x.since)
                           .text(x.until)
                           .text(join(x.usages))));
    }
  }
  if (!m.indicators_removed.empty()) {
    LUMIERE_PREPARE(remove,
                    "DELETE FROM indicator_values WHERE usage = ? AND vintage = ? AND commune = ?");
    for (const auto& [usage, vintage, commune] : m.indicators_removed) {
      LUMIERE_TRY(step(remove.text(usage).integer(vintage).text(commune)));
    }
  }
  if (!m.indicators_put.empty()) {
    LUMIERE_PREPARE(put,
                    "INSERT INTO indicator_values (commune, usage, vintage, adopted, level, "
                    "adoption_date, source) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (usage, "
                    "vintage, commune) DO UPDATE SET adopted = excluded.adopted, level = "
                    "excluded.level, adoption_date = excluded.adoption_date, source = "
                    "excluded.source");
    for (const IndicatorValue& v : m.indicators_put) {
      LUMIERE_TRY(step(put.text(v.commune)
                           .text(v.usage)
                           .integer(v.vintage)
                           .boolean(v.adopted)
                           .real(v.level)
                           .text(v.adoption_date)
                           .text(v.source)));
    }
  }
  if (changes.documents) {
    LUMIERE_TRY(execute("DELETE FROM lumiere_documents"));
    LUMIERE_PREPARE(put, "INSERT INTO lumiere_documents (kind, name, json) VALUES (?, ?, ?)");
    for (const ProjectDocument& d : *changes.documents) {
      LUMIERE_TRY(step(put.text(d.kind).text(d.name).text(d.json)));
    }
  }
#undef LUMIERE_PREPARE
  return Done{};
}

Status SqliteProjectStore::commit() {
  commit_hook(CommitPoint::BeforeCommit);
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    const Error why = write_error();
    rollback();
    return why;
  }
  in_transaction_ = false;
  commit_hook(CommitPoint::AfterCommit);
  return Done{};
}

void SqliteProjectStore::rollback() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  in_transaction_ = false;
}

}  // namespace lumiere::core
