#pragma once
// The attribute table of a styled layer as a Qt table model: one row per feature (row r is
// feature r of the source layer), the columns code, name, the number columns, then the text
// columns that do not repeat a number column's fact (ui/field_labels' same_fact). It keeps the
// layer's shared_ptr and reads its vectors for each cell: nothing is copied per cell. What it
// caches (the folded text of each row for the search, the order of each text column) is built on
// first use and dropped when the layer changes. GUI thread only.
#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "maps/styled_layer.h"
#include "ui/field_labels.h"

namespace lumiere::ui {

// Text as the search compares it: lower case, accents and ligatures removed, every run of
// characters that are neither letters nor digits one space, trimmed ("Saint-Étienne" and
// "saint  etienne" both give "saint etienne"). UTF-8.
std::string fold_text(QStringView text);
std::string fold_text(std::string_view utf8);

class AttributeTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Role {
    // A number column: the raw value (a double, NaN when the feature has none); a text column:
    // its folded text.
    SortRole = Qt::UserRole + 1,
    // The feature of the row in the source layer (std::uint32_t as a uint).
    FeatureRole,
  };
  enum class ColumnKind { Code, Name, Number, Text };
  struct Column {
    ColumnKind kind = ColumnKind::Text;
    Field field;                                      // code and name: a field of kind Other
    const std::vector<double>* numbers = nullptr;     // a number column's values, in the layer
    const std::vector<std::string>* texts = nullptr;  // a text column's values, in the layer
    QString label;                                    // the header users read
    QString description;                              // the header's tooltip
  };

  explicit AttributeTableModel(QObject* parent = nullptr);

  // Shows `layer` (null: an empty table). When it has the same columns and features as the layer
  // shown (an edit refreshed the map), the cells are said changed: the views keep their sort,
  // filters, selection and scroll; otherwise the model is reset.
  void set_layer(std::shared_ptr<const maps::StyledLayer> layer);
  const std::shared_ptr<const maps::StyledLayer>& layer() const { return layer_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

  const std::vector<Column>& columns() const { return columns_; }
  // The column whose layer column (or "code", "name") is `name`; -1 when none.
  int column_of(std::string_view name) const;
  bool is_number(int column) const { return columns_[column].kind == ColumnKind::Number; }
  // A number column's value of a row, NaN when none (or a text column).
  double number(int row, int column) const;
  // A cell as the table shows it, in the user's language with its unit ("79 851 hab.").
  QString display_text(int row, int column) const;
  // A cell's own text: the code, the name, a text column's value ("" when none).
  const std::string& raw_text(int row, int column) const;
  bool is_empty(int row, int column) const;
  // The folded text of every cell of a row, the cells separated by '\n'; built for every row at
  // the first call after a change of layer.
  const std::string& folded_row(int row) const;
  // The folded text of a cell as shown.
  std::string folded_cell(int row, int column) const;
  // Compares the values of rows `a` and `b` in `column` (negative: `a` first in ascending
  // order); meaningless when either is empty (is_empty), which the caller orders apart. Text
  // columns compare their folded text, ranked once per column at its first sort.
  int compare(int column, int a, int b) const;

 private:
  void build_columns();
  const std::vector<std::uint32_t>& text_ranks(int column) const;

  std::shared_ptr<const maps::StyledLayer> layer_;
  std::vector<Column> columns_;
  mutable std::vector<std::string> folded_rows_;
  mutable std::vector<std::vector<std::uint32_t>> ranks_;  // per column, empty until sorted
};

}  // namespace lumiere::ui
