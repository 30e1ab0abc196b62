#pragma once
// The style dialog: every style of maps/style.h for one layer, with a live preview of the classes
// (bounds, colours, counts). Edits a copy; the caller applies style() when accepted. GUI thread.
#include <QDialog>
#include <memory>

#include "core/vector_layer.h"
#include "maps/style.h"

namespace lumiere::ui {

class StyleDialog : public QDialog {
  Q_OBJECT

 public:
  StyleDialog(std::shared_ptr<const core::VectorLayer> source, const maps::Style& style,
              QWidget* parent = nullptr);
  maps::Style style() const { return style_; }

 private:
  std::shared_ptr<const core::VectorLayer> source_;
  maps::Style style_;
};

}  // namespace lumiere::ui
