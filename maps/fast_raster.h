#pragma once
// The two things a national frame does 35,000 times, written straight into a 32-bit premultiplied
// raster, where QPainter spends most of its time per call and per segment rather than per pixel
// (a commune there is 3 to 10 pixels wide and has about nine points):
// - ThinStroke: antialiased outlines narrower than a pixel (0.19 px). Same look as QPainter's
//   cosmetic stroker: a line of width w < 1 is a one-pixel Wu line (coverage along the main axis
//   by the length of the segment in each pixel, across it split between the two nearest pixel
//   centres) at opacity w, blended source-over.
// - AreaFill: antialiased solid fills of small polygons, even-odd. Same look as QPainter's
//   rasteriser: the coverage of a pixel is the exact share of its area inside the polygon.
// Both are used only where they draw what QPainter would (for_painter: antialiasing on, a 32-bit
// premultiplied QImage on the raster engine, no clip, a translation at most, full opacity,
// source-over); anything else — PDF, SVG, clipped or transformed painters, pens of a pixel or
// more, polygons crossing the raster's sides or too large — keeps QPainter.
#include <QPointF>
#include <QRgb>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

class QPolygonF;

class QColor;
class QPainter;

namespace lumiere::maps {

class ThinStroke {
 public:
  // `pixels`: the first pixel of a `width`×`height` ARGB32_Premultiplied (or RGB32) raster with
  // `stride` pixels per row; `color` in any alpha, drawn at `width_px` (0 < width_px ≤ 1);
  // points are given in device coordinates and shifted by `offset` before drawing.
  ThinStroke(std::uint32_t* pixels, int width, int height, int stride, QColor color,
             double width_px, QPointF offset = {});

  // A stroker drawing into what `painter` paints on, in the painter's logical coordinates, when
  // that is exactly what QPainter would draw with a cosmetic pen of `color` and `width_px`:
  // antialiasing on, a 32-bit premultiplied QImage on the raster engine, no clip, a translation
  // at most, full opacity, source-over. Nothing otherwise (draw with QPainter then).
  static std::optional<ThinStroke> for_painter(QPainter& painter, QColor color, double width_px);

  // The outline of `points[0..count)` (a closed ring repeats its first point at the end).
  void polyline(const QPointF* points, int count);
  void segment(double x1, double y1, double x2, double y2);

 private:
  inline void blend(int x, int y, unsigned coverage);

  std::uint32_t* pixels_;
  int width_, height_, stride_;
  std::uint32_t color_;  // premultiplied, opacity (the pen width) applied
  QPointF offset_;
};

class AreaFill {
 public:
  // Polygons of at most this many pixels of bounding box go through AreaFill.
  static constexpr int kMaxPixels = 64 * 64;

  AreaFill(std::uint32_t* pixels, int width, int height, int stride, QPointF offset = {});
  // As ThinStroke::for_painter, with no condition on a pen.
  static std::optional<AreaFill> for_painter(QPainter& painter);

  // Fills the rings (each closed or not, even-odd across all of them) in `color`; false, having
  // drawn nothing, when the polygon crosses the left or right side of the raster, has a point
  // that is not finite, or is larger than kMaxPixels (draw it with QPainter then).
  bool fill(std::span<const QPolygonF> rings, QRgb color);

 private:
  void edge(double x1, double y1, double x2, double y2);

  std::uint32_t* pixels_;
  int width_, height_, stride_;
  QPointF offset_;
  // The polygon's box in the raster and its signed area per cell, row after row.
  int left_ = 0, top_ = 0, columns_ = 0, rows_ = 0;
  std::vector<float> cells_;
};

}  // namespace lumiere::maps
