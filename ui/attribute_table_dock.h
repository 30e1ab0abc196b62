#pragma once
// The attribute table dock: every feature of one layer as a row (AttributeTableModel, which reads
// the layer in place), a search box, one condition on a field, the count of rows shown, and the
// export of the rows shown, as sorted, to CSV. Its selection follows the map's (set_selection)
// and the map follows the rows the user selects (selection_changed), never echoing one into the
// other. It owns its model, filter and widgets; GUI thread only.
#include <QDockWidget>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "maps/styled_layer.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lumiere::ui {

class AttributeFilter;
class AttributeTableModel;

class AttributeTableDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit AttributeTableDock(QWidget* parent = nullptr);

  // Writes the rows as shown (filtered, in the order of the table) and the shown columns, headed
  // by their labels, to `path`. False with one sentence in `error` (the file, why, what to do)
  // when the file cannot be written; the file is replaced only once it is complete.
  bool export_csv(const QString& path, QString* error) const;

  // The file the Export CSV button writes, asked when it is pressed: a save dialog by default
  // (empty: cancelled). Tests replace it.
  std::function<QString()> ask_export_path;
  // How the button's export reports a failure: a warning box by default.
  std::function<void(const QString&)> show_error;

  // The features selected, sorted (indices of the source layer).
  std::vector<std::uint32_t> selection() const;
  // "1 234 of 34 875 communes".
  QString count_text() const;

  AttributeTableModel* model() const { return model_; }
  AttributeFilter* filter() const { return filter_; }
  QTableView* view() const { return view_; }

 public slots:
  // Shows `layer` (null: nothing). A layer with the same columns as the one shown (an edit
  // refreshed the map) keeps the sort, the search, the condition and, when its features are the
  // same, the selection.
  void set_layer(std::shared_ptr<const maps::StyledLayer> layer);
  // Selects the rows of `features` (the map's selection) and scrolls to the first shown, without
  // emitting selection_changed. Features hidden by the filter are selected again when shown.
  void set_selection(const std::vector<std::uint32_t>& features);

 signals:
  // The user selected rows: their features in the source layer, sorted.
  void selection_changed(const std::vector<std::uint32_t>& features);

 private:
  void build_field_combo();
  void field_changed();
  void kind_changed();
  void apply_field_filter();
  void apply_text_filter(const QString& text);
  void clear_field_filter();
  // Selects the rows of selected_ that are shown; scrolls to the first when `scroll`.
  void show_selection(bool scroll);
  void user_selected();
  void update_count();
  void export_pressed();

  AttributeTableModel* model_;
  AttributeFilter* filter_;
  QLineEdit* search_;
  QComboBox* field_;
  QComboBox* kind_;
  QLabel* value_label_;
  QLineEdit* value_;
  QLabel* min_label_;
  QLineEdit* min_;
  QLabel* max_label_;
  QLineEdit* max_;
  QPushButton* clear_;
  QLabel* count_;
  QTableView* view_;
  QPushButton* export_;
  std::vector<std::uint32_t> selected_;  // the selection, kept while the filter hides rows
  bool applying_ = false;                // selecting by program: no selection_changed
  QString input_error_;                  // a bound or value that is no number
};

}  // namespace lumiere::ui
