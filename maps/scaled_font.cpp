#include "scaled_font.h"

#include <QPainter>
#include <QPainterPath>
#include <QTransform>
#include <algorithm>

namespace lumiere::maps {
namespace {

QFont reference_font(QFont font, double pixels) {
  font.setPixelSize(static_cast<int>(pixels));
  // Hinting snaps glyphs to whole pixels of one size: without it, advances scale linearly.
  font.setHintingPreference(QFont::PreferNoHinting);
  font.setKerning(true);
  return font;
}

}  // namespace

ScaledFont::ScaledFont(const QFont& font, double size)
    : reference_(reference_font(font, kReference)),
      metrics_(reference_),
      size_(std::max(size, 0.01)),
      k_(size_ / kReference) {}

void ScaledFont::draw(QPainter& painter, QPointF baseline, const QString& text) const {
  painter.save();
  painter.translate(baseline);
  painter.scale(k_, k_);
  painter.setFont(reference_);
  painter.drawText(QPointF(0, 0), text);
  painter.restore();
}

QPainterPath ScaledFont::path(QPointF baseline, const QString& text) const {
  QPainterPath p;
  p.addText(QPointF(0, 0), reference_, text);
  QTransform t;
  t.translate(baseline.x(), baseline.y());
  t.scale(k_, k_);
  return t.map(p);
}

}  // namespace lumiere::maps
