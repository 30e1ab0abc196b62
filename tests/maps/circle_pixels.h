#pragma once
// What the tests of proportional circles (tests/maps, tests/ui) read in a frame: the share of
// pixels drawn in the circles' red around a point. Header-only: both test programs include it.
#include <QColor>
#include <QImage>
#include <QPointF>
#include <cmath>

namespace lumiere::test {

// The share of the pixels between `r0` and `r1` pixels of `centre` drawn in the circles' red
// (much more red than green, as the fill e34a33 is over any background of the map).
inline double red_share(const QImage& image, QPointF centre, double r0, double r1) {
  int red = 0, all = 0;
  for (int y = static_cast<int>(centre.y() - r1); y <= centre.y() + r1; ++y) {
    for (int x = static_cast<int>(centre.x() - r1); x <= centre.x() + r1; ++x) {
      const double d = std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y());
      if (d < r0 || d > r1 || !image.rect().contains(x, y)) continue;
      const QColor c = image.pixelColor(x, y);
      ++all;
      red += c.red() - c.green() > 80;
    }
  }
  return all ? static_cast<double>(red) / all : 0;
}

}  // namespace lumiere::test
