#pragma once
// The rows of an AttributeTableModel the attribute table shows, and their order: a text search
// (any text cell containing the words, whatever their case and accents) and one condition on a
// field (a value, a range of numbers, empty, not empty). Sorting puts the rows without a value
// last in both orders. GUI thread only.
#include <QSortFilterProxyModel>
#include <QString>
#include <limits>
#include <optional>
#include <string>

namespace lumiere::ui {

class AttributeTableModel;

enum class FieldFilterKind { Equals, Range, Empty, NotEmpty };

struct FieldFilter {
  int column = 0;  // a column of the model
  FieldFilterKind kind = FieldFilterKind::Equals;
  // Equals on a number column: the value; on a text column (the code, the name...): the text as
  // shown, compared regardless of case and accents.
  double number = std::numeric_limits<double>::quiet_NaN();
  double tolerance = 0;  // Equals on numbers: |value - number| <= tolerance ("31,6" as typed)
  QString text;
  // Range, on a number column, bounds included (an infinite bound: no bound). On a text column a
  // range keeps no row.
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
};

class AttributeFilter : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  explicit AttributeFilter(AttributeTableModel* model, QObject* parent = nullptr);

  AttributeTableModel* table() const { return model_; }
  // Keeps the rows one of whose text cells (code, name, text columns) contains `text` folded
  // (fold_text); an empty text keeps every row.
  void set_text_filter(const QString& text);
  QString text_filter() const { return text_; }
  // One condition on a field, or none.
  void set_field_filter(std::optional<FieldFilter> filter);
  const std::optional<FieldFilter>& field_filter() const { return field_; }

  // The feature of a row of this proxy.
  std::uint32_t feature_at(int proxy_row) const;

 protected:
  bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  bool field_accepts(int row) const;
  void refilter();

  AttributeTableModel* model_;
  QString text_;
  std::string folded_;  // text_ folded once, not per row
  std::optional<FieldFilter> field_;
  std::string field_folded_;  // an Equals filter's text, folded
};

}  // namespace lumiere::ui
