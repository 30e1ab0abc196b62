#pragma once
// The legend dock: the legend of the visible layers, top layer first, built by the maps legend
// model (the same one print layouts use) and drawn in a scrollable widget. GUI thread only.
#include <QDockWidget>
#include <memory>
#include <vector>

#include "maps/legend.h"
#include "maps/styled_layer.h"

namespace lumiere::ui {

class LegendView;

class LegendDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit LegendDock(QWidget* parent = nullptr);
  // Layers bottom first, as the canvas draws them.
  void set_layers(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers);
  const maps::LegendLayout& layout() const;

 private:
  LegendView* view_;
};

}  // namespace lumiere::ui
