#include "project_session.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <filesystem>

#include "app/import_apply.h"
#include "app/project_display.h"
#include "core/cog/cog_match.h"
#include "core/cog/commune_dissolve.h"
#include "core/model/model_commands.h"
#include "core/tables/indicator_import.h"
#include "core/tables/structure_import.h"
#include "maps/message_text.h"
#include "maps/project_layers.h"
#include "ui/import_dialog.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"

namespace lumiere::app {
namespace {

namespace fs = std::filesystem;

QString qs(const std::string& s) { return QString::fromStdString(s); }
// A message (an error, an undo step's name) as the window says it (naming its controls, not the
// command line's flags).
QString error_text(const core::Message& error) {
  return maps::message_text(error, maps::Surface::Window);
}

// Counts a hold for its scope (ProjectSession::holds_).
class Hold {
 public:
  explicit Hold(int& count) : count_(count) { ++count_; }
  ~Hold() { --count_; }
  Hold(const Hold&) = delete;
  Hold& operator=(const Hold&) = delete;

 private:
  int& count_;
};

// The map as the window shows it (the user's styles, order, visibility), for the same layers
// with the model's new columns; the project's first map when nothing is shown yet.
maps::MapDocument shown_map(const core::Project& project, const ui::MapCanvas& canvas) {
  maps::MapDocument doc = maps::first_map(project);
  if (canvas.layers().empty()) return doc;
  doc.layers.clear();
  for (const auto& l : canvas.layers()) {
    doc.layers.push_back({QString::fromStdString(l->source->name), l->title, l->visible, l->opacity,
                          l->style, l->labels});
  }
  return doc;
}

}  // namespace

ProjectSession::ProjectSession(ui::MainWindow& window) : window_(window) {
  ask_recovery = [this](const QString& file, const QDateTime& autosaved, const QDateTime& saved) {
    const QLocale locale;
    QMessageBox box(
        QMessageBox::Question, tr("Recover unsaved changes?"),
        tr("Lumière did not close normally while %1 had unsaved changes. They were kept in a "
           "recovery file at %2.")
            .arg(QFileInfo(file).fileName(), locale.toString(autosaved, QLocale::ShortFormat)),
        QMessageBox::NoButton, &window_);
    QString question =
        tr("Recover them, or discard them and open the project as it was "
           "last saved?");
    if (saved > autosaved) {
      question = tr("The project file was saved at %1, after these changes were kept: "
                    "recovering them replaces, when you save, the same rows saved then. ")
                     .arg(locale.toString(saved, QLocale::ShortFormat)) +
                 question;
    }
    box.setInformativeText(question);
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard the changes"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover ? RecoveryChoice::Recover : RecoveryChoice::Discard;
  };
  ask_close = [this] {
    const auto answer = QMessageBox::question(
        &window_, tr("Unsaved changes"),
        tr("The project has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save      ? CloseChoice::Save
           : answer == QMessageBox::Discard ? CloseChoice::Discard
                                            : CloseChoice::Cancel;
  };
  ask_damaged_rows = [this](const QString& file, const QStringList& rows) {
    QDialog dialog(&window_);
    dialog.setWindowTitle(tr("Damaged rows set aside"));
    dialog.setAccessibleName(dialog.windowTitle());
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(tr("Some rows of %1 break the rules of a project. They were set aside, "
                               "so the project is open read-only; the file is left as it is. "
                               "Save a repaired copy, without these rows, to edit it.")
                                .arg(QFileInfo(file).fileName()),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* label = new QLabel(tr("&Rows set aside:"), &dialog);
    auto* list = new QPlainTextEdit(rows.join(QLatin1Char('\n')), &dialog);
    list->setReadOnly(true);
    list->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    list->setTabChangesFocus(true);
    list->setAccessibleName(tr("Rows set aside"));
    label->setBuddy(list);
    layout->addWidget(label);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* repair =
        buttons->addButton(tr("&Save a repaired copy…"), QDialogButtonBox::AcceptRole);
    repair->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    return dialog.exec() == QDialog::Accepted ? DamagedRowsChoice::SaveRepairedCopy
                                              : DamagedRowsChoice::Close;
  };
  ask_save_path = [this] {
    const QString dir = project_ ? QFileInfo(qs(project_->file())).absolutePath() : QString();
    return QFileDialog::getSaveFileName(&window_, tr("Save the project as"), dir,
                                        tr("Lumière projects (*.gpkg)"));
  };
  ask_column = [this](const QStringList& columns) {
    bool ok = false;
    const QString column = QInputDialog::getItem(
        &window_, tr("Indicator column"),
        tr("Several columns hold yes/no values or rates. Which one is the indicator?"), columns, 0,
        false, &ok);
    return ok ? column : QString();
  };

  save_ = new QAction(tr("&Save"), this);
  save_->setShortcut(QKeySequence::Save);
  connect(save_, &QAction::triggered, this, &ProjectSession::save);
  save_as_ = new QAction(tr("Save &as…"), this);
  save_as_->setShortcut(QKeySequence::SaveAs);
  connect(save_as_, &QAction::triggered, this, &ProjectSession::ask_and_save_as);
  import_structures_ = new QAction(tr("Import s&tructures…"), this);
  connect(import_structures_, &QAction::triggered, this,
          &ProjectSession::ask_and_import_structures);
  import_indicators_ = new QAction(tr("Import &indicators…"), this);
  connect(import_indicators_, &QAction::triggered, this,
          &ProjectSession::ask_and_import_indicators);
  window_.file_menu()->insertActions(window_.save_anchor(), {save_, save_as_});
  window_.import_menu()->addActions({import_structures_, import_indicators_});

  undo_ = new QAction(tr("&Undo"), this);
  undo_->setShortcut(QKeySequence::Undo);
  connect(undo_, &QAction::triggered, this, &ProjectSession::undo);
  redo_ = new QAction(tr("&Redo"), this);
  redo_->setShortcut(QKeySequence::Redo);
  connect(redo_, &QAction::triggered, this, &ProjectSession::redo);
  window_.edit_menu()->addActions({undo_, redo_});

  autosave_timer_.setSingleShot(true);
  connect(&autosave_timer_, &QTimer::timeout, this, &ProjectSession::autosave);
  connect(&watcher_, &QFutureWatcher<Continuation>::finished, this, &ProjectSession::finished);
  window_.set_close_guard([this] { return may_close(); });
  update_actions();
}

ProjectSession::~ProjectSession() {
  window_.set_close_guard(nullptr);
  stop_.request_stop();
  watcher_.waitForFinished();
}

// The project's pending changes, not the undo stack's clean index: a recovery is pending with
// nothing to undo, and an import undone by hand (or redone to the same values) cancels out.
bool ProjectSession::modified() const { return project_ && project_->modified(); }

bool ProjectSession::run(const QString& status, std::function<Continuation(std::stop_token)> work) {
  if (busy_) return false;
  busy_ = true;
  stop_ = std::stop_source();
  update_actions();
  window_.statusBar()->showMessage(status);
  watcher_.setFuture(
      QtConcurrent::run([this, work = std::move(work), stop = stop_.get_token()]() -> Continuation {
        try {
          return work(stop);
        } catch (const std::exception& e) {
          // bad_alloc above all: said, and the project stays as it was.
          return [this, what = QString::fromLocal8Bit(e.what())] {
            fail(tr("The task stopped: %1").arg(what));
          };
        }
      }));
  return true;
}

void ProjectSession::finished() {
  busy_ = false;
  window_.statusBar()->clearMessage();
  {
    Hold hold(holds_);
    if (const Continuation next = watcher_.result()) next();
  }
  if (!busy_ && refresh_pending_) show_choice(pending_choice_, pending_choice_ == choice_);
  if (!busy_) {
    update_actions();
    emit idle();
  }
}

void ProjectSession::wait_idle() {
  while (busy_) {
    QEventLoop loop;
    connect(this, &ProjectSession::idle, &loop, &QEventLoop::quit);
    loop.exec();
  }
}

void ProjectSession::fail(const QString& message) {
  window_.statusBar()->showMessage(message);
  emit failed(message);
}

void ProjectSession::close_project() {
  if (busy_ || !project_) return;
  autosave_timer_.stop();
  history_.reset();  // it refers to the project's model
  base_layers_.clear();
  // The drawn layers share the project (and with it the file's lock): gone with it, so that the
  // file can be opened again at once.
  window_.show_layers({});
  project_.reset();
  window_.setWindowModified(false);
  window_.setWindowTitle(tr("Lumière"));
  footprints_revision_ = 0;
  footprints_usage_.clear();
  owns_recovery_ = false;
  autosave_current_ = false;
  refresh_pending_ = false;
  update_actions();
}

void ProjectSession::open(const QString& path) {
  if (busy_ || project_) return;
  const std::string file = path.toStdString();
  const std::string recovery = core::recovery_path_of(file);
  bool recover = false;
  std::error_code ec;
  // Another Lumière editing the file owns its recovery file: nothing to recover here.
  if (fs::exists(recovery, ec) && !core::FileLock::held_elsewhere(file)) {
    const QDateTime when = QFileInfo(qs(recovery)).lastModified();
    const QDateTime saved = QFileInfo(path).lastModified();
    Hold hold(holds_);
    recover = ask_recovery(path, when, saved) == RecoveryChoice::Recover;
    if (!recover) core::remove_recovery(file);
  }
  window_.setWindowTitle(tr("%1 — Lumière").arg(QFileInfo(path).fileName()));
  run(tr("Opening %1…").arg(QFileInfo(path).fileName()),
      [this, file, recover](std::stop_token) -> Continuation {
        core::OpenOptions options;
        // The boundaries before mergers are no map of the window: left in the file (a third of
        // the reading and of the memory), read again only to save the project elsewhere.
        options.deferred_layers = {core::kSourceCommunesLayer};
        auto opened = core::open_project(file, options);
        if (!opened) return [this, message = error_text(opened.error())] { fail(message); };
        auto project = std::make_shared<core::Project>(std::move(*opened));
        if (recover) {
          // Applied through the model's checks; on failure the project stays closed, so that no
          // autosave replaces the recovery file the user may still want.
          if (const core::Status st = core::apply_recovery(*project); !st) {
            return [this, message = error_text(st.error())] {
              fail(tr("The unsaved changes cannot be recovered: %1. The recovery file is left in "
                      "place; open the project again and discard them to open the saved file.")
                       .arg(message));
            };
          }
        }
        SourceLayers base;
        for (core::VectorLayer& layer : project->layers) {
          layer.build_levels();
          base.emplace_back(project, &layer);  // no copy: owned by the project
        }
        const maps::MapChoice choice = maps::default_choice(project->model());
        auto display = std::make_shared<core::Result<Display>>(
            display_project(*project, base, DisplayRequest{choice, std::nullopt, 0, {}}));
        return [this, project, base, display, recover, choice] {
          project_ = project;
          history_ = std::make_unique<core::UndoStack>(project_->model());
          base_layers_ = base;
          choice_ = choice;
          // A read-only project's recovery file is another Lumière's, unless this one recovered
          // it (then the project is read-only for its damaged rows).
          owns_recovery_ = !project_->read_only() || recover;
          autosave_current_ = recover;  // the recovery file holds what was recovered
          autosaved_revision_ = project_->model().revision();
          update_title();
          update_actions();
          show(*display);
          if (project_->read_only()) {
            window_.statusBar()->showMessage(
                tr("Read-only: %1. Save it under another name to edit it.")
                    .arg(project_->read_only_reason() ? error_text(*project_->read_only_reason())
                                                      : QString()));
          } else if (recover) {
            window_.statusBar()->showMessage(
                tr("Unsaved changes recovered: save the project to keep them."));
          }
          if (!project_->set_aside().empty()) show_damaged_rows();
          emit this->opened();
        };
      });
}

void ProjectSession::show_damaged_rows() {
  QStringList rows;
  for (const core::Message& row : project_->set_aside()) rows << error_text(row);
  DamagedRowsChoice choice;
  {
    Hold hold(holds_);
    choice = ask_damaged_rows(qs(project_->file()), rows);
  }
  if (choice == DamagedRowsChoice::SaveRepairedCopy) ask_and_save_as();
}

void ProjectSession::after_change() {
  update_title();
  update_actions();
  if (!modified()) {
    remove_recovery();  // back to the saved state: nothing to recover
  } else if (!autosave_timer_.isActive()) {
    autosave_timer_.start(autosave_interval_);
  }
  refresh_map();
}

void ProjectSession::refresh_map() { show_choice(choice_, true); }

void ProjectSession::set_choice(const maps::MapChoice& choice) {
  if (!project_) return;
  show_choice(choice, false);
}

void ProjectSession::show_choice(const maps::MapChoice& choice, bool keep_styles) {
  DisplayRequest request{choice, std::nullopt, footprints_revision_, footprints_usage_};
  // The same choice after an edit: the map as the window shows it (the user's styles, order,
  // visibility), over the new figures.
  if (keep_styles && choice == choice_) request.shown = shown_map(*project_, *window_.canvas());
  pending_choice_ = choice;
  refresh_pending_ = !run(tr("Updating the map…"), [this, request](std::stop_token stop) {
    auto display = std::make_shared<core::Result<Display>>(
        display_project(*project_, base_layers_, request, stop));
    return Continuation([this, display, choice = request.choice] {
      choice_ = choice;
      show(*display);
    });
  });
}

void ProjectSession::show(const core::Result<Display>& display) {
  if (!display) {
    fail(error_text(display.error()));
    emit choice_shown(choice_);  // the toolbar goes back to what the map shows
    return;
  }
  base_layers_ = display->base;
  footprints_revision_ = display->footprints_revision;
  footprints_usage_ = display->footprints_usage;
  window_.show_layers(display->layers);
  emit choice_shown(choice_);
}

void ProjectSession::import_structures(const QString& table,
                                       const core::TableOptions& read_options) {
  if (!project_ || busy_ || read_only()) return;
  core::StructureImportOptions options;
  options.table = read_options;
  options.text =
      core::Message{core::MessageCode::UndoImport, {QFileInfo(table).fileName().toStdString()}};
  run(tr("Reading %1…").arg(QFileInfo(table).fileName()),
      [this, table, options](std::stop_token stop) mutable -> Continuation {
        options.stop = stop;
        auto read = core::import_structures(table.toStdString(), project_->model(), options);
        if (!read) return [this, message = error_text(read.error())] { fail(message); };
        auto imported = std::make_shared<core::StructureImport>(std::move(*read));
        return [this, imported] {
          const bool changes = imported->command && !imported->command->empty();
          if (changes) {
            if (core::Status st = history_->push(std::move(imported->command)); !st) {
              fail(error_text(st.error()));
              return;
            }
          }
          if (changes) after_change();
          emit this->imported(tr("%1 structures added, %2 updated, %3 memberships added.")
                                  .arg(imported->added.size())
                                  .arg(imported->updated.size())
                                  .arg(imported->memberships.size()) +
                              QLatin1Char('\n') +
                              qs(report_text(imported->report, maps::Surface::Window,
                                             {&project_->cog(), &imported->layout})));
        };
      });
}

void ProjectSession::import_indicators(const QString& table, const QString& usage, int vintage,
                                       const QString& column,
                                       const core::TableOptions& read_options) {
  if (!project_ || busy_ || read_only()) return;
  if (!project_->model().usage(usage.toStdString())) {
    fail(tr("The project has no usage \"%1\".").arg(usage));
    return;
  }
  core::IndicatorImportOptions options;
  options.table = read_options;
  if (!column.isEmpty()) options.value_columns = {column.toStdString()};
  run(tr("Reading %1…").arg(QFileInfo(table).fileName()),
      [this, table, usage, vintage, column, options](std::stop_token) -> Continuation {
        auto read = core::import_indicators(table.toStdString(), project_->cog(), options);
        if (!read) return [this, message = error_text(read.error())] { fail(message); };
        auto values = std::make_shared<core::IndicatorTable>(std::move(*read));
        return [this, values, table, usage, vintage, column] {
          std::string named = column.toStdString();
          if (named.empty()) {
            QStringList names;
            for (std::size_t i : value_columns(*values)) names << qs(values->columns[i].name);
            if (names.isEmpty()) {
              fail(tr("%1 has no column of yes/no values or rates to import.")
                       .arg(QFileInfo(table).fileName()));
              return;
            }
            named = (names.size() == 1 ? names.front() : ask_column(names)).toStdString();
            if (named.empty()) return;  // cancelled
          }
          const auto index = value_column(
              *values, table.toStdString(),
              {named, usage.toStdString(), project_->model().usage(usage.toStdString())->label});
          if (!index) {
            fail(error_text(index.error()));
            return;
          }
          auto [list, report] =
              indicator_values(*values, *index, table.toStdString(), usage.toStdString(), vintage);
          const std::size_t count = list.size();
          if (count > 0) {
            auto batch = std::make_unique<core::ModelBatch>(core::Message{
                core::MessageCode::UndoImport, {QFileInfo(table).fileName().toStdString()}});
            batch->add(std::make_unique<core::SetIndicatorValues>(std::move(list)));
            if (core::Status st = history_->push(std::move(batch)); !st) {
              fail(error_text(st.error()));
              return;
            }
          }
          if (count > 0) after_change();
          emit this->imported(
              tr("%1 values of \"%2\" %3 imported from the column \"%4\".")
                  .arg(count)
                  .arg(qs(project_->model().usage(usage.toStdString())->label))
                  .arg(vintage)
                  .arg(qs(named)) +
              QLatin1Char('\n') +
              qs(report_text(report, maps::Surface::Window, {&project_->cog(), &values->layout})));
        };
      });
}

void ProjectSession::undo() {
  if (!project_ || busy_ || !history_->can_undo()) return;
  history_->undo();
  after_change();
}

void ProjectSession::redo() {
  if (!project_ || busy_ || !history_->can_redo()) return;
  if (core::Status st = history_->redo(); !st) {
    fail(error_text(st.error()));
    return;
  }
  after_change();
}

bool ProjectSession::save() {
  if (!project_ || busy_) return false;
  if (read_only()) return ask_and_save_as();
  return start_save(project_->file());  // its own file: the pending changes committed in place
}

bool ProjectSession::ask_and_save_as() {
  if (!project_ || busy_) return false;
  QString path;
  {
    Hold hold(holds_);
    path = ask_save_path();
  }
  return !path.isEmpty() && save_as(path);
}

bool ProjectSession::save_as(const QString& target) {
  QString path = target;
  if (QFileInfo(path).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) != 0)
    path += QStringLiteral(".gpkg");
  return start_save(path.toStdString());
}

bool ProjectSession::start_save(const std::string& file) {
  if (!project_ || busy_) return false;
  // The file it had, whose recovery file goes when it was this session's.
  const std::string previous_file = owns_recovery_ ? project_->file() : std::string();
  last_save_ok_ = false;
  const QString path = qs(file);
  return run(tr("Saving %1…").arg(QFileInfo(path).fileName()),
             [this, file, previous_file](std::stop_token stop) -> Continuation {
               // Over its own file: a commit in place; elsewhere: the whole project written there,
               // which becomes its file (a repaired copy when rows were set aside).
               const core::Status st = core::save_project_as(*project_, file, stop);
               if (!st) {
                 return [this, message = error_text(st.error())] {
                   fail(tr("The project was not saved: %1").arg(message));
                 };
               }
               return [this, file, previous_file] {
                 last_save_ok_ = true;
                 history_->set_clean();
                 if (!previous_file.empty()) core::remove_recovery(previous_file);
                 owns_recovery_ = true;  // the file is the project's now, and its lock
                 remove_recovery();      // one left beside a file just replaced no longer fits
                 autosave_timer_.stop();
                 update_title();
                 window_.statusBar()->showMessage(tr("Saved in %1").arg(qs(file)), 5000);
                 emit saved(qs(file));
               };
             });
}

void ProjectSession::autosave() {
  if (!project_) return;
  if (busy_ || holds_ > 0) {
    autosave_timer_.start(std::chrono::milliseconds(1000));  // once the task or question is done
    return;
  }
  if (read_only() || !owns_recovery_ || !modified()) return;
  const std::uint64_t revision = project_->model().revision();
  if (autosave_current_ && autosaved_revision_ == revision) return;
  const std::string target = core::recovery_path_of(project_->file());
  run(tr("Keeping the changes for recovery…"),
      [this, target, revision](std::stop_token) -> Continuation {
        // The pending changes only, never the project file: only Save commits.
        const core::Status st = core::write_recovery(*project_);
        if (!st) {
          return [this, message = error_text(st.error())] {
            // Said in the status bar, not in a dialog: the user is working; the next change
            // retries.
            window_.statusBar()->showMessage(
                tr("The changes could not be kept for recovery: %1").arg(message));
          };
        }
        return [this, target, revision] {
          autosaved_revision_ = revision;
          autosave_current_ = true;
          window_.statusBar()->showMessage(
              tr("Changes kept for recovery at %1")
                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
              5000);
          emit autosaved(qs(target));
        };
      });
}

void ProjectSession::remove_recovery() {
  if (!project_ || !owns_recovery_) return;
  core::remove_recovery(project_->file());
  autosave_current_ = false;
}

bool ProjectSession::may_close() {
  if (closing_) return false;  // asked already (a second close while the question is open)
  closing_ = true;
  const bool may = [this] {
    wait_idle();
    if (!modified()) {
      remove_recovery();
      return true;
    }
    CloseChoice choice;
    {
      Hold hold(holds_);
      choice = ask_close();
    }
    wait_idle();
    switch (choice) {
      case CloseChoice::Cancel:
        return false;
      case CloseChoice::Discard:
        remove_recovery();
        return true;
      case CloseChoice::Save:
        break;
    }
    if (!save()) return false;
    wait_idle();
    return last_save_ok_;
  }();
  closing_ = false;
  return may;
}

void ProjectSession::update_title() {
  if (!project_) return;
  QString title = qs(project_->info.title);
  if (title.isEmpty()) title = QFileInfo(qs(project_->file())).completeBaseName();
  if (project_->read_only()) title = tr("%1 (read-only)").arg(title);
  window_.setWindowTitle(title + QStringLiteral("[*] — Lumière"));
  window_.setWindowModified(modified());
}

void ProjectSession::update_actions() {
  const bool editable = project_ && !busy_ && !read_only();
  save_->setEnabled(project_ && !busy_);
  save_as_->setEnabled(project_ && !busy_);
  import_structures_->setEnabled(editable);
  import_indicators_->setEnabled(editable);
  undo_->setEnabled(editable && history_->can_undo());
  redo_->setEnabled(editable && history_->can_redo());
  // history_ exists once a project is open; the actions are disabled before.
  const auto undo_text = undo_->isEnabled() ? history_->undo_text() : std::nullopt;
  const auto redo_text = redo_->isEnabled() ? history_->redo_text() : std::nullopt;
  undo_->setText(undo_text ? tr("&Undo %1").arg(error_text(*undo_text)) : tr("&Undo"));
  redo_->setText(redo_text ? tr("&Redo %1").arg(error_text(*redo_text)) : tr("&Redo"));
}

QString ProjectSession::ask_table(const QString& title) {
  Hold hold(holds_);
  return QFileDialog::getOpenFileName(&window_, title,
                                      QFileInfo(qs(project_->file())).absolutePath(),
                                      tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)"));
}

void ProjectSession::ask_and_import_structures() {
  const QString path = ask_table(tr("Import structures and their members"));
  if (path.isEmpty()) return;
  Hold hold(holds_);
  ui::ImportDialog dialog(path, &window_);
  if (dialog.exec() != QDialog::Accepted) return;
  import_structures(path, dialog.choice().table);
}

void ProjectSession::ask_and_import_indicators() {
  const QString path = ask_table(tr("Import an indicator"));
  if (path.isEmpty()) return;
  Hold hold(holds_);
  ui::ImportDialog dialog(path, project_->model().usages(), QDate::currentDate().year(), &window_);
  if (dialog.exec() != QDialog::Accepted) return;
  const ui::ImportChoice choice = dialog.choice();
  import_indicators(path, choice.usage, choice.vintage, choice.value_column, choice.table);
}

}  // namespace lumiere::app
