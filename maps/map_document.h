#pragma once
// A map document: the ordered stack of layers of one map (bottom first), each bound to a source
// by its id, with visibility, opacity, style and labels, and the inset layout. A value type,
// serialisable to JSON (saved in the project later). GUI thread or any, never shared mutably.
#include <QByteArray>
#include <QString>
#include <vector>

#include "core/geometry/map_space.h"
#include "core/result.h"
#include "maps/style.h"
#include "maps/styled_layer.h"

namespace lumiere::maps {

struct MapLayer {
  QString source;  // the id of the data it draws: a file list, a project layer, ...
  QString title;
  bool visible = true;
  double opacity = 1.0;
  Style style;
  LabelSettings labels;
};

struct MapDocument {
  QString title;
  std::vector<MapLayer> layers;  // drawn bottom to top
  core::MapSpace space;

  QByteArray to_json() const;
  // Fails naming what is wrong (MapNotValidJson, MapNotAMapDocument...; a style's error inside
  // MapLayerInvalid, which names the layer) when the JSON is not a map document.
  static core::Result<MapDocument> from_json(const QByteArray& json);
};

// The JSON of a style alone (lumiere render --style FILE takes one).
QByteArray style_to_json(const Style& style);
core::Result<Style> style_from_json(const QByteArray& json);

}  // namespace lumiere::maps
