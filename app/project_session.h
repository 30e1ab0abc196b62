#pragma once
// The project open in the window for editing: the Project with its lock, the undo history of its
// model, Save and Save as, the imports of structures and indicators, the recovery file and the
// recovery of what a crash left, the rows a damaged file had set aside. It adds its actions to the
// window's File and Edit menus, marks the title modified and redraws the map after each change.
//
// Document semantics over a database: only Save writes the project file (core::save_project over
// its own file commits the pending changes in place; Save as writes the whole project elsewhere
// and moves to it). The autosave writes the pending changes (kilobytes) to
// core::recovery_path_of(file) beside it, at most every autosave interval (2 minutes), atomically.
// The recovery file is removed when the project is saved, when the user discards the changes on
// closing, and when undo brings the model back to the saved state. Opening a file that has one
// (the previous session ended without saving or discarding) offers to recover it, unless another
// Lumière has the file open (then it is its own): the file is opened, then the recovery applied;
// its changes are pending until saved.
//
// A file with rows that break the model opens read-only with those rows set aside: a dialog lists
// them and offers to save a repaired copy (Save as), which becomes the editable project.
//
// Threads: GUI thread. The long tasks (opening, reading a table, the map's layers, saving,
// autosaving) run on a worker, one at a time; while one runs the project is read by it only,
// and the actions that change or save the project are disabled (busy()).
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

#include "app/project_display.h"
#include "core/layers/vector_layer.h"
#include "core/model/undo_stack.h"
#include "core/project/project.h"
#include "core/tables/table_reader.h"
#include "maps/map_choice.h"

class QAction;

namespace lumiere::ui {
class MainWindow;
}

namespace lumiere::app {

enum class RecoveryChoice { Recover, Discard };
enum class CloseChoice { Save, Discard, Cancel };
enum class DamagedRowsChoice { SaveRepairedCopy, Close };

class ProjectSession : public QObject {
  Q_OBJECT

 public:
  static constexpr std::chrono::milliseconds kAutosaveInterval{120'000};

  // Adds its actions to the window, which must outlive it.
  explicit ProjectSession(ui::MainWindow& window);
  ~ProjectSession() override;

  // Opens a project file for editing (read-only when another Lumière edits it), in the
  // background: opened() or failed(). A recovery file found beside it is offered (ask_recovery);
  // rows set aside are shown (ask_damaged_rows).
  void open(const QString& path);
  // Closes the open project without a question (may_close() asks first), releasing its lock,
  // so that another can be opened. Nothing while a task runs.
  void close_project();

  // The questions, asked on the GUI thread; by default dialogs of the window. Tests set them.
  // `saved`: when the project file was last written; after `autosaved` (the recovery file's
  // time) when something else (lumiere import, another Lumière) saved it since: recovering then
  // replaces, on Save, the same rows saved then.
  std::function<RecoveryChoice(const QString& file, const QDateTime& autosaved,
                               const QDateTime& saved)>
      ask_recovery;
  // The rows of `file` set aside when it was read, each as the window says it; SaveRepairedCopy
  // starts Save as (ask_save_path).
  std::function<DamagedRowsChoice(const QString& file, const QStringList& rows)> ask_damaged_rows;
  std::function<CloseChoice()> ask_close;
  std::function<QString()> ask_save_path;                         // Save as; empty: cancelled
  std::function<QString(const QStringList& columns)> ask_column;  // empty: cancelled

  // Null until a project is open.
  const core::Project* project() const { return project_.get(); }
  const core::UndoStack* history() const { return history_.get(); }
  // The model, shared with the project (the statistics dock holds it while it shows its figures);
  // null until a project is open.
  std::shared_ptr<const core::Model> shared_model() const {
    return project_ ? std::shared_ptr<const core::Model>(project_, &project_->model()) : nullptr;
  }
  bool busy() const { return busy_; }
  // The project has pending changes (core::Project::modified: edits since the save, or recovered
  // ones; an edit undone cancels out). Read when no task runs (busy() false).
  bool modified() const;
  bool read_only() const { return project_ && project_->read_only(); }

  // The edits, each one undo step; the import reads its table in the background (the sheet
  // and the header row that `read_options` give, else the first sheet and the header found),
  // then applies it and emits imported() with its report (French text), or failed().
  void import_structures(const QString& table, const core::TableOptions& read_options = {});
  void import_indicators(const QString& table, const QString& usage, int vintage,
                         const QString& column = QString(),
                         const core::TableOptions& read_options = {});
  void undo();
  void redo();
  // What the map shows: the usage, measure, vintage and level (the map toolbar); the map is
  // redrawn in the background, then choice_shown(). Only the shown column is computed.
  void set_choice(const maps::MapChoice& choice);
  const maps::MapChoice& choice() const { return choice_; }
  // Saves over the project's file (asks for another when it is read-only): saved() or failed().
  // False when it did not start (no project, a task runs, no file chosen).
  bool save();
  // Saves under `path` (".gpkg" added when it has another extension), which becomes the file.
  bool save_as(const QString& path);
  // Writes the recovery file now when the model has changes it does not hold: autosaved(path of
  // the recovery file).
  void autosave();
  void set_autosave_interval(std::chrono::milliseconds interval) { autosave_interval_ = interval; }
  // Whether the window may close: waits for the running task, then asks about unsaved changes
  // (ask_close); Save saves first and closes only when that succeeded.
  bool may_close();
  // Returns once no task runs (the event loop runs meanwhile).
  void wait_idle();

 signals:
  void opened();
  void failed(const QString& message);
  void imported(const QString& report);
  void saved(const QString& path);
  void autosaved(const QString& path);
  void idle();  // a task finished and none follows
  // The map now shows `choice` (after opening, a choice, an edit; or, after a failure, the
  // choice still shown).
  void choice_shown(const maps::MapChoice& choice);

 private:
  using Continuation = std::function<void()>;
  // Runs `work` on a worker, then the continuation it returns on the GUI thread. False (nothing
  // done) when a task runs already.
  bool run(const QString& status, std::function<Continuation(std::stop_token)> work);
  void finished();
  bool start_save(const std::string& file);
  bool ask_and_save_as();
  void show_damaged_rows();
  void after_change();
  void refresh_map();
  void show_choice(const maps::MapChoice& choice, bool keep_styles);
  void show(const core::Result<Display>& display);
  void update_actions();
  void update_title();
  void remove_recovery();
  void fail(const QString& message);
  QString ask_table(const QString& title);  // a file dialog; empty when cancelled
  // The file dialog, then the import dialog (ui::ImportDialog: sheet, header row, preview).
  void ask_and_import_structures();
  void ask_and_import_indicators();

  ui::MainWindow& window_;
  // Shared with the drawn layers that are the project's own (base_layers_ alias its layers).
  std::shared_ptr<core::Project> project_;
  std::unique_ptr<core::UndoStack> history_;
  // The project's layers (built with their levels of detail, which saving ignores), without the
  // model's columns: those go on a copy of the communes at each change.
  std::vector<std::shared_ptr<const core::VectorLayer>> base_layers_;
  // The recovery file of the project's file is this session's (false when another Lumière edits
  // the file: then it is the other's).
  bool owns_recovery_ = false;
  std::uint64_t autosaved_revision_ = 0;
  bool autosave_current_ = false;  // the recovery file holds the model at autosaved_revision_
  std::chrono::milliseconds autosave_interval_ = kAutosaveInterval;
  QTimer autosave_timer_;

  bool busy_ = false;
  // Above 0 while a continuation runs or a question is asked: their dialogs run the event loop,
  // and the autosave timer must not start a task that reads the model meanwhile.
  int holds_ = 0;
  bool refresh_pending_ = false;    // a change came while a task ran: redraw once it is done
  maps::MapChoice choice_;          // what the map shows
  maps::MapChoice pending_choice_;  // what it is to show once the running task is done
  // The structures' territories among base_layers_ were built for this revision and usage.
  std::uint64_t footprints_revision_ = 0;
  std::string footprints_usage_;
  bool closing_ = false;  // may_close is running (its question spins the event loop)
  bool last_save_ok_ = false;
  std::stop_source stop_;
  QFutureWatcher<Continuation> watcher_;

  QAction* save_ = nullptr;
  QAction* save_as_ = nullptr;
  QAction* import_structures_ = nullptr;
  QAction* import_indicators_ = nullptr;
  QAction* undo_ = nullptr;
  QAction* redo_ = nullptr;
};

}  // namespace lumiere::app
