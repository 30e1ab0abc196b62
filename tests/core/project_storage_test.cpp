// The project file as a database (issue 17): a save commits only the changed rows, in place (the
// inode, mode and links stay; a few kilobytes are written); a commit killed at seeded points
// leaves the previous or the new rows whole; a schema 1 file is brought to schema 2 in place;
// rows that break the model are set aside, listed as stored, the same by every way of opening,
// and a repaired copy opens clean; the recovery file's change set round-trips.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "core/layers/layer_loader.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "core/project/project.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

namespace fs = std::filesystem;
using core::IndicatorValue;

class ProjectStorageTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }
};

// Runs SQL straight through SQLite, as an edit in QGIS or sqlite3 would.
void run_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  EXPECT_EQ(rc, SQLITE_OK) << sql << ": " << (message ? message : "");
  sqlite3_free(message);
  sqlite3_close(db);
}

std::string query_text(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* s = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    const auto* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "NULL";
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

// A small project of the real COG: a structure of two communes of the Ain, values of two usages,
// the départements layer; saved whole into `path`.
std::string small_project(const TempDir& dir, const std::string& name = "projet.gpkg") {
  core::Project project(*cog_registry());
  core::Model& m = project.model();
  core::Structure s{"sieda", "SIEDA", core::StructureKind::SyndicatMixte, "", "", "", {"actes"}};
  EXPECT_TRUE(core::AddStructure(s).apply(m).ok());
  for (const char* code : {"01001", "01002"}) {
    core::Membership x{"sieda",      code,         core::MemberKind::Commune,
                       std::nullopt, std::nullopt, {"actes"}};
    EXPECT_TRUE(core::AddMembership(x).apply(m).ok());
  }
  std::vector<IndicatorValue> values;
  for (const char* code : {"01001", "01002", "01004", "01005"}) {
    values.push_back({code, "actes", 2024, true, std::nullopt, std::nullopt, "test"});
    values.push_back({code, "pes", 2024, false, 0.25, std::nullopt, "test"});
  }
  EXPECT_TRUE(core::SetIndicatorValues(values).apply(m).ok());
  auto layers = core::load_layers({departements_file()});
  EXPECT_TRUE(layers.ok());
  if (layers.ok()) project.layers.push_back(std::move(layers->front()));
  const std::string path = dir.file(name);
  const core::Status st = core::save_project(project, path);
  EXPECT_TRUE(st.ok()) << core::testing::text(st.error());
  return path;
}

core::OpenOptions without_layers(core::OpenMode mode = core::OpenMode::Edit) {
  core::OpenOptions o;
  o.mode = mode;
  o.layers = false;
  return o;
}

struct stat stat_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st;
}

std::vector<IndicatorValue> two_values(double level) {
  return {{"01001", "actes", 2024, false, level, std::nullopt, "import"},
          {"01453", "actes", 2024, true, std::nullopt, std::nullopt, "import"}};
}

TEST_F(ProjectStorageTest, SaveCommitsTheChangedRowsInPlace) {
  TempDir dir;
  const std::string path = small_project(dir);
  ::chmod(path.c_str(), 0640);
  const std::string link = dir.file("lien.gpkg");
  fs::create_symlink(path, link);
  const std::string hard = dir.file("dur.gpkg");
  fs::create_hard_link(path, hard);
  const struct stat before = stat_of(path);
  {
    auto project = core::open_project(link, without_layers());  // through the link
    ASSERT_TRUE(project.ok()) << core::testing::text(project.error());
    EXPECT_FALSE(project->read_only());
    EXPECT_TRUE(project->pending_changes().empty());
    ASSERT_TRUE(core::SetIndicatorValues(two_values(0.5)).apply(project->model()).ok());
    const core::ChangeSet changes = project->pending_changes();
    EXPECT_EQ(changes.model.indicators_put.size(), 2u);
    EXPECT_EQ(changes.model.size(), 2u);
    const core::Status saved = core::save_project(*project, link);
    ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
    EXPECT_TRUE(project->pending_changes().empty());
  }
  const struct stat after = stat_of(path);
  EXPECT_EQ(after.st_ino, before.st_ino);
  EXPECT_EQ(after.st_mode & 07777, 0640u);
  EXPECT_EQ(after.st_nlink, 2u);
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_FALSE(fs::exists(path + "-journal"));
  // Everyone reads the new rows, through any name.
  for (const std::string& name : {path, link, hard}) {
    auto reread = core::open_project(name, without_layers(core::OpenMode::ReadOnly));
    ASSERT_TRUE(reread.ok());
    const IndicatorValue* v = reread->model().indicator("01001", "actes", 2024);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->level, 0.5);
    EXPECT_EQ(v->adopted, false);
    EXPECT_NE(reread->model().indicator("01453", "actes", 2024), nullptr);
    EXPECT_EQ(reread->info.schema_version, core::kProjectSchemaVersion);
  }
}

// Save As writes a whole file: over a symbolic link, the link stays and its target is replaced
// keeping its mode; a new file takes the mode of the folder's other projects.
TEST_F(ProjectStorageTest, SaveAsFollowsLinksAndKeepsPermissions) {
  TempDir dir;
  const std::string source = small_project(dir, "source.gpkg");
  fs::create_directory(dir.file("partage"));
  const std::string target = dir.file("partage/cible.gpkg");
  {
    auto project = core::open_project(source, core::OpenMode::ReadOnly);
    ASSERT_TRUE(project.ok());
    ASSERT_TRUE(core::save_project(*project, target).ok());
  }
  ::chmod(target.c_str(), 0604);
  const std::string link = dir.file("raccourci.gpkg");
  fs::create_symlink(target, link);
  {
    auto project = core::open_project(source, core::OpenMode::ReadOnly);
    ASSERT_TRUE(project.ok());
    ASSERT_TRUE(core::SetIndicatorValues(two_values(0.5)).apply(project->model()).ok());
    const core::Status saved = core::save_project_as(*project, link);
    ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
  }
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(stat_of(target).st_mode & 07777, 0604u);
  auto reread = core::open_project(target, without_layers(core::OpenMode::ReadOnly));
  ASSERT_TRUE(reread.ok());
  ASSERT_NE(reread->model().indicator("01001", "actes", 2024), nullptr);
  EXPECT_EQ(reread->model().indicator("01001", "actes", 2024)->level, 0.5);
  // A new file beside a project of mode 0604 takes that mode (whatever the umask says).
  const std::string fresh = dir.file("partage/nouveau.gpkg");
  const mode_t umask_before = ::umask(022);
  {
    auto project = core::open_project(source, core::OpenMode::ReadOnly);
    ASSERT_TRUE(project.ok());
    ASSERT_TRUE(core::save_project(*project, fresh).ok());
  }
  ::umask(umask_before);
  EXPECT_EQ(stat_of(fresh).st_mode & 07777, 0604u);
}

TEST_F(ProjectStorageTest, UndoneChangesCancelOut) {
  TempDir dir;
  const std::string path = small_project(dir);
  auto project = core::open_project(path, without_layers());
  ASSERT_TRUE(project.ok());
  core::UndoStack history(project->model());
  ASSERT_TRUE(history.push(std::make_unique<core::SetIndicatorValues>(two_values(0.5))).ok());
  ASSERT_TRUE(history.push(std::make_unique<core::RemoveStructure>("sieda")).ok());
  EXPECT_EQ(project->pending_changes().model.structures_removed.size(), 1u);
  EXPECT_EQ(project->pending_changes().model.memberships_removed.size(), 2u);
  history.undo();
  history.undo();
  EXPECT_TRUE(project->pending_changes().empty());
  ASSERT_TRUE(history.redo().ok());
  EXPECT_EQ(project->pending_changes().model.size(), 2u);
}

TEST_F(ProjectStorageTest, SchemaOneIsBroughtToTwoInPlaceAtTheFirstCommit) {
  TempDir dir;
  const std::string path = small_project(dir);
  run_sql(path,
          "DROP INDEX indicator_values_key; DROP INDEX structures_id; DROP INDEX memberships_key; "
          "DROP INDEX usages_id; DROP INDEX lumiere_documents_key; DROP INDEX lumiere_project_key; "
          "UPDATE lumiere_project SET value = '1' WHERE key = 'schema_version'");
  const auto inode = stat_of(path).st_ino;
  auto project = core::open_project(path, without_layers());
  ASSERT_TRUE(project.ok()) << core::testing::text(project.error());
  EXPECT_EQ(project->info.schema_version, 1);
  ASSERT_TRUE(core::SetIndicatorValues(two_values(0.75)).apply(project->model()).ok());
  const core::Status saved = core::save_project(*project, path);
  ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
  EXPECT_EQ(stat_of(path).st_ino, inode);
  EXPECT_EQ(query_text(path, "SELECT value FROM lumiere_project WHERE key = 'schema_version'"),
            "2");
  EXPECT_EQ(query_text(path,
                       "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                       "IN ('indicator_values_key', 'structures_id', 'memberships_key')"),
            "3");
  EXPECT_EQ(query_text(path,
                       "SELECT level FROM indicator_values WHERE commune = '01001' AND "
                       "usage = 'actes'"),
            "0.75");
}

// The COG's former codes (issue 19) are stored with the communes; a file written before them
// (no former_codes column) opens, its communes without former codes, and takes commits.
TEST_F(ProjectStorageTest, FormerCodesComeBackAndAFileWithoutThemOpens) {
  TempDir dir;
  const std::string path = small_project(dir);
  {
    auto project = core::open_project(path, without_layers(core::OpenMode::ReadOnly));
    ASSERT_TRUE(project.ok()) << core::testing::text(project.error());
    EXPECT_EQ(project->cog(), *cog_registry());
    ASSERT_TRUE(project->cog().current_commune("44160"));
    EXPECT_EQ(project->cog().current_commune("44160")->code, "44003");
  }
  run_sql(path, "ALTER TABLE cog_communes DROP COLUMN former_codes");
  auto project = core::open_project(path, without_layers());
  ASSERT_TRUE(project.ok()) << core::testing::text(project.error());
  EXPECT_TRUE(project->set_aside().empty());
  EXPECT_EQ(project->cog().communes().size(), cog_registry()->communes().size());
  EXPECT_EQ(project->cog().current_commune("44160"), nullptr);
  EXPECT_EQ(project->cog().current_commune("49069")->code, "49126");  // a commune déléguée
  ASSERT_TRUE(core::SetIndicatorValues(two_values(0.5)).apply(project->model()).ok());
  const core::Status saved = core::save_project(*project, path);
  ASSERT_TRUE(saved.ok()) << core::testing::text(saved.error());
}

// A commit killed at each of its stages, in a child process: the file holds the previous rows or
// the new ones, whole, and stays the same file; the next open and commit work.
TEST_F(ProjectStorageTest, CommitKilledAtSeededPointsLeavesOldOrNew) {
  TempDir dir;
  const std::string path = small_project(dir);
  const auto inode = stat_of(path).st_ino;
  struct Point {
    core::CommitPoint point;
    int row;  // for AfterRow: after this many rows
  };
  const Point points[] = {
      {core::CommitPoint::BeforeBegin, 0},  {core::CommitPoint::AfterBegin, 0},
      {core::CommitPoint::AfterRow, 1},     {core::CommitPoint::AfterRow, 2},
      {core::CommitPoint::BeforeCommit, 0}, {core::CommitPoint::AfterCommit, 0}};
  double level = 0.1;
  double committed = 1;  // what 01001 holds now (adopted, no level: level read as nothing)
  bool has_level = false;
  for (const Point& p : points) {
    level += 0.1;
    SCOPED_TRACE(static_cast<int>(p.point) * 100 + p.row);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      auto project = core::open_project(path, without_layers());
      if (!project.ok() || project->read_only()) ::_exit(3);
      if (!core::SetIndicatorValues(two_values(level)).apply(project->model()).ok()) ::_exit(4);
      int rows = 0;
      core::set_commit_hook([&](core::CommitPoint at) {
        if (at == core::CommitPoint::AfterRow) ++rows;
        if (at == p.point && (at != core::CommitPoint::AfterRow || rows == p.row))
          ::kill(::getpid(), SIGKILL);
      });
      (void)core::save_project(*project, path);
      ::_exit(5);  // not reached: killed
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "exit " << WEXITSTATUS(status);
    auto reread = core::open_project(path, without_layers(core::OpenMode::ReadOnly));
    ASSERT_TRUE(reread.ok()) << core::testing::text(reread.error());
    EXPECT_TRUE(reread->set_aside().empty());
    const IndicatorValue* a = reread->model().indicator("01001", "actes", 2024);
    const IndicatorValue* b = reread->model().indicator("01453", "actes", 2024);
    ASSERT_NE(a, nullptr);
    const bool is_new = a->level && std::abs(*a->level - level) < 1e-12;
    if (p.point == core::CommitPoint::AfterCommit) {
      EXPECT_TRUE(is_new);
    }
    if (p.point < core::CommitPoint::BeforeCommit) {
      EXPECT_FALSE(is_new);
    }
    if (is_new) {
      EXPECT_NE(b, nullptr) << "half a commit";
      committed = level;
      has_level = true;
    } else if (has_level) {
      EXPECT_NEAR(a->level.value_or(-1), committed, 1e-12) << "neither old nor new";
    } else {
      EXPECT_FALSE(a->level.has_value());
      EXPECT_EQ(b, nullptr) << "half a commit";
    }
    EXPECT_EQ(stat_of(path).st_ino, inode);
  }
  // And the file takes the next commit.
  auto project = core::open_project(path, without_layers());
  ASSERT_TRUE(project.ok());
  EXPECT_FALSE(project->read_only());
  ASSERT_TRUE(core::SetIndicatorValues(two_values(0.9)).apply(project->model()).ok());
  EXPECT_TRUE(core::save_project(*project, path).ok());
}

// Rows broken by an edit elsewhere are set aside, listed as stored, by every way of opening; the
// project is read-only; a repaired copy opens clean.
TEST_F(ProjectStorageTest, DamagedRowsAreSetAsideAndARepairedCopyOpensClean) {
  TempDir dir;
  struct Case {
    const char* sql;
    std::vector<std::string> row;  // in the message of the first row set aside
  };
  const Case cases[] = {
      {"UPDATE memberships SET structure_id = 'inconnue' WHERE fid = 1",
       {"row 1 of the table memberships", "structure_id=inconnue", "There is no structure"}},
      {"UPDATE usages SET id = '' WHERE fid = 2", {"row 2 of the table usages", "id=,"}},
      {"UPDATE indicator_values SET vintage = 'abc' WHERE fid = 1",
       {"row 1 of the table indicator_values", "vintage=abc", "has no vintage"}},
      {"UPDATE indicator_values SET level = 1.5 WHERE fid = 2",
       {"row 2 of the table indicator_values", "level=1.5", "is not between 0 and 1"}},
      {"UPDATE structures SET kind = 'syndicat' WHERE fid = 1",
       {"row 1 of the table structures", "kind=syndicat"}},
      {"UPDATE cog_communes SET population = -5 WHERE fid = 5",
       {"row 5 of the table cog_communes", "population=-5"}},
      {"DROP INDEX memberships_key; INSERT INTO memberships (structure_id, member_kind, "
       "member_code, usages) SELECT structure_id, member_kind, member_code, usages FROM "
       "memberships WHERE fid = 1",
       {"of the table memberships", "repeats the member"}},
  };
  for (std::size_t i = 0; i < std::size(cases); ++i) {
    SCOPED_TRACE(cases[i].sql);
    const std::string path = small_project(dir, "cas-" + std::to_string(i) + ".gpkg");
    run_sql(path, cases[i].sql);
    auto opened = core::open_project(path);
    ASSERT_TRUE(opened.ok()) << core::testing::text(opened.error());
    ASSERT_FALSE(opened->set_aside().empty());
    EXPECT_TRUE(opened->read_only());
    ASSERT_TRUE(opened->read_only_reason().has_value());
    EXPECT_EQ(opened->read_only_reason()->code, core::MessageCode::ProjectHasDamagedRows);
    const std::string first = core::testing::text(opened->set_aside().front());
    for (const std::string& part : cases[i].row) {
      EXPECT_NE(first.find(part), std::string::npos) << first << " lacks " << part;
    }
    // The same rows whatever the command reads (stats: one usage, no geometry).
    core::OpenOptions stats = without_layers(core::OpenMode::ReadOnly);
    stats.indicator_usages = std::vector<std::string>{"pes"};
    auto partial = core::open_project(path, stats);
    ASSERT_TRUE(partial.ok());
    ASSERT_EQ(partial->set_aside().size(), opened->set_aside().size());
    for (std::size_t r = 0; r < partial->set_aside().size(); ++r) {
      EXPECT_EQ(core::testing::text(partial->set_aside()[r]),
                core::testing::text(opened->set_aside()[r]));
    }
    // A save over it is refused; a repaired copy opens clean, and is editable.
    EXPECT_FALSE(core::save_project(*opened, path).ok());
    const std::string copy = dir.file("repare-" + std::to_string(i) + ".gpkg");
    const core::Status repaired = core::save_project_as(*opened, copy);
    ASSERT_TRUE(repaired.ok()) << core::testing::text(repaired.error());
    EXPECT_FALSE(opened->read_only());  // the copy is its file now, locked for editing
    EXPECT_TRUE(opened->set_aside().empty());
    auto clean = core::open_project(copy, core::OpenMode::ReadOnly);
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->set_aside().empty());
    EXPECT_EQ(clean->layers.size(), 1u);
  }
}

// SQLite's file change counter (header offset 24), which every writer's commit moves on.
std::string change_counter(const std::string& path) {
  const std::string bytes = read_file(path).substr(24, 4);
  std::uint32_t n = 0;
  for (unsigned char c : bytes) n = n << 8 | c;
  return std::to_string(n);
}

// The stamp that spares a reader the rows it does not need (project_schema.h kRowsCheckedKey):
// it names the counter of Lumière's last commit over a clean file; another program's write
// moves the counter on, and the next reader checks every row again.
TEST_F(ProjectStorageTest, RowsCheckedStampFollowsLumiereCommitsOnly) {
  TempDir dir;
  const std::string path = small_project(dir);
  const std::string stamp = "SELECT value FROM lumiere_project WHERE key = 'rows_checked_at'";
  EXPECT_EQ(query_text(path, stamp), change_counter(path));
  auto commit = [&](double level) {
    auto project = core::open_project(path, without_layers());
    ASSERT_TRUE(project.ok());
    ASSERT_TRUE(core::SetIndicatorValues(two_values(level)).apply(project->model()).ok());
    ASSERT_TRUE(core::save_project(*project, path).ok());
  };
  commit(0.5);
  EXPECT_EQ(query_text(path, stamp), change_counter(path));
  // An edit elsewhere breaks a row of a usage a command does not ask for: the stamp no longer
  // matches, so the row is found even by a reader of another usage.
  run_sql(path,
          "UPDATE indicator_values SET vintage = 'abc' WHERE usage = 'pes' AND commune = "
          "'01004'");
  EXPECT_NE(query_text(path, stamp), change_counter(path));
  core::OpenOptions actes = without_layers(core::OpenMode::ReadOnly);
  actes.indicator_usages = std::vector<std::string>{"actes"};
  auto partial = core::open_project(path, actes);
  ASSERT_TRUE(partial.ok());
  ASSERT_EQ(partial->set_aside().size(), 1u);
  EXPECT_NE(core::testing::text(partial->set_aside().front()).find("vintage=abc"),
            std::string::npos);
  // Mended elsewhere: the next Lumière reading every row finds the file clean, and its commit
  // stamps it again.
  run_sql(path, "UPDATE indicator_values SET vintage = 2024 WHERE vintage = 'abc'");
  commit(0.25);
  EXPECT_EQ(query_text(path, stamp), change_counter(path));
}

// The levels of detail are kept in the project (lumiere_prepared) and read back instead of being
// built again, while nothing but Lumière wrote the file; an edit elsewhere makes them stale.
TEST_F(ProjectStorageTest, PreparedLevelsAreReadBackUntilAnEditElsewhere) {
  TempDir dir;
  const std::string path = small_project(dir);
  const std::string prepared = "SELECT value FROM lumiere_project WHERE key = 'prepared_at'";
  EXPECT_EQ(query_text(path, prepared), change_counter(path));
  core::VectorLayer built = std::move(core::load_layers({departements_file()})->front());
  built.build_levels();
  auto read_levels = [&]() -> std::size_t {
    auto project = core::open_project(path, core::OpenMode::ReadOnly);
    EXPECT_TRUE(project.ok());
    if (!project.ok() || project->layers.size() != 1) return 0;
    const core::VectorLayer& layer = project->layers.front();
    const core::LevelsOfDetail& levels = layer.levels;
    EXPECT_TRUE(levels.level_count() == 0 || levels.level_count() == built.levels.level_count());
    for (std::size_t i = 0; i < levels.level_count(); ++i) {
      EXPECT_EQ(levels.resolution(i), built.levels.resolution(i));
      const core::GeometryStore& a = levels.level(i);
      const core::GeometryStore& b = built.levels.level(i);
      EXPECT_EQ(a.feature_count(), b.feature_count());
      EXPECT_EQ(a.ring_count(), b.ring_count());
      EXPECT_EQ(a.point_count(), b.point_count());
      if (a.point_count() != b.point_count()) break;
      double worst = 0;  // the points, kept as 32-bit floats from the extent's corner
      for (std::size_t p = 0; p < a.point_count(); ++p) {
        worst = std::max({worst, std::abs(a.points()[p].x - b.points()[p].x),
                          std::abs(a.points()[p].y - b.points()[p].y)});
      }
      EXPECT_LT(worst, 0.125);
      // The index answers as the built one does.
      const core::Box box{600000, 6500000, 700000, 6600000};
      EXPECT_EQ(a.query(box), b.query(box));
    }
    return levels.level_count();
  };
  EXPECT_EQ(read_levels(), built.levels.level_count());
  // A Lumière commit changes no layer: the levels stay valid.
  {
    auto project = core::open_project(path, without_layers());
    ASSERT_TRUE(project.ok());
    ASSERT_TRUE(core::SetIndicatorValues(two_values(0.5)).apply(project->model()).ok());
    ASSERT_TRUE(core::save_project(*project, path).ok());
  }
  EXPECT_EQ(query_text(path, prepared), change_counter(path));
  EXPECT_EQ(read_levels(), built.levels.level_count());
  // Any edit elsewhere moves the file's change counter (a layer's, in QGIS, as this usage's label
  // in sqlite3: plain SQLite cannot run the GeoPackage's triggers on a layer): built again.
  run_sql(path, "UPDATE usages SET label = label || ' (modifié)' WHERE fid = 1");
  EXPECT_EQ(read_levels(), 0u);
}

TEST_F(ProjectStorageTest, ChangeSetRoundTripsThroughJson) {
  core::ChangeSet changes;
  changes.model.indicators_put = two_values(0.125);
  changes.model.indicators_removed.emplace_back("pes", 2024, "01004");
  changes.model.structures_put.push_back(
      {"s1", "Syndicat", core::StructureKind::Gip, "123456789", "01001", "c@x.fr", {"actes"}});
  changes.model.structures_removed.push_back("s2");
  changes.model.memberships_put.push_back(
      {"s1", "01001", core::MemberKind::Commune, "2020-01-01", std::nullopt, {"actes"}});
  changes.model.memberships_removed.emplace_back("s1", core::MemberKind::Epci, "200000172");
  changes.info.emplace_back("title", "Titre « accentué »");
  changes.documents = std::vector<core::ProjectDocument>{{"map", "carte", "{\"a\": 1}"}};
  auto back = core::change_set_from_json(core::change_set_to_json(changes));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->model.indicators_put, changes.model.indicators_put);
  EXPECT_EQ(back->model.indicators_removed, changes.model.indicators_removed);
  EXPECT_EQ(back->model.structures_put, changes.model.structures_put);
  EXPECT_EQ(back->model.structures_removed, changes.model.structures_removed);
  EXPECT_EQ(back->model.memberships_put, changes.model.memberships_put);
  EXPECT_EQ(back->model.memberships_removed, changes.model.memberships_removed);
  EXPECT_EQ(back->info, changes.info);
  EXPECT_EQ(back->documents, changes.documents);
  EXPECT_FALSE(core::change_set_from_json("{\"format\": \"autre\"}").ok());
  EXPECT_FALSE(core::change_set_from_json("pas du JSON").ok());
}

}  // namespace
}  // namespace lumiere::test
