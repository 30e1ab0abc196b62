// The statistics dock on the demo project of two départements (Charente-Maritime and
// Deux-Sèvres: their structures; a value of every usage for every commune of France): the bars
// are the adoption rates of core::adoption_rates for the scope chosen (France, a département
// picked in the dock, the communes selected), the line the rate of all of France; the CSV is the
// table of strata; the charts are written as PNG and SVG; a vintage without values says so.
#include "ui/statistics_dock.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTest>
#include <filesystem>
#include <iostream>
#include <memory>
#include <unordered_set>

#include "../core/test_data.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "core/project/demo_project.h"
#include "maps/message_text.h"
#include "ui_test_support.h"

namespace lumiere::ui {
namespace {

namespace fs = std::filesystem;

// The demo built from two départements of the sample data, once per process.
core::Project* demo() {
  static core::Project* project = [] {
    static test::TempDir dir;
    const auto communes = dir.path() / "boundaries" / "communes";
    fs::create_directories(communes);
    for (const char* d : {"17", "79"}) {
      const fs::path file = test::commune_file(d);
      fs::create_symlink(file, communes / file.filename());
    }
    fs::create_symlink(test::departements_file(),
                       dir.path() / "boundaries" / "departements-avec-outre-mer.geojson");
    fs::create_directory_symlink(test::cog_dir(), dir.path() / "cog");
    auto built = core::build_demo_project(dir.path().string());
    if (!built) {
      ADD_FAILURE() << maps::message_string(built.error());
      return static_cast<core::Project*>(nullptr);
    }
    return new core::Project(std::move(*built));
  }();
  return project;
}

// The current communes of a département of the COG.
std::vector<std::string> communes_of(const core::CogRegistry& cog, const std::string& dep) {
  std::vector<std::string> out;
  for (const core::CogCommune& c : cog.communes()) {
    if (c.type == core::CommuneType::Current && c.departement == dep) out.push_back(c.code);
  }
  return out;
}

// adoption_rates by compact stratum, within `communes` unless empty.
std::vector<core::AdoptionGroup> expected_strata(const core::Model& model,
                                                 const std::vector<std::string>& communes) {
  core::AdoptionOptions o;
  o.strata = core::Strata::compact();
  if (!communes.empty()) {
    o.communes =
        std::make_shared<const std::unordered_set<std::string>>(communes.begin(), communes.end());
  }
  return core::adoption_rates(model, "actes", 2024, o);
}

// The height of each bar of the strata chart (its two stacked sets added).
std::vector<double> bars(const StatisticsDock& dock) {
  auto* view = dock.findChild<QChartView*>(QStringLiteral("strata_chart"));
  EXPECT_NE(view, nullptr);
  std::vector<double> out;
  if (!view || !view->chart()) return out;
  for (QAbstractSeries* s : view->chart()->series()) {
    auto* stacked = qobject_cast<QStackedBarSeries*>(s);
    if (!stacked) continue;
    for (QBarSet* set : stacked->barSets()) {
      out.resize(std::max<std::size_t>(out.size(), set->count()), 0.0);
      for (int i = 0; i < set->count(); ++i) out[i] += set->at(i);
    }
  }
  return out;
}

std::optional<double> national_line(const StatisticsDock& dock) {
  auto* view = dock.findChild<QChartView*>(QStringLiteral("strata_chart"));
  for (QAbstractSeries* s : view->chart()->series()) {
    if (auto* line = qobject_cast<QLineSeries*>(s); line && line->count() == 2) {
      EXPECT_DOUBLE_EQ(line->at(0).y(), line->at(1).y());
      return line->at(0).y();
    }
  }
  return std::nullopt;
}

void expect_bars(const StatisticsDock& dock, const std::vector<core::AdoptionGroup>& expected) {
  const std::vector<double> shown = bars(dock);
  ASSERT_EQ(shown.size(), expected.size());
  for (std::size_t k = 0; k < shown.size(); ++k) {
    EXPECT_NEAR(shown[k], expected[k].adoption_rate.value_or(0) * 100, 1e-9) << k;
  }
}

class StatisticsDockTest : public test::CogDataTest {
 protected:
  void SetUp() override {
    test::CogDataTest::SetUp();
    if (HasFatalFailure()) return;
    project = demo();
    ASSERT_NE(project, nullptr);
    // The project owns the model (as the window's session does): a pointer that does not own.
    model =
        std::shared_ptr<const core::Model>(std::shared_ptr<const core::Model>(), &project->model());
  }

  core::Project* project = nullptr;
  std::shared_ptr<const core::Model> model;
  StatisticsDock dock;
};

TEST_F(StatisticsDockTest, BarsAreTheAdoptionRatesOfTheScopeWithTheNationalLine) {
  QElapsedTimer timer;
  timer.start();
  dock.set_subject(model, "actes", 2024);
  const double france_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  EXPECT_TRUE(dock.message().isEmpty()) << dock.message().toStdString();
  const auto france = expected_strata(*model, {});
  ASSERT_EQ(france.size(), 9u);
  expect_bars(dock, france);
  double adopted = 0, observed = 0;
  for (const auto& g : france) {
    adopted += g.adopted_communes;
    observed += static_cast<double>(g.observed_communes);
  }
  ASSERT_GT(observed, 30000);  // every commune of France has a value
  ASSERT_TRUE(national_line(dock));
  EXPECT_NEAR(*national_line(dock), adopted / observed * 100, 1e-9);
  EXPECT_EQ(dock.figures()->between, core::Grouping::Departement);
  EXPECT_GT(dock.figures()->inequality.groups, 90u);

  // A département: other bars, the same national line.
  timer.restart();
  dock.set_scope({StatisticsScope::Departement, "17", {}, {}});
  const double departement_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  EXPECT_EQ(dock.scope().communes, communes_of(cog(), "17"));
  EXPECT_EQ(dock.scope().label, QStringLiteral("Charente-Maritime (17)"));
  const auto seventeen = expected_strata(*model, communes_of(cog(), "17"));
  expect_bars(dock, seventeen);
  EXPECT_NE(bars(dock), std::vector<double>(bars(dock).size(), 0.0));
  std::size_t in_17 = 0;
  for (const auto& g : dock.figures()->groups) in_17 += g.communes;
  EXPECT_EQ(in_17, communes_of(cog(), "17").size());
  EXPECT_NEAR(*national_line(dock), adopted / observed * 100, 1e-9);
  auto* view = dock.findChild<QChartView*>(QStringLiteral("strata_chart"));
  EXPECT_TRUE(view->chart()->title().contains(QStringLiteral("Charente-Maritime")));
  // One département: the inequality is between its EPCI, each figure with its sentence.
  EXPECT_EQ(dock.figures()->between, core::Grouping::Epci);
  const QString text = test::child<QLabel>(dock, "statistics_figures")->text();
  for (const char* figure : {"Gap between strata", "Ratio between strata",
                             "Covered minus not covered", "Gini between EPCI", "Interdecile gap"}) {
    EXPECT_TRUE(text.contains(QLatin1String(figure))) << figure << "\n" << text.toStdString();
  }
  std::cout << "statistics of actes 2024: France " << france_ms << " ms (cold), Charente-Maritime "
            << departement_ms << " ms\n";
}

// The scope picked in the dock as a user would: the kind, then a département typed by name.
TEST_F(StatisticsDockTest, PickerChoosesADepartementByName) {
  dock.set_subject(model, "actes", 2024);
  auto* kind = test::child<QComboBox>(dock, "statistics_scope");
  auto* place = test::child<QComboBox>(dock, "statistics_place");
  ASSERT_TRUE(kind && place);
  EXPECT_FALSE(place->isEnabled());
  kind->setCurrentIndex(kind->findData(StatisticsScope::Departement));
  EXPECT_TRUE(place->isEnabled());
  EXPECT_EQ(place->count(), static_cast<int>(cog().departements().size()));
  EXPECT_EQ(dock.scope().kind, StatisticsScope::France);  // until a place is chosen
  dock.show();
  place->setFocus();
  place->lineEdit()->clear();
  // "(79)" is in one name only; the completer's popup offers it, Down and Return take it.
  QTest::keyClicks(place->lineEdit(), QStringLiteral("(79)"));
  QWidget* popup = place->completer()->popup();
  ASSERT_TRUE(popup->isVisible());
  QTest::keyClick(popup, Qt::Key_Down);
  QTest::keyClick(popup, Qt::Key_Return);
  EXPECT_EQ(dock.scope().kind, StatisticsScope::Departement);
  EXPECT_EQ(dock.scope().code, "79");
  expect_bars(dock, expected_strata(*model, communes_of(cog(), "79")));
  QSet<QChar> mnemonics;
  test::expect_labelled(dock, {"statistics_scope", "statistics_place"}, mnemonics);
  for (const char* name : {"copy_csv", "save_chart"}) {
    auto* button = test::child<QPushButton>(dock, name);
    EXPECT_FALSE(button->accessibleName().isEmpty()) << name;
    EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0) << name;
    EXPECT_TRUE(button->text().contains(QLatin1Char('&'))) << name;
  }
}

TEST_F(StatisticsDockTest, SelectionScope) {
  dock.set_subject(model, "actes", 2024);
  auto* kind = test::child<QComboBox>(dock, "statistics_scope");
  const int row = kind->findData(StatisticsScope::Selection);
  auto* items = qobject_cast<QStandardItemModel*>(kind->model());
  EXPECT_FALSE(items->item(row)->isEnabled());  // nothing selected yet
  // The communes of Deux-Sèvres and a third of those of Charente-Maritime.
  std::vector<std::string> selection = communes_of(cog(), "79");
  const auto seventeen = communes_of(cog(), "17");
  for (std::size_t i = 0; i < seventeen.size(); i += 3) selection.push_back(seventeen[i]);
  dock.set_selection(selection);
  EXPECT_TRUE(items->item(row)->isEnabled());
  EXPECT_TRUE(kind->itemText(row).contains(QString::number(selection.size())));
  kind->setCurrentIndex(row);
  EXPECT_EQ(dock.scope().kind, StatisticsScope::Selection);
  expect_bars(dock, expected_strata(*model, selection));
  std::size_t counted = 0;
  for (const auto& g : dock.figures()->groups) counted += g.communes;
  EXPECT_EQ(counted, selection.size());
  EXPECT_EQ(dock.figures()->between, core::Grouping::Departement);  // two départements
  // A new selection while it is the scope: shown at once.
  dock.set_selection(seventeen);
  expect_bars(dock, expected_strata(*model, seventeen));
  // An empty selection says so.
  dock.set_selection({});
  EXPECT_FALSE(dock.message().isEmpty());
  EXPECT_FALSE(dock.figures());
}

TEST_F(StatisticsDockTest, CopiesTheTableOfStrataAsCsv) {
  dock.set_subject(model, "actes", 2024);
  dock.set_scope({StatisticsScope::Departement, "79", {}, {}});
  test::child<QPushButton>(dock, "copy_csv")->click();
  const QString csv = QGuiApplication::clipboard()->text();
  EXPECT_EQ(csv, dock.csv());
  const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
  const auto expected = expected_strata(*model, communes_of(cog(), "79"));
  ASSERT_EQ(lines.size(), 1 + static_cast<int>(expected.size()));
  EXPECT_EQ(lines[0], QStringLiteral("Stratum;Communes;Observed;Adopting;Rate;Pop. rate"));
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const QStringList cells = lines[static_cast<int>(k) + 1].split(QLatin1Char(';'));
    ASSERT_EQ(cells.size(), 6) << lines[static_cast<int>(k) + 1].toStdString();
    EXPECT_EQ(cells[1].toULongLong(), expected[k].communes);
    EXPECT_EQ(cells[2].toULongLong(), expected[k].observed_communes);
    EXPECT_DOUBLE_EQ(cells[3].toDouble(), expected[k].adopted_communes);
    if (expected[k].adoption_rate) {
      EXPECT_NEAR(cells[4].toDouble(), *expected[k].adoption_rate, 1e-13);
    } else {
      EXPECT_TRUE(cells[4].isEmpty());
    }
  }
  EXPECT_EQ(lines[1].split(QLatin1Char(';'))[0], QStringLiteral("0–499"));
}

TEST_F(StatisticsDockTest, SavesTheChartsAsPngAndSvg) {
  dock.set_subject(model, "actes", 2024);
  dock.set_scope({StatisticsScope::Departement, "17", {}, {}});
  test::TempDir dir;
  const QString png = QString::fromStdString(dir.file("chart.png"));
  dock.ask_chart_path = [&] { return png; };
  QString error;
  dock.show_error = [&](const QString& e) { error = e; };
  test::child<QPushButton>(dock, "save_chart")->click();
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
  QImage image(png);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.size(), QSize(1800, 1520));  // the page, twice the size in pixels
  // Not blank: the bars' blue covers a good part of it, the national line's red a little.
  std::size_t blue = 0, red = 0;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 0; x < image.width(); ++x) {
      const QRgb p = image.pixel(x, y);
      blue += p == qRgb(0x2b, 0x6c, 0xb0);
      red += p == qRgb(0xc0, 0x39, 0x2b);
    }
  }
  EXPECT_GT(blue, 20000u);
  EXPECT_GT(red, 500u);

  const QString svg = QString::fromStdString(dir.file("chart.svg"));
  ASSERT_TRUE(dock.save_chart(svg, &error)) << error.toStdString();
  QFile file(svg);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QString content = QString::fromUtf8(file.readAll());
  EXPECT_TRUE(content.contains(QStringLiteral("<svg")));
  EXPECT_TRUE(content.contains(QStringLiteral("Charente-Maritime")));
  EXPECT_TRUE(content.contains(QStringLiteral("#2b6cb0"), Qt::CaseInsensitive));

  EXPECT_FALSE(dock.save_chart(QString::fromStdString(dir.file("chart.gif")), &error));
  EXPECT_TRUE(error.contains(QStringLiteral(".png")));
}

TEST_F(StatisticsDockTest, VintageWithoutValuesSaysSo) {
  dock.set_subject(model, "actes", 1999);
  EXPECT_TRUE(dock.message().contains(QStringLiteral("1999"))) << dock.message().toStdString();
  EXPECT_FALSE(dock.figures());
  EXPECT_TRUE(dock.csv().isEmpty());
  EXPECT_TRUE(
      dock.findChild<QChartView*>(QStringLiteral("strata_chart"))->isHidden() ||
      dock.findChild<QChartView*>(QStringLiteral("strata_chart"))->parentWidget()->isHidden());
  EXPECT_FALSE(test::child<QPushButton>(dock, "save_chart")->isEnabled());
  EXPECT_FALSE(test::child<QPushButton>(dock, "copy_csv")->isEnabled());
  // Back to a vintage with values: the charts again.
  dock.set_subject(model, "actes", 2024);
  EXPECT_TRUE(dock.message().isEmpty());
  EXPECT_TRUE(dock.figures());
}

// An edit of the model shows after refresh(): one commune's value changed, then undone.
TEST_F(StatisticsDockTest, RefreshFollowsTheModel) {
  dock.set_subject(model, "actes", 2024);
  dock.set_scope({StatisticsScope::Departement, "17", {}, {}});
  const auto before = bars(dock);
  // Every commune of Charente-Maritime with a value: all say no.
  std::vector<core::IndicatorValue> values;
  for (const std::string& code : communes_of(cog(), "17")) {
    values.push_back({code, "actes", 2024, false, std::nullopt, std::nullopt, "test"});
  }
  core::UndoStack stack(project->model());
  ASSERT_TRUE(stack.push(std::make_unique<core::SetIndicatorValues>(values)));
  dock.refresh();
  for (double bar : bars(dock)) EXPECT_EQ(bar, 0.0);
  ASSERT_TRUE(stack.undo());
  dock.refresh();
  EXPECT_EQ(bars(dock), before);
}

}  // namespace
}  // namespace lumiere::ui
