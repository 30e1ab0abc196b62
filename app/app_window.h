#pragma once
// The window as `lumiere` opens it: the main window (ui), the project session editing the open
// project, New/Open/recent (ProjectFiles), the harmonisation action, and the wiring between
// them — the map toolbar asks the session for a choice and follows what it shows, the search box
// finds the project's places, the statistics dock follows the choice and the selection, failures
// are said in a dialog. One object so that run_gui and the tests build the same window. GUI thread.
#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <string>

#include "app/project_files.h"
#include "app/project_session.h"
#include "core/model/place_search.h"
#include "ui/main_window.h"

namespace lumiere::app {

class HarmoniseAction;

class AppWindow {
 public:
  // `data_dir`: the sample data New builds projects of.
  explicit AppWindow(const std::string& data_dir);
  ~AppWindow();
  AppWindow(const AppWindow&) = delete;
  AppWindow& operator=(const AppWindow&) = delete;

  ui::MainWindow& window() { return window_; }
  ProjectSession& session() { return session_; }
  ProjectFiles& files() { return files_; }
  HarmoniseAction& harmonise() { return *harmonise_; }
  // The places the search finds, once built for the open project (a worker builds the COG's
  // part after opening); null until then.
  const core::PlaceIndex* places() const { return places_.get(); }

  // Zooms to a place found and selects its communes (a commune, an EPCI, a département, a région,
  // the communes a structure covers); false when the project draws none of them.
  bool show_place(const core::Place& place);

  // Failures are said in a message box unless this is set (tests collect them).
  std::function<void(const QString&)> on_failure;

 private:
  ui::MainWindow window_;
  ProjectSession session_;
  ProjectFiles files_;
  HarmoniseAction* harmonise_;  // owned by the window
  // The places the search box finds: the project's COG and structures.
  std::shared_ptr<const core::PlaceIndex> places_;
  QFutureWatcher<std::shared_ptr<const core::PlaceIndex>> places_watcher_;  // the COG's part
  // What the statistics dock shows once in view.
  std::string statistics_usage_;
  int statistics_vintage_ = 0;
};

}  // namespace lumiere::app
