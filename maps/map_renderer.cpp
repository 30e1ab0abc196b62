#include "map_renderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace lumiere::maps {

ViewTransform::ViewTransform(const core::Box& extent, QSize size) {
  const double w = std::max(1, size.width());
  const double h = std::max(1, size.height());
  const double ew = std::max(extent.width(), 1.0);
  const double eh = std::max(extent.height(), 1.0);
  scale_ = std::min(w / ew, h / eh);
  origin_ = {extent.min_x, extent.max_y};
  offset_x_ = (w - ew * scale_) / 2;
  offset_y_ = (h - eh * scale_) / 2;
  visible_ = {extent.min_x - offset_x_ / scale_, extent.min_y - offset_y_ / scale_,
              extent.max_x + offset_x_ / scale_, extent.max_y + offset_y_ / scale_};
}

namespace {

QString inset_title(core::Zone zone) {
  switch (zone) {
    case core::Zone::Guadeloupe: return QCoreApplication::translate("MapRenderer", "Guadeloupe");
    case core::Zone::Martinique: return QCoreApplication::translate("MapRenderer", "Martinique");
    case core::Zone::Guyane: return QCoreApplication::translate("MapRenderer", "French Guiana");
    case core::Zone::Reunion: return QCoreApplication::translate("MapRenderer", "Réunion");
    case core::Zone::Mayotte: return QCoreApplication::translate("MapRenderer", "Mayotte");
    case core::Zone::Metropole: break;
  }
  return {};
}

void draw_layer(const RenderLayer& rl, const ViewTransform& view, QPainter& painter) {
  const core::GeometryStore& g = rl.layer->geometry;
  const core::Box visible = view.visible_extent();
  // Points closer than half a pixel to the last one kept add nothing visible: skip them. (The
  // shared-arc levels of detail of the cartography engine replace this.)
  const double min_step = 0.5 / view.pixels_per_metre();
  QPen pen(rl.style.stroke, rl.style.stroke_width_px);
  pen.setCosmetic(true);
  painter.setPen(pen);
  painter.setBrush(rl.style.filled ? QBrush(rl.style.fill) : Qt::NoBrush);
  QPolygonF polygon;
  for (std::uint32_t f : g.query(visible)) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto [p0, p1] = g.parts(f);
    for (auto part = p0; part < p1; ++part) {
      const auto [r0, r1] = g.rings(part);
      for (auto r = r0; r < r1; ++r) {
        const auto ring = g.ring(r);
        polygon.clear();
        core::Point last = ring[0];
        polygon << view.to_device(last);
        for (std::size_t i = 1; i < ring.size(); ++i) {
          if (std::abs(ring[i].x - last.x) < min_step && std::abs(ring[i].y - last.y) < min_step &&
              i + 1 < ring.size())
            continue;
          last = ring[i];
          polygon << view.to_device(last);
        }
        if (polygon.size() >= 3) path.addPolygon(polygon);
      }
    }
    painter.drawPath(path);
  }
}

void draw_inset_frames(const RenderRequest& request, const ViewTransform& view,
                       QPainter& painter) {
  QFont font = painter.font();
  font.setPixelSize(std::max(9, static_cast<int>(std::lround(14000 * view.pixels_per_metre()))));
  painter.setFont(font);
  for (const core::Inset& inset : request.space.insets()) {
    if (!inset.visible) continue;
    const QRectF frame(view.to_device({inset.frame.min_x, inset.frame.max_y}),
                       view.to_device({inset.frame.max_x, inset.frame.min_y}));
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(frame.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft,
                     inset_title(inset.zone));
  }
}

}  // namespace

void render(const RenderRequest& request, QPainter& painter) {
  const ViewTransform view(request.extent, request.size);
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.fillRect(QRectF(QPointF(0, 0), QSizeF(request.size)), request.background);
  for (const RenderLayer& layer : request.layers) {
    if (layer.layer) draw_layer(layer, view, painter);
  }
  if (request.inset_frames) draw_inset_frames(request, view, painter);
  painter.restore();
}

QImage render_image(const RenderRequest& request) {
  QImage image(request.size, QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  render(request, painter);
  return image;
}

}  // namespace lumiere::maps
