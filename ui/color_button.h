#pragma once
// A button that shows a colour and lets the user pick another with QColorDialog; and the small
// swatch icons of the style dialog (a colour, a colour ramp). GUI thread.
#include <QColor>
#include <QIcon>
#include <QToolButton>
#include <vector>

namespace lumiere::ui {

class ColorButton : public QToolButton {
  Q_OBJECT

 public:
  explicit ColorButton(const QColor& color, QWidget* parent = nullptr);
  QColor color() const { return color_; }
  void set_color(const QColor& color);  // emits color_changed when it differs
  // Whether the dialog offers an alpha channel (semi-transparent circles).
  void set_alpha_allowed(bool allowed) { alpha_ = allowed; }

 signals:
  void color_changed(const QColor& color);

 private:
  void choose();
  QColor color_;
  bool alpha_ = false;
};

// A filled square with a thin grey border.
QIcon swatch_icon(const QColor& color, int size = 16);
// The colours side by side in a bar of the given size.
QIcon ramp_icon(const std::vector<QColor>& colors, QSize size);

}  // namespace lumiere::ui
