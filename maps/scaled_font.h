#pragma once
// Text measured and drawn at any size in any unit (device pixels on screen, millimetres on a page
// painter scaled to millimetres): one reference font at 100 px, unhinted, so its metrics scale
// linearly, and a painter transform to the size wanted. A small value; build one per thread (a
// QFont and its metrics are not to be shared between threads while in use).
#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QString>

class QPainter;
class QPainterPath;

namespace lumiere::maps {

class ScaledFont {
 public:
  // `font` gives the family, weight and style (its size is ignored); `size` is the pixel size of
  // the text in the caller's units.
  ScaledFont(const QFont& font, double size);

  double size() const { return size_; }
  double width(const QString& text) const { return metrics_.horizontalAdvance(text) * k_; }
  double ascent() const { return metrics_.ascent() * k_; }
  double descent() const { return metrics_.descent() * k_; }
  double height() const { return (metrics_.ascent() + metrics_.descent()) * k_; }
  double line_spacing() const { return metrics_.lineSpacing() * k_; }

  // Draws `text` with its baseline starting at `baseline` with the painter's pen: real text, so
  // it stays selectable in a PDF.
  void draw(QPainter& painter, QPointF baseline, const QString& text) const;
  // The glyph outlines of `text` in the caller's units (for halos).
  QPainterPath path(QPointF baseline, const QString& text) const;

 private:
  static constexpr double kReference = 100;
  QFont reference_;
  QFontMetricsF metrics_;
  double size_;
  double k_;  // caller's units per reference pixel
};

}  // namespace lumiere::maps
