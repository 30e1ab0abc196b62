#pragma once
// The main window: the map canvas in the centre, the layer dock and the identify dock, the scale
// in the status bar. Each dock is its own small class; this one wires them. GUI thread only.
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "maps/styled_layer.h"

class QAction;
class QLabel;
class QMenu;

namespace lumiere::ui {

class MapCanvas;
class LayerDock;
class IdentifyDock;
class LegendDock;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // Shows these layers (drawn bottom to top) and says what was loaded in the status bar.
  void show_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);
  // Tells the user that loading failed, with the reason.
  void show_error(const QString& message);
  MapCanvas* canvas() const { return canvas_; }
  LayerDock* layer_dock() const { return layers_; }
  LegendDock* legend_dock() const { return legend_; }
  IdentifyDock* identify_dock() const { return identify_; }
  // Zooms the canvas to the feature last identified (clicked); false when there is none.
  bool zoom_to_selection();
  // Lists in the identify dock what the visible layers hold at `point` (map space), and keeps
  // the point: when the layers are replaced (an import, an edit, a layer shown or hidden) the
  // dock lists what the new layers hold there.
  void identify_at(core::Point point);

  // The File menu (its last action is Quit: insert before quit_action()) and the Edit menu,
  // empty until a project is open; what edits a project (app/project_session) fills them.
  QMenu* file_menu() const { return file_; }
  QAction* quit_action() const { return quit_; }
  QMenu* edit_menu() const { return edit_; }
  // Asked when the window is about to close: false keeps it open (unsaved changes the user
  // wants to keep). Nothing set: the window closes.
  void set_close_guard(std::function<bool()> guard) { close_guard_ = std::move(guard); }

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  MapCanvas* canvas_;
  LayerDock* layers_;
  IdentifyDock* identify_;
  LegendDock* legend_;
  QLabel* scale_label_;
  QMenu* file_;
  QAction* quit_;
  QMenu* edit_;
  std::function<bool()> close_guard_;
  // The feature last identified (layer index, feature), for "zoom to the selection".
  std::optional<std::pair<std::size_t, std::uint32_t>> selection_;
  QAction* to_selection_ = nullptr;
  // The point last identified, in map space, identified again on the new layers.
  std::optional<core::Point> identified_point_;
};

}  // namespace lumiere::ui
