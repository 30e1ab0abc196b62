#include "project_files.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include "app/project_session.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "maps/layer_setup.h"
#include "maps/message_text.h"
#include "ui/main_window.h"
#include "ui/map_toolbar.h"
#include "ui/search_box.h"
#include "ui/statistics_dock.h"

namespace lumiere::app {
namespace {

const QString kRecentKey = QStringLiteral("recent_projects");

QString canonical(const QString& path) {
  const QFileInfo info(path);
  const QString c = info.canonicalFilePath();
  return c.isEmpty() ? info.absoluteFilePath() : c;
}

}  // namespace

ProjectFiles::ProjectFiles(ui::MainWindow& window, ProjectSession& session, std::string data_dir)
    : QObject(&window), window_(window), session_(session), data_dir_(std::move(data_dir)) {
  const auto folder = [this] {
    const QStringList r = recent();
    return r.isEmpty() ? QDir::homePath() : QFileInfo(r.front()).absolutePath();
  };
  ask_open_path = [this, folder] {
    return QFileDialog::getOpenFileName(
        &window_, tr("Open a project or a map file"), folder(),
        tr("Lumière projects and map files (*.gpkg *.geojson *.json *.shp *.fgb);;All files (*)"));
  };
  ask_new_path = [this, folder] {
    return QFileDialog::getSaveFileName(&window_, tr("New project"), folder(),
                                        tr("Lumière projects (*.gpkg)"));
  };

  QMenu* file = window_.file_menu();
  QAction* first = file->actions().isEmpty() ? nullptr : file->actions().front();
  new_ = new QAction(tr("&New project…"), this);
  new_->setShortcut(QKeySequence::New);
  connect(new_, &QAction::triggered, this, [this] {
    const QString path = ask_new_path();
    if (!path.isEmpty()) new_project(path);
  });
  open_ = new QAction(tr("&Open…"), this);
  open_->setShortcut(QKeySequence::Open);
  connect(open_, &QAction::triggered, this, [this] {
    const QString path = ask_open_path();
    if (!path.isEmpty()) open_paths({path});
  });
  file->insertActions(first, {new_, open_});
  recent_menu_ = new QMenu(tr("&Recent projects"), &window_);
  file->insertMenu(first, recent_menu_);
  file->insertSeparator(first);
  rebuild_recent_menu();

  connect(&window_, &ui::MainWindow::files_dropped, this, &ProjectFiles::open_paths);
  connect(&session_, &ProjectSession::opened, this, [this] {
    if (session_.project()) add_recent(QString::fromStdString(session_.project()->file()));
  });
  connect(&session_, &ProjectSession::saved, this, &ProjectFiles::add_recent);
  connect(&creating_, &QFutureWatcher<QString>::finished, this, [this] {
    new_->setEnabled(true);
    window_.statusBar()->clearMessage();
    const QString error = creating_.result();
    if (!error.isEmpty()) {
      emit failed(error);
      return;
    }
    emit created(creating_path_);
    open_project(creating_path_);
  });
}

ProjectFiles::~ProjectFiles() { creating_.waitForFinished(); }

QStringList ProjectFiles::recent() const {
  QStringList out;
  for (const QString& path : QSettings().value(kRecentKey).toStringList()) {
    if (QFileInfo::exists(path)) out << path;
  }
  return out;
}

void ProjectFiles::add_recent(const QString& path) {
  const QString file = canonical(path);
  QStringList list = QSettings().value(kRecentKey).toStringList();
  list.removeAll(file);
  list.prepend(file);
  while (list.size() > kRecentCount) list.removeLast();
  QSettings().setValue(kRecentKey, list);
  rebuild_recent_menu();
}

void ProjectFiles::rebuild_recent_menu() {
  recent_menu_->clear();
  const QStringList list = recent();
  for (int i = 0; i < list.size(); ++i) {
    const QFileInfo info(list[i]);
    // "&1 demo.gpkg — /home/…/data": the number is the mnemonic.
    QAction* a = recent_menu_->addAction(
        tr("&%1 %2 — %3").arg(i + 1).arg(info.fileName(), QDir::toNativeSeparators(info.path())));
    a->setToolTip(list[i]);
    connect(a, &QAction::triggered, this, [this, path = list[i]] { open_paths({path}); });
  }
  if (list.isEmpty()) recent_menu_->addAction(tr("No recent project"))->setEnabled(false);
}

bool ProjectFiles::open_paths(const QStringList& paths) {
  QString project;
  std::vector<std::string> maps_files;
  for (const QString& p : paths) {
    if (!QFileInfo::exists(p)) {
      emit failed(tr("%1 does not exist (any more): it may have been moved or deleted.").arg(p));
      continue;
    }
    if (core::is_project_file(p.toStdString())) {
      project = p;
    } else {
      maps_files.push_back(p.toStdString());
    }
  }
  bool opened = false;
  if (!maps_files.empty()) {
    maps::LayerSetup setup;
    setup.data_dir = data_dir_;
    setup.paths = maps_files;
    setup.labels = true;
    auto layers = maps::load_styled_layers(setup);
    if (!layers) {
      emit failed(maps::message_text(layers.error(), maps::Surface::Window));
    } else {
      window_.add_layers(std::move(*layers));
      opened = true;
    }
  }
  if (!project.isEmpty()) opened = open_project(project) || opened;
  return opened;
}

bool ProjectFiles::open_project(const QString& path) {
  if (session_.busy()) {
    emit failed(tr("Wait for the current task to finish, then open %1 again.")
                    .arg(QFileInfo(path).fileName()));
    return false;
  }
  if (const core::Project* open = session_.project()) {
    if (canonical(QString::fromStdString(open->file())) == canonical(path)) return true;  // open
    if (!session_.may_close()) return false;  // the user keeps the open project
    session_.close_project();
    // Nothing of the closed project is held any more (its memory, its lock).
    window_.statistics_dock()->set_subject(nullptr, std::string(), 0);
    window_.search_box()->set_index(nullptr);
    window_.map_toolbar()->set_model(nullptr);
  }
  session_.open(path);
  return true;
}

bool ProjectFiles::new_project(const QString& target) {
  if (creating_.isRunning()) return false;
  QString path = target;
  if (QFileInfo(path).suffix().compare(QStringLiteral("gpkg"), Qt::CaseInsensitive) != 0)
    path += QStringLiteral(".gpkg");
  creating_path_ = path;
  new_->setEnabled(false);
  window_.statusBar()->showMessage(
      tr("Creating %1 from the communes and departments of the sample data…")
          .arg(QFileInfo(path).fileName()));
  creating_.setFuture(QtConcurrent::run([data = data_dir_, path]() -> QString {
    auto project = core::build_base_project(data);
    if (!project) return maps::message_text(project.error(), maps::Surface::Window);
    project->info.title = QFileInfo(path).completeBaseName().toStdString();
    if (const core::Status st = core::save_project_as(*project, path.toStdString()); !st) {
      return maps::message_text(st.error(), maps::Surface::Window);
    }
    return QString();  // the project (and its lock) goes here, before the window opens it
  }));
  return true;
}

}  // namespace lumiere::app
