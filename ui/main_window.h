#pragma once
// The main window: the map canvas in the centre, the map toolbar (what the map shows), docks for
// the layers, the legend and identify, the scale in the status bar; the menus Fichier, Édition,
// Vue, Carte, Analyse, Aide, which the app's controllers fill (app/project_session,
// app/project_files). Each dock is its own small class; this one wires them, keeps the selection
// (a layer's features outlined on the map) and its dock layout between sessions (QSettings).
// GUI thread only.
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

class AttributeTableDock;
class MapCanvas;
class MapToolbar;
class SearchBox;
class StatisticsDock;
class LayerDock;
class IdentifyDock;
class LegendDock;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

  // Shows these layers (drawn bottom to top) and says what was loaded in the status bar.
  void show_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);
  // Adds these layers over the map (files dropped on the window or opened beside a project).
  void add_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);
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

  // The File menu: New, Open, recent projects (app/project_files) and Save (app/project_session)
  // go before save_anchor(), the imports into import_menu(), the exports into export_menu(); its
  // last action is Quit. The Edit menu: undo and redo (app/project_session).
  QMenu* file_menu() const { return file_; }
  QAction* save_anchor() const { return save_anchor_; }
  QMenu* import_menu() const { return import_; }
  QMenu* export_menu() const { return export_; }
  QAction* quit_action() const { return quit_; }
  QMenu* edit_menu() const { return edit_; }
  QMenu* map_menu() const { return map_; }
  QMenu* analysis_menu() const { return analysis_; }
  MapToolbar* map_toolbar() const { return map_toolbar_; }
  SearchBox* search_box() const { return search_; }
  AttributeTableDock* attribute_table() const { return table_; }
  StatisticsDock* statistics_dock() const { return statistics_; }

  // Restores the window's size and its docks as the user left them (QSettings), else opens
  // maximised (the first run). Call once, before the window is shown.
  void restore_layout();
  // Exports the map as the canvas shows it (its extent, twice its size) to a PNG, SVG or PDF
  // file; false with the reason in `error`.
  bool export_map(const QString& path, QString* error);
  // The layer the attribute table lists: the one the map colours, else the top visible one.
  std::shared_ptr<const maps::StyledLayer> table_layer() const;
  // Selects features of the layer whose source is `layer` on the map (see MapCanvas) and in the
  // attribute table.
  void select(const std::string& layer, std::vector<std::uint32_t> features);
  // Asked when the window is about to close: false keeps it open (unsaved changes the user
  // wants to keep). Nothing set: the window closes.
  void set_close_guard(std::function<bool()> guard) { close_guard_ = std::move(guard); }

 signals:
  // Files dropped on the window (projects or vector files), as local paths.
  void files_dropped(const QStringList& paths);
  // The selection changed on the map (a click, a search, the table): the layer's source name and
  // its features, sorted.
  void selection_changed(const std::string& layer, const std::vector<std::uint32_t>& features);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  MapCanvas* canvas_;
  LayerDock* layers_;
  IdentifyDock* identify_;
  LegendDock* legend_;
  QLabel* scale_label_;
  MapToolbar* map_toolbar_;
  SearchBox* search_;
  AttributeTableDock* table_;
  StatisticsDock* statistics_;
  QMenu* file_;
  QAction* save_anchor_;
  QMenu* import_;
  QMenu* export_;
  QAction* quit_;
  QMenu* edit_;
  QMenu* map_;
  QMenu* analysis_;
  std::function<bool()> close_guard_;
  // The feature last identified (layer index, feature), for "zoom to the selection".
  std::optional<std::pair<std::size_t, std::uint32_t>> selection_;
  QAction* to_selection_ = nullptr;
  // The point last identified, in map space, identified again on the new layers.
  std::optional<core::Point> identified_point_;
};

}  // namespace lumiere::ui
