#include "attribute_table_model.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lumiere::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

const std::string kEmpty;

QString column_description(const Field& field, const QString& label) {
  if (!field.usage.empty()) return field_description(field) + QStringLiteral(" — ") + label;
  switch (field.kind) {
    case FieldKind::Population:
      return AttributeTableModel::tr("Population (inhabitants)");
    case FieldKind::Area:
      return AttributeTableModel::tr("Area (km²)");
    case FieldKind::Density:
      return AttributeTableModel::tr("Density (inhabitants per km²)");
    case FieldKind::Departement:
      return AttributeTableModel::tr("Department (INSEE code)");
    default:
      break;
  }
  return AttributeTableModel::tr("Column \"%1\" of the layer").arg(label);
}

}  // namespace

namespace {

// Appends `c` (a code point) to `out` in UTF-8.
void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

char16_t unit(QChar c) { return c.unicode(); }
char16_t unit(char c) { return static_cast<unsigned char>(c); }

// Folds ASCII text, the usual case (codes, most names), without going through QString.
template <class Chars>
void fold_ascii(const Chars& text, std::string& out) {
  bool space = false;  // a separator seen since the last letter or digit
  for (const auto ch : text) {
    const auto a = static_cast<char>(unit(ch));
    const bool digit = a >= '0' && a <= '9';
    const bool lower = a >= 'a' && a <= 'z';
    const bool upper = a >= 'A' && a <= 'Z';
    if (!digit && !lower && !upper) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(upper ? static_cast<char>(a - 'A' + 'a') : a);
  }
}

}  // namespace

std::string fold_text(QStringView text) {
  std::string out;
  out.reserve(static_cast<std::size_t>(text.size()));
  if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
    fold_ascii(text, out);
    return out;
  }
  // Compatibility decomposition splits "É" into "E" and its accent, "ﬁ" into "fi".
  const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
  bool space = false;
  const auto put = [&](auto... code_points) {
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    (append_utf8(out, code_points), ...);
  };
  for (const char32_t c : decomposed.toUcs4()) {
    if (c < 0x80) {
      const auto a = static_cast<char>(c);
      if ((a >= '0' && a <= '9') || (a >= 'a' && a <= 'z'))
        put(c);
      else if (a >= 'A' && a <= 'Z')
        put(static_cast<char32_t>(a - 'A' + 'a'));
      else
        space = true;
      continue;
    }
    if (QChar::category(c) == QChar::Mark_NonSpacing) continue;
    if (!QChar::isLetterOrNumber(c)) {
      space = true;
      continue;
    }
    // The ligatures French writes, which no decomposition splits.
    if (c == U'œ' || c == U'Œ')
      put(U'o', U'e');
    else if (c == U'æ' || c == U'Æ')
      put(U'a', U'e');
    else
      put(QChar::toCaseFolded(c));
  }
  return out;
}

std::string fold_text(std::string_view utf8) {
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out;
    out.reserve(utf8.size());
    fold_ascii(utf8, out);
    return out;
  }
  return fold_text(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::set_layer(std::shared_ptr<const maps::StyledLayer> layer) {
  if (layer && !layer->source) layer = nullptr;
  const auto same_shape = [&] {
    if (!layer_ || !layer) return false;
    const core::VectorLayer& a = *layer_->source;
    const core::VectorLayer& b = *layer->source;
    return a.codes == b.codes && a.attributes.number_columns() == b.attributes.number_columns() &&
           a.attributes.text_columns() == b.attributes.text_columns();
  }();
  if (!same_shape) beginResetModel();
  layer_ = std::move(layer);
  folded_rows_.clear();
  ranks_.clear();
  build_columns();
  if (!same_shape) {
    endResetModel();
    return;
  }
  // The same columns and features: the cells changed, the views keep their state.
  if (rowCount() > 0 && columnCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
  emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void AttributeTableModel::build_columns() {
  columns_.clear();
  if (!layer_) return;
  const core::AttributeTable& table = layer_->source->attributes;
  Column code;
  code.kind = ColumnKind::Code;
  code.field.column = "code";
  code.label = tr("Code");
  code.description = tr("The feature's code (the INSEE code of a commune or a department)");
  columns_.push_back(code);
  Column name;
  name.kind = ColumnKind::Name;
  name.field.column = "name";
  name.label = tr("Name");
  name.description = tr("The official name where the COG knows the code, else the layer's");
  columns_.push_back(name);
  std::vector<Field> numbers;
  const auto label_of = [](const Field& field) {
    return field.usage.empty() ? field_label(field)
                               : tr("%1: %2").arg(usage_title(field), field_label(field));
  };
  for (const std::string& column : table.number_columns()) {
    Column c;
    c.kind = ColumnKind::Number;
    c.field = field_of(column);
    c.numbers = table.numbers(column);
    c.label = label_of(c.field);
    c.description = column_description(c.field, c.label);
    numbers.push_back(c.field);
    columns_.push_back(std::move(c));
  }
  // A text column that says the same as a number column (a count as a category, yes/no as
  // text) is left out, as the identify panel does.
  for (const std::string& column : table.text_columns()) {
    const Field field = field_of(column);
    if (std::any_of(numbers.begin(), numbers.end(),
                    [&](const Field& n) { return same_fact(n, field); }))
      continue;
    Column c;
    c.kind = ColumnKind::Text;
    c.field = field;
    c.texts = table.texts(column);
    c.label = label_of(c.field);
    c.description = column_description(c.field, c.label);
    columns_.push_back(std::move(c));
  }
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || !layer_) return 0;
  return static_cast<int>(layer_->source->feature_count());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

int AttributeTableModel::column_of(std::string_view name) const {
  for (std::size_t c = 0; c < columns_.size(); ++c)
    if (columns_[c].field.column == name) return static_cast<int>(c);
  return -1;
}

double AttributeTableModel::number(int row, int column) const {
  const Column& c = columns_[column];
  if (!c.numbers || static_cast<std::size_t>(row) >= c.numbers->size()) return std::nan("");
  return (*c.numbers)[row];
}

const std::string& AttributeTableModel::raw_text(int row, int column) const {
  const Column& c = columns_[column];
  const core::VectorLayer& source = *layer_->source;
  const auto f = static_cast<std::size_t>(row);
  switch (c.kind) {
    case ColumnKind::Code:
      return source.codes[f];
    case ColumnKind::Name:
      return source.display_name(f);
    case ColumnKind::Text:
      return f < c.texts->size() ? (*c.texts)[f] : kEmpty;
    case ColumnKind::Number:
      break;
  }
  return kEmpty;
}

bool AttributeTableModel::is_empty(int row, int column) const {
  return is_number(column) ? std::isnan(number(row, column)) : raw_text(row, column).empty();
}

QString AttributeTableModel::display_text(int row, int column) const {
  const Column& c = columns_[column];
  switch (c.kind) {
    case ColumnKind::Code:
    case ColumnKind::Name:
      return qs(raw_text(row, column));
    case ColumnKind::Number:
      return field_value(c.field, number(row, column));
    case ColumnKind::Text:
      return field_text(c.field, raw_text(row, column));
  }
  return {};
}

std::string AttributeTableModel::folded_cell(int row, int column) const {
  if (is_empty(row, column)) return {};
  const Column& c = columns_[column];
  // Most cells show their own text: folded straight from the layer's bytes.
  const bool own_text = c.kind == ColumnKind::Code || c.kind == ColumnKind::Name ||
                        (c.kind == ColumnKind::Text && c.field.kind != FieldKind::UsageCoverage &&
                         c.field.kind != FieldKind::UsageAdopted);
  if (own_text) return fold_text(std::string_view(raw_text(row, column)));
  return fold_text(display_text(row, column));
}

const std::string& AttributeTableModel::folded_row(int row) const {
  if (folded_rows_.empty() && rowCount() > 0) {
    // The text cells only: numbers are picked with the field filter, and formatting every number
    // of 35,000 rows would cost the first keystroke seconds.
    folded_rows_.resize(static_cast<std::size_t>(rowCount()));
    for (int r = 0; r < rowCount(); ++r) {
      std::string& folded = folded_rows_[static_cast<std::size_t>(r)];
      for (int c = 0; c < columnCount(); ++c) {
        if (is_number(c)) continue;
        const std::string cell = folded_cell(r, c);
        if (cell.empty()) continue;
        if (!folded.empty()) folded.push_back('\n');
        folded += cell;
      }
    }
  }
  return folded_rows_[static_cast<std::size_t>(row)];
}

const std::vector<std::uint32_t>& AttributeTableModel::text_ranks(int column) const {
  if (ranks_.size() != columns_.size()) ranks_.assign(columns_.size(), {});
  std::vector<std::uint32_t>& ranks = ranks_[static_cast<std::size_t>(column)];
  if (!ranks.empty() || rowCount() == 0) return ranks;
  const auto rows = static_cast<std::size_t>(rowCount());
  std::vector<std::string> keys(rows);
  for (std::size_t r = 0; r < rows; ++r) keys[r] = folded_cell(static_cast<int>(r), column);
  std::vector<std::uint32_t> order(rows);
  std::iota(order.begin(), order.end(), 0U);
  // Folded text first ("saint etienne" before "saintes"), then the text as written.
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return raw_text(static_cast<int>(a), column) < raw_text(static_cast<int>(b), column);
  });
  ranks.resize(rows);
  std::uint32_t rank = 0;
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0 && (keys[order[i]] != keys[order[i - 1]] ||
                  raw_text(static_cast<int>(order[i]), column) !=
                      raw_text(static_cast<int>(order[i - 1]), column)))
      ++rank;
    ranks[order[i]] = rank;
  }
  return ranks;
}

int AttributeTableModel::compare(int column, int a, int b) const {
  if (is_number(column)) {
    const double x = number(a, column);
    const double y = number(b, column);
    return x < y ? -1 : y < x ? 1 : 0;
  }
  const std::vector<std::uint32_t>& ranks = text_ranks(column);
  const std::uint32_t x = ranks[static_cast<std::size_t>(a)];
  const std::uint32_t y = ranks[static_cast<std::size_t>(b)];
  return x < y ? -1 : y < x ? 1 : 0;
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || !layer_) return {};
  const int row = index.row();
  const int column = index.column();
  switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
      return display_text(row, column);
    case Qt::TextAlignmentRole:
      if (is_number(column))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
      return {};
    case SortRole:
      if (is_number(column)) return number(row, column);
      return QString::fromStdString(folded_cell(row, column));
    case FeatureRole:
      return static_cast<uint>(row);
    default:
      return {};
  }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(columns_.size()))
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (role) {
    case Qt::DisplayRole:
      return columns_[section].label;
    case Qt::ToolTipRole:
      return columns_[section].description;
    default:
      return {};
  }
}

}  // namespace lumiere::ui
