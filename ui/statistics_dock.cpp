#include "statistics_dock.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "maps/number_format.h"
#include "ui/form_rows.h"

namespace lumiere::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool french() { return QLocale().language() == QLocale::French; }

// A number of the CSV: every digit (15 significant), no group separator, the decimal separator
// of the user's language (as the attribute table's CSV); empty when there is none.
QString csv_number(std::optional<double> value) {
  if (!value || std::isnan(*value)) return {};
  QString text = QString::number(*value, 'g', 15);
  if (french()) text.replace(QLatin1Char('.'), QLatin1Char(','));
  return text;
}

QString csv_cell(const QString& text) {
  if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))) return text;
  return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
         QLatin1Char('"');
}

// The bars: strong for the strata of enough observed communes, pale for the others.
const QColor kBar(0x2b, 0x6c, 0xb0);
const QColor kPaleBar(0xb8, 0xcc, 0xe4);
const QColor kNationalLine(0xc0, 0x39, 0x2b);

// Replaces the chart of `view`, deleting the one it showed (QChartView keeps it otherwise).
void replace_chart(QChartView* view, QChart* chart) {
  QChart* old = view->chart();
  view->setChart(chart);
  delete old;
}

}  // namespace

StatisticsFigures compute_statistics(const core::Model& model, const std::string& usage,
                                     int vintage, const StatisticsScope& scope) {
  StatisticsFigures out;
  core::CommuneScope communes;
  if (scope.kind != StatisticsScope::France) {
    communes = std::make_shared<const std::unordered_set<std::string>>(scope.communes.begin(),
                                                                       scope.communes.end());
  }
  core::AdoptionOptions by_stratum;
  by_stratum.strata = out.strata;
  out.groups = core::adoption_rates(model, usage, vintage, by_stratum);
  // All of France first (the line), then the scope.
  double adopted = 0;
  std::size_t observed = 0;
  for (const core::AdoptionGroup& g : out.groups) {
    adopted += g.adopted_communes;
    observed += g.observed_communes;
  }
  if (observed > 0) out.national_rate = adopted / static_cast<double>(observed);
  if (communes) {
    by_stratum.communes = communes;
    out.groups = core::adoption_rates(model, usage, vintage, by_stratum);
  }
  core::FractureOptions fracture;
  fracture.strata = out.strata;
  fracture.communes = communes;
  out.fracture = core::fracture_metrics(model, usage, vintage, fracture);
  core::AdoptionOptions between;
  between.by = core::Grouping::Departement;
  between.communes = communes;
  out.inequality_groups = core::adoption_rates(model, usage, vintage, between);
  if (out.inequality_groups.size() < 2) {
    between.by = out.between = core::Grouping::Epci;
    out.inequality_groups = core::adoption_rates(model, usage, vintage, between);
  }
  out.inequality = core::rate_inequality(out.inequality_groups, core::Weighting::Population,
                                         between.min_observed);
  return out;
}

StatisticsDock::StatisticsDock(QWidget* parent)
    : QDockWidget(tr("Statistics"), parent),
      kind_(new QComboBox(this)),
      place_(new QComboBox(this)),
      place_label_(nullptr),
      message_(new QLabel(this)),
      charts_(new QWidget(this)),
      strata_view_(new QChartView(charts_)),
      covered_view_(new QChartView(charts_)),
      strata_note_(new QLabel(charts_)),
      figures_text_(new QLabel(charts_)),
      copy_(new QPushButton(tr("&Copy as CSV"), this)),
      save_(new QPushButton(tr("Sa&ve the chart…"), this)) {
  setObjectName(QStringLiteral("statistics"));
  kind_->setObjectName(QStringLiteral("statistics_scope"));
  place_->setObjectName(QStringLiteral("statistics_place"));
  message_->setObjectName(QStringLiteral("statistics_message"));
  strata_view_->setObjectName(QStringLiteral("strata_chart"));
  covered_view_->setObjectName(QStringLiteral("covered_chart"));
  strata_note_->setObjectName(QStringLiteral("strata_note"));
  figures_text_->setObjectName(QStringLiteral("statistics_figures"));
  copy_->setObjectName(QStringLiteral("copy_csv"));
  save_->setObjectName(QStringLiteral("save_chart"));

  kind_->addItem(tr("France"), StatisticsScope::France);
  kind_->addItem(tr("Région"), StatisticsScope::Region);
  kind_->addItem(tr("Département"), StatisticsScope::Departement);
  kind_->addItem(tr("EPCI"), StatisticsScope::Epci);
  kind_->addItem(QString(), StatisticsScope::Selection);
  update_selection_item();
  place_->setEditable(true);
  place_->setInsertPolicy(QComboBox::NoInsert);
  place_->lineEdit()->setPlaceholderText(tr("Type a name or a code"));
  auto* completer = new QCompleter(place_->model(), place_);
  completer->setCaseSensitivity(Qt::CaseInsensitive);
  completer->setFilterMode(Qt::MatchContains);
  completer->setCompletionMode(QCompleter::PopupCompletion);
  place_->setCompleter(completer);
  place_->setEnabled(false);

  for (QLabel* label : {message_, strata_note_, figures_text_}) {
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  }
  figures_text_->setTextFormat(Qt::RichText);
  strata_view_->setRenderHint(QPainter::Antialiasing);
  covered_view_->setRenderHint(QPainter::Antialiasing);
  strata_view_->setMinimumHeight(260);
  covered_view_->setMinimumHeight(150);
  strata_view_->setAccessibleName(tr("Adoption rate by population stratum"));
  covered_view_->setAccessibleName(tr("Adoption of covered communes and of white zones"));
  figures_text_->setAccessibleName(tr("Fracture and inequality figures"));
  copy_->setAccessibleName(spoken(copy_->text()));
  copy_->setToolTip(tr("Copies the table of strata (communes, observed, adopting, rates)"));
  save_->setAccessibleName(spoken(save_->text()));
  save_->setToolTip(tr("Saves the charts as PNG or SVG"));

  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* form = new QFormLayout;
  add_form_row(form, tr("&Scope:"), kind_);
  place_label_ = add_form_row(form, tr("&Territory:"), place_);
  layout->addLayout(form);
  layout->addWidget(message_);
  auto* charts_layout = new QVBoxLayout(charts_);
  charts_layout->setContentsMargins(0, 0, 0, 0);
  charts_layout->addWidget(strata_view_, 3);
  charts_layout->addWidget(strata_note_);
  charts_layout->addWidget(covered_view_, 1);
  charts_layout->addWidget(figures_text_);
  layout->addWidget(charts_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(copy_);
  buttons->addWidget(save_);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(content);
  setWidget(scroll);

  connect(kind_, &QComboBox::currentIndexChanged, this, [this] { kind_chosen(); });
  connect(place_, &QComboBox::activated, this, [this] { place_chosen(); });
  connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
          [this](const QModelIndex& index) {
            place_->setCurrentIndex(place_->findText(index.data().toString()));
            place_chosen();
          });
  connect(copy_, &QPushButton::clicked, this, [this] { copy_csv(); });
  connect(save_, &QPushButton::clicked, this, [this] { ask_and_save_chart(); });
  ask_chart_path = [this] {
    return QFileDialog::getSaveFileName(this, tr("Save the chart"), tr("statistics.png"),
                                        tr("PNG image (*.png);;SVG drawing (*.svg)"));
  };
  show_error = [this](const QString& text) {
    QMessageBox::warning(this, tr("Save the chart"), text);
  };
  scope_.label = tr("France");
  recompute();
}

StatisticsDock::~StatisticsDock() = default;

void StatisticsDock::set_subject(std::shared_ptr<const core::Model> model, const std::string& usage,
                                 int vintage) {
  const bool other_cog = !model || !model_ || &model->cog() != &model_->cog();
  model_ = std::move(model);
  usage_ = usage;
  vintage_ = vintage;
  const core::Usage* u = model_ ? model_->usage(usage) : nullptr;
  usage_label_ = u ? qs(u->label) : qs(usage);
  if (other_cog) fill_places();
  recompute();
}

void StatisticsDock::set_scope(const StatisticsScope& scope) {
  scope_ = scope;
  const core::CogRegistry* cog = model_ ? &model_->cog() : nullptr;
  if (scope_.kind != StatisticsScope::France && scope_.kind != StatisticsScope::Selection &&
      scope_.communes.empty() && cog) {
    for (const core::CogCommune& c : cog->communes()) {
      if (c.type != core::CommuneType::Current) continue;
      const std::string& key = scope_.kind == StatisticsScope::Region        ? c.region
                               : scope_.kind == StatisticsScope::Departement ? c.departement
                                                                             : c.epci;
      if (key == scope_.code) scope_.communes.push_back(c.code);
    }
  }
  if (scope_.label.isEmpty()) {
    QString name;
    if (cog && scope_.kind == StatisticsScope::Region) {
      if (const auto* r = cog->region(scope_.code)) name = qs(r->name);
    } else if (cog && scope_.kind == StatisticsScope::Departement) {
      if (const auto* d = cog->departement(scope_.code)) name = qs(d->name);
    } else if (cog && scope_.kind == StatisticsScope::Epci) {
      if (const auto* e = cog->epci(scope_.code)) name = qs(e->name);
    }
    scope_.label = scope_.kind == StatisticsScope::France ? tr("France")
                   : scope_.kind == StatisticsScope::Selection
                       ? (scope_.communes.size() == 1
                              ? tr("the selection (1 commune)")
                              : tr("the selection (%1 communes)")
                                    .arg(maps::format_number(double(scope_.communes.size()), 0)))
                   : name.isEmpty() ? qs(scope_.code)
                                    : tr("%1 (%2)").arg(name, qs(scope_.code));
  }
  if (scope_.kind == StatisticsScope::Selection) selection_ = scope_.communes;
  update_selection_item();
  {
    const QSignalBlocker block_kind(kind_);
    const QSignalBlocker block_place(place_);
    const int kind = kind_->findData(scope_.kind);
    const bool refill = kind != kind_->currentIndex();
    kind_->setCurrentIndex(kind);
    if (refill) fill_places();
    place_->setCurrentIndex(place_->findData(qs(scope_.code)));
  }
  recompute();
}

void StatisticsDock::set_selection(std::vector<std::string> commune_codes) {
  selection_ = std::move(commune_codes);
  update_selection_item();
  if (scope_.kind == StatisticsScope::Selection) {
    set_scope({StatisticsScope::Selection, {}, {}, selection_});
  }
}

void StatisticsDock::refresh() {
  if (model_ && model_->revision() != revision_) recompute();
}

void StatisticsDock::update_selection_item() {
  const int row = kind_->findData(StatisticsScope::Selection);
  const std::size_t n = selection_.size();
  kind_->setItemText(
      row, n == 0 ? tr("Selection (no commune)")
           : n == 1
               ? tr("Selection (1 commune)")
               : tr("Selection (%1 communes)").arg(maps::format_number(static_cast<double>(n), 0)));
  if (auto* items = qobject_cast<QStandardItemModel*>(kind_->model())) {
    items->item(row)->setEnabled(!selection_.empty() || scope_.kind == StatisticsScope::Selection);
  }
}

// The places of the kind chosen, named as the COG names them: régions and EPCI by name,
// départements by code.
void StatisticsDock::fill_places() {
  const QSignalBlocker block(place_);
  place_->clear();
  const auto kind = static_cast<StatisticsScope::Kind>(kind_->currentData().toInt());
  const bool has_places =
      model_ && kind != StatisticsScope::France && kind != StatisticsScope::Selection;
  place_->setEnabled(has_places);
  if (!has_places) return;
  const core::CogRegistry& cog = model_->cog();
  std::vector<std::pair<QString, QString>> items;  // label, code
  auto add = [&](const std::string& name, const std::string& code) {
    items.emplace_back(tr("%1 (%2)").arg(qs(name), qs(code)), qs(code));
  };
  if (kind == StatisticsScope::Region) {
    for (const auto& r : cog.regions()) add(r.name, r.code);
  } else if (kind == StatisticsScope::Departement) {
    for (const auto& d : cog.departements()) add(d.name, d.code);
  } else {
    for (const auto& e : cog.epcis()) add(e.name, e.code);
  }
  if (kind != StatisticsScope::Departement) {
    std::sort(items.begin(), items.end(), [&](const auto& a, const auto& b) {
      return QString::localeAwareCompare(a.first, b.first) < 0;
    });
  }
  for (const auto& [label, code] : items) place_->addItem(label, code);
  place_->setCurrentIndex(-1);
}

void StatisticsDock::kind_chosen() {
  const auto kind = static_cast<StatisticsScope::Kind>(kind_->currentData().toInt());
  fill_places();
  if (kind == StatisticsScope::France) {
    set_scope({});
  } else if (kind == StatisticsScope::Selection) {
    set_scope({StatisticsScope::Selection, {}, {}, selection_});
  } else {
    // The figures stay those of the scope shown (the chart's title names it) until a place is
    // chosen.
    place_->setFocus();
  }
}

void StatisticsDock::place_chosen() {
  const int row = place_->currentIndex();
  if (row < 0) return;
  const auto kind = static_cast<StatisticsScope::Kind>(kind_->currentData().toInt());
  const std::string code = place_->itemData(row).toString().toStdString();
  if (kind == scope_.kind && code == scope_.code) return;  // the combo and its completer both say
  set_scope({kind, code, place_->itemText(row), {}});
}

QString StatisticsDock::message() const {
  return message_->isHidden() ? QString() : message_->text();
}

void StatisticsDock::show_message(const QString& text) {
  figures_.reset();
  message_->setText(text);
  message_->setVisible(true);
  charts_->setVisible(false);
  copy_->setEnabled(false);
  save_->setEnabled(false);
}

void StatisticsDock::recompute() {
  if (!model_) {
    show_message(tr("Open a project to see the statistics of its usages."));
    return;
  }
  revision_ = model_->revision();
  if (!model_->usage(usage_)) {
    show_message(tr("Choose a usage to see its statistics."));
    return;
  }
  const std::vector<int> vintages = model_->vintages(usage_);
  if (std::find(vintages.begin(), vintages.end(), vintage_) == vintages.end()) {
    show_message(tr("%1 has no value for %2: import its indicator values of that year to see "
                    "its statistics.")
                     .arg(usage_label_, QString::number(vintage_)));
    return;
  }
  if (scope_.kind != StatisticsScope::France && scope_.communes.empty()) {
    show_message(scope_.kind == StatisticsScope::Selection
                     ? tr("The selection holds no commune: select communes on the map.")
                     : tr("%1 holds no current commune.").arg(scope_.label));
    return;
  }
  StatisticsFigures figures = compute_statistics(*model_, usage_, vintage_, scope_);
  std::size_t observed = 0;
  for (const core::AdoptionGroup& g : figures.groups) observed += g.observed_communes;
  if (observed == 0) {
    show_message(tr("No commune of %1 has a value of %2 for %3.")
                     .arg(scope_.label, usage_label_, QString::number(vintage_)));
    return;
  }
  figures_ = std::move(figures);
  show_figures();
}

QChart* StatisticsDock::strata_chart() const {
  const StatisticsFigures& f = *figures_;
  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  // On two lines: the usage's name is often long.
  chart->setTitle(
      tr("Adoption of %1 by population stratum").arg(usage_label_).toHtmlEscaped() +
      QStringLiteral("<br>") +
      (scope_.label + QStringLiteral(", ") + QString::number(vintage_)).toHtmlEscaped());
  const std::size_t minimum = core::kMinObservedCommunes;
  auto* enough = new QBarSet(tr("%1 observed communes or more").arg(minimum));
  auto* few = new QBarSet(tr("fewer than %1 observed communes").arg(minimum));
  enough->setColor(kBar);
  enough->setBorderColor(kBar);
  few->setColor(kPaleBar);
  few->setBorderColor(kPaleBar);
  QStringList categories;
  bool any_few = false;
  for (std::size_t k = 0; k < f.groups.size(); ++k) {
    const core::AdoptionGroup& g = f.groups[k];
    // On two lines ("2,000–" above "3,499", "100,000" above "and more"), so that a narrow
    // dock does not cut them.
    QString label = maps::stratum_text(f.strata, k).toHtmlEscaped();
    if (label.contains(QStringLiteral("–")))
      label.replace(QStringLiteral("–"), QStringLiteral("–<br>"));
    else
      label.replace(label.indexOf(QLatin1Char(' ')), 1, QStringLiteral("<br>"));
    categories << label;
    const double rate = g.adoption_rate ? *g.adoption_rate * 100 : 0;
    *enough << (g.below_minimum ? 0 : rate);
    *few << (g.below_minimum ? rate : 0);
    any_few = any_few || (g.below_minimum && g.adoption_rate);
  }
  auto* bars = new QStackedBarSeries;
  bars->append(enough);
  if (any_few)
    bars->append(few);
  else
    delete few;
  chart->addSeries(bars);
  auto* x = new QBarCategoryAxis;
  x->append(categories);
  x->setTitleText(tr("Inhabitants"));
  // Nine strata side by side in a dock: a smaller type than the chart's, so that none is cut.
  QFont small = x->labelsFont();
  small.setPointSizeF(small.pointSizeF() * 0.8);
  x->setLabelsFont(small);
  auto* y = new QValueAxis;
  y->setRange(0, 100);
  y->setTickCount(6);
  y->setLabelFormat(QStringLiteral("%.0f"));
  y->setTitleText(tr("Adoption rate (% of observed communes)"));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  bars->attachAxis(x);
  bars->attachAxis(y);
  if (f.national_rate) {
    // Across the whole chart: category i is centred on x = i.
    auto* line = new QLineSeries;
    line->setName(tr("France: %1").arg(maps::format_percent(f.national_rate)));
    const double rate = *f.national_rate * 100;
    line->append(-0.5, rate);
    line->append(static_cast<double>(f.groups.size()) - 0.5, rate);
    QPen pen(kNationalLine, 2, Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
  }
  chart->legend()->setAlignment(Qt::AlignBottom);
  return chart;
}

QChart* StatisticsDock::covered_chart() const {
  const core::FractureMetrics& f = figures_->fracture;
  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setTitle(tr("Covered communes and white zones"));
  auto* set = new QBarSet(tr("Adoption rate (% of observed communes)"));
  set->setColor(kBar);
  set->setBorderColor(kBar);
  *set << (f.uncovered_rate ? *f.uncovered_rate * 100 : 0)
       << (f.covered_rate ? *f.covered_rate * 100 : 0);
  auto* bars = new QHorizontalBarSeries;
  bars->append(set);
  bars->setLabelsVisible(true);
  bars->setLabelsFormat(QStringLiteral("@value"));
  bars->setLabelsPrecision(3);
  chart->addSeries(bars);
  auto* y = new QBarCategoryAxis;
  y->append({tr("White zones"), tr("Covered communes")});
  auto* x = new QValueAxis;
  x->setRange(0, 100);
  x->setTickCount(6);
  x->setLabelFormat(QStringLiteral("%.0f"));
  chart->addAxis(y, Qt::AlignLeft);
  chart->addAxis(x, Qt::AlignBottom);
  bars->attachAxis(x);
  bars->attachAxis(y);
  chart->legend()->setVisible(false);
  return chart;
}

void StatisticsDock::show_figures() {
  const StatisticsFigures& f = *figures_;
  message_->setVisible(false);
  charts_->setVisible(true);
  copy_->setEnabled(true);
  save_->setEnabled(true);
  replace_chart(strata_view_, strata_chart());
  replace_chart(covered_view_, covered_chart());

  // What a screen reader says of the bars, and what the pale and missing bars mean.
  QStringList rates;
  QStringList unobserved;
  for (std::size_t k = 0; k < f.groups.size(); ++k) {
    const core::AdoptionGroup& g = f.groups[k];
    const QString stratum = maps::stratum_text(f.strata, k);
    if (!g.adoption_rate) {
      unobserved << stratum;
      continue;
    }
    rates << tr("%1: %2").arg(stratum, maps::format_percent(g.adoption_rate));
  }
  strata_view_->setAccessibleDescription(rates.join(QStringLiteral("; ")));
  QString note = maps::strata_scheme_text(f.strata) + QStringLiteral(". ") +
                 maps::vintages_text(vintage_) + QStringLiteral(". ");
  note += tr("Pale bars: strata of fewer than %1 observed communes, whose rate is one of chance; "
             "they are left out of the gap and the ratio.")
              .arg(core::kMinObservedCommunes);
  if (!unobserved.isEmpty()) {
    note += QLatin1Char(' ') +
            tr("No observed commune in: %1.").arg(unobserved.join(QStringLiteral(", ")));
  }
  strata_note_->setText(note);
  covered_view_->setAccessibleDescription(
      tr("Covered communes: %1; white zones: %2")
          .arg(maps::format_percent(f.fracture.covered_rate),
               maps::format_percent(f.fracture.uncovered_rate)));

  core::AdoptionOptions labels;
  labels.by = f.between;
  std::vector<maps::FigureText> figures = maps::fracture_figures(
      f.fracture, f.strata, core::kMinObservedCommunes, core::Weighting::Communes);
  for (auto& figure :
       maps::inequality_figures(f.inequality, f.inequality_groups, f.between, labels)) {
    figures.push_back(std::move(figure));
  }
  QString html;
  for (const maps::FigureText& figure : figures) {
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("%1: %2").arg(figure.name, figure.value).toHtmlEscaped(),
                     figure.sentence.toHtmlEscaped());
  }
  figures_text_->setText(html);
}

QString StatisticsDock::csv() const {
  if (!figures_) return {};
  const StatisticsFigures& f = *figures_;
  using maps::GroupColumn;
  QStringList heading = {tr("Stratum"),
                         maps::column_heading(GroupColumn::Communes),
                         maps::column_heading(GroupColumn::Observed),
                         maps::column_heading(GroupColumn::Adopting),
                         maps::column_heading(GroupColumn::Rate),
                         maps::column_heading(GroupColumn::PopulationRate)};
  for (QString& h : heading) h = csv_cell(h);
  QString text = heading.join(QLatin1Char(';')) + QStringLiteral("\r\n");
  for (std::size_t k = 0; k < f.groups.size(); ++k) {
    const core::AdoptionGroup& g = f.groups[k];
    text += QStringList{csv_cell(maps::stratum_text(f.strata, k)),
                        QString::number(g.communes),
                        QString::number(g.observed_communes),
                        csv_number(g.adopted_communes),
                        csv_number(g.adoption_rate),
                        csv_number(g.adoption_rate_population)}
                .join(QLatin1Char(';')) +
            QStringLiteral("\r\n");
  }
  return text;
}

void StatisticsDock::copy_csv() { QGuiApplication::clipboard()->setText(csv()); }

bool StatisticsDock::save_chart(const QString& path, QString* error) const {
  auto fail = [&](const QString& text) {
    if (error) *error = text;
    return false;
  };
  if (!figures_) return fail(tr("There is no chart to save."));
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
    return fail(tr("%1: give the file the extension .png or .svg.").arg(path));
  }
  // The same charts as on screen, in a page of their own so that the file does not depend on
  // the dock's size.
  QWidget page;
  page.setAttribute(Qt::WA_DontShowOnScreen);
  page.setAutoFillBackground(true);
  QPalette palette = page.palette();
  palette.setColor(QPalette::Window, Qt::white);
  page.setPalette(palette);
  auto* layout = new QVBoxLayout(&page);
  const std::pair<QChart*, int> charts[] = {{strata_chart(), 3}, {covered_chart(), 1}};
  for (const auto& [chart, stretch] : charts) {
    auto* view = new QChartView(chart, &page);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(view, stretch);
  }
  page.resize(900, 760);
  page.show();
  layout->activate();
  QCoreApplication::sendPostedEvents();
  if (suffix == QLatin1String("png")) {
    QImage image(page.size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
      QPainter painter(&image);
      page.render(&painter);
    }
    if (!image.save(path, "PNG")) return fail(tr("%1 could not be written.").arg(path));
    return true;
  }
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(page.size());
  svg.setViewBox(QRect(QPoint(0, 0), page.size()));
  svg.setTitle(strata_view_->chart() ? strata_view_->chart()->title() : QString());
  QPainter painter;
  if (!painter.begin(&svg)) return fail(tr("%1 could not be written.").arg(path));
  page.render(&painter);
  painter.end();
  if (QFileInfo(path).size() == 0) return fail(tr("%1 could not be written.").arg(path));
  return true;
}

void StatisticsDock::ask_and_save_chart() {
  QString path = ask_chart_path ? ask_chart_path() : QString();
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
  QString error;
  if (!save_chart(path, &error) && show_error) show_error(error);
}

}  // namespace lumiere::ui
