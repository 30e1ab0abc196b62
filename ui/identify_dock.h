#pragma once
// The identify dock: every visible layer's features under the point the user clicked (the
// commune, its département, the footprints of structures...), finest first, each with its
// attributes as readable lines (ui/field_labels) and no fact twice. It keeps only text: the
// window calls identify() again when its layers are replaced, so no value is ever stale.
// GUI thread only.
#include <QDockWidget>
#include <memory>
#include <optional>
#include <vector>

#include "maps/styled_layer.h"

class QLabel;
class QTreeWidget;

namespace lumiere::ui {

class IdentifyDock : public QDockWidget {
  Q_OBJECT

 public:
  // A feature under the point: the layer's index among the layers given, and the feature.
  struct Hit {
    std::size_t layer;
    std::uint32_t feature;
  };

  explicit IdentifyDock(QWidget* parent = nullptr);

  // Lists the features of the visible layers under `point` (map space), the smallest first;
  // says so when there is none. Returns what it lists.
  std::vector<Hit> identify(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers,
                            core::Point point);
  // Back to the invitation to click the map.
  void clear();
  QTreeWidget* tree() const { return tree_; }
  // One line on what is listed ("La Rochelle, Charente-Maritime"), or the invitation to click.
  QString summary() const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  // The labels' column as wide as they are, up to three fifths of the tree.
  void fit_label_column();
  void add_feature(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers,
                   const std::vector<Hit>& hits, const Hit& hit);

  QLabel* summary_;
  QTreeWidget* tree_;
};

}  // namespace lumiere::ui
