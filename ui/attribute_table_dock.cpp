#include "attribute_table_dock.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "maps/layer_setup.h"
#include "maps/number_format.h"
#include "ui/attribute_filter.h"
#include "ui/attribute_table_model.h"
#include "ui/form_rows.h"

namespace lumiere::ui {

namespace {

// The kinds of condition as the combo box lists them; "any value" is no condition.
enum KindItem { AnyValue, EqualsItem, RangeItem, EmptyItem, NotEmptyItem };

bool french() { return QLocale().language() == QLocale::French; }

// A number as typed in the user's language ("100 000", "31,6") or with a decimal point; its
// number of decimals typed. False when `text` is no number.
bool parse_number(QString text, double& value, int& decimals) {
  text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
  if (text.isEmpty()) return false;
  bool ok = false;
  value = QLocale().toDouble(text, &ok);
  if (!ok) value = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), '.'), &ok);
  if (!ok || !std::isfinite(value)) return false;
  const auto sep = std::max(text.lastIndexOf(QLatin1Char(',')), text.lastIndexOf(QLatin1Char('.')));
  // "1,234" in English is a thousand and more, not three decimals.
  const bool grouping = !french() && text.at(std::max<qsizetype>(sep, 0)) == QLatin1Char(',');
  decimals = sep < 0 || grouping ? 0 : static_cast<int>(text.size() - sep - 1);
  return true;
}

// A cell of the CSV: quoted when it holds the separator, a quote or a line break.
QString csv_cell(const QString& text) {
  if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
      !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
         QLatin1Char('"');
}

// A number of the CSV: every digit it has (15 significant), no group separator, the decimal
// separator of the user's language; empty when there is none.
QString csv_number(double value) {
  if (std::isnan(value)) return {};
  QString text = QString::number(value, 'g', 15);
  if (french()) text.replace(QLatin1Char('.'), QLatin1Char(','));
  return text;
}

}  // namespace

AttributeTableDock::AttributeTableDock(QWidget* parent)
    : QDockWidget(tr("Attribute table"), parent),
      model_(new AttributeTableModel(this)),
      filter_(new AttributeFilter(model_, this)),
      search_(new QLineEdit(this)),
      field_(new QComboBox(this)),
      kind_(new QComboBox(this)),
      value_label_(new QLabel(tr("Val&ue:"), this)),
      value_(new QLineEdit(this)),
      min_label_(new QLabel(tr("Mi&nimum:"), this)),
      min_(new QLineEdit(this)),
      max_label_(new QLabel(tr("Ma&ximum:"), this)),
      max_(new QLineEdit(this)),
      clear_(new QPushButton(tr("Clea&r"), this)),
      count_(new QLabel(this)),
      view_(new QTableView(this)),
      export_(new QPushButton(tr("Ex&port CSV…"), this)) {
  setObjectName(QStringLiteral("attribute_table"));
  search_->setObjectName(QStringLiteral("attribute_search"));
  field_->setObjectName(QStringLiteral("attribute_field"));
  kind_->setObjectName(QStringLiteral("attribute_condition"));
  value_->setObjectName(QStringLiteral("attribute_value"));
  min_->setObjectName(QStringLiteral("attribute_minimum"));
  max_->setObjectName(QStringLiteral("attribute_maximum"));
  clear_->setObjectName(QStringLiteral("attribute_clear"));
  count_->setObjectName(QStringLiteral("attribute_count"));
  view_->setObjectName(QStringLiteral("attribute_rows"));
  export_->setObjectName(QStringLiteral("attribute_export"));

  search_->setClearButtonEnabled(true);
  search_->setPlaceholderText(tr("Name, code…"));
  search_->setToolTip(
      tr("Keeps the rows whose code, name or text contains these words, "
         "regardless of case and accents"));
  kind_->addItem(tr("any value"));
  kind_->addItem(tr("equals"));
  kind_->addItem(tr("between"));
  kind_->addItem(tr("is empty"));
  kind_->addItem(tr("is not empty"));
  min_->setPlaceholderText(tr("no minimum"));
  max_->setPlaceholderText(tr("no maximum"));
  clear_->setAccessibleName(tr("Clear the condition on a field"));
  count_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  view_->setModel(filter_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // Tab leaves the table for the next control instead of walking its 35,000 rows.
  view_->setTabKeyNavigation(false);
  view_->setWordWrap(false);
  view_->setAlternatingRowColors(true);
  view_->verticalHeader()->hide();
  // Rows of one height: the view never measures 35,000 rows.
  view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
  view_->horizontalHeader()->setResizeContentsPrecision(200);
  view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the layer's order
  view_->setSortingEnabled(true);
  view_->setAccessibleName(tr("Attributes of the features"));
  view_->setAccessibleDescription(tr("One row per feature; click a column's header to sort by it"));

  auto* search_label = new QLabel(tr("&Search:"), this);
  search_label->setBuddy(search_);
  search_->setAccessibleName(spoken(search_label->text()));
  auto* field_label = new QLabel(tr("F&ield:"), this);
  field_label->setBuddy(field_);
  field_->setAccessibleName(spoken(field_label->text()));
  auto* kind_label = new QLabel(tr("C&ondition:"), this);
  kind_label->setBuddy(kind_);
  kind_->setAccessibleName(spoken(kind_label->text()));
  value_label_->setBuddy(value_);
  value_->setAccessibleName(spoken(value_label_->text()));
  min_label_->setBuddy(min_);
  min_->setAccessibleName(spoken(min_label_->text()));
  max_label_->setBuddy(max_);
  max_->setAccessibleName(spoken(max_label_->text()));
  count_->setBuddy(view_);

  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* grid = new QGridLayout;
  grid->addWidget(search_label, 0, 0);
  grid->addWidget(search_, 0, 1, 1, 3);
  grid->addWidget(field_label, 1, 0);
  grid->addWidget(field_, 1, 1);
  grid->addWidget(kind_label, 1, 2);
  grid->addWidget(kind_, 1, 3);
  auto* bounds = new QHBoxLayout;
  bounds->addWidget(value_label_);
  bounds->addWidget(value_, 1);
  bounds->addWidget(min_label_);
  bounds->addWidget(min_, 1);
  bounds->addWidget(max_label_);
  bounds->addWidget(max_, 1);
  bounds->addStretch();
  bounds->addWidget(clear_);
  grid->addLayout(bounds, 2, 0, 1, 4);
  grid->setColumnStretch(1, 1);
  grid->setColumnStretch(3, 1);
  layout->addLayout(grid);
  layout->addWidget(count_);
  layout->addWidget(view_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch();
  buttons->addWidget(export_);
  layout->addLayout(buttons);
  setWidget(content);
  setTabOrder(search_, field_);
  setTabOrder(field_, kind_);
  setTabOrder(kind_, value_);
  setTabOrder(value_, min_);
  setTabOrder(min_, max_);
  setTabOrder(max_, clear_);
  setTabOrder(clear_, view_);
  setTabOrder(view_, export_);

  ask_export_path = [this] {
    const QString title = model_->layer() ? model_->layer()->title : QString();
    const QString suggested = (title.isEmpty() ? tr("attributes") : title) + QStringLiteral(".csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the attribute table"), suggested,
                                                tr("CSV files (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    return path;
  };
  show_error = [this](const QString& message) {
    QMessageBox::warning(this, tr("Export CSV"), message);
  };

  connect(search_, &QLineEdit::textChanged, this, &AttributeTableDock::apply_text_filter);
  connect(field_, &QComboBox::currentIndexChanged, this, &AttributeTableDock::field_changed);
  connect(kind_, &QComboBox::currentIndexChanged, this, &AttributeTableDock::kind_changed);
  for (QLineEdit* edit : {value_, min_, max_})
    connect(edit, &QLineEdit::textChanged, this, &AttributeTableDock::apply_field_filter);
  connect(clear_, &QPushButton::clicked, this, &AttributeTableDock::clear_field_filter);
  connect(export_, &QPushButton::clicked, this, &AttributeTableDock::export_pressed);
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &AttributeTableDock::user_selected);
  for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
    connect(filter_, signal, this, &AttributeTableDock::update_count);
  connect(filter_, &QAbstractItemModel::modelReset, this, &AttributeTableDock::update_count);
  connect(filter_, &QAbstractItemModel::layoutChanged, this, &AttributeTableDock::update_count);
  kind_changed();
  update_count();
}

void AttributeTableDock::set_layer(std::shared_ptr<const maps::StyledLayer> layer) {
  std::vector<std::string> before;
  for (const auto& c : model_->columns()) before.push_back(c.field.column);
  const auto old = model_->layer();
  const bool same_features =
      old && layer && layer->source && old->source->codes == layer->source->codes;
  applying_ = true;
  model_->set_layer(std::move(layer));
  applying_ = false;
  std::vector<std::string> after;
  for (const auto& c : model_->columns()) after.push_back(c.field.column);
  if (before != after) {
    build_field_combo();
    // Another table: in the layer's order, its columns as wide as their first rows.
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->resizeColumnsToContents();
    // The names measured are the first rows'; longer ones come with a sort or a search.
    const int name = model_->column_of("name");
    if (name >= 0)
      view_->setColumnWidth(
          name, std::max(view_->columnWidth(name), view_->fontMetrics().averageCharWidth() * 32));
  }
  if (!same_features) selected_.clear();
  show_selection(false);
  update_count();
}

void AttributeTableDock::build_field_combo() {
  const QSignalBlocker block(field_);
  field_->clear();
  for (const auto& column : model_->columns()) field_->addItem(column.label);
  field_->setCurrentIndex(field_->count() > 0 ? 0 : -1);
  // A condition on a column that is no more: none.
  const QSignalBlocker block_kind(kind_);
  kind_->setCurrentIndex(AnyValue);
  value_->clear();
  min_->clear();
  max_->clear();
  field_changed();
}

void AttributeTableDock::field_changed() {
  // A range needs numbers.
  const int column = field_->currentIndex();
  const bool number = column >= 0 && model_->is_number(column);
  if (auto* items = qobject_cast<QStandardItemModel*>(kind_->model()))
    items->item(RangeItem)->setEnabled(number);
  if (!number && kind_->currentIndex() == RangeItem)
    kind_->setCurrentIndex(EqualsItem);  // applies the filter
  else
    apply_field_filter();
}

void AttributeTableDock::kind_changed() {
  const int column = field_->currentIndex();
  if (kind_->currentIndex() == RangeItem && (column < 0 || !model_->is_number(column))) {
    kind_->setCurrentIndex(EqualsItem);  // a range needs numbers; comes back here
    return;
  }
  const int kind = kind_->currentIndex();
  value_label_->setVisible(kind == EqualsItem);
  value_->setVisible(kind == EqualsItem);
  for (QWidget* w : std::initializer_list<QWidget*>{min_label_, min_, max_label_, max_})
    w->setVisible(kind == RangeItem);
  apply_field_filter();
}

void AttributeTableDock::clear_field_filter() {
  const QSignalBlocker block(kind_);
  kind_->setCurrentIndex(AnyValue);
  value_->clear();
  min_->clear();
  max_->clear();
  kind_changed();
}

void AttributeTableDock::apply_field_filter() {
  input_error_.clear();
  std::optional<FieldFilter> filter;
  const int column = field_->currentIndex();
  const int kind = kind_->currentIndex();
  if (column >= 0 && column < model_->columnCount() && kind != AnyValue) {
    FieldFilter f;
    f.column = column;
    const auto bad = [&](const QLineEdit* edit) {
      input_error_ = tr("\"%1\" is not a number: the condition is left out.").arg(edit->text());
    };
    switch (kind) {
      case EqualsItem:
        f.kind = FieldFilterKind::Equals;
        if (value_->text().trimmed().isEmpty()) break;
        if (model_->is_number(column)) {
          int decimals = 0;
          if (!parse_number(value_->text(), f.number, decimals)) {
            bad(value_);
            break;
          }
          // "31,6" finds the areas shown as 31,6: the values rounding to it.
          f.tolerance = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9);
        } else {
          f.text = value_->text();
        }
        filter = f;
        break;
      case RangeItem: {
        f.kind = FieldFilterKind::Range;
        int decimals = 0;
        const bool has_min = !min_->text().trimmed().isEmpty();
        const bool has_max = !max_->text().trimmed().isEmpty();
        if (has_min && !parse_number(min_->text(), f.min, decimals)) bad(min_);
        if (has_max && !parse_number(max_->text(), f.max, decimals)) bad(max_);
        if (input_error_.isEmpty() && (has_min || has_max)) filter = f;
        break;
      }
      case EmptyItem:
        f.kind = FieldFilterKind::Empty;
        filter = f;
        break;
      case NotEmptyItem:
        f.kind = FieldFilterKind::NotEmpty;
        filter = f;
        break;
      default:
        break;
    }
  }
  applying_ = true;
  filter_->set_field_filter(filter);
  applying_ = false;
  show_selection(false);
  update_count();
}

void AttributeTableDock::apply_text_filter(const QString& text) {
  applying_ = true;
  filter_->set_text_filter(text);
  applying_ = false;
  show_selection(false);
  update_count();
}

void AttributeTableDock::set_selection(const std::vector<std::uint32_t>& features) {
  selected_ = features;
  std::sort(selected_.begin(), selected_.end());
  selected_.erase(std::unique(selected_.begin(), selected_.end()), selected_.end());
  show_selection(true);
}

void AttributeTableDock::show_selection(bool scroll) {
  std::vector<int> rows;
  rows.reserve(selected_.size());
  const int features = model_->rowCount();
  for (const std::uint32_t f : selected_) {
    if (f >= static_cast<std::uint32_t>(features)) continue;
    const int row = filter_->mapFromSource(model_->index(static_cast<int>(f), 0)).row();
    if (row >= 0) rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end());
  // One range per run of adjacent rows: selecting 35,000 rows one by one takes seconds.
  QItemSelection selection;
  const int last_column = std::max(0, filter_->columnCount() - 1);
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) ++j;
    selection.select(filter_->index(rows[i], 0), filter_->index(rows[j], last_column));
    i = j + 1;
  }
  applying_ = true;
  QItemSelectionModel* model = view_->selectionModel();
  model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  if (scroll && !rows.empty()) {
    const QModelIndex first = filter_->index(rows.front(), 0);
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view_->scrollTo(first, QAbstractItemView::PositionAtTop);
  }
  applying_ = false;
}

std::vector<std::uint32_t> AttributeTableDock::selection() const {
  std::vector<std::uint32_t> features;
  for (const QItemSelectionRange& range : view_->selectionModel()->selection()) {
    for (int row = range.top(); row <= range.bottom(); ++row)
      features.push_back(filter_->feature_at(row));
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

void AttributeTableDock::user_selected() {
  if (applying_) return;
  // The user's selection replaces the whole selection, rows hidden by the filter included.
  std::vector<std::uint32_t> features = selection();
  if (features == selected_) return;  // rows sorted or shown again, the same features
  selected_ = std::move(features);
  emit selection_changed(selected_);
}

QString AttributeTableDock::count_text() const { return count_->text(); }

void AttributeTableDock::update_count() {
  const auto& layer = model_->layer();
  if (!layer) {
    count_->setText(tr("No layer to show."));
    return;
  }
  const QString shown = maps::format_number(filter_->rowCount(), 0);
  const QString total = maps::format_number(model_->rowCount(), 0);
  const std::size_t code_length = maps::code_length(*layer->source);
  QString text = code_length == 5                       ? tr("%1 of %2 communes")
                 : code_length == 2 || code_length == 3 ? tr("%1 of %2 departments")
                                                        : tr("%1 of %2 features");
  text = text.arg(shown, total);
  if (!input_error_.isEmpty()) text += QLatin1Char(' ') + input_error_;
  count_->setText(text);
}

bool AttributeTableDock::export_csv(const QString& path, QString* error) const {
  const auto fail = [&](const QString& why) {
    if (error)
      *error = tr("The table could not be written to \"%1\": %2. Choose a folder you can write "
                  "to.")
                   .arg(QDir::toNativeSeparators(path), why);
    return false;
  };
  // The columns as the table shows them: in their order on screen, hidden ones left out.
  const QHeaderView* header = view_->horizontalHeader();
  std::vector<int> columns;
  for (int visual = 0; visual < header->count(); ++visual) {
    const int column = header->logicalIndex(visual);
    if (!header->isSectionHidden(column)) columns.push_back(column);
  }
  // Semicolons, a byte order mark and the user's decimal separator: what Excel opens as columns
  // of numbers by a double click in France (its list separator there is ';', and without the BOM
  // it reads UTF-8 as Windows-1252: "Saint-Ã‰tienne"); LibreOffice and our own reader
  // (core/tables) recognise the separator and the BOM too. In English the decimal point, and
  // still ';', so that a file is read alike whoever wrote it. No group separator, every digit:
  // these are numbers to compute with, not to read.
  QString text;
  const auto line = [&](const auto& cell_of) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) text += QLatin1Char(';');
      text += cell_of(columns[i]);
    }
    text += QStringLiteral("\r\n");
  };
  line([&](int column) { return csv_cell(model_->columns()[column].label); });
  for (int row = 0; row < filter_->rowCount(); ++row) {
    const int f = static_cast<int>(filter_->feature_at(row));
    line([&](int column) {
      if (model_->is_number(column)) return csv_number(model_->number(f, column));
      return model_->is_empty(f, column) ? QString() : csv_cell(model_->display_text(f, column));
    });
  }
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
  const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
  if (file.write(bytes) != bytes.size() || !file.commit()) return fail(file.errorString());
  return true;
}

void AttributeTableDock::export_pressed() {
  const QString path = ask_export_path ? ask_export_path() : QString();
  if (path.isEmpty()) return;
  QString error;
  if (!export_csv(path, &error) && show_error) show_error(error);
}

}  // namespace lumiere::ui
