#pragma once
// How a layer is drawn: a single symbol, a colour per category, graduated classes, or
// proportional circles; with solid, outline-only or hatched fills for footprints that overlap.
// Plain values, serialisable to JSON (style_json.h); copy them into render requests freely.
#include <QColor>
#include <QString>
#include <vector>

#include "maps/classification.h"

namespace lumiere::maps {

enum class StyleKind { Single, Categorized, Graduated, Proportional };
enum class FillMode { Solid, Outline, Hatched };

struct Symbol {
  QColor fill = QColor(0xf2, 0xef, 0xe9);
  QColor stroke = QColor(0x9a, 0x9a, 0x9a);
  double stroke_width_px = 0.3;  // cosmetic: device pixels whatever the scale
  FillMode fill_mode = FillMode::Solid;
};

struct Category {
  QString value;  // the attribute's text
  QColor color;
  QString label;  // shown in the legend; the value when empty
};

struct Style {
  StyleKind kind = StyleKind::Single;
  Symbol symbol;  // the single symbol; outline and fill mode for the other kinds
  QString field;  // the attribute of Categorized, Graduated and Proportional styles
  // Categorized
  std::vector<Category> categories;
  // Graduated
  ClassificationRequest classification;
  QString ramp = QStringLiteral("YlOrRd");
  bool reverse_ramp = false;
  QColor no_data;  // invalid: the ramp's own no-data colour
  // Proportional: circles whose AREA is proportional to the value, at label points.
  double max_radius_px = 28;
  QColor circle_fill = QColor(0xe3, 0x4a, 0x33, 200);
  QColor circle_stroke = QColor(0xff, 0xff, 0xff);
};

}  // namespace lumiere::maps
