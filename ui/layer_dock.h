#pragma once
// The layer dock: the map's layers top first, with a check box for visibility, drag and drop to
// reorder, an opacity slider and a style dialog for the selected layer. It owns the list of
// styled layers the canvas draws and tells the canvas when it changes. GUI thread only.
#include <QDockWidget>
#include <memory>
#include <vector>

#include "maps/styled_layer.h"

class QListWidget;
class QSlider;
class QPushButton;

namespace lumiere::ui {

class LayerDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LayerDock(QWidget* parent = nullptr);

  // Layers bottom first, as drawn.
  void set_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);
  const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers() const { return layers_; }
  // Replaces one layer (bottom-first index), e.g. with a new style.
  void replace_layer(std::size_t index, std::shared_ptr<const maps::StyledLayer> layer);
  QListWidget* list() const { return list_; }
  QSlider* opacity_slider() const { return opacity_; }

 signals:
  void layers_changed(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);

 private:
  void rebuild_list();
  void sync_from_list();
  void edit_style();
  std::size_t selected_index() const;  // bottom-first, or layers_.size() when none

  std::vector<std::shared_ptr<const maps::StyledLayer>> layers_;
  QListWidget* list_;
  QSlider* opacity_;
  QPushButton* style_button_;
  bool updating_ = false;
};

}  // namespace lumiere::ui
