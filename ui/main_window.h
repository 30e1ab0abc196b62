#pragma once
// The main window: the map view in the centre, a status bar. Owns its widgets; GUI thread only.
#include <QMainWindow>

#include "maps/map_renderer.h"

namespace lumiere::ui {

class MapView;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // Shows these layers (drawn bottom to top) and says what was loaded in the status bar.
  void show_layers(std::vector<maps::RenderLayer> layers);
  // Tells the user that loading failed, with the reason.
  void show_error(const QString& message);
  MapView* map_view() const { return view_; }

 private:
  MapView* view_;
};

}  // namespace lumiere::ui
