#include "style_dialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "maps/color_ramp.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"
#include "ui/color_button.h"
#include "ui/style_preview.h"

namespace lumiere::ui {
namespace {

using maps::ClassMethod;
using maps::StyleKind;

QString qs(const std::string& s) { return QString::fromStdString(s); }

void select_data(QComboBox* box, const QVariant& value) {
  const int i = box->findData(value);
  if (i >= 0) box->setCurrentIndex(i);
}

template <class Enum>
Enum current(const QComboBox* box) {
  return static_cast<Enum>(box->currentData().toInt());
}

// n colours of the default qualitative ramp, cycling when n exceeds its colours.
std::vector<QColor> qualitative_colors(int n) {
  const auto ramp = maps::ColorRamp::default_for(maps::RampKind::Qualitative, n);
  const std::vector<QColor> palette = ramp.colors(std::clamp(n, 3, ramp.max_classes()));
  std::vector<QColor> out;
  for (int i = 0; i < n; ++i) out.push_back(palette[static_cast<std::size_t>(i) % palette.size()]);
  return out;
}

// A number such as "1234,5", "1 234,5" (no-break spaces), "1234.5" or "1,234.5".
std::optional<double> parse_number(QString piece) {
  static const QRegularExpression comma_groups(QStringLiteral("^-?\\d{1,3}(,\\d{3})+$"));
  static const QRegularExpression dot_groups(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+$"));
  const auto commas = piece.count(QLatin1Char(','));
  const auto dots = piece.count(QLatin1Char('.'));
  if (commas > 0 && dots > 0) {
    // The later separator is the decimal one, the other groups digits.
    const bool comma_decimal = piece.lastIndexOf(QLatin1Char(',')) > piece.lastIndexOf('.');
    piece.remove(comma_decimal ? QLatin1Char('.') : QLatin1Char(','));
    piece.replace(QLatin1Char(','), QLatin1Char('.'));
  } else if (commas > 1 || dots > 1) {
    if (!comma_groups.match(piece).hasMatch() && !dot_groups.match(piece).hasMatch()) return {};
    piece.remove(commas > 1 ? QLatin1Char(',') : QLatin1Char('.'));
  } else {
    piece.replace(QLatin1Char(','), QLatin1Char('.'));
  }
  bool ok = false;
  const double value = piece.toDouble(&ok);
  if (!ok || !std::isfinite(value)) return {};
  return value;
}

QString column_title(const QString& name) {
  if (name == QLatin1String("population")) return StyleDialog::tr("Population");
  if (name == QLatin1String("area_km2")) return StyleDialog::tr("Area (km²)");
  if (name == QLatin1String("density")) return StyleDialog::tr("Density (inhabitants per km²)");
  if (name == QLatin1String("code")) return StyleDialog::tr("Code");
  if (name == QLatin1String("departement")) return StyleDialog::tr("Département");
  if (name == QLatin1String("region")) return StyleDialog::tr("Région");
  if (name == QLatin1String("epci")) return StyleDialog::tr("EPCI");
  return name;
}

// The number columns that are yes/no measures (`yes_no`), or those that are not.
std::vector<std::string> yes_no_columns(const core::VectorLayer& layer, bool yes_no) {
  std::vector<std::string> out;
  for (const std::string& c : layer.attributes.number_columns()) {
    if (maps::is_yes_no_column(layer, qs(c)) == yes_no) out.push_back(c);
  }
  return out;
}

void add_columns(QComboBox* box, const std::vector<std::string>& columns) {
  for (const std::string& c : columns) box->addItem(column_title(qs(c)), qs(c));
}

}  // namespace

std::optional<std::vector<double>> parse_breaks(const QString& text) {
  static const QRegularExpression comma_space(QStringLiteral(",\\s+|,$"));
  static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
  QString t = text;
  t.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QChar(0x2009));
  t.replace(QChar(0x2212), QLatin1Char('-'));
  t.replace(comma_space, QStringLiteral(";"));
  std::vector<double> out;
  for (const QString& piece : t.split(separators, Qt::SkipEmptyParts)) {
    const auto value = parse_number(piece);
    if (!value) return std::nullopt;
    out.push_back(*value);
  }
  return out;
}

QString format_breaks(const std::vector<double>& breaks) {
  QLocale french(QLocale::French, QLocale::France);
  french.setNumberOptions(QLocale::OmitGroupSeparator);
  QStringList pieces;
  for (double b : breaks) pieces << french.toString(b, 'g', 12);
  return pieces.join(QStringLiteral("; "));
}

StyleDialog::StyleDialog(std::shared_ptr<const core::VectorLayer> source, const maps::Style& style,
                         QWidget* parent)
    : QDialog(parent),
      source_(std::move(source)),
      style_(style),
      kind_(new QComboBox),
      fill_(new ColorButton(style.symbol.fill)),
      stroke_(new ColorButton(style.symbol.stroke)),
      stroke_width_(new QDoubleSpinBox),
      fill_mode_(new QComboBox),
      pages_(new QStackedWidget),
      preview_(new StylePreview),
      ok_(nullptr) {
  setWindowTitle(tr("Layer style"));
  kind_->setObjectName(QStringLiteral("kind"));
  kind_->addItem(tr("Single symbol"), static_cast<int>(StyleKind::Single));
  kind_->addItem(tr("Categorized"), static_cast<int>(StyleKind::Categorized));
  kind_->addItem(tr("Graduated"), static_cast<int>(StyleKind::Graduated));
  kind_->addItem(tr("Proportional symbols"), static_cast<int>(StyleKind::Proportional));

  fill_->setObjectName(QStringLiteral("fill"));
  stroke_->setObjectName(QStringLiteral("stroke"));
  stroke_width_->setObjectName(QStringLiteral("stroke_width"));
  stroke_width_->setRange(0, 10);
  stroke_width_->setSingleStep(0.1);
  stroke_width_->setDecimals(2);
  stroke_width_->setSuffix(QStringLiteral(" px"));
  fill_mode_->setObjectName(QStringLiteral("fill_mode"));
  fill_mode_->addItem(tr("Solid"), static_cast<int>(maps::FillMode::Solid));
  fill_mode_->addItem(tr("Outline only"), static_cast<int>(maps::FillMode::Outline));
  fill_mode_->addItem(tr("Hatched"), static_cast<int>(maps::FillMode::Hatched));

  auto* symbol_box = new QGroupBox(tr("Symbol"));
  auto* symbol_form = new QFormLayout(symbol_box);
  symbol_form->addRow(tr("Fill colour:"), fill_);
  symbol_form->addRow(tr("Fill:"), fill_mode_);
  symbol_form->addRow(tr("Outline colour:"), stroke_);
  symbol_form->addRow(tr("Outline width:"), stroke_width_);

  pages_->addWidget(new QWidget);  // single symbol: the symbol box says it all
  pages_->addWidget(build_categorized_page());
  pages_->addWidget(build_graduated_page());
  pages_->addWidget(build_proportional_page());

  auto* settings = new QVBoxLayout;
  auto* kind_row = new QFormLayout;
  kind_row->addRow(tr("Style:"), kind_);
  settings->addLayout(kind_row);
  settings->addWidget(pages_);
  settings->addWidget(symbol_box);
  settings->addStretch(1);

  auto* preview_box = new QGroupBox(tr("Preview"));
  auto* preview_layout = new QVBoxLayout(preview_box);
  preview_layout->addWidget(preview_);

  auto* columns = new QHBoxLayout;
  columns->addLayout(settings, 3);
  columns->addWidget(preview_box, 2);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns, 1);
  layout->addWidget(buttons);

  load(style);
  const auto changed = [this] { refresh(); };
  connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
    show_page();
    if (!loading_ && current<StyleKind>(kind_) == StyleKind::Categorized &&
        categories_->rowCount() == 0)
      classify_categories();
    refresh();
  });
  connect(fill_, &ColorButton::color_changed, this, changed);
  connect(stroke_, &ColorButton::color_changed, this, changed);
  connect(stroke_width_, &QDoubleSpinBox::valueChanged, this, changed);
  connect(fill_mode_, &QComboBox::currentIndexChanged, this, changed);
  refresh();
  resize(sizeHint().expandedTo(QSize(760, 500)));
}

QWidget* StyleDialog::build_categorized_page() {
  auto* page = new QWidget;
  category_field_ = new QComboBox;
  category_field_->setObjectName(QStringLiteral("category_field"));
  add_columns(category_field_, source_->attributes.text_columns());
  // Yes/no measures (numbers 0 and 1) are categories: yes, no, no value.
  add_columns(category_field_, yes_no_columns(*source_, true));
  category_field_->addItem(column_title(QStringLiteral("code")), QStringLiteral("code"));
  auto* classify = new QPushButton(tr("Classify"));
  classify->setObjectName(QStringLiteral("classify"));
  classify->setToolTip(tr("List the values of the column, each with its own colour"));
  categories_ = new QTableWidget(0, 3);
  categories_->setObjectName(QStringLiteral("categories"));
  categories_->setHorizontalHeaderLabels({tr("Colour"), tr("Value"), tr("Label")});
  categories_->verticalHeader()->hide();
  categories_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
  categories_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  categories_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  categories_->horizontalHeader()->setStretchLastSection(true);
  categories_->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed);
  categories_->setToolTip(tr("Double-click a colour to change it, a label to rename it"));
  category_message_ = new QLabel;
  category_message_->setObjectName(QStringLiteral("category_message"));
  category_message_->setWordWrap(true);

  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Column:")));
  row->addWidget(category_field_, 1);
  row->addWidget(classify);
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(row);
  layout->addWidget(categories_, 1);
  layout->addWidget(category_message_);

  connect(category_field_, &QComboBox::currentIndexChanged, this, [this] {
    if (loading_) return;
    classify_categories();
    refresh();
  });
  connect(classify, &QPushButton::clicked, this, [this] {
    classify_categories();
    refresh();
  });
  connect(categories_, &QTableWidget::itemChanged, this, [this] { refresh(); });
  connect(categories_, &QTableWidget::cellDoubleClicked, this, [this](int r, int column) {
    QTableWidgetItem* item = categories_->item(r, 0);
    if (column != 0 || item == nullptr) return;
    const QColor picked = QColorDialog::getColor(item->data(Qt::UserRole).value<QColor>(), this,
                                                 tr("Choose a colour"));
    if (!picked.isValid()) return;
    item->setData(Qt::UserRole, picked);
    item->setIcon(swatch_icon(picked));
  });
  return page;
}

QWidget* StyleDialog::build_graduated_page() {
  auto* page = new QWidget;
  graduated_field_ = new QComboBox;
  graduated_field_->setObjectName(QStringLiteral("graduated_field"));
  // Never a yes/no measure: its classes would only repeat 0 and 1 (it is categorized).
  add_columns(graduated_field_, yes_no_columns(*source_, false));
  method_ = new QComboBox;
  method_->setObjectName(QStringLiteral("method"));
  method_->addItem(tr("Quantiles"), static_cast<int>(ClassMethod::Quantiles));
  method_->addItem(tr("Natural breaks (Jenks)"), static_cast<int>(ClassMethod::Jenks));
  method_->addItem(tr("Equal intervals"), static_cast<int>(ClassMethod::EqualIntervals));
  method_->addItem(tr("Standard deviation"), static_cast<int>(ClassMethod::StandardDeviation));
  method_->addItem(tr("Q6 (six classes)"), static_cast<int>(ClassMethod::Q6));
  method_->addItem(tr("Head/tail breaks"), static_cast<int>(ClassMethod::HeadTail));
  method_->addItem(tr("Manual breaks"), static_cast<int>(ClassMethod::Manual));
  classes_ = new QSpinBox;
  classes_->setObjectName(QStringLiteral("classes"));
  classes_->setRange(3, 9);
  breaks_ = new QLineEdit;
  breaks_->setObjectName(QStringLiteral("breaks"));
  breaks_->setPlaceholderText(tr("e.g. 50; 120,5; 300"));
  breaks_->setToolTip(
      tr("The bounds between classes, separated by semicolons or spaces; "
         "decimal comma or point"));
  ramp_ = new QComboBox;
  ramp_->setObjectName(QStringLiteral("ramp"));
  ramp_->setIconSize(QSize(72, 14));
  std::vector<maps::ColorRamp> ramps = maps::ColorRamp::all();
  std::stable_sort(ramps.begin(), ramps.end(), [](const auto& a, const auto& b) {
    return static_cast<int>(a.kind()) < static_cast<int>(b.kind());
  });
  for (std::size_t i = 0; i < ramps.size(); ++i) {
    if (i > 0 && ramps[i].kind() != ramps[i - 1].kind()) ramp_->insertSeparator(ramp_->count());
    ramp_->addItem(
        QString::fromUtf8(ramps[i].name().data(), static_cast<qsizetype>(ramps[i].name().size())),
        QString::fromUtf8(ramps[i].name().data(), static_cast<qsizetype>(ramps[i].name().size())));
  }
  reverse_ = new QCheckBox(tr("Reverse the ramp"));
  reverse_->setObjectName(QStringLiteral("reverse"));

  auto* form = new QFormLayout(page);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("Column:"), graduated_field_);
  form->addRow(tr("Method:"), method_);
  form->addRow(tr("Classes:"), classes_);
  form->addRow(tr("Breaks:"), breaks_);
  form->addRow(tr("Colour ramp:"), ramp_);
  form->addRow(QString(), reverse_);

  const auto changed = [this] { refresh(); };
  connect(graduated_field_, &QComboBox::currentIndexChanged, this, changed);
  connect(method_, &QComboBox::currentIndexChanged, this, [this] {
    // Manual breaks start from the classes on screen, for the user to adjust.
    if (!loading_ && current<ClassMethod>(method_) == ClassMethod::Manual &&
        breaks_->text().trimmed().isEmpty() && shown_bounds_.size() > 2) {
      const QSignalBlocker block(breaks_);
      breaks_->setText(
          format_breaks(std::vector<double>(shown_bounds_.begin() + 1, shown_bounds_.end() - 1)));
    }
    refresh();
  });
  connect(classes_, &QSpinBox::valueChanged, this, changed);
  connect(breaks_, &QLineEdit::textChanged, this, changed);
  connect(ramp_, &QComboBox::currentIndexChanged, this, changed);
  connect(reverse_, &QCheckBox::toggled, this, changed);
  return page;
}

QWidget* StyleDialog::build_proportional_page() {
  auto* page = new QWidget;
  proportional_field_ = new QComboBox;
  proportional_field_->setObjectName(QStringLiteral("proportional_field"));
  add_columns(proportional_field_, source_->attributes.number_columns());
  max_radius_ = new QDoubleSpinBox;
  max_radius_->setObjectName(QStringLiteral("max_radius"));
  max_radius_->setRange(2, 200);
  max_radius_->setDecimals(0);
  max_radius_->setSuffix(QStringLiteral(" px"));
  circle_color_ = new ColorButton(style_.circle_fill);
  circle_color_->setObjectName(QStringLiteral("circle_color"));
  circle_color_->set_alpha_allowed(true);
  auto* form = new QFormLayout(page);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(tr("Column:"), proportional_field_);
  form->addRow(tr("Largest radius:"), max_radius_);
  form->addRow(tr("Circle colour:"), circle_color_);
  const auto changed = [this] { refresh(); };
  connect(proportional_field_, &QComboBox::currentIndexChanged, this, changed);
  connect(max_radius_, &QDoubleSpinBox::valueChanged, this, changed);
  connect(circle_color_, &ColorButton::color_changed, this, changed);
  return page;
}

void StyleDialog::load(const maps::Style& given) {
  // A graduated style on a yes/no measure is drawn as its categories (maps::style_layer): shown
  // as such.
  const maps::Style style =
      given.kind == StyleKind::Graduated && maps::is_yes_no_column(*source_, given.field)
          ? maps::yes_no_style(given, given.field)
          : given;
  if (style.kind == StyleKind::Categorized) style_.categories = style.categories;
  loading_ = true;
  select_data(kind_, static_cast<int>(style.kind));
  show_page();
  fill_->set_color(style.symbol.fill);
  stroke_->set_color(style.symbol.stroke);
  stroke_width_->setValue(style.symbol.stroke_width_px);
  select_data(fill_mode_, static_cast<int>(style.symbol.fill_mode));
  select_data(category_field_, style.field);
  set_category_rows();
  select_data(graduated_field_, style.field);
  select_data(method_, static_cast<int>(style.classification.method));
  classes_->setValue(style.classification.classes);
  breaks_->setText(format_breaks(style.classification.manual_breaks));
  const int ramp = ramp_->findData(style.ramp);
  ramp_->setCurrentIndex(ramp >= 0 ? ramp : ramp_->findData(QStringLiteral("YlOrRd")));
  reverse_->setChecked(style.reverse_ramp);
  select_data(proportional_field_, style.field);
  max_radius_->setValue(style.max_radius_px);
  circle_color_->set_color(style.circle_fill);
  shown_classes_ = style.classification.classes;
  loading_ = false;
}

void StyleDialog::show_page() {
  const int index = kind_->currentIndex();
  pages_->setCurrentIndex(index);
  // Only the page shown counts in the layout: no blank as tall as the categories' table.
  for (int i = 0; i < pages_->count(); ++i) {
    pages_->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                     i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
  }
  // Only the categories' table may take the height left.
  pages_->setSizePolicy(QSizePolicy::Preferred, current<StyleKind>(kind_) == StyleKind::Categorized
                                                    ? QSizePolicy::Expanding
                                                    : QSizePolicy::Maximum);
  pages_->setVisible(current<StyleKind>(kind_) != StyleKind::Single);
  // Graduated classes colour every feature, those without value included.
  fill_->setEnabled(current<StyleKind>(kind_) != StyleKind::Graduated);
}

void StyleDialog::classify_categories() {
  const QString field = category_field_->currentData().toString();
  if (maps::is_yes_no_column(*source_, field)) {
    style_.categories = maps::yes_no_style(style_, field).categories;
    category_message_->setText(tr("A yes/no measure: yes, no and no value."));
    set_category_rows();
    return;
  }
  const auto* texts = source_->attributes.texts(field.toStdString());
  const std::vector<std::string>& values = texts ? *texts : source_->codes;
  std::set<std::string> distinct_set(values.begin(), values.end());
  // The features without a value are the legend's own entry ("no value"), not a category.
  distinct_set.erase(std::string());
  QStringList distinct;
  for (const std::string& v : distinct_set) distinct << qs(v);
  std::sort(distinct.begin(), distinct.end(),
            [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
  const auto total = distinct.size();
  if (total > kMaxCategories) {
    distinct = distinct.mid(0, kMaxCategories);
    category_message_->setText(tr("Distinct values: %1; only the first %2 are listed, features "
                                  "with other values keep the fill colour.")
                                   .arg(total)
                                   .arg(kMaxCategories));
  } else {
    category_message_->setText(tr("Distinct values: %1.").arg(total));
  }
  const std::vector<QColor> colors = qualitative_colors(static_cast<int>(distinct.size()));
  style_.categories.clear();
  for (qsizetype i = 0; i < distinct.size(); ++i)
    style_.categories.push_back({distinct[i], colors[static_cast<std::size_t>(i)], QString()});
  set_category_rows();
}

void StyleDialog::set_category_rows() {
  const QSignalBlocker block(categories_);
  categories_->setRowCount(static_cast<int>(style_.categories.size()));
  for (std::size_t i = 0; i < style_.categories.size(); ++i) {
    const maps::Category& c = style_.categories[i];
    const int row = static_cast<int>(i);
    auto* color = new QTableWidgetItem(swatch_icon(c.color), QString());
    color->setData(Qt::UserRole, c.color);
    color->setFlags(Qt::ItemIsEnabled);
    auto* value = new QTableWidgetItem(c.value.isEmpty() ? tr("(no value)") : c.value);
    value->setData(Qt::UserRole, c.value);
    value->setFlags(Qt::ItemIsEnabled);
    auto* label = new QTableWidgetItem(c.label.isEmpty() ? c.value : c.label);
    categories_->setItem(row, 0, color);
    categories_->setItem(row, 1, value);
    categories_->setItem(row, 2, label);
  }
}

void StyleDialog::update_ramp_items() {
  const int classes = std::max(1, shown_classes_);
  for (int i = 0; i < ramp_->count(); ++i) {
    const QString name = ramp_->itemData(i).toString();
    if (name.isEmpty()) continue;  // a separator
    const auto ramp = maps::ColorRamp::named(name.toStdString(), maps::RampKind::Sequential);
    std::vector<QColor> colors = ramp.colors(std::min(classes, ramp.max_classes()));
    if (reverse_->isChecked()) std::reverse(colors.begin(), colors.end());
    ramp_->setItemIcon(i, ramp_icon(colors, ramp_->iconSize()));
    const bool safe = ramp.is_colour_blind_safe(std::min(classes, ramp.max_classes()));
    ramp_->setItemText(i, safe ? tr("%1 (colour-blind safe)").arg(name) : name);
  }
}

std::optional<QString> StyleDialog::collect() {
  style_.kind = current<StyleKind>(kind_);
  style_.symbol.fill = fill_->color();
  style_.symbol.stroke = stroke_->color();
  style_.symbol.stroke_width_px = stroke_width_->value();
  style_.symbol.fill_mode = current<maps::FillMode>(fill_mode_);
  const ClassMethod method = current<ClassMethod>(method_);
  classes_->setEnabled(method != ClassMethod::Q6 && method != ClassMethod::Manual);
  breaks_->setEnabled(method == ClassMethod::Manual);
  switch (style_.kind) {
    case StyleKind::Single:
      break;
    case StyleKind::Categorized:
      style_.field = category_field_->currentData().toString();
      for (int r = 0; r < categories_->rowCount(); ++r) {
        auto& c = style_.categories[static_cast<std::size_t>(r)];
        c.color = categories_->item(r, 0)->data(Qt::UserRole).value<QColor>();
        const QString label = categories_->item(r, 2)->text();
        c.label = label == c.value ? QString() : label;
      }
      break;
    case StyleKind::Graduated: {
      style_.field = graduated_field_->currentData().toString();
      style_.classification.method = method;
      style_.classification.classes = classes_->value();
      const auto breaks = parse_breaks(breaks_->text());
      if (method == ClassMethod::Manual && !breaks)
        return tr(
            "The manual breaks must be numbers separated by semicolons, such as "
            "50; 120,5; 300.");
      style_.classification.manual_breaks = breaks.value_or(std::vector<double>{});
      style_.ramp = ramp_->currentData().toString();
      style_.reverse_ramp = reverse_->isChecked();
      const int wanted = method == ClassMethod::Q6       ? 6
                         : method == ClassMethod::Manual ? static_cast<int>(breaks->size()) + 1
                                                         : classes_->value();
      const auto ramp =
          maps::ColorRamp::named(style_.ramp.toStdString(), maps::RampKind::Sequential);
      if (wanted > ramp.max_classes())
        return tr("The ramp %1 has only %2 colours: choose fewer classes or another ramp.")
            .arg(style_.ramp)
            .arg(ramp.max_classes());
      break;
    }
    case StyleKind::Proportional:
      style_.field = proportional_field_->currentData().toString();
      style_.max_radius_px = max_radius_->value();
      style_.circle_fill = circle_color_->color();
      break;
  }
  return std::nullopt;
}

void StyleDialog::refresh() {
  if (loading_) return;
  if (const auto problem = collect()) {
    preview_->show_error(*problem);
    ok_->setEnabled(false);
    return;
  }
  const auto styled = maps::style_layer(source_, style_);
  if (!styled) {
    preview_->show_error(tr("This style cannot be drawn: %1")
                             .arg(maps::message_text(styled.error(), maps::Surface::Window)));
    ok_->setEnabled(false);
    return;
  }
  preview_->show_layer(**styled);
  if (style_.kind == StyleKind::Graduated) {
    shown_classes_ = (*styled)->classes.class_count();
    shown_bounds_ = (*styled)->classes.bounds;
  }
  update_ramp_items();
  ok_->setEnabled(true);
}

}  // namespace lumiere::ui
