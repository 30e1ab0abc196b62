#pragma once
// The live preview of the style dialog: a table of what a style makes of the layer (classes with
// their bounds, categories, reference circles) with feature counts, or the one-sentence error that
// makes the style unusable, in red. Shows values computed by maps::style_layer. GUI thread.
#include <QString>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace lumiere::maps {
struct StyledLayer;
}

namespace lumiere::ui {

class StylePreview : public QWidget {
  Q_OBJECT

 public:
  explicit StylePreview(QWidget* parent = nullptr);
  void show_layer(const maps::StyledLayer& styled);
  void show_error(const QString& message);

 private:
  void set_rows(const QStringList& headers, int rows);
  void set_row(int row, const QIcon& icon, const QString& text, const QString& count);

  QLabel* summary_;
  QTableWidget* table_;
  QLabel* error_;
};

}  // namespace lumiere::ui
