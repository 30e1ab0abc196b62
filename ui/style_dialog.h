#pragma once
// The style dialog: every style of maps/style.h for one layer, with a live preview of the classes
// (bounds, colours, counts) recomputed on every change through maps::style_layer. Edits a copy;
// the caller applies style() when accepted. OK stays disabled while the style is unusable.
// GUI thread.
#include <QDialog>
#include <memory>
#include <optional>
#include <vector>

#include "core/layers/vector_layer.h"
#include "maps/style.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace lumiere::ui {

class ColorButton;
class StylePreview;

class StyleDialog : public QDialog {
  Q_OBJECT

 public:
  StyleDialog(std::shared_ptr<const core::VectorLayer> source, const maps::Style& style,
              QWidget* parent = nullptr);
  maps::Style style() const { return style_; }

  // At most this many categories are listed by Classify.
  static constexpr int kMaxCategories = 50;

 private:
  QWidget* build_categorized_page();
  QWidget* build_graduated_page();
  QWidget* build_proportional_page();
  void load(const maps::Style& style);
  void show_page();
  void classify_categories();
  void set_category_rows();
  void update_ramp_items();
  // Reads the widgets into style_, then recomputes the preview.
  void refresh();
  // Reads the widgets into style_; an error sentence when they do not make a style.
  std::optional<QString> collect();

  std::shared_ptr<const core::VectorLayer> source_;
  maps::Style style_;
  bool loading_ = false;
  // The classes of the last good graduated preview: the ramp icons show that many colours, and
  // choosing manual breaks starts from its inner bounds.
  int shown_classes_ = 5;
  std::vector<double> shown_bounds_;

  QComboBox* kind_;
  ColorButton* fill_;
  ColorButton* stroke_;
  QDoubleSpinBox* stroke_width_;
  QComboBox* fill_mode_;
  QStackedWidget* pages_;
  // Categorized
  QComboBox* category_field_ = nullptr;
  QTableWidget* categories_ = nullptr;
  QLabel* category_message_ = nullptr;
  // Graduated
  QComboBox* graduated_field_ = nullptr;
  QComboBox* method_ = nullptr;
  QSpinBox* classes_ = nullptr;
  QLineEdit* breaks_ = nullptr;
  QComboBox* ramp_ = nullptr;
  QCheckBox* reverse_ = nullptr;
  // Proportional
  QComboBox* proportional_field_ = nullptr;
  QDoubleSpinBox* max_radius_ = nullptr;
  ColorButton* circle_color_ = nullptr;

  StylePreview* preview_;
  QPushButton* ok_;
};

// Manual breaks as the user types them: numbers separated by semicolons, spaces or ", ", in French
// ("1234,5", digits grouped by no-break spaces or not) or English ("1234.5", "1,234.5") decimal
// notation. Empty when a piece is not a number.
std::optional<std::vector<double>> parse_breaks(const QString& text);
// The inverse, in French notation: "50; 120,5; 300".
QString format_breaks(const std::vector<double>& breaks);

}  // namespace lumiere::ui
