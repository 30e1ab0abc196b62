#pragma once
// File > "Bring boundaries onto today's COG…": what `lumiere harmonise` does, from the window.
// The dialog (ui::HarmoniseDialog) asks for the boundaries, the table de passage and the file to
// write; app::harmonise runs on a worker while the action is disabled and the status bar says so;
// the report (app::harmonise_report, the CLI's) is shown when it is done, or the error's one
// message. It adds its action to the window's File menu, before Quit. GUI thread.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <utility>

#include "ui/harmonise_dialog.h"

class QAction;

namespace lumiere::ui {
class MainWindow;
}

namespace lumiere::app {

class HarmoniseAction : public QObject {
  Q_OBJECT

 public:
  // Adds the action to the window, which must outlive it.
  explicit HarmoniseAction(ui::MainWindow& window);
  ~HarmoniseAction() override;

  QAction* action() const { return action_; }
  bool running() const { return watcher_.isRunning(); }

  // Harmonises what `choice` says on a worker: finished(report) or failed(message). False (nothing
  // started) when a run is under way or the choice is refused (failed() says why: no file, the
  // output is an input, or the project open in the window).
  bool start(const ui::HarmoniseChoice& choice);

  // The questions, asked on the GUI thread; by default dialogs of the window. Tests set them.
  std::function<std::optional<ui::HarmoniseChoice>()> ask_choice;  // none: cancelled
  std::function<bool(const QString& out)> ask_replace;             // the output exists
  // What is shown when done, besides the signals; by default message boxes. Tests set them.
  std::function<void(const QString& report)> show_report;
  std::function<void(const QString& message)> show_failure;
  // The file the window edits (never written over), if any.
  std::function<QString()> open_project;

 signals:
  void finished(const QString& report);
  void failed(const QString& message);

 private:
  void ask_and_start();
  void done();
  void fail(const QString& message);

  ui::MainWindow& window_;
  QAction* action_;
  // The worker's answer: done (the report) or not (the error's message).
  QFutureWatcher<std::pair<bool, QString>> watcher_;
};

}  // namespace lumiere::app
