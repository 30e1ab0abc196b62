#pragma once
// Draws territory layers on any QPainter (screen image, PNG, PDF, SVG): one drawing path for
// every device. A RenderRequest is an immutable value; render() reads only it and the layers it
// shares, so it runs on a worker thread while the GUI goes on.
#include <QColor>
#include <QImage>
#include <QSize>
#include <memory>
#include <vector>

#include "core/map_space.h"
#include "core/vector_layer.h"

class QPainter;

namespace lumiere::maps {

struct LayerStyle {
  QColor fill = QColor(0xf2, 0xef, 0xe9);
  QColor stroke = QColor(0x9a, 0x9a, 0x9a);
  double stroke_width_px = 0.3;  // cosmetic pen width, in device pixels
  bool filled = true;
};

struct RenderLayer {
  std::shared_ptr<const core::VectorLayer> layer;
  LayerStyle style;
};

struct RenderRequest {
  core::Box extent;  // map space; widened to the output's aspect ratio
  QSize size{800, 600};
  std::vector<RenderLayer> layers;  // drawn bottom to top
  core::MapSpace space;
  QColor background = QColor(0xdd, 0xe8, 0xf0);
  bool inset_frames = true;
};

// The map-to-device transform of a request: map metres to pixels, y up on the map.
class ViewTransform {
 public:
  ViewTransform(const core::Box& extent, QSize size);
  QPointF to_device(core::Point p) const {
    return {(p.x - origin_.x) * scale_ + offset_x_, (origin_.y - p.y) * scale_ + offset_y_};
  }
  double pixels_per_metre() const { return scale_; }
  // The map extent the whole output shows (the request's, widened to the aspect ratio).
  core::Box visible_extent() const { return visible_; }

 private:
  core::Point origin_;
  double scale_ = 1;
  double offset_x_ = 0;
  double offset_y_ = 0;
  core::Box visible_;
};

void render(const RenderRequest& request, QPainter& painter);
QImage render_image(const RenderRequest& request);

}  // namespace lumiere::maps
