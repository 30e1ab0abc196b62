#pragma once
// A layer with its style applied: the colour of every feature, the classes and their colours,
// the radii of proportional circles. Computed once per change of style or data (never per frame)
// on any thread, then shared read-only with render jobs.
#include <QColor>
#include <QString>
#include <memory>
#include <vector>

#include "core/layers/vector_layer.h"
#include "core/result.h"
#include "maps/classification.h"
#include "maps/style.h"

namespace lumiere::maps {

struct LabelSettings {
  bool enabled = false;
  QString field;  // a text column; empty: the display name (COG name where known)
  // Labels are drawn only at this scale or larger (map metres per pixel at most).
  double max_metres_per_pixel = 400;
  double font_px = 11;
};

struct StyledLayer {
  std::shared_ptr<const core::VectorLayer> source;
  QString title;
  Style style;
  bool visible = true;
  double opacity = 1.0;
  LabelSettings labels;

  std::vector<QRgb> fills;  // per feature, premultiplied-free ARGB; alpha 0 = not filled
  // Graduated: the classes, one colour per class, the colour of features without value.
  Classification classes;
  std::vector<QColor> class_colors;
  QColor no_data_color;
  std::vector<std::size_t> class_counts;  // features per class
  std::size_t no_data_count = 0;
  // Categorized: features per category (same order as style.categories), others.
  std::vector<std::size_t> category_counts;
  // Proportional: radius in pixels per feature (0 for none) and the value behind the largest.
  std::vector<float> radii_px;
  double max_value = 0;
};

// Applies `style` to the layer: fails when the style's field is missing
// (StyleNo...Column...) or its values cannot be classified (StyleCannotClassify, StyleRamp...).
core::Result<std::shared_ptr<const StyledLayer>> style_layer(
    std::shared_ptr<const core::VectorLayer> source, const Style& style, const QString& title = {},
    const LabelSettings& labels = {});

}  // namespace lumiere::maps
