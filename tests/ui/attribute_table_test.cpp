// The attribute table on the national communes with the COG's figures (about 34,900 rows), driven
// as a user would: sorting by population, searching regardless of case and accents, a condition
// on a field typed in the dock, the selection passed both ways with the map without echo, the
// layer replaced after an edit, and the CSV export (its bytes, and a folder it cannot write).
#include <gtest/gtest.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>

#include "../core/test_data.h"
#include "core/cog/cog_match.h"
#include "maps/language.h"
#include "maps/message_text.h"
#include "maps/number_format.h"
#include "ui/attribute_filter.h"
#include "ui/attribute_table_dock.h"
#include "ui/attribute_table_model.h"
#include "ui_test_support.h"

namespace {

using lumiere::maps::StyledLayer;
using lumiere::ui::AttributeTableDock;
using lumiere::ui::AttributeTableModel;
using lumiere::ui::FieldFilter;
using lumiere::ui::FieldFilterKind;
using Features = std::vector<std::uint32_t>;

// The national communes with the COG's names and figures, styled as the window draws them; built
// once per process.
std::shared_ptr<const lumiere::core::VectorLayer> national_source() {
  static const std::shared_ptr<const lumiere::core::VectorLayer> source = [] {
    const auto& layers = lumiere::test::national_communes();
    const auto& cog = lumiere::test::cog_registry();
    if (!layers || layers->size() != 1 || !cog) {
      ADD_FAILURE() << (!layers ? lumiere::maps::message_string(layers.error())
                                : "not one layer of communes, or no COG");
      return std::shared_ptr<const lumiere::core::VectorLayer>();
    }
    lumiere::core::VectorLayer layer = layers->front();
    lumiere::core::apply_official_names(layer, *cog);
    lumiere::core::add_cog_attributes(layer, *cog);
    return std::make_shared<const lumiere::core::VectorLayer>(std::move(layer));
  }();
  return source;
}

std::shared_ptr<const StyledLayer> styled(
    std::shared_ptr<const lumiere::core::VectorLayer> source) {
  auto layer = lumiere::maps::style_layer(std::move(source), lumiere::maps::Style{},
                                          QStringLiteral("Communes"));
  if (!layer) ADD_FAILURE() << lumiere::maps::message_string(layer.error());
  return layer ? *layer : nullptr;
}

std::uint32_t feature(const std::string& code) {
  return static_cast<std::uint32_t>(national_source()->find(code).value_or(0));
}

// The features of the rows shown, in their order.
Features shown(const AttributeTableDock& dock) {
  Features features;
  for (int row = 0; row < dock.filter()->rowCount(); ++row)
    features.push_back(dock.filter()->feature_at(row));
  return features;
}

bool contains(const Features& features, std::uint32_t f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

class AttributeTableTest : public lumiere::test::CogDataTest {
 protected:
  void SetUp() override {
    lumiere::test::CogDataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(national_source());
    layer_ = styled(national_source());
    ASSERT_TRUE(layer_);
    dock_ = std::make_unique<AttributeTableDock>();
    dock_->resize(900, 600);
    QElapsedTimer timer;
    timer.start();
    dock_->set_layer(layer_);
    set_layer_ms_ = timer.elapsed();
    population_ = dock_->model()->column_of("population");
    ASSERT_GE(population_, 0);
  }
  void TearDown() override { lumiere::maps::use_language(lumiere::maps::Language::English); }

  const std::vector<double>& populations() const {
    return *layer_->source->attributes.numbers("population");
  }
  template <class W>
  W* child(const char* name) {
    return lumiere::test::child<W>(*dock_, name);
  }
  // Chooses the field and the condition in the dock's combo boxes, as the user would.
  void choose(int column, int kind) {
    child<QComboBox>("attribute_field")->setCurrentIndex(column);
    child<QComboBox>("attribute_condition")->setCurrentIndex(kind);
  }

  std::shared_ptr<const StyledLayer> layer_;
  std::unique_ptr<AttributeTableDock> dock_;
  int population_ = -1;
  qint64 set_layer_ms_ = 0;
};

TEST(AttributeTableFold, FoldsCaseAccentsLigaturesAndPunctuation) {
  using lumiere::ui::fold_text;
  EXPECT_EQ(fold_text(QStringView(QString::fromUtf8("Saint-Étienne"))), "saint etienne");
  EXPECT_EQ(fold_text(std::string_view("Saint-\xC3\x89tienne")), "saint etienne");
  EXPECT_EQ(fold_text(QStringView(QString::fromUtf8("  L’Haÿ-les-Roses "))), "l hay les roses");
  EXPECT_EQ(fold_text(QStringView(QString::fromUtf8("ŒUVRE--Cæsar"))), "oeuvre caesar");
  EXPECT_EQ(fold_text(std::string_view("2A004")), "2a004");
  EXPECT_EQ(fold_text(std::string_view("")), "");
}

TEST_F(AttributeTableTest, ColumnsAreTheLayersWithTheIdentifyPanelsLabels) {
  const auto* model = dock_->model();
  ASSERT_EQ(model->rowCount(), static_cast<int>(layer_->source->feature_count()));
  EXPECT_GT(model->rowCount(), 34000);
  EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), "Code");
  EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), "Name");
  EXPECT_EQ(model->headerData(population_, Qt::Horizontal).toString(), "Population");
  EXPECT_FALSE(model->headerData(population_, Qt::Horizontal, Qt::ToolTipRole).isNull());
  // Every number and text column of the layer, nothing else.
  EXPECT_EQ(model->columnCount(),
            static_cast<int>(2 + layer_->source->attributes.number_columns().size() +
                             layer_->source->attributes.text_columns().size()));
  // The cells read the layer: Saint-Étienne's row is feature 42218 with its population.
  const int f = static_cast<int>(feature("42218"));
  EXPECT_EQ(model->data(model->index(f, 0)).toString(), "42218");
  EXPECT_EQ(model->data(model->index(f, 1)).toString(), QString::fromUtf8("Saint-Étienne"));
  EXPECT_EQ(model->data(model->index(f, population_), AttributeTableModel::SortRole).toDouble(),
            populations()[f]);
  EXPECT_TRUE(model->data(model->index(f, population_)).toString().endsWith("inhab."));
  std::printf("[ measure  ] the dock given %d rows: %lld ms\n", model->rowCount(),
              static_cast<long long>(set_layer_ms_));
  EXPECT_EQ(dock_->objectName(), "attribute_table");
  EXPECT_EQ(dock_->windowTitle(), "Attribute table");
}

// A layer with a usage's columns as maps/project_layers adds them: a count and its category, an
// adoption as a number and as text; each fact is one column, as in the identify panel.
TEST(AttributeTableUsages, EachFactOnce) {
  const auto departements = lumiere::test::styled_departements();
  ASSERT_TRUE(departements);
  auto source = std::make_shared<lumiere::core::VectorLayer>(*departements->source);
  const std::size_t n = source->feature_count();
  const std::string usage = "Actes — contrôle de légalité dématérialisé";
  std::vector<double> structures(n, 2), adoption(n, 1);
  adoption[0] = 0;
  adoption[1] = std::nan("");
  source->attributes.set_numbers(usage + " : structures", structures);
  source->attributes.set_texts(usage + " : couverture", std::vector<std::string>(n, "2"));
  source->attributes.set_numbers(usage + " : adoption 2024", adoption);
  source->attributes.set_texts(usage + " : adopté 2024", std::vector<std::string>(n, "oui"));
  AttributeTableModel model;
  model.set_layer(styled(source));
  QStringList labels;
  for (int c = 0; c < model.columnCount(); ++c)
    labels << model.headerData(c, Qt::Horizontal).toString();
  EXPECT_EQ(labels.count("Actes: Coverage"), 1) << labels.join(", ").toStdString();
  EXPECT_EQ(labels.count("Actes: Adoption 2024"), 1) << labels.join(", ").toStdString();
  const int column = static_cast<int>(labels.indexOf("Actes: Adoption 2024"));
  EXPECT_TRUE(model.is_number(column));
  EXPECT_EQ(model.data(model.index(0, column)).toString(), "no");
  EXPECT_EQ(model.data(model.index(2, column)).toString(), "yes");
  EXPECT_TRUE(model.is_empty(1, column));
  EXPECT_TRUE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                  .toString()
                  .startsWith(QString::fromStdString(usage)));
}

TEST_F(AttributeTableTest, SortsByPopulationWithParisFirstAndNoValueLast) {
  QTableView* view = dock_->view();
  view->sortByColumn(population_, Qt::DescendingOrder);
  Features rows = shown(*dock_);
  ASSERT_EQ(rows.size(), layer_->source->feature_count());
  EXPECT_EQ(rows.front(), feature("75056"));
  EXPECT_EQ(rows[1], feature("13055"));  // Marseille
  const auto& values = populations();
  const auto missing =
      std::count_if(values.begin(), values.end(), [](double v) { return std::isnan(v); });
  // Decreasing values, then the communes without one.
  for (std::size_t i = 1; i + missing < rows.size(); ++i)
    ASSERT_GE(values[rows[i - 1]], values[rows[i]]) << i;
  for (std::size_t i = rows.size() - missing; i < rows.size(); ++i)
    EXPECT_TRUE(std::isnan(values[rows[i]]));
  // Ascending: the smallest first, those without a value still last.
  view->sortByColumn(population_, Qt::AscendingOrder);
  rows = shown(*dock_);
  EXPECT_EQ(values[rows.front()],
            *std::min_element(values.begin(), values.end(), [](double a, double b) {
              return std::isnan(b) || (!std::isnan(a) && a < b);
            }));
  for (std::size_t i = rows.size() - missing; i < rows.size(); ++i)
    EXPECT_TRUE(std::isnan(values[rows[i]]));
  // By name: accents do not send a name to the end.
  view->sortByColumn(1, Qt::AscendingOrder);
  rows = shown(*dock_);
  const auto at = [&](const std::string& code) {
    return std::find(rows.begin(), rows.end(), feature(code)) - rows.begin();
  };
  EXPECT_LT(at("42218"), at("17415"));  // Saint-Étienne before Saintes
  EXPECT_LT(at("01004"), at("80021"));  // Ambérieu-en-Bugey before Amiens
}

TEST_F(AttributeTableTest, SearchIgnoresCaseAndAccentsAndIsFast) {
  auto* search = child<QLineEdit>("attribute_search");
  // On screen, sorted by name (the rows are sorted again after each key), as a user has it.
  dock_->show();
  QElapsedTimer sort_timer;
  sort_timer.start();
  dock_->view()->sortByColumn(1, Qt::AscendingOrder);
  const qint64 sort_time = sort_timer.elapsed();
  const std::string query = "saint etienne";
  // Typed a key at a time; the first key folds every row's text once.
  std::vector<qint64> times;
  for (std::size_t n = 1; n <= query.size(); ++n) {
    QElapsedTimer timer;
    timer.start();
    search->setText(QString::fromStdString(query.substr(0, n)));
    QCoreApplication::processEvents();  // the view lays out and paints the rows
    times.push_back(timer.elapsed());
  }
  const Features rows = shown(*dock_);
  EXPECT_TRUE(contains(rows, feature("42218")));  // Saint-Étienne
  EXPECT_TRUE(contains(rows, feature("76575")));  // Saint-Étienne-du-Rouvray
  EXPECT_FALSE(contains(rows, feature("75056")));
  EXPECT_GT(rows.size(), 10u);
  EXPECT_LT(rows.size(), 400u);
  // Written another way, the same rows.
  search->setText(QString::fromUtf8("SAINT-ÉTIENNE"));
  EXPECT_EQ(shown(*dock_), rows);
  EXPECT_EQ(dock_->count_text(),
            QString("%1 of %2 communes")
                .arg(rows.size())
                .arg(lumiere::maps::format_number(dock_->model()->rowCount(), 0)))
      << dock_->count_text().toStdString();
  const qint64 first = times.front();
  const qint64 slowest_next = *std::max_element(times.begin() + 1, times.end());
  std::printf(
      "[ measure  ] on %d rows: first sort by name %lld ms; search: first key %lld ms "
      "(folds every row), next keys %lld ms at most\n",
      dock_->model()->rowCount(), static_cast<long long>(sort_time), static_cast<long long>(first),
      static_cast<long long>(slowest_next));
  // A keystroke stays well under a second even on a loaded test machine.
  EXPECT_LT(first, 1000);
  EXPECT_LT(slowest_next, 1000);
  search->clear();
  EXPECT_EQ(dock_->filter()->rowCount(), dock_->model()->rowCount());
}

TEST_F(AttributeTableTest, ConditionsOnAField) {
  const auto& values = populations();
  // Communes of 100,000 inhabitants or more, as the COG counts them among the layer's communes.
  const auto& cog = lumiere::test::cog_registry();
  long expected = 0;
  for (const auto& commune : cog->communes())
    if (commune.type == lumiere::core::CommuneType::Current && commune.population >= 100000 &&
        layer_->source->find(commune.code))
      ++expected;
  ASSERT_GT(expected, 30);
  choose(population_, 2);  // between
  child<QLineEdit>("attribute_minimum")->setText("100000");
  EXPECT_EQ(dock_->filter()->rowCount(), expected);
  EXPECT_EQ(dock_->count_text(),
            QString("%1 of %2 communes")
                .arg(expected)
                .arg(lumiere::maps::format_number(static_cast<double>(values.size()), 0)));
  for (std::uint32_t f : shown(*dock_)) EXPECT_GE(values[f], 100000);
  // A maximum as well: the communes of 100,000 to 200,000 inhabitants.
  child<QLineEdit>("attribute_maximum")->setText("200,000");
  EXPECT_EQ(dock_->filter()->rowCount(), std::count_if(values.begin(), values.end(), [](double v) {
              return v >= 100000 && v <= 200000;
            }));
  // Not a number: the condition is left out and the count says why.
  child<QLineEdit>("attribute_maximum")->setText("abc");
  EXPECT_EQ(dock_->filter()->rowCount(), dock_->model()->rowCount());
  EXPECT_TRUE(dock_->count_text().contains("is not a number"));

  // Equals: Paris's population as typed.
  choose(population_, 1);
  const double paris = values[feature("75056")];
  child<QLineEdit>("attribute_value")->setText(QString::number(paris, 'f', 0));
  EXPECT_TRUE(contains(shown(*dock_), feature("75056")));
  EXPECT_EQ(dock_->filter()->rowCount(), std::count(values.begin(), values.end(), paris));
  // Equals on a text column: the department's code.
  const int departement = dock_->model()->column_of("departement");
  ASSERT_GE(departement, 0);
  choose(departement, 1);
  child<QLineEdit>("attribute_value")->setText("2a");
  const auto& codes = layer_->source->codes;
  EXPECT_EQ(dock_->filter()->rowCount(),
            std::count_if(codes.begin(), codes.end(), [](auto& c) { return c.starts_with("2A"); }));

  // Empty and not empty: the communes without a population, and the others.
  const auto missing =
      std::count_if(values.begin(), values.end(), [](double v) { return std::isnan(v); });
  choose(population_, 3);
  EXPECT_EQ(dock_->filter()->rowCount(), missing);
  for (std::uint32_t f : shown(*dock_)) EXPECT_TRUE(std::isnan(values[f]));
  choose(population_, 4);
  EXPECT_EQ(dock_->filter()->rowCount(), static_cast<long>(values.size()) - missing);
  // The search and the condition together; Clear leaves the search.
  child<QLineEdit>("attribute_search")->setText("saint etienne");
  const int both = dock_->filter()->rowCount();
  child<QPushButton>("attribute_clear")->click();
  EXPECT_GE(dock_->filter()->rowCount(), both);
  EXPECT_TRUE(contains(shown(*dock_), feature("42218")));
  EXPECT_FALSE(dock_->filter()->field_filter().has_value());
  // "between" offered on numbers only.
  choose(1, 2);
  EXPECT_EQ(child<QComboBox>("attribute_condition")->currentIndex(), 1);
}

TEST_F(AttributeTableTest, SelectionGoesBothWaysWithoutEcho) {
  Features emitted;
  int signals_received = 0;
  QObject::connect(dock_.get(), &AttributeTableDock::selection_changed,
                   [&](const Features& features) {
                     emitted = features;
                     ++signals_received;
                   });
  dock_->show();
  // From the map: selected and in sight, and no signal back.
  const Features map = {feature("75056"), feature("13055"), feature("69123")};
  dock_->set_selection(map);
  EXPECT_EQ(signals_received, 0);
  Features sorted = map;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(dock_->selection(), sorted);
  QTableView* view = dock_->view();
  const QModelIndex current = view->currentIndex();
  EXPECT_EQ(dock_->filter()->feature_at(current.row()), sorted.front());
  EXPECT_TRUE(view->viewport()->rect().intersects(view->visualRect(current)));

  // The search hides some of them: the others stay selected; cleared, all are selected again,
  // still without a signal.
  child<QLineEdit>("attribute_search")->setText("paris");
  EXPECT_EQ(dock_->selection(), Features{feature("75056")});
  child<QLineEdit>("attribute_search")->clear();
  EXPECT_EQ(dock_->selection(), sorted);
  EXPECT_EQ(signals_received, 0);

  // From the user: a click, then Shift+Down by the keyboard.
  view->setFocus();
  view->sortByColumn(population_, Qt::DescendingOrder);
  QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                    view->visualRect(dock_->filter()->index(0, 1)).center());
  EXPECT_EQ(signals_received, 1);
  EXPECT_EQ(emitted, Features{feature("75056")});
  QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
  Features two = {feature("75056"), feature("13055")};
  std::sort(two.begin(), two.end());
  EXPECT_EQ(emitted, two);
  EXPECT_EQ(signals_received, 2);

  // The map answers with what it received: nothing comes back.
  dock_->set_selection(emitted);
  EXPECT_EQ(signals_received, 2);
}

TEST_F(AttributeTableTest, AnEditedLayerKeepsSortSearchConditionAndSelection) {
  QTableView* view = dock_->view();
  view->sortByColumn(population_, Qt::DescendingOrder);
  child<QLineEdit>("attribute_search")->setText("saint");
  choose(population_, 2);
  child<QLineEdit>("attribute_minimum")->setText("10000");
  dock_->set_selection({feature("42218")});
  const Features before = shown(*dock_);
  ASSERT_FALSE(before.empty());
  int signals_received = 0;
  QObject::connect(dock_.get(), &AttributeTableDock::selection_changed,
                   [&](const Features&) { ++signals_received; });
  // The map refreshed after an edit: another styled layer of the same columns.
  const auto refreshed = styled(national_source());
  ASSERT_NE(refreshed, layer_);
  QElapsedTimer timer;
  timer.start();
  dock_->set_layer(refreshed);
  std::printf("[ measure  ] the layer replaced by its refresh: %lld ms\n",
              static_cast<long long>(timer.elapsed()));
  EXPECT_EQ(dock_->model()->layer(), refreshed);
  EXPECT_EQ(shown(*dock_), before);
  EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), population_);
  EXPECT_EQ(child<QLineEdit>("attribute_search")->text(), "saint");
  EXPECT_EQ(child<QComboBox>("attribute_field")->currentIndex(), population_);
  EXPECT_EQ(dock_->selection(), Features{feature("42218")});
  EXPECT_EQ(signals_received, 0);
  // Another layer (the départements): its own columns, no condition, no selection.
  dock_->set_layer(lumiere::test::styled_departements());
  EXPECT_EQ(dock_->model()->rowCount(), 101);
  EXPECT_FALSE(dock_->filter()->field_filter().has_value());
  EXPECT_TRUE(dock_->selection().empty());
  EXPECT_TRUE(dock_->count_text().endsWith("departments")) << dock_->count_text().toStdString();
}

TEST_F(AttributeTableTest, ExportsTheRowsShownAsCsv) {
  ASSERT_TRUE(lumiere::maps::use_language(lumiere::maps::Language::French));
  dock_ = std::make_unique<AttributeTableDock>();
  dock_->set_layer(layer_);
  const int area = dock_->model()->column_of("area_km2");
  ASSERT_GE(area, 0);
  child<QLineEdit>("attribute_search")->setText("saint etienne");
  dock_->view()->sortByColumn(population_, Qt::DescendingOrder);
  lumiere::test::TempDir dir;
  const QString path = QString::fromStdString(dir.file("communes.csv"));
  dock_->ask_export_path = [&] { return path; };
  QString error = "none";
  dock_->show_error = [&](const QString& message) { error = message; };
  child<QPushButton>("attribute_export")->click();
  EXPECT_EQ(error, "none");
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QByteArray bytes = file.readAll();
  ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
  const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
  ASSERT_EQ(lines.size(), dock_->filter()->rowCount() + 1);
  QStringList header;
  for (int c = 0; c < dock_->model()->columnCount(); ++c)
    header << dock_->model()->headerData(c, Qt::Horizontal).toString();
  EXPECT_EQ(lines[0], header.join(';'));
  // Saint-Étienne, the most populous, first: its code, name, population with every digit and
  // no separator, area with a decimal comma.
  const QStringList cells = lines[1].split(';');
  ASSERT_EQ(cells.size(), header.size());
  const std::uint32_t f = feature("42218");
  EXPECT_EQ(cells[0], "42218");
  EXPECT_EQ(cells[1], QString::fromUtf8("Saint-Étienne"));
  EXPECT_EQ(cells[population_], QString::number(populations()[f], 'f', 0));
  const double area_value = (*layer_->source->attributes.numbers("area_km2"))[f];
  EXPECT_TRUE(cells[area].contains(',')) << cells[area].toStdString();
  EXPECT_NEAR(QString(cells[area]).replace(',', '.').toDouble(), area_value, 1e-9);
  // Every row of the CSV is a row shown, in the table's order.
  // A picture of the dock as the user sees it, for review.
  dock_->resize(1000, 500);
  dock_->show();
  QTest::qWait(50);
  QDir().mkpath(QStringLiteral(LUMIERE_UI_SHOT_DIR));
  EXPECT_TRUE(dock_->grab().save(QStringLiteral(LUMIERE_UI_SHOT_DIR "/attribute_table_fr.png")));
  const Features rows = shown(*dock_);
  for (std::size_t i = 0; i < rows.size(); ++i)
    EXPECT_TRUE(lines[static_cast<int>(i) + 1].startsWith(
        QString::fromStdString(layer_->source->codes[rows[i]]) + ";"));
}

TEST_F(AttributeTableTest, AFolderItCannotWriteGivesOneMessage) {
  lumiere::test::TempDir dir;
  // A path under a file: no folder there, whoever runs the test (root writes any folder).
  lumiere::test::write_file(dir.file("plain"), "x");
  const QString path = QString::fromStdString(dir.file("plain")) + "/communes.csv";
  QString error;
  EXPECT_FALSE(dock_->export_csv(path, &error));
  EXPECT_TRUE(error.contains(path)) << error.toStdString();
  EXPECT_TRUE(error.contains("Choose a folder you can write to")) << error.toStdString();
  // Through the button: the message is shown, nothing breaks.
  QString shown_error;
  dock_->ask_export_path = [&] { return path; };
  dock_->show_error = [&](const QString& message) { shown_error = message; };
  child<QPushButton>("attribute_export")->click();
  EXPECT_EQ(shown_error, error);
  // Cancelled: nothing written, nothing said.
  shown_error.clear();
  dock_->ask_export_path = [] { return QString(); };
  child<QPushButton>("attribute_export")->click();
  EXPECT_TRUE(shown_error.isEmpty());
}

TEST_F(AttributeTableTest, ControlsAreLabelledForTheKeyboard) {
  QSet<QChar> mnemonics;
  lumiere::test::expect_labelled(*dock_,
                                 {"attribute_search", "attribute_field", "attribute_condition",
                                  "attribute_value", "attribute_minimum", "attribute_maximum"},
                                 mnemonics);
  for (const char* name : {"attribute_rows", "attribute_clear"})
    EXPECT_FALSE(child<QWidget>(name)->accessibleName().isEmpty()) << name;
  // The buttons say what they do, with a mnemonic of their own.
  for (const char* name : {"attribute_export", "attribute_clear"}) {
    const QString text = child<QPushButton>(name)->text();
    ASSERT_GE(text.indexOf('&'), 0) << name;
    const QChar key = text.at(text.indexOf('&') + 1).toLower();
    EXPECT_FALSE(mnemonics.contains(key)) << name;
    mnemonics.insert(key);
  }
  for (const char* name : {"attribute_rows", "attribute_export", "attribute_clear"})
    EXPECT_NE(child<QWidget>(name)->focusPolicy() & Qt::TabFocus, 0) << name;
  QTableView* view = dock_->view();
  EXPECT_TRUE(view->isSortingEnabled());
  EXPECT_EQ(view->selectionBehavior(), QAbstractItemView::SelectRows);
  EXPECT_EQ(view->selectionMode(), QAbstractItemView::ExtendedSelection);
}

}  // namespace
