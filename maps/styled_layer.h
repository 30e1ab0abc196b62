#pragma once
// A layer with its style applied: the colour of every feature, the classes and their colours,
// the radii of proportional circles. Computed once per change of style or data (never per frame)
// on any thread, then shared read-only with render jobs.
#include <QColor>
#include <QString>
#include <memory>
#include <span>
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
  // The communes the COG places nowhere (VectorLayer::outside_cog): hatched in
  // kOutsideCogColor whatever the style, counted apart from the classes and from the features
  // without a value; no circle.
  std::size_t outside_cog_count = 0;
  // Graduated: the classes, one colour per class, the colour of features without value.
  Classification classes;
  std::vector<QColor> class_colors;
  QColor no_data_color;
  std::vector<std::size_t> class_counts;  // features per class
  std::size_t no_data_count = 0;
  // Categorized: features per category (same order as style.categories); features without a
  // value (an empty text, no number) that no category lists.
  std::vector<std::size_t> category_counts;
  std::size_t category_missing = 0;
  // Graduated: the smallest value of each class (NaN for an empty class), so that a legend
  // starts a class at a value of its own, never at the bound that ends the class before it.
  std::vector<double> class_minima;
  // Proportional: radius in pixels per feature (0 for none) and the value behind the largest.
  std::vector<float> radii_px;
  double max_value = 0;
};

// The hatch of communes absent from the COG, on the map and in the legend.
inline const QColor kOutsideCogColor = QColor(0x6e, 0x6e, 0x6e);
inline const QColor kOutsideCogBackground = QColor(0xf4, 0xf4, 0xf4);  // between the hatches

// A yes/no measure: numbers that are all 0 or 1 (missing values aside), at least one of them.
// Such a column is drawn as the categories yes / no / no value, never in classes.
bool is_yes_no(std::span<const double> values);
// Whether the layer's column `field` is a yes/no measure (is_yes_no of its numbers).
bool is_yes_no_column(const core::VectorLayer& layer, const QString& field);
// The categories of a yes/no measure on `field`: "1" yes, "0" no, in the user's language ("oui",
// "non"); the features without a value are the legend's "no value". `base` gives the outline.
Style yes_no_style(const Style& base, const QString& field);

// Applies `style` to the layer (a graduated style on a yes/no measure is drawn as its
// categories, yes_no_style): fails when the style's field is missing
// (StyleNo...Column...) or its values cannot be classified (StyleCannotClassify, StyleRamp...).
core::Result<std::shared_ptr<const StyledLayer>> style_layer(
    std::shared_ptr<const core::VectorLayer> source, const Style& style, const QString& title = {},
    const LabelSettings& labels = {});

}  // namespace lumiere::maps
