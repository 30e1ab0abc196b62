#pragma once
// Draws a map on any QPainter (screen image, PNG, PDF, SVG): one drawing path for every device.
// A RenderRequest is an immutable value; render() reads only it and the styled layers it shares,
// so it runs on a worker thread while the GUI goes on, and stops early when its cancel flag is
// raised. Nothing is read, projected, classified or simplified here: only picked and painted.
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <atomic>
#include <memory>
#include <vector>

#include "core/geometry/map_space.h"
#include "maps/label_engine.h"
#include "maps/styled_layer.h"

class QPainter;

namespace lumiere::maps {

struct RenderRequest {
  core::Box extent;      // map space; widened to the output's aspect ratio
  QSize size{800, 600};  // output in device pixels
  double dpi = 96;       // device pixels per inch: scales line widths, fonts and symbols
  std::vector<std::shared_ptr<const StyledLayer>> layers;  // drawn bottom to top
  core::MapSpace space;
  QColor background = QColor(0xdd, 0xe8, 0xf0);
  bool inset_frames = true;  // frames, names and scale marks of the DROM insets
  bool labels = true;        // the labels the layers ask for
};

// The map-to-device transform of a request: map metres to pixels, y up on the map.
class ViewTransform {
 public:
  ViewTransform(const core::Box& extent, QSize size);
  QPointF to_device(core::Point p) const {
    return {(p.x - origin_.x) * scale_ + offset_x_, (origin_.y - p.y) * scale_ + offset_y_};
  }
  core::Point to_map(QPointF d) const {
    return {(d.x() - offset_x_) / scale_ + origin_.x, origin_.y - (d.y() - offset_y_) / scale_};
  }
  double pixels_per_metre() const { return scale_; }
  double metres_per_pixel() const { return 1.0 / scale_; }
  // The map extent the whole output shows (the request's, widened to the aspect ratio).
  core::Box visible_extent() const { return visible_; }

 private:
  core::Point origin_;
  double scale_ = 1;
  double offset_x_ = 0;
  double offset_y_ = 0;
  core::Box visible_;
};

enum class RenderOutcome { Finished, Cancelled };

RenderOutcome render(const RenderRequest& request, QPainter& painter,
                     const std::atomic<bool>* cancel = nullptr);
QImage render_image(const RenderRequest& request, const std::atomic<bool>* cancel = nullptr);

// The labels of a frame as render() places them with `font` (the painter's): the top layer's
// first, the DROM insets' titles avoided (when the request draws the insets) and a territory
// named like its inset ("Mayotte" in the Mayotte inset) left to the title.
std::vector<PlacedLabel> frame_labels(const RenderRequest& request, const ViewTransform& view,
                                      const QFont& font);

// A "nice" length for a scale bar: 1, 2 or 5 times a power of ten metres, at most `max_metres`.
double nice_length(double max_metres);

}  // namespace lumiere::maps
