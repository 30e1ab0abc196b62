#include "import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "core/tables/column_names.h"
#include "maps/message_text.h"
#include "ui/form_rows.h"

namespace lumiere::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The spreadsheet's name of the column `index` from 0: A … Z, AA, AB …
QString column_letters(int index) {
  QString letters;
  for (int n = index + 1; n > 0; n = (n - 1) / 26)
    letters.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
  return letters;
}

// What the file is, as the dialog says it after its name.
QString format_text(const core::TableLayout& layout) {
  switch (layout.format) {
    case core::TableFormat::Xlsx:
      return ImportDialog::tr("Excel workbook");
    case core::TableFormat::Xls:
      return ImportDialog::tr("Excel 97–2003 workbook");
    case core::TableFormat::Ods:
      return ImportDialog::tr("OpenDocument spreadsheet");
    case core::TableFormat::Csv:
      break;
  }
  const QString encoding = QString::fromUtf8(core::encoding_name(layout.encoding));
  if (layout.delimiter == '\t')
    return ImportDialog::tr("text in %1, columns separated by tabs").arg(encoding);
  return ImportDialog::tr("text in %1, columns separated by \"%2\"")
      .arg(encoding, QString(QLatin1Char(layout.delimiter)));
}

}  // namespace

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : ImportDialog(path, nullptr, 0, parent) {}

ImportDialog::ImportDialog(const QString& path, const std::vector<core::Usage>& usages, int vintage,
                           QWidget* parent)
    : ImportDialog(path, &usages, vintage, parent) {}

ImportDialog::~ImportDialog() = default;

ImportDialog::ImportDialog(const QString& path, const std::vector<core::Usage>* usages, int vintage,
                           QWidget* parent)
    : QDialog(parent), path_(path) {
  setWindowTitle(usages ? tr("Import an indicator") : tr("Import structures and their members"));
  setAccessibleName(windowTitle());
  auto* layout = new QVBoxLayout(this);
  auto* file_form = new QFormLayout;
  layout->addLayout(file_form);
  file_ = new QLabel(QFileInfo(path).fileName(), this);
  file_->setObjectName(QStringLiteral("file"));
  file_->setToolTip(QDir::toNativeSeparators(path));
  file_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  file_->setWordWrap(true);
  file_form->addRow(tr("File:"), file_);
  auto* top = new QHBoxLayout;
  layout->addLayout(top);

  // The table: its sheet and header row.
  auto* table_form = new QFormLayout;
  table_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
  top->addLayout(table_form);
  sheet_ = new QComboBox(this);
  sheet_->setObjectName(QStringLiteral("sheet"));
  sheet_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  sheet_label_ = add_form_row(table_form, tr("&Sheet:"), sheet_);
  header_row_ = new QSpinBox(this);
  header_row_->setObjectName(QStringLiteral("header_row"));
  header_row_->setMinimumWidth(80);
  header_row_->setRange(1, kPreviewRows);
  header_row_->setToolTip(tr("The row that names the columns, as the spreadsheet numbers it"));
  add_form_row(table_form, tr("&Header row:"), header_row_);
  sheet_label_->setVisible(false);
  sheet_->setVisible(false);

  // What to import from it (indicators).
  if (usages) {
    usages_ = *usages;
    auto* what = new QFormLayout;
    top->addSpacing(32);
    top->addLayout(what, 1);
    usage_ = new QComboBox(this);
    usage_->setObjectName(QStringLiteral("usage"));
    for (const core::Usage& u : usages_) usage_->addItem(qs(u.label), qs(u.id));
    add_form_row(what, tr("&Usage:"), usage_);
    vintage_ = new QSpinBox(this);
    vintage_->setObjectName(QStringLiteral("vintage"));
    vintage_->setRange(1990, 2100);
    vintage_->setValue(vintage);
    vintage_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    add_form_row(what, tr("&Year of the values:"), vintage_);
    value_column_ = new QComboBox(this);
    value_column_->setObjectName(QStringLiteral("value_column"));
    value_column_->setToolTip(
        tr("Automatic: the column whose header names the usage, else the only column of yes/no "
           "values or rates"));
    add_form_row(what, tr("&Column of the values:"), value_column_);
  }

  if (!usage_) top->addStretch(1);

  // The preview.
  preview_ = new QTableWidget(this);
  preview_->setObjectName(QStringLiteral("preview"));
  preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  preview_->setSelectionMode(QAbstractItemView::NoSelection);
  preview_->setWordWrap(false);
  preview_->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
  preview_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  preview_->verticalHeader()->setDefaultSectionSize(preview_->fontMetrics().height() + 8);
  preview_->setMinimumHeight(240);
  auto* preview_label = new QLabel(tr("&Preview of the first rows:"), this);
  preview_label->setBuddy(preview_);
  preview_->setAccessibleName(spoken(preview_label->text()));
  layout->addSpacing(8);
  layout->addWidget(preview_label);
  layout->addWidget(preview_, 1);
  // Where the preview would be, why there is none (a word-wrapped label alone would be centred).
  error_box_ = new QFrame(this);
  error_box_->setFrameShape(QFrame::StyledPanel);
  error_box_->setBackgroundRole(QPalette::Base);
  error_box_->setAutoFillBackground(true);
  error_box_->setMinimumHeight(240);
  auto* error_layout = new QVBoxLayout(error_box_);
  error_ = new QLabel(error_box_);
  error_->setObjectName(QStringLiteral("preview_error"));
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setAccessibleName(tr("Why the table cannot be read"));
  error_layout->addWidget(error_);
  error_layout->addStretch(1);
  error_box_->setVisible(false);
  layout->addWidget(error_box_, 1);
  hint_ = new QLabel(this);
  hint_->setObjectName(QStringLiteral("hint"));
  hint_->setWordWrap(true);
  layout->addWidget(hint_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  ok_->setDefault(true);  // Return in any field imports, once the preview is read
  ok_->setEnabled(false);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  // Tab order: the table, what to import, the preview, the buttons.
  QWidget::setTabOrder(sheet_, header_row_);
  QWidget* last = header_row_;
  if (usage_) {
    QWidget::setTabOrder(header_row_, usage_);
    QWidget::setTabOrder(usage_, vintage_);
    QWidget::setTabOrder(vintage_, value_column_);
    last = value_column_;
  }
  QWidget::setTabOrder(last, preview_);
  QWidget::setTabOrder(preview_, buttons);

  connect(sheet_, &QComboBox::currentIndexChanged, this, [this](int index) {
    header_given_ = false;
    read({sheet_->itemText(index).toStdString(), 0});
  });
  connect(header_row_, &QSpinBox::valueChanged, this, [this](int row) {
    // Return emits the value again: the row shown needs no new read (and OK stays enabled).
    if (!reading_ && readable_ && layout_ && row == layout_->header_row) return;
    header_given_ = true;
    read({sheet_->currentText().toStdString(), row});
  });
  if (usage_) {
    connect(usage_, &QComboBox::currentIndexChanged, this, [this] { preselect_value_column(); });
    connect(value_column_, &QComboBox::activated, this,
            [this](int index) { column_given_ = index > 0; });
  }
  connect(&watcher_, &QFutureWatcher<Preview>::finished, this, &ImportDialog::read_finished);

  resize(920, 640);
  header_row_->setFocus();
  read({});
}

ImportChoice ImportDialog::choice() const {
  ImportChoice choice;
  if (layout_ && layout_->format != core::TableFormat::Csv) choice.table.sheet = layout_->sheet;
  choice.table.header_row = header_given_ ? header_row_->value() : 0;
  if (usage_) {
    choice.usage = usage_->currentData().toString();
    choice.vintage = vintage_->value();
    choice.value_column = value_column_->currentData().toString();
  }
  return choice;
}

void ImportDialog::read(const core::TableOptions& options) {
  if (reading_) {
    waiting_ = options;
    return;
  }
  start(options);
}

void ImportDialog::start(const core::TableOptions& options) {
  reading_ = true;
  update_ok();
  hint_->setText(tr("Reading %1…").arg(QFileInfo(path_).fileName()));
  watcher_.setFuture(QtConcurrent::run([path = path_.toStdString(), options]() -> Preview {
    return std::make_shared<const core::Result<core::TablePreview>>(
        core::preview_table(path, options, kPreviewRows));
  }));
}

void ImportDialog::read_finished() {
  const Preview result = watcher_.result();
  if (waiting_) {  // the user changed the sheet or the row meanwhile: only the last one counts
    const core::TableOptions options = *waiting_;
    waiting_.reset();
    start(options);
    return;
  }
  reading_ = false;
  readable_ = result && *result;
  if (readable_) {
    show_preview(**result);
  } else if (result) {
    show_error(result->error());
  }
  update_ok();
  emit preview_shown();
}

void ImportDialog::show_preview(const core::TablePreview& preview) {
  const core::TableLayout& layout = preview.layout;
  layout_ = layout;
  file_->setText(tr("%1 (%2)").arg(QFileInfo(path_).fileName(), format_text(layout)));

  const bool spreadsheet = layout.format != core::TableFormat::Csv;
  {
    const QSignalBlocker block(sheet_);
    sheet_->clear();
    for (const std::string& s : layout.sheets) sheet_->addItem(qs(s));
    sheet_->setCurrentIndex(std::max(0, sheet_->findText(qs(layout.sheet))));
  }
  sheet_label_->setVisible(spreadsheet);
  sheet_->setVisible(spreadsheet);
  sheet_->setEnabled(layout.sheets.size() > 1);

  int last_row = layout.header_row;
  for (const core::CsvRow& row : preview.rows) last_row = std::max(last_row, row.line);
  {
    const QSignalBlocker block(header_row_);
    header_row_->setRange(1, std::max(last_row, 1));
    header_row_->setValue(layout.header_row);
  }
  header_row_->setEnabled(true);

  header_.clear();
  for (const core::CsvRow& row : preview.rows) {
    if (row.line == layout.header_row) header_ = row.fields;
  }
  fill_table(preview);
  error_box_->setVisible(false);
  preview_->setVisible(true);
  hint_->setText(
      layout.header_row > 1
          ? tr("Row numbers are the spreadsheet's. The header row is in bold; the rows above it, "
               "in grey, are not imported.")
          : tr("Row numbers are the spreadsheet's. The header row is in bold."));
  if (value_column_) fill_value_columns();
}

void ImportDialog::show_error(const core::Message& error) {
  QString text = maps::message_text(error, maps::Surface::Window);
  if (!text.isEmpty()) text[0] = text[0].toUpper();  // a sentence of its own here
  error_->setText(text);
  error_box_->setVisible(true);
  preview_->setVisible(false);
  hint_->clear();
  // Before a first preview nothing can be chosen; after one, the user may go back.
  if (!layout_) {
    header_row_->setEnabled(false);
    if (value_column_) value_column_->setEnabled(false);
  }
}

void ImportDialog::fill_table(const core::TablePreview& preview) {
  std::size_t columns = 0;
  for (const core::CsvRow& row : preview.rows) columns = std::max(columns, row.fields.size());
  preview_->clear();
  preview_->clearSpans();
  preview_->setRowCount(static_cast<int>(preview.rows.size()));
  preview_->setColumnCount(static_cast<int>(columns));
  QStringList letters;
  for (std::size_t c = 0; c < columns; ++c) letters << column_letters(static_cast<int>(c));
  preview_->setHorizontalHeaderLabels(letters);

  QFont bold = preview_->font();
  bold.setBold(true);
  const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
  QColor header_background = palette().color(QPalette::Highlight);
  header_background.setAlpha(48);
  int header_index = -1;
  for (std::size_t r = 0; r < preview.rows.size(); ++r) {
    const core::CsvRow& row = preview.rows[r];
    const int i = static_cast<int>(r);
    auto* number = new QTableWidgetItem(QString::number(row.line));
    const bool header = row.line == preview.layout.header_row;
    const bool above = row.line < preview.layout.header_row;
    if (header) {
      number->setFont(bold);
      header_index = i;
    }
    if (above) number->setForeground(greyed);
    preview_->setVerticalHeaderItem(i, number);
    for (std::size_t c = 0; c < row.fields.size(); ++c) {
      const QString text = qs(row.fields[c]);
      auto* item = new QTableWidgetItem(text);
      if (text.size() > 30) item->setToolTip(text);
      if (header) {
        item->setFont(bold);
        item->setBackground(header_background);
      } else if (above) {
        item->setForeground(greyed);
      }
      preview_->setItem(i, static_cast<int>(c), item);
    }
  }
  // A title above the header (one cell, the others empty) spans its row, as a spreadsheet lets
  // a cell's text run over the empty cells beside it; the widths come from the other rows.
  const QFontMetrics plain_metrics(preview_->font());
  const QFontMetrics bold_metrics(bold);
  std::vector<int> widths(columns, 40);
  for (std::size_t r = 0; r < preview.rows.size(); ++r) {
    const core::CsvRow& row = preview.rows[r];
    const bool title = row.line < preview.layout.header_row && columns > 1 &&
                       std::all_of(row.fields.begin() + (row.fields.empty() ? 0 : 1),
                                   row.fields.end(), [](const auto& f) { return f.empty(); });
    if (title) {
      preview_->setSpan(static_cast<int>(r), 0, 1, static_cast<int>(columns));
      continue;
    }
    const QFontMetrics& metrics =
        row.line == preview.layout.header_row ? bold_metrics : plain_metrics;
    for (std::size_t c = 0; c < row.fields.size(); ++c)
      widths[c] = std::max(widths[c], metrics.horizontalAdvance(qs(row.fields[c])) + 16);
  }
  for (std::size_t c = 0; c < columns; ++c)
    preview_->setColumnWidth(static_cast<int>(c), std::min(widths[c], 260));
  if (header_index >= 0) preview_->scrollTo(preview_->model()->index(header_index, 0));
}

void ImportDialog::fill_value_columns() {
  const QString kept = column_given_ ? value_column_->currentData().toString() : QString();
  const QSignalBlocker block(value_column_);
  value_column_->clear();
  value_column_->addItem(tr("(automatic)"), QString());
  const int code = core::find_commune_code_column(header_);
  for (std::size_t c = 0; c < header_.size(); ++c) {
    if (static_cast<int>(c) == code || header_[c].empty()) continue;
    value_column_->addItem(qs(header_[c]), qs(header_[c]));
  }
  value_column_->setEnabled(true);
  const int index = kept.isEmpty() ? -1 : value_column_->findData(kept);
  if (index > 0) {
    value_column_->setCurrentIndex(index);
  } else {
    column_given_ = false;
    preselect_value_column();
  }
}

void ImportDialog::preselect_value_column() {
  if (!value_column_ || column_given_) return;
  const int u = usage_->currentIndex();
  int index = 0;
  if (u >= 0 && static_cast<std::size_t>(u) < usages_.size()) {
    const core::Usage& usage = usages_[static_cast<std::size_t>(u)];
    for (int i = 1; i < value_column_->count() && index == 0; ++i) {
      const std::string header = value_column_->itemData(i).toString().toStdString();
      if (core::header_names_usage(header, usage.id, usage.label)) index = i;
    }
  }
  value_column_->setCurrentIndex(index);
}

void ImportDialog::update_ok() { ok_->setEnabled(!reading_ && readable_); }

}  // namespace lumiere::ui
