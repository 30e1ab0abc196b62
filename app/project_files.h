#pragma once
// The File menu's New, Open… and recent projects, and what opens a file however it comes (the
// command line, a drop on the window, the recent list): a project file opens for editing in the
// window's session (the open project closes first, after its question about unsaved changes);
// other vector files are drawn over the map. Keeps the recent projects (QSettings, the last 8).
// GUI thread; New builds the project on a worker.
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <functional>
#include <string>

class QMenu;
class QAction;

namespace lumiere::ui {
class MainWindow;
}

namespace lumiere::app {

class ProjectSession;

class ProjectFiles : public QObject {
  Q_OBJECT

 public:
  static constexpr int kRecentCount = 8;

  // Adds its actions to the window's File menu. The window and the session must outlive it;
  // `data_dir` is the sample data New builds a project of.
  ProjectFiles(ui::MainWindow& window, ProjectSession& session, std::string data_dir);
  ~ProjectFiles() override;

  // Opens each path: a project file in the session (the last one given, when several), vector
  // files drawn over the map. False when nothing could be opened (said through failed()).
  bool open_paths(const QStringList& paths);
  // Builds a project of the sample data's territories (core::build_base_project) into `path`
  // (".gpkg" added), then opens it: opened in the session, or failed().
  bool new_project(const QString& path);
  // The recent projects, the latest first (those that still exist).
  QStringList recent() const;

  // The file dialogs; tests set them. Empty: cancelled.
  std::function<QString()> ask_open_path;
  std::function<QString()> ask_new_path;

 signals:
  void failed(const QString& message);
  void created(const QString& path);  // New wrote the project (it opens next)

 private:
  bool open_project(const QString& path);
  void add_recent(const QString& path);
  void rebuild_recent_menu();

  ui::MainWindow& window_;
  ProjectSession& session_;
  std::string data_dir_;
  QMenu* recent_menu_ = nullptr;
  QAction* new_ = nullptr;
  QAction* open_ = nullptr;
  QFutureWatcher<QString> creating_;  // New: the error, empty when written
  QString creating_path_;
};

}  // namespace lumiere::app
