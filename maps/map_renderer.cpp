#include "map_renderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <thread>

#include "maps/fast_raster.h"
#include "maps/inset_titles.h"
#include "maps/label_engine.h"

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

double nice_length(double max_metres) {
  if (!(max_metres > 0)) return 0;
  const double power = std::pow(10.0, std::floor(std::log10(max_metres)));
  for (double m : {5.0, 2.0, 1.0}) {
    if (m * power <= max_metres) return m * power;
  }
  return power;
}

namespace {

bool cancelled(const std::atomic<bool>* cancel) {
  return cancel && cancel->load(std::memory_order_relaxed);
}

QString distance_label(double metres) {
  return metres >= 1000
             ? QCoreApplication::translate("MapRenderer", "%1 km").arg(metres / 1000.0, 0, 'g', 6)
             : QCoreApplication::translate("MapRenderer", "%1 m").arg(metres, 0, 'g', 6);
}

// Device coordinates of one ring, without the points closer than a quarter of a pixel to the last
// one kept (at small scale many vertices fall on the same pixel even after simplification).
void ring_to_device(std::span<const core::Point> ring, const ViewTransform& view, QPolygonF& out) {
  out.clear();
  QPointF last = view.to_device(ring[0]);
  out << last;
  for (std::size_t i = 1; i < ring.size(); ++i) {
    const QPointF p = view.to_device(ring[i]);
    if (std::abs(p.x() - last.x()) < 0.25 && std::abs(p.y() - last.y()) < 0.25 &&
        i + 1 < ring.size())
      continue;
    out << p;
    last = p;
  }
}

QBrush brush_for(const StyledLayer& layer, QRgb fill) {
  if (qAlpha(fill) == 0) return Qt::NoBrush;
  switch (layer.style.symbol.fill_mode) {
    case FillMode::Solid:
      return QBrush(QColor::fromRgba(fill));
    case FillMode::Hatched:
      return QBrush(QColor::fromRgba(fill), Qt::BDiagPattern);
    case FillMode::Outline:
      return Qt::NoBrush;
  }
  return Qt::NoBrush;
}

void draw_polygons(const StyledLayer& layer, const ViewTransform& view, const core::Box& area,
                   double dpi_scale, QPainter& painter, const std::atomic<bool>* cancel) {
  // The level of detail of this scale: features, parts and rings are those of the full store.
  const core::GeometryStore& g = layer.source->geometry_for(view.metres_per_pixel());
  const Symbol& symbol = layer.style.symbol;
  const bool outline_mode = symbol.fill_mode == FillMode::Outline;
  QPen pen(symbol.stroke, symbol.stroke_width_px * dpi_scale);
  pen.setCosmetic(true);
  pen.setJoinStyle(Qt::RoundJoin);
  if (symbol.stroke_width_px <= 0) pen = Qt::NoPen;
  // On a raster frame, small solid fills and outlines under a pixel wide are written by AreaFill
  // and ThinStroke (maps/fast_raster.h): the same pixels as QPainter's, in the same order (each
  // feature's fill, then its outline), without QPainter's cost per call and per segment, which
  // is most of a national frame's time. Anything they decline goes through QPainter.
  std::optional<ThinStroke> thin;
  if (!outline_mode && pen.style() != Qt::NoPen)
    thin = ThinStroke::for_painter(painter, symbol.stroke, pen.widthF());
  // (Fills only when QPainter has no outline to draw: it draws both in one call.)
  std::optional<AreaFill> small_fill;
  if (symbol.fill_mode == FillMode::Solid && (thin || pen.style() == Qt::NoPen))
    small_fill = AreaFill::for_painter(painter);
  painter.setPen(thin ? QPen(Qt::NoPen) : pen);
  const std::vector<std::uint32_t> visible = g.query(area);
  std::vector<QPolygonF> rings;  // the feature's rings in device coordinates, reused
  QRgb current = 0;
  bool current_hatched = false;
  painter.setBrush(Qt::NoBrush);
  std::size_t done = 0;
  for (std::uint32_t f : visible) {
    if ((++done & 1023) == 0 && cancelled(cancel)) return;
    const QRgb fill = layer.fills[f];
    std::size_t used = 0;
    const auto [p0, p1] = g.parts(f);
    for (auto part = p0; part < p1; ++part) {
      const auto [r0, r1] = g.rings(part);
      for (auto r = r0; r < r1; ++r) {
        if (used == rings.size()) rings.emplace_back();
        ring_to_device(g.ring(r), view, rings[used]);
        if (rings[used].size() >= 3) ++used;
      }
    }
    if (used == 0) continue;
    // A commune absent from the COG is hatched whatever the style (StyledLayer::fills).
    const bool outside = layer.source->is_outside_cog(f);
    const bool filled = small_fill && !outside &&
                        (qAlpha(fill) == 0 || small_fill->fill({rings.data(), used}, fill));
    if (!filled) {
      if (outside) {
        if (outline_mode) painter.setPen(pen);
        if (!current_hatched) {
          painter.setBrush(QBrush(kOutsideCogColor, Qt::BDiagPattern));
          painter.setBackground(kOutsideCogBackground);
        }
        current_hatched = true;
      } else if (outline_mode) {
        if (current_hatched) painter.setBrush(Qt::NoBrush);
        current_hatched = false;
        QPen outline(QColor::fromRgba(fill), std::max(1.0, 2 * symbol.stroke_width_px) * dpi_scale);
        outline.setCosmetic(true);
        painter.setPen(qAlpha(fill) ? outline : pen);
      } else if (fill != current || current_hatched) {
        painter.setBrush(brush_for(layer, fill));
        current = fill;
        current_hatched = false;
      }
      // Between the hatches, land rather than the map's background.
      if (outside) painter.setBackgroundMode(Qt::OpaqueMode);
      if (used == 1) {
        painter.drawPolygon(rings[0], Qt::OddEvenFill);
      } else {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::size_t i = 0; i < used; ++i) path.addPolygon(rings[i]);
        painter.drawPath(path);
      }
      if (outside) painter.setBackgroundMode(Qt::TransparentMode);
    }
    if (thin) {
      for (std::size_t i = 0; i < used; ++i)
        thin->polyline(rings[i].constData(), static_cast<int>(rings[i].size()));
    }
  }
}

void draw_circles(const StyledLayer& layer, const ViewTransform& view, const core::Box& area,
                  double dpi_scale, QPainter& painter) {
  const core::GeometryStore& g = layer.source->geometry;
  std::vector<std::uint32_t> visible = g.query(area);
  std::erase_if(visible, [&](std::uint32_t f) { return !(layer.radii_px[f] > 0); });
  // Largest first, so that small circles stay visible on top of large ones (ties by feature, so
  // that every band of a frame draws them in the same order).
  std::sort(visible.begin(), visible.end(), [&](std::uint32_t a, std::uint32_t b) {
    return layer.radii_px[a] != layer.radii_px[b] ? layer.radii_px[a] > layer.radii_px[b] : a < b;
  });
  painter.setBrush(layer.style.circle_fill);
  // The outline parts overlapping circles. Its width is at most an eighth of the radius: at
  // national scale a thousand circles of a pixel or two stand over the largest ones (the Paris
  // region's communes over Paris), and full-width white rings on them would bleach the circle
  // beneath them until it vanished. Every circle is drawn, however small: its value is there.
  const double full_width = 0.8 * dpi_scale;
  double pen_width = -1;
  for (std::uint32_t f : visible) {
    const double r = layer.radii_px[f] * dpi_scale;
    const double width = std::min(full_width, r / 8);
    if (width != pen_width) {
      pen_width = width;
      // (A zero-width QPen is a cosmetic one-pixel pen: no outline at all under a tenth of a px.)
      painter.setPen(width < 0.1 ? QPen(Qt::NoPen) : QPen(layer.style.circle_stroke, width));
    }
    painter.drawEllipse(view.to_device(g.label_point(f)), r, r);
  }
}

void draw_inset_frames(const RenderRequest& request, const ViewTransform& view,
                       const std::vector<InsetTitle>& titles, double dpi_scale, QPainter& painter) {
  const QFont base = painter.font();
  const double pad = 3 * dpi_scale;
  for (const InsetTitle& title : titles) {
    const core::Inset& inset = request.space.inset(title.zone);
    const QRectF& frame = title.frame;
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 1 * dpi_scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    const QFont& font = title.font;
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(title.baseline, title.text);
    // The inset's own scale mark: a bar of a nice length in the DROM's real metres, its label
    // after it, both inside the frame.
    const double real_metres_per_px = view.metres_per_pixel() / inset.scale;
    const double length = nice_length(real_metres_per_px * frame.width() * 0.3);
    const double bar_px = length / real_metres_per_px;
    const QString label = distance_label(length);
    const double label_px = metrics.horizontalAdvance(label);
    if (bar_px < 8 || frame.height() < 3 * metrics.height() ||
        pad + bar_px + 3 * dpi_scale + label_px > frame.width() - pad)
      continue;
    const QPointF start(frame.left() + pad, frame.bottom() - pad);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2 * dpi_scale));
    painter.drawLine(start, start + QPointF(bar_px, 0));
    painter.drawLine(start, start - QPointF(0, 3 * dpi_scale));
    painter.drawLine(start + QPointF(bar_px, 0), start + QPointF(bar_px, -3 * dpi_scale));
    // The label may fall on land: a white halo keeps it legible.
    QPainterPath text;
    text.addText(start + QPointF(bar_px + 3 * dpi_scale, 0), font, label);
    painter.strokePath(text, QPen(QColor(255, 255, 255, 220), 2.5 * dpi_scale, Qt::SolidLine,
                                  Qt::RoundCap, Qt::RoundJoin));
    painter.drawText(start + QPointF(bar_px + 3 * dpi_scale, 0), label);
  }
  painter.setFont(base);
}

// The layers, clipped to `area` (map space): the part of a frame that one thread draws.
RenderOutcome draw_layers(const RenderRequest& request, const ViewTransform& view,
                          const core::Box& area, QPainter& painter,
                          const std::atomic<bool>* cancel) {
  const double dpi_scale = request.dpi / 96.0;
  for (const auto& layer : request.layers) {
    if (!layer || !layer->visible || !layer->source) continue;
    if (cancelled(cancel)) return RenderOutcome::Cancelled;
    painter.setOpacity(layer->opacity);
    draw_polygons(*layer, view, area, dpi_scale, painter, cancel);
    if (layer->style.kind == StyleKind::Proportional) {
      // A circle reaches up to its radius beyond its feature's box: widen the search by the
      // largest radius so that a band never cuts a circle whose centre lies in another band.
      const double reach = layer->style.max_radius_px * dpi_scale * view.metres_per_pixel();
      const core::Box wide{area.min_x - reach, area.min_y - reach, area.max_x + reach,
                           area.max_y + reach};
      draw_circles(*layer, view, wide, dpi_scale, painter);
    }
    painter.setOpacity(1.0);
  }
  return cancelled(cancel) ? RenderOutcome::Cancelled : RenderOutcome::Finished;
}

// What is drawn once over the whole frame: labels (they need every placed label to avoid
// collisions) and the inset frames.
void draw_overlays(const RenderRequest& request, const ViewTransform& view, QPainter& painter) {
  const double dpi_scale = request.dpi / 96.0;
  if (request.labels) {
    LabelStyle style;
    style.halo_px = 3 * dpi_scale;
    draw_labels(painter, frame_labels(request, view, painter.font()), style);
  }
  if (request.inset_frames) {
    draw_inset_frames(
        request, view,
        layout_inset_titles(request.space, view, request.size, dpi_scale, painter.font()),
        dpi_scale, painter);
  }
}

}  // namespace

std::vector<PlacedLabel> frame_labels(const RenderRequest& request, const ViewTransform& view,
                                      const QFont& font) {
  if (!request.labels) return {};
  const double dpi_scale = request.dpi / 96.0;
  const std::vector<InsetTitle> titles =
      request.inset_frames ? layout_inset_titles(request.space, view, request.size, dpi_scale, font)
                           : std::vector<InsetTitle>{};
  // One engine per frame; the inset titles are there first (no label covers them), then the top
  // layer places its labels, and the layers under it avoid them.
  LabelEngine engine(QSizeF(request.size));
  for (const InsetTitle& title : titles) {
    const double pad = 2 * dpi_scale;
    engine.add_obstacle(title.rect.adjusted(-pad, -pad, pad, pad));
  }
  for (auto it = request.layers.rbegin(); it != request.layers.rend(); ++it) {
    const StyledLayer& layer = **it;
    if (!layer.visible || !layer.labels.enabled || !layer.source) continue;
    LabelPlacement placement;
    placement.font = font;
    placement.font_px = layer.labels.font_px * dpi_scale;
    placement.padding_px = 2 * dpi_scale;
    placement.offset_px = 3 * dpi_scale;
    std::vector<LabelCandidate> candidates = label_candidates(layer, view);
    // A territory whose inset is titled with its own name ("Mayotte") is not named twice.
    const core::GeometryStore& g = layer.source->geometry;
    std::erase_if(candidates, [&](const LabelCandidate& c) {
      const core::Zone zone = g.zone(c.feature);
      return std::any_of(titles.begin(), titles.end(),
                         [&](const InsetTitle& t) { return t.zone == zone; }) &&
             repeats_inset_title(c.text, zone);
    });
    engine.place(candidates, placement);
  }
  return engine.take();
}

RenderOutcome render(const RenderRequest& request, QPainter& painter,
                     const std::atomic<bool>* cancel) {
  const ViewTransform view(request.extent, request.size);
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.fillRect(QRectF(QPointF(0, 0), QSizeF(request.size)), request.background);
  RenderOutcome outcome = draw_layers(request, view, view.visible_extent(), painter, cancel);
  if (outcome == RenderOutcome::Finished) draw_overlays(request, view, painter);
  painter.restore();
  return outcome;
}

QImage render_image(const RenderRequest& request, const std::atomic<bool>* cancel) {
  QImage image(request.size, QImage::Format_ARGB32_Premultiplied);
  const ViewTransform view(request.extent, request.size);
  // Raster frames are drawn in horizontal bands on every core, each by its own QPainter on its
  // own image (QPainter is not shared across threads), then put together. Vector devices (PDF,
  // SVG) take the one-pass render() above.
  // Communes are much denser in the north than in the south, so the frame is cut in more bands
  // than cores and each core takes the next band when it is done (balanced, whatever the map).
  const int height = request.size.height();
  const int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int bands = threads == 1 ? 1 : std::clamp(height / 64, 1, 4 * threads);
  std::vector<RenderOutcome> outcomes(static_cast<std::size_t>(bands), RenderOutcome::Finished);
  auto draw_band = [&](int b) {
    const int top = height * b / bands, bottom = height * (b + 1) / bands;
    // The band's rows of the frame itself, wrapped as an image of their own: no copy afterwards.
    QImage part(image.scanLine(top), image.width(), bottom - top, image.bytesPerLine(),
                image.format());
    QPainter painter(&part);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(part.rect(), request.background);
    painter.translate(0, -top);
    // The band's part of the map, with a margin so that strokes crossing its edge are drawn.
    const double margin = 4;
    core::Box area;
    area.expand(view.to_map(QPointF(-margin, top - margin)));
    area.expand(view.to_map(QPointF(request.size.width() + margin, bottom + margin)));
    outcomes[static_cast<std::size_t>(b)] = draw_layers(request, view, area, painter, cancel);
  };
  {
    std::atomic<int> next{0};
    auto worker = [&] {
      for (int b = next++; b < bands; b = next++) draw_band(b);
    };
    std::vector<std::jthread> workers;
    for (int t = 1; t < threads && t < bands; ++t) workers.emplace_back(worker);
    worker();
  }
  QPainter painter(&image);
  const bool finished = std::all_of(outcomes.begin(), outcomes.end(),
                                    [](RenderOutcome o) { return o == RenderOutcome::Finished; });
  if (finished && !cancelled(cancel)) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    draw_overlays(request, view, painter);
  }
  return image;
}

}  // namespace lumiere::maps
