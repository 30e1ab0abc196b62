#include "map_view.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace lumiere::ui {

MapView::MapView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(320, 240);
  // France whole with its insets, and a margin so that no coast touches the window's edge.
  core::Box extent = request_.space.france_extent();
  const double margin = 0.03 * std::max(extent.width(), extent.height());
  request_.extent = {extent.min_x - margin, extent.min_y - margin, extent.max_x + margin,
                     extent.max_y + margin};
  connect(&watcher_, &QFutureWatcher<QImage>::finished, this, [this] {
    frame_ = watcher_.result();
    update();
    emit frame_ready();
    if (pending_) {
      pending_ = false;
      request_frame();
    }
  });
}

MapView::~MapView() { watcher_.waitForFinished(); }

void MapView::set_layers(std::vector<maps::RenderLayer> layers) {
  request_.layers = std::move(layers);
  request_frame();
}

void MapView::request_frame() {
  if (watcher_.isRunning()) {
    pending_ = true;  // merged: one more frame once this one is done
    return;
  }
  const qreal dpr = devicePixelRatioF();
  request_.size = size() * dpr;
  watcher_.setFuture(QtConcurrent::run([request = request_, dpr] {
    QImage image = maps::render_image(request);
    image.setDevicePixelRatio(dpr);
    return image;
  }));
}

void MapView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(0xdd, 0xe8, 0xf0));
  if (!frame_.isNull()) painter.drawImage(QPointF(0, 0), frame_);
  if (request_.layers.empty()) {
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(rect(), Qt::AlignCenter, tr("Loading the map…"));
  }
}

void MapView::resizeEvent(QResizeEvent*) { request_frame(); }

}  // namespace lumiere::ui
