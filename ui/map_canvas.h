#pragma once
// The interactive map canvas. It keeps the current view (centre and metres per pixel), asks a
// worker thread (QThreadPool) for a frame whenever the view or the layers change, cancels the
// frame it no longer needs, and only paints images: the last finished frame, shifted and scaled
// to the current view while the next one renders, so panning and zooming never wait. Overlays
// (hover highlight, rubber band) are drawn on top. GUI thread only.
#include <QFutureWatcher>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "maps/map_renderer.h"

namespace lumiere::ui {

class MapCanvas : public QWidget {
  Q_OBJECT

 public:
  explicit MapCanvas(QWidget* parent = nullptr);
  ~MapCanvas() override;

  void set_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers);
  const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers() const {
    return request_.layers;
  }
  void set_insets_visible(bool visible);

  // The view: centre in map space and map metres per logical pixel.
  core::Point center() const { return center_; }
  double metres_per_pixel() const { return metres_per_pixel_; }
  core::Box visible_extent() const;
  void set_view(core::Point center, double metres_per_pixel);
  void zoom_to(const core::Box& extent);
  void zoom_full();
  void zoom_by(double factor, QPointF around);
  void pan_pixels(QPointF delta);
  // The scale denominator on this screen (1:250 000 gives 250000).
  double scale_denominator() const;

  const QImage& frame() const { return frame_; }
  // What the canvas draws (layers, map space, insets), for an export of the same map.
  const maps::RenderRequest& render_request() const { return request_; }
  bool busy() const { return watcher_.isRunning() || pending_; }
  std::optional<std::pair<std::size_t, std::uint32_t>> hovered() const { return hovered_; }
  // The selection: features of the layer whose source is named `layer` (rows of the attribute
  // table, the communes of a place found, a feature clicked), outlined over the map; it stays
  // on the layer of that name when the layers are replaced. An empty list clears it.
  void set_selection(const std::string& layer, std::vector<std::uint32_t> features);
  const std::string& selection_layer() const { return selection_layer_; }
  const std::vector<std::uint32_t>& selection() const { return selection_; }
  // The top-most visible layer's feature under a widget position: (layer index, feature).
  std::optional<std::pair<std::size_t, std::uint32_t>> feature_at(QPointF pos) const;

 signals:
  void frame_ready();
  void scale_changed(double denominator);
  void feature_identified(std::size_t layer, std::uint32_t feature);
  // A click (not a drag) at this point of map space, over a feature or not.
  void clicked(core::Point map_point);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void view_changed();
  void paint_selection(QPainter& painter, const maps::ViewTransform& view) const;
  void request_frame();
  maps::ViewTransform view_transform() const;

  maps::RenderRequest request_;
  core::Point center_{600000, 6600000};
  double metres_per_pixel_ = 1000;
  QImage frame_;
  core::Box frame_extent_;  // what frame_ shows
  QFutureWatcher<QImage> watcher_;
  std::shared_ptr<std::atomic<bool>> cancel_;
  core::Box rendering_extent_;
  bool pending_ = false;
  QTimer settle_;  // merges bursts of wheel and drag events into one render request

  enum class Drag { None, Pan, Rubber };
  Drag drag_ = Drag::None;
  QPointF press_pos_;
  QPointF last_pos_;
  bool moved_ = false;
  std::optional<std::pair<std::size_t, std::uint32_t>> hovered_;
  std::string selection_layer_;
  std::vector<std::uint32_t> selection_;  // sorted
};

}  // namespace lumiere::ui
