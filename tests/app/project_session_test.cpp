// The window editing a project (app/project_session): imports as undo steps, Save (a commit in
// place) and Save as, the autosave into the recovery file (issue 17: the pending changes, never
// the project), recovery after the window's process is killed (issue 5 point 4), a project
// another Lumière edits, a project with damaged rows (opened read-only, a repaired copy saved),
// closing with unsaved changes, and bad input. On a real project: the communes of
// Charente-Maritime over the real COG, saved by core::save_project.
//
// The kill test runs this executable again as a child ("--session-child"): a QApplication with a
// MainWindow and its ProjectSession, as `lumiere` builds them, editing the project through the
// session until this process kills it with SIGKILL at seeded random moments, half of them as a
// recovery file is being written.
#include "app/project_session.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include "core/layers/layer_loader.h"
#include "core/model/model_commands.h"
#include "core/project/file_lock.h"
#include "core/project/project.h"
#include "maps/message_text.h"
#include "maps/project_layers.h"
#include "maps/styled_layer.h"
#include "tests/core/test_data.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"

namespace lumiere::test {
namespace {

using app::CloseChoice;
using app::DamagedRowsChoice;
using app::ProjectSession;
using app::RecoveryChoice;

// The first `n` current communes of Charente-Maritime in the COG.
std::vector<std::string> communes_17(std::size_t n) {
  std::vector<std::string> out;
  for (const core::CogCommune& c : cog_registry()->communes()) {
    if (c.type == core::CommuneType::Current && c.code.starts_with("17")) out.push_back(c.code);
    if (out.size() == n) break;
  }
  return out;
}

// A table of one structure `k` with three member communes, for the structure import.
std::string structure_table(const fs::path& dir, int k) {
  const std::string path = (dir / ("structure-" + std::to_string(k) + ".csv")).string();
  std::string text = "id;structure;type;membre;usages\n";
  const auto codes = communes_17(3 + static_cast<std::size_t>(k));
  for (std::size_t i = codes.size() - 3; i < codes.size(); ++i) {
    text += "smi_" + std::to_string(k) + ";Syndicat test " + std::to_string(k) +
            ";Syndicat mixte;" + codes[i] + ";actes\n";
  }
  write_file(path, text);
  return path;
}

// Writes the test project: the communes of 17 over the real COG, no structure yet.
std::string write_project(const fs::path& dir) {
  core::Project project(*cog_registry());
  project.info.title = "Charente-Maritime";
  auto layers = core::load_layers({commune_file("17")});
  EXPECT_TRUE(layers.ok()) << maps::message_string(layers.error());
  if (layers.ok()) project.layers.push_back(std::move(layers->front()));
  const std::string path = (dir / "projet.gpkg").string();
  const core::Status st = core::save_project(project, path);
  EXPECT_TRUE(st.ok()) << maps::message_string(st.error());
  return path;
}

std::size_t structures_in(const std::string& path) {
  auto project = core::open_project(path, core::OpenMode::ReadOnly);
  EXPECT_TRUE(project.ok()) << maps::message_string(project.error());
  return project ? project->model().structures().size() : 0;
}

// The project file read with its recovery file applied: what recovering would give.
core::Result<core::Project> recovered(const std::string& path) {
  auto project = core::open_project(path, core::OpenMode::ReadOnly);
  if (!project) return project;
  if (core::Status st = core::apply_recovery(*project); !st) return st.error();
  return project;
}

// What a write in place or a replacement would change: the inode, the time (ns), the bytes.
std::tuple<ino_t, std::int64_t, std::string> state_of(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return {st.st_ino, st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec, read_file(path)};
}
ino_t inode_of(const std::string& path) { return std::get<0>(state_of(path)); }

// A question's answer, whatever was asked.
auto answering(RecoveryChoice choice) {
  return [choice](const QString&, const QDateTime&, const QDateTime&) { return choice; };
}

// A session whose questions fail the test unless a test sets them.
struct Session {
  ui::MainWindow window;
  ProjectSession session{window};
  std::vector<QString> failures;
  std::function<DamagedRowsChoice(const QString&, const QStringList&)> damaged_rows_dialog;
  Session() {
    damaged_rows_dialog = session.ask_damaged_rows;  // the window's dialog, for the test of it
    session.ask_damaged_rows = [](const QString&, const QStringList&) {
      ADD_FAILURE() << "damaged rows shown";
      return DamagedRowsChoice::Close;
    };
    session.ask_recovery = [](const QString&, const QDateTime&, const QDateTime&) {
      ADD_FAILURE() << "recovery offered";
      return RecoveryChoice::Discard;
    };
    session.ask_close = [] {
      ADD_FAILURE() << "close asked";
      return CloseChoice::Cancel;
    };
    session.ask_save_path = [] {
      ADD_FAILURE() << "save path asked";
      return QString();
    };
    session.ask_column = [](const QStringList&) {
      ADD_FAILURE() << "column asked";
      return QString();
    };
    QObject::connect(&session, &ProjectSession::failed,
                     [this](const QString& m) { failures.push_back(m); });
  }
  // Opens and waits until the map is shown.
  ::testing::AssertionResult open(const std::string& path) {
    session.open(QString::fromStdString(path));
    session.wait_idle();
    if (!session.project())
      return ::testing::AssertionFailure()
             << "not opened: " << (failures.empty() ? "" : failures.back().toStdString());
    return ::testing::AssertionSuccess();
  }
  std::size_t structures() const { return session.project()->model().structures().size(); }
  // Imports the structure `k` of structure_table and waits until the map shows it.
  void import_structure(const fs::path& dir, int k) {
    session.import_structures(QString::fromStdString(structure_table(dir, k)));
    session.wait_idle();
  }
  void undo() { session.undo(), session.wait_idle(); }
  void redo() { session.redo(), session.wait_idle(); }
  // Writes the recovery file now (what the timer does) and waits for it.
  void autosave_now() {
    session.autosave();
    session.wait_idle();
  }
};

class ProjectSessionTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << maps::message_string(cog_registry().error());
    project_ = write_project(dir_.path());
    ASSERT_FALSE(HasFailure());
    saved_bytes_ = read_file(project_);
  }
  TempDir dir_;
  std::string project_;
  std::string saved_bytes_;
};

TEST_F(ProjectSessionTest, ImportIsOneUndoStepSavedOverTheFile) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(s.session.read_only());
  EXPECT_TRUE(s.window.windowTitle().contains("Charente-Maritime"))
      << s.window.windowTitle().toStdString();

  // The user's drawing (here: the opacity of the communes) survives the map's update.
  {
    auto layers = s.window.canvas()->layers();
    ASSERT_FALSE(layers.empty());
    auto faded = std::make_shared<maps::StyledLayer>(*layers.front());
    faded->opacity = 0.5;
    layers.front() = faded;
    s.window.canvas()->set_layers(layers);
  }
  QSignalSpy imported(&s.session, &ProjectSession::imported);
  s.import_structure(dir_.path(), 1);
  ASSERT_EQ(imported.count(), 1) << (s.failures.empty() ? "" : s.failures.back().toStdString());
  EXPECT_EQ(s.window.canvas()->layers().front()->opacity, 0.5);
  EXPECT_TRUE(imported[0][0].toString().contains("1 structures added"))
      << imported[0][0].toString().toStdString();
  EXPECT_EQ(s.structures(), 1u);
  EXPECT_EQ(s.session.project()->model().memberships().size(), 3u);
  EXPECT_TRUE(s.session.modified());
  EXPECT_TRUE(s.window.isWindowModified());
  // The map shows the change: the coverage column counts the new structure.
  const auto& layers = s.window.canvas()->layers();
  ASSERT_FALSE(layers.empty());
  const core::VectorLayer& communes = *layers.front()->source;
  const auto* covered = communes.attributes.numbers(
      maps::structures_column(*s.session.project()->model().usage("actes")));
  ASSERT_NE(covered, nullptr);
  const auto member = communes.find(communes_17(4)[1]);  // a member of structure 1
  ASSERT_TRUE(member);
  EXPECT_EQ((*covered)[*member], 1.0);
  // A look at the window as it stands, modified (for a person; nothing compared).
  s.window.resize(1200, 800);
  s.window.show();
  QSignalSpy frame(s.window.canvas(), &ui::MapCanvas::frame_ready);
  s.window.canvas()->zoom_full();
  for (int i = 0; i < 20 && (s.window.canvas()->busy() || frame.count() == 0); ++i)
    frame.wait(10000);
  QDir().mkpath(QStringLiteral(LUMIERE_UI_SHOT_DIR));
  EXPECT_TRUE(s.window.grab().save(QStringLiteral(LUMIERE_UI_SHOT_DIR "/session_modified.png")));

  // The Edit menu says what Undo undoes.
  const QList<QAction*> edit = s.window.edit_menu()->actions();
  ASSERT_EQ(edit.size(), 2);
  EXPECT_TRUE(edit[0]->isEnabled());
  EXPECT_EQ(edit[0]->text(), "&Undo import of structure-1.csv");
  EXPECT_FALSE(edit[1]->isEnabled());
  s.undo();
  EXPECT_EQ(s.structures(), 0u);
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(edit[0]->isEnabled());
  EXPECT_EQ(edit[1]->text(), "&Redo import of structure-1.csv");
  s.redo();
  EXPECT_EQ(s.structures(), 1u);
  EXPECT_EQ(read_file(project_), saved_bytes_) << "the file changed before Save";

  s.session.autosave();
  s.session.wait_idle();
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  const ino_t inode = inode_of(project_);
  QSignalSpy saved(&s.session, &ProjectSession::saved);
  EXPECT_TRUE(s.session.save());
  s.session.wait_idle();
  ASSERT_EQ(saved.count(), 1) << (s.failures.empty() ? "" : s.failures.back().toStdString());
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(s.window.isWindowModified());
  EXPECT_EQ(structures_in(project_), 1u);
  EXPECT_EQ(inode_of(project_), inode) << "Save replaced the file instead of committing";
  EXPECT_FALSE(fs::exists(core::recovery_path_of(project_)));
  // Undone past the save: modified again; redone: back to the saved state.
  s.undo();
  EXPECT_TRUE(s.session.modified());
  EXPECT_TRUE(s.window.isWindowModified());
  s.redo();
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(s.window.isWindowModified());
  EXPECT_TRUE(s.failures.empty());
}

TEST_F(ProjectSessionTest, IndicatorImportWithTheColumnAsked) {
  const auto codes = communes_17(4);
  const std::string table = dir_.file("actes.csv");
  write_file(table, "code;actes;taux\n" + codes[0] + ";oui;0,5\n" + codes[1] + ";non;0,25\n" +
                        codes[2] + ";oui;1\n99999;oui;1\n");
  Session s;
  ASSERT_TRUE(s.open(project_));
  s.session.set_autosave_interval(std::chrono::milliseconds(1));
  QStringList offered;
  bool task_while_asked = false;
  s.session.ask_column = [&](const QStringList& columns) {
    offered = columns;
    // The autosave timer firing while the question is open starts nothing: the model is about
    // to change. (What the timer calls, called directly.)
    s.session.autosave();
    task_while_asked = s.session.busy();
    return QStringLiteral("actes");
  };
  // A change not autosaved yet, so that the autosave has something to write.
  s.import_structure(dir_.path(), 1);
  QSignalSpy imported(&s.session, &ProjectSession::imported);
  s.session.import_indicators(QString::fromStdString(table), "actes", 2025);
  s.session.wait_idle();
  ASSERT_EQ(imported.count(), 1) << (s.failures.empty() ? "" : s.failures.back().toStdString());
  EXPECT_EQ(offered, QStringList({"actes", "taux"}));
  EXPECT_FALSE(task_while_asked);
  // The deferred autosave comes after, with both changes.
  QSignalSpy autosaved(&s.session, &ProjectSession::autosaved);
  ASSERT_TRUE(autosaved.wait(30000)) << "the deferred autosave did not come";
  s.session.wait_idle();
  {
    auto copy = recovered(project_);
    ASSERT_TRUE(copy.ok()) << maps::message_string(copy.error());
    EXPECT_EQ(copy->model(), s.session.project()->model());
  }
  const std::string report = imported[0][0].toString().toStdString();
  EXPECT_NE(report.find("3 values"), std::string::npos) << report;
  EXPECT_NE(report.find("code \"99999\" is not in the COG"), std::string::npos) << report;
  const core::IndicatorValue* v = s.session.project()->model().indicator(codes[1], "actes", 2025);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->adopted, false);
  ASSERT_TRUE(s.session.history()->undo_text());
  EXPECT_EQ(s.session.history()->undo_text()->args, std::vector<std::string>{"actes.csv"});
  s.undo();
  EXPECT_EQ(s.session.project()->model().indicators().size(), 0u);
}

TEST_F(ProjectSessionTest, SaveAsMovesTheProjectItsLockAndItsRecoveryFile) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  s.import_structure(dir_.path(), 1);
  s.autosave_now();
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  const std::string other = dir_.file("autre");  // ".gpkg" is added
  EXPECT_TRUE(s.session.save_as(QString::fromStdString(other)));
  s.session.wait_idle();
  ASSERT_TRUE(s.failures.empty()) << s.failures.back().toStdString();
  EXPECT_EQ(s.session.project()->file(), other + ".gpkg");
  EXPECT_EQ(structures_in(other + ".gpkg"), 1u);
  EXPECT_FALSE(fs::exists(core::recovery_path_of(project_)));
  EXPECT_FALSE(fs::exists(core::recovery_path_of(other + ".gpkg")));
  EXPECT_EQ(read_file(project_), saved_bytes_);
  EXPECT_FALSE(core::FileLock::held_elsewhere(project_)) << "the first file is still locked";
  EXPECT_TRUE(core::FileLock::held_elsewhere(other + ".gpkg"));
  EXPECT_TRUE(s.window.windowTitle().contains("Charente-Maritime"));
  EXPECT_FALSE(s.session.modified());
}

TEST_F(ProjectSessionTest, BadTablesSayWhyAndChangeNothing) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  s.session.import_structures(QString::fromStdString(dir_.file("absent.csv")));
  s.session.wait_idle();
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_TRUE(s.failures.back().contains("absent.csv")) << s.failures.back().toStdString();
  const std::string no_values = dir_.file("noms.csv");
  write_file(no_values, "code;nom\n" + communes_17(1)[0] + ";Ailleurs\n");
  s.session.import_indicators(QString::fromStdString(no_values), "actes", 2025);
  s.session.wait_idle();
  ASSERT_EQ(s.failures.size(), 2u);
  EXPECT_TRUE(s.failures.back().contains("no column of yes/no values"))
      << s.failures.back().toStdString();
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(s.session.history()->can_undo());
  EXPECT_EQ(read_file(project_), saved_bytes_);
}

TEST_F(ProjectSessionTest, AutosaveWritesTheChangesOnlyAndNeverTouchesTheFile) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  const auto before = state_of(project_);
  s.session.set_autosave_interval(std::chrono::milliseconds(50));
  QSignalSpy autosaved(&s.session, &ProjectSession::autosaved);
  s.session.import_structures(QString::fromStdString(structure_table(dir_.path(), 1)));
  ASSERT_TRUE(autosaved.wait(30000)) << "no autosave";
  s.session.wait_idle();
  const std::string recovery = core::recovery_path_of(project_);
  EXPECT_EQ(autosaved[0][0].toString().toStdString(), recovery);
  // The project file: not a byte, not its time, not its inode.
  EXPECT_TRUE(state_of(project_) == before) << "the autosave wrote the project file";
  // The pending changes only: one structure and its three memberships.
  const auto bytes = fs::file_size(recovery);
  EXPECT_LT(bytes, 64u * 1024u);
  std::cout << "an import of 1 structure and 3 memberships, autosaved: " << bytes
            << " bytes in the recovery file (the project file: " << std::get<2>(before).size()
            << " bytes)\n";
  RecordProperty("recovery_bytes", static_cast<int>(bytes));
  {
    auto copy = recovered(project_);
    ASSERT_TRUE(copy.ok()) << maps::message_string(copy.error());
    EXPECT_EQ(copy->model().structures().size(), 1u);
    EXPECT_EQ(copy->pending_changes().model.size(), 4u);
  }
  // Nothing new: no second write.
  s.session.autosave();
  s.session.wait_idle();
  EXPECT_EQ(autosaved.count(), 1);
  // Undone back to the saved state: nothing left to recover.
  s.undo();
  EXPECT_FALSE(fs::exists(recovery));
  EXPECT_TRUE(state_of(project_) == before);
  EXPECT_TRUE(s.failures.empty());
}

TEST_F(ProjectSessionTest, ClosingAsksAboutUnsavedChanges) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  EXPECT_TRUE(s.session.may_close());  // nothing changed: not asked
  s.import_structure(dir_.path(), 1);
  s.autosave_now();
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  int asked = 0;
  CloseChoice answer = CloseChoice::Cancel;
  s.session.ask_close = [&] {
    ++asked;
    return answer;
  };
  EXPECT_FALSE(s.window.close());  // Cancel: the window stays, nothing written or removed
  EXPECT_EQ(asked, 1);
  EXPECT_TRUE(fs::exists(core::recovery_path_of(project_)));
  EXPECT_EQ(read_file(project_), saved_bytes_);
  answer = CloseChoice::Save;
  EXPECT_TRUE(s.session.may_close());
  EXPECT_EQ(structures_in(project_), 1u);
  EXPECT_FALSE(fs::exists(core::recovery_path_of(project_)));
}

TEST_F(ProjectSessionTest, MissingOrForeignFilesAreRefusedWithTheReason) {
  Session missing;
  EXPECT_FALSE(missing.open(dir_.file("absent.gpkg")));
  ASSERT_EQ(missing.failures.size(), 1u);
  EXPECT_TRUE(missing.failures.back().contains("no such file"))
      << missing.failures.back().toStdString();
  const std::string text = dir_.file("texte.gpkg");
  write_file(text, "ceci n'est pas un projet");
  Session foreign;
  EXPECT_FALSE(foreign.open(text));
  ASSERT_EQ(foreign.failures.size(), 1u);
  EXPECT_TRUE(foreign.failures.back().contains("not a GeoPackage"))
      << foreign.failures.back().toStdString();
}

TEST_F(ProjectSessionTest, DiscardOnCloseLeavesTheSavedFile) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  s.import_structure(dir_.path(), 1);
  s.autosave_now();
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  s.session.ask_close = [] { return CloseChoice::Discard; };
  EXPECT_TRUE(s.session.may_close());
  EXPECT_FALSE(fs::exists(core::recovery_path_of(project_)));
  EXPECT_EQ(read_file(project_), saved_bytes_);
}

TEST_F(ProjectSessionTest, ProjectEditedElsewhereIsReadOnlyAndSavesAsElsewhere) {
  Session first;
  ASSERT_TRUE(first.open(project_));
  first.import_structure(dir_.path(), 1);
  first.autosave_now();
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));

  Session second;  // its ask_recovery fails the test: the recovery file is the first one's
  ASSERT_TRUE(second.open(project_));
  EXPECT_TRUE(second.session.read_only());
  EXPECT_TRUE(second.window.windowTitle().contains("read-only"))
      << second.window.windowTitle().toStdString();
  EXPECT_EQ(second.structures(), 0u);
  second.import_structure(dir_.path(), 2);
  EXPECT_EQ(second.structures(), 0u) << "a read-only project was edited";
  const std::string copy = dir_.file("copie.gpkg");
  second.session.ask_save_path = [&] { return QString::fromStdString(copy); };
  second.session.save();  // read-only: Save is Save as
  second.session.wait_idle();
  EXPECT_FALSE(second.session.read_only());
  EXPECT_EQ(second.session.project()->file(), copy);
  EXPECT_TRUE(fs::exists(copy));
  EXPECT_TRUE(fs::exists(core::recovery_path_of(project_))) << "the other's recovery file removed";
  EXPECT_EQ(read_file(project_), saved_bytes_);
}

// An import autosaved, then the session destroyed without saving nor closing: what a crash
// leaves.
void crash_after_an_edit(const fs::path& dir, const std::string& project) {
  Session crashed;
  EXPECT_TRUE(crashed.open(project));
  crashed.import_structure(dir, 1);
  crashed.autosave_now();
}

TEST_F(ProjectSessionTest, RecoveryOfChangesOlderThanTheFileSaysSo) {
  crash_after_an_edit(dir_.path(), project_);
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  // Saved since by something else (lumiere import...): a newer file.
  fs::last_write_time(
      project_, fs::last_write_time(core::recovery_path_of(project_)) + std::chrono::seconds(60));
  Session s;
  QDateTime autosaved, saved;
  s.session.ask_recovery = [&](const QString&, const QDateTime& a, const QDateTime& f) {
    autosaved = a;
    saved = f;
    return RecoveryChoice::Recover;
  };
  ASSERT_TRUE(s.open(project_));
  EXPECT_GT(saved, autosaved);
  EXPECT_EQ(s.structures(), 1u);
  EXPECT_TRUE(s.session.modified());
}

TEST_F(ProjectSessionTest, FailedSaveKeepsTheChangesAndSaysWhy) {
  Session s;
  ASSERT_TRUE(s.open(project_));
  s.import_structure(dir_.path(), 1);
  s.session.save_as(QString::fromStdString(dir_.file("absent/folder/projet.gpkg")));
  s.session.wait_idle();
  ASSERT_FALSE(s.failures.empty());
  EXPECT_TRUE(s.failures.back().startsWith("The project was not saved"))
      << s.failures.back().toStdString();
  EXPECT_TRUE(s.session.modified());
  EXPECT_EQ(s.session.project()->file(), project_);
  EXPECT_EQ(read_file(project_), saved_bytes_);
}

TEST_F(ProjectSessionTest, RecoveredEditIsPendingAndSaveCommitsItInPlace) {
  crash_after_an_edit(dir_.path(), project_);
  EXPECT_EQ(read_file(project_), saved_bytes_);
  ASSERT_TRUE(fs::exists(core::recovery_path_of(project_)));
  const ino_t inode = inode_of(project_);
  Session s;
  s.session.ask_recovery = answering(RecoveryChoice::Recover);
  ASSERT_TRUE(s.open(project_));
  // The edit is back, pending: in the title's "*", not in the file, nothing to undo.
  ASSERT_EQ(s.structures(), 1u);
  EXPECT_TRUE(s.session.modified());
  EXPECT_TRUE(s.window.isWindowModified());
  EXPECT_FALSE(s.session.history()->can_undo());
  EXPECT_EQ(s.session.project()->pending_changes().model.structures_put.size(), 1u);
  EXPECT_EQ(structures_in(project_), 0u);
  EXPECT_TRUE(fs::exists(core::recovery_path_of(project_))) << "removed before it was saved";
  EXPECT_TRUE(s.session.save());
  s.session.wait_idle();
  ASSERT_TRUE(s.failures.empty()) << s.failures.back().toStdString();
  EXPECT_FALSE(s.session.modified());
  EXPECT_FALSE(s.window.isWindowModified());
  EXPECT_FALSE(fs::exists(core::recovery_path_of(project_)));
  EXPECT_EQ(inode_of(project_), inode) << "Save replaced the file instead of committing";
  auto fresh = core::open_project(project_, core::OpenMode::ReadOnly);
  ASSERT_TRUE(fresh.ok()) << maps::message_string(fresh.error());
  const core::Structure* saved = fresh->model().structure("smi_1");
  ASSERT_NE(saved, nullptr);
  EXPECT_EQ(saved->name, "Syndicat test 1");
  EXPECT_EQ(fresh->model().memberships().size(), 3u);
}

TEST_F(ProjectSessionTest, UnreadableRecoveryIsSaidAndLeftInPlace) {
  const std::string recovery = core::recovery_path_of(project_);
  write_file(recovery, "{\"not\": \"a change set\"");
  Session s;
  s.session.ask_recovery = answering(RecoveryChoice::Recover);
  EXPECT_FALSE(s.open(project_));
  ASSERT_EQ(s.failures.size(), 1u);
  EXPECT_TRUE(s.failures.back().startsWith("The unsaved changes cannot be recovered"))
      << s.failures.back().toStdString();
  EXPECT_TRUE(fs::exists(recovery));
  EXPECT_FALSE(core::FileLock::held_elsewhere(project_)) << "the project is still locked";
  // Discarded at the next open: the saved file opens.
  s.session.ask_recovery = answering(RecoveryChoice::Discard);
  ASSERT_TRUE(s.open(project_));
  EXPECT_FALSE(fs::exists(recovery));
  EXPECT_FALSE(s.session.modified());
}

// A project whose membership names a structure that is not there (an edit in QGIS, say).
std::string damage(const fs::path& dir, const std::string& project) {
  {
    Session s;
    EXPECT_TRUE(s.open(project));
    s.import_structure(dir, 1);
    s.session.save();
    s.session.wait_idle();
    EXPECT_TRUE(s.failures.empty());
  }
  sqlite3* db = nullptr;  // as another program (QGIS, sqlite3) would
  EXPECT_EQ(sqlite3_open(project.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "UPDATE memberships SET structure_id = 'smi_absent' WHERE fid = 1",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  return read_file(project);
}

TEST_F(ProjectSessionTest, DamagedRowsAreListedAndARepairedCopySaved) {
  const std::string damaged = damage(dir_.path(), project_);
  const std::string copy = dir_.file("repare.gpkg");
  Session s;
  s.session.ask_damaged_rows = s.damaged_rows_dialog;  // the window's dialog, answered below
  s.session.ask_save_path = [&] { return QString::fromStdString(copy); };
  QString title, accessible, rows;
  bool clicked = false, read_only = false;
  QTimer answer;  // the dialog runs its own event loop: looked at and answered from the timer
  QObject::connect(&answer, &QTimer::timeout, [&] {
    QWidget* dialog = QApplication::activeModalWidget();
    if (!dialog || clicked) return;
    title = dialog->windowTitle();
    accessible = dialog->accessibleName();
    read_only = s.session.read_only() && s.window.windowTitle().contains("read-only") &&
                s.session.project()->set_aside().size() == 1 && !s.session.modified();
    if (auto* list = dialog->findChild<QPlainTextEdit*>()) {
      rows = list->toPlainText();
      EXPECT_TRUE(list->isReadOnly());
      EXPECT_FALSE(list->accessibleName().isEmpty());
    }
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
      if (button->text() == "&Save a repaired copy…") {
        EXPECT_TRUE(button->isDefault());  // Enter saves, Escape closes
        clicked = true;
        button->click();
      }
    }
  });
  answer.start(20);
  ASSERT_TRUE(s.open(project_));
  answer.stop();
  EXPECT_EQ(title, "Damaged rows set aside");
  EXPECT_EQ(accessible, title);
  EXPECT_TRUE(read_only) << "the damaged project was not open read-only under the dialog";
  EXPECT_TRUE(rows.contains("row 1 of the table memberships")) << rows.toStdString();
  EXPECT_TRUE(rows.contains("smi_absent")) << rows.toStdString();
  ASSERT_TRUE(clicked) << "no button to save a repaired copy";
  // The repaired copy is the project now, editable; the damaged file is left as it was.
  ASSERT_TRUE(s.failures.empty()) << s.failures.back().toStdString();
  EXPECT_EQ(s.session.project()->file(), copy);
  EXPECT_FALSE(s.session.read_only());
  EXPECT_FALSE(s.window.windowTitle().contains("read-only"));
  EXPECT_EQ(read_file(project_), damaged);
  auto fresh = core::open_project(copy, core::OpenMode::ReadOnly);
  ASSERT_TRUE(fresh.ok()) << maps::message_string(fresh.error());
  EXPECT_TRUE(fresh->set_aside().empty());
  EXPECT_EQ(fresh->model().memberships().size(), 2u);
}

// --- the window's process killed -----------------------------------------------------------

// The child: edits the project through the session, one structure after another, and says on
// stdout each autosave written ("autosaved <structures>"), until it is killed.
int session_child(const std::string& project, const std::string& dir) {
  ui::MainWindow window;
  ProjectSession session(window);
  session.set_autosave_interval(std::chrono::milliseconds(20));
  int next = 1;
  const auto edit = [&] {
    session.import_structures(QString::fromStdString(structure_table(dir, next++)));
  };
  QObject::connect(&session, &ProjectSession::opened, edit);
  QObject::connect(&session, &ProjectSession::autosaved, [&] {
    std::printf("autosaved %zu\n", session.project()->model().structures().size());
    std::fflush(stdout);
    edit();
  });
  QObject::connect(&session, &ProjectSession::failed, [](const QString& m) {
    std::fprintf(stderr, "failed: %s\n", m.toStdString().c_str());
    QCoreApplication::exit(3);
  });
  session.open(QString::fromStdString(project));
  return QApplication::exec();
}

TEST_F(ProjectSessionTest, KilledWindowLosesNothingAndIsRecovered) {
  std::mt19937 random(20261129);
  const std::string recovery = core::recovery_path_of(project_);
  const int kIterations = 8;
  int killed_in_write = 0;  // said at the end: how many kills left a recovery temporary
  for (int i = 0; i < kIterations; ++i) {
    SCOPED_TRACE("iteration " + std::to_string(i));
    const int wanted = std::uniform_int_distribution<int>(1, 3)(random);
    const int delay_ms = std::uniform_int_distribution<int>(0, 400)(random);
    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      ::execl("/proc/self/exe", "lumiere_app_tests", "--session-child", project_.c_str(),
              dir_.path().c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    FILE* lines = ::fdopen(out[0], "r");
    std::vector<std::size_t> reported;
    char line[128];
    while (static_cast<int>(reported.size()) < wanted && std::fgets(line, sizeof line, lines)) {
      std::size_t n = 0;
      if (std::sscanf(line, "autosaved %zu", &n) == 1) reported.push_back(n);
    }
    ASSERT_EQ(static_cast<int>(reported.size()), wanted) << "the child stopped early";
    if (i % 2 == 0) {
      // Killed somewhere in the next import, map update or autosave.
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    } else {
      // Killed as the next recovery file is being written: once its temporary is created (told
      // by inotify; a write of kilobytes is short, so the kill may land after its rename).
      const int watch = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
      ASSERT_GE(watch, 0);
      ::inotify_add_watch(watch, dir_.path().c_str(), IN_CREATE);
      const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
      bool writing = false;
      alignas(inotify_event) char events[4096];
      while (!writing && std::chrono::steady_clock::now() < give_up) {
        pollfd p{watch, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) continue;
        const ssize_t n = ::read(watch, events, sizeof events);
        for (ssize_t at = 0; at < n;) {
          const auto* e = reinterpret_cast<const inotify_event*>(events + at);
          writing = writing || (e->len > 0 && std::string(e->name).find(".recovery.json.tmp") !=
                                                  std::string::npos);
          at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
        }
      }
      ::close(watch);
      EXPECT_TRUE(writing) << "no recovery file written within 20 s";
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    // The autosaves it reported before the kill, to the last.
    while (std::fgets(line, sizeof line, lines)) {
      std::size_t n = 0;
      if (std::sscanf(line, "autosaved %zu", &n) == 1) reported.push_back(n);
    }
    std::fclose(lines);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended by itself, status " << status;
    // A temporary left is whatever a kill inside core::write_recovery leaves; the next
    // write_recovery of this host removes it (its pid runs no more): counted, then removed here
    // for the next iteration's count.
    bool left = false;
    for (const auto& e : fs::directory_iterator(dir_.path())) {
      const bool temporary =
          e.path().filename().string().find(".recovery.json.tmp") != std::string::npos;
      if (temporary) fs::remove(e.path());
      left = left || temporary;
    }
    killed_in_write += left ? 1 : 0;

    // The project file was never written; the recovery file is whole and holds what the child
    // last reported, or the one after it (renamed into place, killed before saying so).
    EXPECT_EQ(read_file(project_), saved_bytes_);
    ASSERT_TRUE(fs::exists(recovery));
    std::size_t kept = 0;
    {
      auto copy = recovered(project_);
      ASSERT_TRUE(copy.ok()) << maps::message_string(copy.error());
      kept = copy->model().structures().size();
    }
    EXPECT_GE(kept, reported.back());
    EXPECT_LE(kept, reported.back() + 1);

    Session s;
    int offered = 0;
    const bool recover = i != 0;  // once, the user discards
    s.session.ask_recovery = [&](const QString& file, const QDateTime& when,
                                 const QDateTime& saved) {
      ++offered;
      EXPECT_EQ(file.toStdString(), project_);
      EXPECT_TRUE(when.isValid());
      EXPECT_LE(saved, when) << "the file looks saved after its recovery file";
      return recover ? RecoveryChoice::Recover : RecoveryChoice::Discard;
    };
    ASSERT_TRUE(s.open(project_));
    EXPECT_EQ(offered, 1);
    if (!recover) {
      EXPECT_EQ(s.structures(), 0u);
      EXPECT_FALSE(s.session.modified());
      EXPECT_FALSE(fs::exists(recovery));
      continue;
    }
    EXPECT_EQ(s.structures(), kept);
    EXPECT_TRUE(s.session.modified());
    EXPECT_FALSE(s.session.history()->can_undo());
    const ino_t inode = inode_of(project_);
    s.session.save();
    s.session.wait_idle();
    EXPECT_TRUE(s.failures.empty()) << s.failures.front().toStdString();
    EXPECT_EQ(structures_in(project_), kept);
    EXPECT_EQ(inode_of(project_), inode);
    EXPECT_FALSE(fs::exists(recovery));
    // Back to the saved file of the start for the next iteration (this session keeps its lock
    // until it is destroyed, at the end of the iteration).
    write_file(project_, saved_bytes_);
  }
  std::cout << "killed while a recovery file was being written (its temporary left): "
            << killed_in_write << " of " << kIterations << "\n";
}

}  // namespace
}  // namespace lumiere::test

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  if (argc == 4 && std::string(argv[1]) == "--session-child") {
    return lumiere::test::session_child(argv[2], argv[3]);
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
