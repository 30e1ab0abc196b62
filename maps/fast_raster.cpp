#include "fast_raster.h"

#include <QColor>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <utility>

namespace lumiere::maps {
namespace {

// Each channel of a premultiplied pixel times a / 255, rounded (two channels per multiply).
inline std::uint32_t scale_pixel(std::uint32_t p, unsigned a) {
  std::uint32_t rb = (p & 0x00ff00ffU) * a;
  rb = ((rb + ((rb >> 8) & 0x00ff00ffU) + 0x00800080U) >> 8) & 0x00ff00ffU;
  std::uint32_t ag = ((p >> 8) & 0x00ff00ffU) * a;
  ag = (ag + ((ag >> 8) & 0x00ff00ffU) + 0x00800080U) & 0xff00ff00U;
  return ag | rb;
}

// Clips the segment to [x0, x1] × [y0, y1] (Liang–Barsky); false when nothing of it is inside.
bool clip(double& ax, double& ay, double& bx, double& by, double x0, double y0, double x1,
          double y1) {
  double t0 = 0, t1 = 1;
  const double dx = bx - ax, dy = by - ay;
  const auto edge = [&](double p, double q) {
    if (p == 0) return q >= 0;
    const double r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      t0 = std::max(t0, r);
    } else {
      if (r < t0) return false;
      t1 = std::min(t1, r);
    }
    return true;
  };
  if (!edge(-dx, ax - x0) || !edge(dx, x1 - ax) || !edge(-dy, ay - y0) || !edge(dy, y1 - ay))
    return false;
  if (t1 < 1) {
    bx = ax + t1 * dx;
    by = ay + t1 * dy;
  }
  if (t0 > 0) {
    ax += t0 * dx;
    ay += t0 * dy;
  }
  return true;
}

}  // namespace

ThinStroke::ThinStroke(std::uint32_t* pixels, int width, int height, int stride, QColor color,
                       double width_px, QPointF offset)
    : pixels_(pixels), width_(width), height_(height), stride_(stride), offset_(offset) {
  // The pen's width is its opacity, in 256ths, as QPainter's cosmetic stroker does.
  const unsigned opacity = static_cast<unsigned>(std::clamp(256.0 * width_px, 0.0, 256.0));
  const std::uint32_t premultiplied = qPremultiply(color.rgba());
  const auto channel = [&](int shift) {
    return (((premultiplied >> shift) & 0xffU) * opacity >> 8) << shift;
  };
  color_ = channel(24) | channel(16) | channel(8) | channel(0);
}

namespace {

struct Raster {
  std::uint32_t* pixels;
  int width, height, stride;
  QPointF offset;
};

// The raster `painter` draws on, when writing into it directly gives what QPainter would.
std::optional<Raster> raster_of(QPainter& painter) {
  QPaintDevice* device = painter.device();
  if (device == nullptr || device->devType() != QInternal::Image ||
      painter.paintEngine() == nullptr || painter.paintEngine()->type() != QPaintEngine::Raster)
    return std::nullopt;
  auto* image = static_cast<QImage*>(device);
  if (image->format() != QImage::Format_ARGB32_Premultiplied &&
      image->format() != QImage::Format_RGB32)
    return std::nullopt;
  const QTransform transform = painter.deviceTransform();
  if (!painter.testRenderHint(QPainter::Antialiasing) || painter.hasClipping() ||
      painter.opacity() != 1.0 ||
      painter.compositionMode() != QPainter::CompositionMode_SourceOver ||
      transform.type() > QTransform::TxTranslate)
    return std::nullopt;
  return Raster{reinterpret_cast<std::uint32_t*>(image->bits()), image->width(), image->height(),
                static_cast<int>(image->bytesPerLine() / 4),
                QPointF(transform.dx(), transform.dy())};
}

}  // namespace

std::optional<ThinStroke> ThinStroke::for_painter(QPainter& painter, QColor color,
                                                  double width_px) {
  if (!(width_px > 0 && width_px <= 1)) return std::nullopt;
  const auto r = raster_of(painter);
  if (!r) return std::nullopt;
  return ThinStroke(r->pixels, r->width, r->height, r->stride, color, width_px, r->offset);
}

inline void ThinStroke::blend(int x, int y, unsigned coverage) {
  if (coverage == 0 || static_cast<unsigned>(x) >= static_cast<unsigned>(width_) ||
      static_cast<unsigned>(y) >= static_cast<unsigned>(height_))
    return;
  std::uint32_t& d = pixels_[static_cast<std::ptrdiff_t>(y) * stride_ + x];
  const std::uint32_t s = scale_pixel(color_, coverage);
  d = s + scale_pixel(d, 255U - (s >> 24));
}

void ThinStroke::polyline(const QPointF* points, int count) {
  for (int i = 1; i < count; ++i)
    segment(points[i - 1].x(), points[i - 1].y(), points[i].x(), points[i].y());
}

void ThinStroke::segment(double x1, double y1, double x2, double y2) {
  x1 += offset_.x();
  x2 += offset_.x();
  y1 += offset_.y();
  y2 += offset_.y();
  // A pixel's margin around the raster: the pixels a line just outside it still touches.
  const bool inside = x1 >= -1 && x2 >= -1 && y1 >= -1 && y2 >= -1 && x1 <= width_ + 1 &&
                      x2 <= width_ + 1 && y1 <= height_ + 1 && y2 <= height_ + 1;
  if (!inside && !clip(x1, y1, x2, y2, -1, -1, width_ + 1, height_ + 1)) return;
  // Coordinates in 64ths of a pixel; slopes in 65536ths.
  int ax = static_cast<int>(x1 * 64), ay = static_cast<int>(y1 * 64);
  int bx = static_cast<int>(x2 * 64), by = static_cast<int>(y2 * 64);
  const bool steep = std::abs(bx - ax) < std::abs(by - ay);
  // Walk the main axis (u) one pixel at a time; the other axis (v) is split between the two
  // pixels around it. Written once for both orientations: swap the axes of a steep line.
  if (steep) {
    std::swap(ax, ay);
    std::swap(bx, by);
  }
  if (ax == bx) return;  // a point: QPainter draws nothing either
  if (ax > bx) {
    std::swap(ax, bx);
    std::swap(ay, by);
  }
  const std::int64_t slope = (static_cast<std::int64_t>(by - ay) << 16) / (bx - ax);
  const int u_first = ax >> 6, u_last = bx >> 6;
  // v at the centre of the first pixel of the main axis, less half a pixel: its integer part is
  // the first of the two pixels, its fraction the share of the second.
  std::int64_t v = (static_cast<std::int64_t>(ay - 32) << 10) - ((((ax & 63) - 32) * slope) >> 6);
  const auto plot = [&](int u, unsigned coverage) {  // coverage in 64ths of the pixel's length
    const unsigned share = static_cast<unsigned>(v >> 8) & 255U;
    const int w = static_cast<int>(v >> 16);
    if (steep) {
      blend(w, u, (255U - share) * coverage >> 6);
      blend(w + 1, u, share * coverage >> 6);
    } else {
      blend(u, w, (255U - share) * coverage >> 6);
      blend(u, w + 1, share * coverage >> 6);
    }
    v += slope;
  };
  if (u_first == u_last) {
    plot(u_first, static_cast<unsigned>(bx - ax));
    return;
  }
  plot(u_first, static_cast<unsigned>(64 - (ax & 63)));
  for (int u = u_first + 1; u < u_last; ++u) plot(u, 64);
  if ((bx & 63) != 0) plot(u_last, static_cast<unsigned>(bx & 63));
}

AreaFill::AreaFill(std::uint32_t* pixels, int width, int height, int stride, QPointF offset)
    : pixels_(pixels), width_(width), height_(height), stride_(stride), offset_(offset) {}

std::optional<AreaFill> AreaFill::for_painter(QPainter& painter) {
  const auto r = raster_of(painter);
  if (!r) return std::nullopt;
  return AreaFill(r->pixels, r->width, r->height, r->stride, r->offset);
}

bool AreaFill::fill(std::span<const QPolygonF> rings, QRgb color) {
  double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
  for (const QPolygonF& ring : rings) {
    for (const QPointF& p : ring) {
      if (!std::isfinite(p.x()) || !std::isfinite(p.y())) return false;  // QPainter's business
      min_x = std::min(min_x, p.x());
      max_x = std::max(max_x, p.x());
      min_y = std::min(min_y, p.y());
      max_y = std::max(max_y, p.y());
    }
  }
  min_x += offset_.x();
  max_x += offset_.x();
  min_y += offset_.y();
  max_y += offset_.y();
  if (!(min_x >= 0 && max_x <= width_)) return false;  // across a side (or no point)
  if (max_y <= 0 || min_y >= height_) return true;     // above or below: nothing to draw
  // Above and below are cut off row by row; left and right cannot be (the running sum of a row
  // starts at its left end).
  left_ = static_cast<int>(std::floor(min_x));
  // Two more: the last cell's spill, and a spare one so that the rounding of the coordinates'
  // shift can never carry an edge past the end of its row (edge() clamps to it).
  columns_ = static_cast<int>(std::floor(max_x)) - left_ + 3;
  top_ = std::max(0, static_cast<int>(std::floor(min_y)));
  rows_ = std::min(height_, static_cast<int>(std::ceil(max_y))) - top_;
  if (rows_ <= 0) return true;
  if (static_cast<long>(columns_) * rows_ > kMaxPixels) return false;
  cells_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_), 0.0F);
  const double dx = offset_.x() - left_, dy = offset_.y() - top_;
  for (const QPolygonF& ring : rings) {
    const auto n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
      const QPointF& a = ring[i];
      const QPointF& b = ring[i + 1 < n ? i + 1 : 0];  // closes the ring if it is not closed
      edge(a.x() + dx, a.y() + dy, b.x() + dx, b.y() + dy);
    }
  }
  // Running sums along each row: the signed share of each pixel inside, folded even-odd.
  const std::uint32_t source = qPremultiply(color);
  const bool opaque = qAlpha(color) == 255;
  const int last_column = std::min(columns_, width_ - left_);
  for (int r = 0; r < rows_; ++r) {
    const float* cell = cells_.data() + static_cast<std::size_t>(r) * columns_;
    std::uint32_t* row = pixels_ + static_cast<std::ptrdiff_t>(top_ + r) * stride_ + left_;
    float sum = 0;
    for (int c = 0; c < last_column; ++c) {
      sum += cell[c];
      float a = std::abs(sum);
      if (a > 1) {
        a = std::fmod(a, 2.0F);
        if (a > 1) a = 2 - a;
      }
      const unsigned coverage = std::min(255U, static_cast<unsigned>(a * 256));
      if (coverage == 0) continue;
      if (coverage == 255 && opaque) {
        row[c] = source;
      } else {
        const std::uint32_t s = scale_pixel(source, coverage);
        row[c] = s + scale_pixel(row[c], 255U - (s >> 24));
      }
    }
  }
  return true;
}

// Adds the signed area of one edge (cell coordinates) to the cells of the rows it crosses: in
// each row, a cell receives the change, from the cell before, of the share of the row's strip
// that lies right of the edge; the running sum along the row gives each pixel's share inside.
void AreaFill::edge(double x1, double y1, double x2, double y2) {
  if (y1 == y2) return;
  float direction = 1;
  if (y1 > y2) {
    std::swap(x1, x2);
    std::swap(y1, y2);
    direction = -1;
  }
  const double dxdy = (x2 - x1) / (y2 - y1);
  const int first = std::max(0, static_cast<int>(std::floor(y1)));
  const int end = std::min(rows_, static_cast<int>(std::ceil(y2)));
  for (int r = first; r < end; ++r) {
    const double ya = std::max<double>(r, y1), yb = std::min<double>(r + 1, y2);
    const double h = yb - ya;
    if (h <= 0) continue;
    const double xa = x1 + (ya - y1) * dxdy, xb = x1 + (yb - y1) * dxdy;
    // (Never left of the first cell nor past the spare one, whatever the rounding of the
    // coordinates' shift.)
    const double right = columns_ - 2.0;
    const double lo = std::clamp(std::min(xa, xb), 0.0, right);
    const double hi = std::clamp(std::max(xa, xb), lo, right);
    float* cell = cells_.data() + static_cast<std::size_t>(r) * columns_;
    const float d = static_cast<float>(h) * direction;
    const int c0 = static_cast<int>(lo);
    if (hi <= c0 + 1) {  // within one column: the part right of its mean x
      const double mid = 0.5 * (lo + hi) - c0;
      cell[c0] += d * static_cast<float>(1 - mid);
      cell[c0 + 1] += d * static_cast<float>(mid);
      continue;
    }
    // Across columns: at x, the share of the strip's height right of the edge is
    // t(x) = (x - lo) / (hi - lo) between lo and hi; F is its integral from lo, and column c holds
    // F(c + 1) - F(c) of it.
    const double s = 1 / (hi - lo);
    const auto integral = [&](double x) {
      if (x <= lo) return 0.0;
      if (x >= hi) return 0.5 * (hi - lo) + (x - hi);
      return 0.5 * s * (x - lo) * (x - lo);
    };
    const int c1 = static_cast<int>(std::ceil(hi)) - 1;
    double before = 0, f = integral(c0);
    for (int c = c0; c <= c1; ++c) {
      const double next = integral(c + 1);
      const double share = next - f;
      cell[c] += d * static_cast<float>(share - before);
      before = share;
      f = next;
    }
    cell[c1 + 1] += d * static_cast<float>(1 - before);
  }
}

}  // namespace lumiere::maps
