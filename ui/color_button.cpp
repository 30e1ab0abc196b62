#include "color_button.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace lumiere::ui {

ColorButton::ColorButton(const QColor& color, QWidget* parent) : QToolButton(parent) {
  setIconSize(QSize(36, 16));
  set_color(color);
  connect(this, &QToolButton::clicked, this, &ColorButton::choose);
}

void ColorButton::set_color(const QColor& color) {
  const bool changed = color != color_;
  color_ = color;
  QPixmap pixmap(iconSize());
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  // A checkerboard under a translucent colour shows its transparency.
  if (color.alpha() < 255) {
    painter.fillRect(pixmap.rect(), Qt::white);
    painter.fillRect(pixmap.rect(), QBrush(Qt::lightGray, Qt::Dense4Pattern));
  }
  painter.fillRect(pixmap.rect(), color);
  painter.setPen(QColor(0x70, 0x70, 0x70));
  painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
  painter.end();
  setIcon(QIcon(pixmap));
  setToolTip(color.name(color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
  if (changed) emit color_changed(color_);
}

void ColorButton::choose() {
  const QColor picked = QColorDialog::getColor(
      color_, this, tr("Choose a colour"),
      alpha_ ? QColorDialog::ShowAlphaChannel : QColorDialog::ColorDialogOptions());
  if (picked.isValid()) set_color(picked);
}

QIcon swatch_icon(const QColor& color, int size) {
  QPixmap pixmap(size, size);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.fillRect(pixmap.rect(), color);
  painter.setPen(QColor(0x80, 0x80, 0x80));
  painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
  return QIcon(pixmap);
}

QIcon ramp_icon(const std::vector<QColor>& colors, QSize size) {
  QPixmap pixmap(size);
  pixmap.fill(Qt::transparent);
  if (colors.empty()) return QIcon(pixmap);
  QPainter painter(&pixmap);
  const int n = static_cast<int>(colors.size());
  for (int i = 0; i < n; ++i) {
    const int x0 = size.width() * i / n;
    const int x1 = size.width() * (i + 1) / n;
    painter.fillRect(QRect(x0, 0, x1 - x0, size.height()), colors[static_cast<std::size_t>(i)]);
  }
  painter.setPen(QColor(0x80, 0x80, 0x80));
  painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
  return QIcon(pixmap);
}

}  // namespace lumiere::ui
