#pragma once
// The identify dock: the attributes of the feature the user clicked (code, names, COG figures).
// GUI thread only.
#include <QDockWidget>

#include "maps/styled_layer.h"

class QTreeWidget;

namespace lumiere::ui {

class IdentifyDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit IdentifyDock(QWidget* parent = nullptr);
  void show_feature(const maps::StyledLayer& layer, std::uint32_t feature);
  QTreeWidget* tree() const { return tree_; }

 private:
  QTreeWidget* tree_;
};

}  // namespace lumiere::ui
