#include "map_canvas.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "maps/number_format.h"

namespace lumiere::ui {
namespace {

// The rings of feature `f` of `g`, in device pixels, added to `path` (the hover and selection
// overlays).
void add_outline(QPainterPath& path, const core::GeometryStore& g, std::uint32_t f,
                 const maps::ViewTransform& view) {
  const auto [p0, p1] = g.parts(f);
  for (auto part = p0; part < p1; ++part) {
    const auto [r0, r1] = g.rings(part);
    for (auto r = r0; r < r1; ++r) {
      QPolygonF polygon;
      for (const core::Point& p : g.ring(r)) polygon << view.to_device(p);
      path.addPolygon(polygon);
    }
  }
}
constexpr double kZoomStep = 1.25;
constexpr double kDragThreshold = 4;  // pixels before a press becomes a drag, not a click
}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
  setMinimumSize(320, 240);
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  settle_.setSingleShot(true);
  settle_.setInterval(60);
  connect(&settle_, &QTimer::timeout, this, &MapCanvas::request_frame);
  connect(&watcher_, &QFutureWatcher<QImage>::finished, this, [this] {
    if (!watcher_.isCanceled() && !(cancel_ && cancel_->load())) {
      frame_ = watcher_.result();
      frame_extent_ = rendering_extent_;
      update();
      emit frame_ready();
    }
    if (pending_) {
      pending_ = false;
      request_frame();
    }
  });
}

MapCanvas::~MapCanvas() {
  if (cancel_) cancel_->store(true);
  watcher_.waitForFinished();
}

void MapCanvas::set_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers) {
  const bool first = request_.layers.empty();
  request_.layers = std::move(layers);
  hovered_.reset();
  if (first) zoom_full();
  request_frame();
}

void MapCanvas::set_insets_visible(bool visible) {
  for (const core::Inset& inset : request_.space.insets())
    request_.space.inset(inset.zone).visible = visible;
  request_.inset_frames = visible;
  request_frame();
}

core::Box MapCanvas::visible_extent() const {
  const double hw = width() * metres_per_pixel_ / 2, hh = height() * metres_per_pixel_ / 2;
  return {center_.x - hw, center_.y - hh, center_.x + hw, center_.y + hh};
}

maps::ViewTransform MapCanvas::view_transform() const {
  return maps::ViewTransform(visible_extent(), size());
}

void MapCanvas::set_view(core::Point center, double metres_per_pixel) {
  center_ = center;
  metres_per_pixel_ = std::clamp(metres_per_pixel, 0.05, 20000.0);
  view_changed();
}

void MapCanvas::zoom_to(const core::Box& extent) {
  if (extent.empty()) return;
  const double m = 0.03 * std::max(extent.width(), extent.height());
  const double mpp = std::max((extent.width() + 2 * m) / std::max(1, width()),
                              (extent.height() + 2 * m) / std::max(1, height()));
  set_view(extent.center(), mpp);
}

void MapCanvas::zoom_full() {
  core::Box extent;
  for (const auto& layer : request_.layers) {
    if (!layer->source) continue;
    // Whole France with its insets, whatever the layers hold.
    extent.expand(layer->source->geometry.extent());
  }
  if (request_.inset_frames) extent.expand(request_.space.france_extent());
  zoom_to(extent.empty() ? request_.space.france_extent() : extent);
}

void MapCanvas::zoom_by(double factor, QPointF around) {
  // The map point under `around` stays under it.
  const maps::ViewTransform before = view_transform();
  const core::Point anchor = before.to_map(around);
  metres_per_pixel_ = std::clamp(metres_per_pixel_ / factor, 0.05, 20000.0);
  const QPointF offset = around - QPointF(width() / 2.0, height() / 2.0);
  center_ = {anchor.x - offset.x() * metres_per_pixel_, anchor.y + offset.y() * metres_per_pixel_};
  view_changed();
}

void MapCanvas::pan_pixels(QPointF delta) {
  center_ = {center_.x - delta.x() * metres_per_pixel_, center_.y + delta.y() * metres_per_pixel_};
  view_changed();
}

double MapCanvas::scale_denominator() const {
  // Map metres per screen metre: a logical pixel is 1/logicalDpiX inch.
  return metres_per_pixel_ * logicalDpiX() / 0.0254;
}

void MapCanvas::view_changed() {
  emit scale_changed(scale_denominator());
  update();         // the last frame, transformed, at once
  settle_.start();  // the new frame once the gesture pauses
}

void MapCanvas::request_frame() {
  if (request_.layers.empty() || width() <= 0 || height() <= 0) return;
  if (watcher_.isRunning()) {
    // The running frame is for a view we have left: stop it, render the new one after it.
    if (cancel_) cancel_->store(true);
    pending_ = true;
    return;
  }
  const qreal dpr = devicePixelRatioF();
  maps::RenderRequest request = request_;
  request.extent = visible_extent();
  request.size = size() * dpr;
  request.dpi = 96 * dpr;
  rendering_extent_ = request.extent;
  cancel_ = std::make_shared<std::atomic<bool>>(false);
  watcher_.setFuture(QtConcurrent::run([request, dpr, cancel = cancel_] {
    QImage image = maps::render_image(request, cancel.get());
    image.setDevicePixelRatio(dpr);
    return image;
  }));
}

std::optional<std::pair<std::size_t, std::uint32_t>> MapCanvas::feature_at(QPointF pos) const {
  const core::Point p = view_transform().to_map(pos);
  for (std::size_t i = request_.layers.size(); i-- > 0;) {
    const auto& layer = request_.layers[i];
    if (!layer->visible || !layer->source) continue;
    const auto hits = layer->source->geometry.features_at(p);
    if (!hits.empty()) return std::make_pair(i, hits.front());
  }
  return std::nullopt;
}

void MapCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), request_.background);
  const maps::ViewTransform view = view_transform();
  if (!frame_.isNull()) {
    // Where the finished frame's extent stands in the current view.
    const QRectF target(view.to_device({frame_extent_.min_x, frame_extent_.max_y}),
                        view.to_device({frame_extent_.max_x, frame_extent_.min_y}));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, frame_);
  }
  if (request_.layers.empty()) {
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(rect(), Qt::AlignCenter, tr("Loading the map…"));
  }
  if (!selection_.empty()) paint_selection(painter, view);
  if (hovered_) {
    const auto& layer = request_.layers[hovered_->first];
    QPainterPath path;
    add_outline(path, layer->source->geometry, hovered_->second, view);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 2.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
  }
  if (drag_ == Drag::Rubber) {
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1, Qt::DashLine));
    painter.setBrush(QColor(0x1f, 0x5f, 0xbf, 40));
    painter.drawRect(QRectF(press_pos_, last_pos_).normalized());
  }
}

void MapCanvas::set_selection(const std::string& layer, std::vector<std::uint32_t> features) {
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  selection_layer_ = features.empty() ? std::string() : layer;
  selection_ = std::move(features);
  update();
}

void MapCanvas::paint_selection(QPainter& painter, const maps::ViewTransform& view) const {
  const auto layer =
      std::find_if(request_.layers.begin(), request_.layers.end(),
                   [&](const auto& l) { return l->source && l->source->name == selection_layer_; });
  if (layer == request_.layers.end()) return;
  const core::VectorLayer& source = *(*layer)->source;
  // The level of detail of the scale: a département's communes outline fast at any scale.
  const core::GeometryStore& g = source.geometry_for(metres_per_pixel_);
  const core::Box visible = visible_extent();
  QPainterPath path;
  for (const std::uint32_t f : selection_) {
    if (f < g.feature_count() && g.bounds(f).intersects(visible)) add_outline(path, g, f, view);
  }
  path.setFillRule(Qt::OddEvenFill);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(QPen(QColor(0x00, 0xb4, 0xd8), 2.0));
  painter.setBrush(QColor(0x00, 0xb4, 0xd8, 60));
  painter.drawPath(path);
}

void MapCanvas::resizeEvent(QResizeEvent*) {
  if (frame_.isNull() && !request_.layers.empty()) {
    zoom_full();
  } else {
    view_changed();
  }
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps != 0) zoom_by(std::pow(kZoomStep, steps), event->position());
  event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  press_pos_ = last_pos_ = event->position();
  moved_ = false;
  drag_ = (event->modifiers() & Qt::ShiftModifier) ? Drag::Rubber : Drag::Pan;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  if (drag_ == Drag::None) {
    // Hover: highlight the feature under the cursor, with its name and value in a tooltip.
    const auto hit = feature_at(pos);
    if (hit != hovered_) {
      hovered_ = hit;
      update();
    }
    if (hit) {
      const maps::StyledLayer& layer = *request_.layers[hit->first];
      QString text = QString::fromStdString(layer.source->display_name(hit->second));
      if (const auto* values = layer.source->attributes.numbers(layer.style.field.toStdString())) {
        text += QStringLiteral(" — %1 : %2")
                    .arg(layer.style.field, maps::format_fr((*values)[hit->second], 1));
      }
      QToolTip::showText(event->globalPosition().toPoint(), text, this);
    } else {
      QToolTip::hideText();
    }
    return;
  }
  if ((pos - press_pos_).manhattanLength() > kDragThreshold) moved_ = true;
  if (drag_ == Drag::Pan && moved_) pan_pixels(pos - last_pos_);
  last_pos_ = pos;
  if (drag_ == Drag::Rubber) update();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  const Drag drag = std::exchange(drag_, Drag::None);
  if (drag == Drag::Rubber && moved_) {
    const maps::ViewTransform view = view_transform();
    const core::Point a = view.to_map(press_pos_), b = view.to_map(event->position());
    core::Box box;
    box.expand(a);
    box.expand(b);
    zoom_to(box);
  } else if (!moved_) {
    emit clicked(view_transform().to_map(event->position()));
    if (const auto hit = feature_at(event->position()))
      emit feature_identified(hit->first, hit->second);
  }
  update();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
  const QPointF centre(width() / 2.0, height() / 2.0);
  const double step = std::min(width(), height()) / 4.0;
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoom_by(kZoomStep * kZoomStep, centre);
      break;
    case Qt::Key_Minus:
      zoom_by(1 / (kZoomStep * kZoomStep), centre);
      break;
    case Qt::Key_Left:
      pan_pixels({step, 0});
      break;
    case Qt::Key_Right:
      pan_pixels({-step, 0});
      break;
    case Qt::Key_Up:
      pan_pixels({0, step});
      break;
    case Qt::Key_Down:
      pan_pixels({0, -step});
      break;
    case Qt::Key_Home:
      zoom_full();
      break;
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

void MapCanvas::leaveEvent(QEvent*) {
  if (hovered_) {
    hovered_.reset();
    update();
  }
}

}  // namespace lumiere::ui
