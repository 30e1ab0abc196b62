// The planner's window (issue 20) on the national demo project, as `lumiere` builds it
// (app::AppWindow): open, the recent projects, New, what the map shows (usage, measure, vintage,
// level: the title and the legend follow; one shared commune layer, only the shown column
// computed), a file dropped on the window, the language. The demo is the one the CLI suites
// share (tests/cli/cli_runner.h: built once per executable and data, cached in the build tree).
#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <unordered_set>

#include "app/app_window.h"
#include "core/cog/commune_dissolve.h"
#include "core/layers/layer_loader.h"
#include "core/model/analytics.h"
#include "maps/language.h"
#include "maps/legend.h"
#include "maps/project_layers.h"
#include "tests/cli/cli_runner.h"
#include "ui/attribute_filter.h"
#include "ui/attribute_table_dock.h"
#include "ui/attribute_table_model.h"
#include "ui/legend_dock.h"
#include "ui/map_canvas.h"
#include "ui/map_toolbar.h"
#include "ui/search_box.h"
#include "ui/statistics_dock.h"

QT_BEGIN_NAMESPACE
// QStrings as text in the failures.
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
QT_END_NAMESPACE

namespace lumiere::test {
namespace {

namespace fs = std::filesystem;

// Settings (recent projects, the window's layout, written on closing) in a folder of tests, never
// the user's, for every test of this executable (main() is project_session_test.cpp's).
[[maybe_unused]] const bool kTestSettings = [] {
  QStandardPaths::setTestModeEnabled(true);
  return true;
}();

// The features of a commune layer that are white zones of `usage` (the COG's white zones
// include communes the map does not draw: the overseas collectivities).
std::size_t white_zones_drawn(const core::VectorLayer& communes, const core::Model& model,
                              const std::string& usage) {
  const auto white = core::white_zones(model, usage);
  const std::set<std::string> set(white.begin(), white.end());
  std::size_t n = 0;
  for (const std::string& code : communes.codes) n += set.count(code);
  return n;
}

class WindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(maps::use_language(maps::Language::French));
    demo_ = (dir_.path / "demo.gpkg").string();
    const RunResult built = demo_project(demo_);
    ASSERT_EQ(built.status, 0) << built.err;
    app_ = std::make_unique<app::AppWindow>(kData);
    app_->on_failure = [this](const QString& m) { failures_ << m; };
    app_->session().ask_close = [this] { return close_choice_; };
  }
  void TearDown() override {
    app_.reset();
    maps::use_language(maps::Language::English);
  }

  // Opens `path` through the File menu's path and waits until its map is shown.
  void open(const std::string& path) {
    ASSERT_TRUE(app_->files().open_paths({QString::fromStdString(path)}));
    app_->session().wait_idle();
    ASSERT_TRUE(failures_.isEmpty()) << failures_.join('\n').toStdString();
    ASSERT_NE(app_->session().project(), nullptr);
  }
  ui::MapToolbar& toolbar() { return *app_->window().map_toolbar(); }
  // Picks the item whose data is `data` in a combo of the toolbar, as the user would, and waits
  // for the map.
  void pick(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    box->setCurrentIndex(index);
    app_->session().wait_idle();
    ASSERT_TRUE(failures_.isEmpty()) << failures_.join('\n').toStdString();
  }
  // The layer the map colours: the one whose title is the map's (the choice's) title.
  std::shared_ptr<const maps::StyledLayer> coloured() {
    for (const auto& l : app_->window().canvas()->layers()) {
      if (l->style.kind != maps::StyleKind::Single) return l;
    }
    return nullptr;
  }
  std::shared_ptr<const maps::StyledLayer> layer(std::string_view name) {
    for (const auto& l : app_->window().canvas()->layers()) {
      if (l->source->name == name) return l;
    }
    return nullptr;
  }
  QString legend_text() {
    QStringList lines;
    for (const auto& item : app_->window().legend_dock()->layout().items) lines << item.lines;
    return lines.join(QLatin1Char(' '));  // wrapped lines broke at spaces
  }

  TempDir dir_;
  std::string demo_;
  std::unique_ptr<app::AppWindow> app_;
  QStringList failures_;
  app::CloseChoice close_choice_ = app::CloseChoice::Cancel;
};

TEST_F(WindowTest, OpensTheDemoOnTheCoverageOfItsFirstUsage) {
  open(demo_);
  const auto communes = coloured();
  ASSERT_NE(communes, nullptr);
  EXPECT_EQ(communes->source->name, "communes");
  EXPECT_EQ(communes->title, QStringLiteral("Actes — couverture par commune"));
  EXPECT_EQ(toolbar().usage_box()->currentText(), QStringLiteral("Actes"));
  EXPECT_TRUE(toolbar().isEnabled());
  EXPECT_TRUE(legend_text().contains(QStringLiteral("Actes — couverture par commune")));
  EXPECT_TRUE(legend_text().contains(QStringLiteral("Zone blanche")))
      << legend_text().toStdString();
  // Every usage of the catalogue is offered.
  EXPECT_EQ(toolbar().usage_box()->count(),
            static_cast<int>(app_->session().project()->model().usages().size()));
}

TEST_F(WindowTest, AnotherUsageRetitlesTheMapAndItsLegendAndComputesOnlyItsColumn) {
  open(demo_);
  const core::Model& model = app_->session().project()->model();
  const core::Usage& third = model.usages().at(2);
  pick(toolbar().usage_box(), QString::fromStdString(third.id));
  const QString label = QString::fromStdString(third.label.substr(0, third.label.find(" — ")));
  const auto communes = coloured();
  ASSERT_NE(communes, nullptr);
  EXPECT_EQ(communes->title, label + QStringLiteral(" — couverture par commune"));
  EXPECT_TRUE(legend_text().contains(communes->title)) << legend_text().toStdString();
  EXPECT_FALSE(legend_text().contains(QStringLiteral("Actes"))) << legend_text().toStdString();
  EXPECT_EQ(communes->style.field.toStdString(), maps::coverage_column(third));
  // Only the shown usage's columns on the commune layer: no other usage's.
  for (const std::string& column : communes->source->attributes.number_columns()) {
    EXPECT_FALSE(column.starts_with(model.usages().front().label)) << column;
  }
  // The counts of the legend are the model's: the white zones of that usage on the map.
  ASSERT_FALSE(communes->category_counts.empty());
  EXPECT_EQ(communes->category_counts[0], white_zones_drawn(*communes->source, model, third.id));
  // The geometry is the project's own, shared, not copied: the same points in memory.
  const core::VectorLayer* base = app_->session().project()->layer("communes");
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(communes->source->geometry.points().data(), base->geometry.points().data());
  EXPECT_EQ(communes->source->geometry_for(700).points().data(),
            base->geometry_for(700).points().data());
}

TEST_F(WindowTest, WhiteZonesAndAdoptionFollowTheMeasure) {
  open(demo_);
  pick(toolbar().measure_box(), static_cast<int>(maps::Measure::WhiteZones));
  auto communes = coloured();
  EXPECT_EQ(communes->title, QStringLiteral("Actes — zones blanches par commune"));
  const core::Model& model = app_->session().project()->model();
  ASSERT_EQ(communes->style.kind, maps::StyleKind::Categorized);
  EXPECT_EQ(communes->category_counts.at(0), white_zones_drawn(*communes->source, model, "actes"));

  pick(toolbar().measure_box(), static_cast<int>(maps::Measure::Adoption));
  communes = coloured();
  EXPECT_EQ(communes->title, QStringLiteral("Actes — adoption 2024 par commune"));
  EXPECT_TRUE(toolbar().vintage_box()->isEnabled());
  EXPECT_EQ(toolbar().vintage_box()->currentData().toInt(), 2024);
  // Yes/no values: oui / non, counted as the model says.
  std::size_t adopted = 0;
  for (const auto& [key, value] : model.indicators()) {
    if (std::get<0>(key) == "actes" && std::get<1>(key) == 2024 && value.adopted && *value.adopted)
      ++adopted;
  }
  EXPECT_TRUE(legend_text().contains(QStringLiteral("oui"))) << legend_text().toStdString();
  ASSERT_EQ(communes->style.kind, maps::StyleKind::Categorized);
  // The features of the layer that say oui: today's communes with a yes (a few of the COG's
  // communes are drawn nowhere, the overseas collectivities).
  EXPECT_LE(communes->category_counts.at(0), adopted);
  EXPECT_GT(communes->category_counts.at(0), adopted * 99 / 100);
}

TEST_F(WindowTest, AVintageImportedIsOfferedAndShown) {
  open(demo_);
  // A table of 2023 values for the communes of Charente-Maritime: all adopted.
  const std::string table = (dir_.path / "actes-2023.csv").string();
  {
    std::ofstream out(table);
    out << "code_insee;actes\n";
    for (const core::CogCommune& c : app_->session().project()->cog().communes()) {
      if (c.type == core::CommuneType::Current && c.departement == "17") out << c.code << ";oui\n";
    }
  }
  QSignalSpy imported(&app_->session(), &app::ProjectSession::imported);
  app_->session().import_indicators(QString::fromStdString(table), QStringLiteral("actes"), 2023);
  app_->session().wait_idle();
  ASSERT_EQ(imported.count(), 1) << failures_.join('\n').toStdString();
  pick(toolbar().measure_box(), static_cast<int>(maps::Measure::Adoption));
  QComboBox* vintage = toolbar().vintage_box();
  ASSERT_EQ(vintage->count(), 2);
  EXPECT_EQ(vintage->itemData(0).toInt(), 2024);  // the latest first
  pick(vintage, 2023);
  const auto communes = coloured();
  EXPECT_EQ(communes->title, QStringLiteral("Actes — adoption 2023 par commune"));
  EXPECT_TRUE(legend_text().contains(QStringLiteral("adoption 2023")));
  // Only Charente-Maritime has 2023 values: its communes say oui, the others nothing.
  ASSERT_EQ(communes->style.kind, maps::StyleKind::Categorized);
  const auto la_rochelle = communes->source->find("17300");
  ASSERT_TRUE(la_rochelle);
  const auto* values = communes->source->attributes.numbers(communes->style.field.toStdString());
  ASSERT_NE(values, nullptr);
  EXPECT_EQ((*values)[*la_rochelle], 1.0);
  const auto paris = communes->source->find("75056");
  ASSERT_TRUE(paris);
  EXPECT_TRUE(std::isnan((*values)[*paris]));
}

TEST_F(WindowTest, TheDepartmentAndEpciLevelsColourTheirTerritories) {
  open(demo_);
  pick(toolbar().level_box(), static_cast<int>(maps::MapLevel::Departement));
  auto shown = coloured();
  ASSERT_NE(shown, nullptr);
  EXPECT_EQ(shown->source->name, "departements");
  EXPECT_EQ(shown->title, QStringLiteral("Actes — couverture par département"));
  EXPECT_FALSE(layer("communes")->visible);  // finer than the level: hidden
  // Charente-Maritime's share of communes covered, as the model gives it.
  const core::Model& model = app_->session().project()->model();
  const auto cov = core::coverage(model, "actes");
  std::size_t all = 0, covered = 0;
  for (std::size_t i = 0; i < cov->codes.size(); ++i) {
    if (model.cog().commune(cov->codes[i])->departement != "17") continue;
    ++all;
    covered += cov->structures[i] > 0;
  }
  const auto f = shown->source->find("17");
  ASSERT_TRUE(f);
  const auto* share = shown->source->attributes.numbers(shown->style.field.toStdString());
  ASSERT_NE(share, nullptr);
  EXPECT_NEAR((*share)[*f], 100.0 * covered / all, 1e-9);

  pick(toolbar().level_box(), static_cast<int>(maps::MapLevel::Epci));
  shown = coloured();
  ASSERT_NE(shown, nullptr);
  EXPECT_EQ(shown->source->name, "epci");
  EXPECT_EQ(shown->title, QStringLiteral("Actes — couverture par EPCI"));
  // Every EPCI of the COG with a commune on the map is one territory.
  EXPECT_GT(shown->source->feature_count(), model.cog().epcis().size() * 95 / 100);
  EXPECT_LE(shown->source->feature_count(), model.cog().epcis().size());
  EXPECT_TRUE(layer("departements")->visible);  // coarser: outlines over the EPCI
}

TEST_F(WindowTest, TheBoundariesBeforeMergersStayInTheFileAndSaveAsCopiesThem) {
  open(demo_);
  const core::Project& project = *app_->session().project();
  // Not read (no map of the window shows them): a third less to read and to hold.
  EXPECT_EQ(project.layer(core::kSourceCommunesLayer), nullptr);
  EXPECT_EQ(project.deferred_layers(), std::vector<std::string>{core::kSourceCommunesLayer});
  // Saved elsewhere, the copy holds them all the same, feature for feature.
  const std::string copy = (dir_.path / "copie.gpkg").string();
  QSignalSpy saved(&app_->session(), &app::ProjectSession::saved);
  ASSERT_TRUE(app_->session().save_as(QString::fromStdString(copy)));
  app_->session().wait_idle();
  ASSERT_EQ(saved.count(), 1) << failures_.join('\n').toStdString();
  auto original = core::open_project(demo_, core::OpenMode::ReadOnly);
  auto written = core::open_project(copy, core::OpenMode::ReadOnly);
  ASSERT_TRUE(original && written);
  const core::VectorLayer* a = original->layer(core::kSourceCommunesLayer);
  const core::VectorLayer* b = written->layer(core::kSourceCommunesLayer);
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->codes, a->codes);
  EXPECT_EQ(b->geometry.point_count(), a->geometry.point_count());
  EXPECT_EQ(written->layers.size(), original->layers.size());
}

TEST_F(WindowTest, SearchZoomsToAPlaceAndSelectsItsCommunesOnTheMapAndInTheTable) {
  open(demo_);
  // The index of places is built on a worker after opening.
  for (int i = 0; i < 400 && !app_->places(); ++i) QTest::qWait(25);
  ASSERT_NE(app_->places(), nullptr);
  ui::SearchBox* search = app_->window().search_box();
  search->setFocus();
  QTest::keyClicks(search, QStringLiteral("rochelle"));
  ASSERT_FALSE(search->results().empty());
  EXPECT_EQ(search->results().front().code, "17300");
  QTest::keyClick(search, Qt::Key_Return);
  ui::MapCanvas* canvas = app_->window().canvas();
  ASSERT_EQ(canvas->selection_layer(), "communes");
  ASSERT_EQ(canvas->selection().size(), 1u);
  const auto communes = layer("communes");
  EXPECT_EQ(communes->source->codes[canvas->selection().front()], "17300");
  // Zoomed on La Rochelle: its label point is in view, and the view is a few kilometres wide.
  const core::Box view = canvas->visible_extent();
  const core::Point p = communes->source->geometry.label_point(canvas->selection().front());
  EXPECT_TRUE(view.contains(p));
  EXPECT_LT(view.max_x - view.min_x, 50'000);
  // The attribute table lists the same commune selected.
  ui::AttributeTableDock* table = app_->window().attribute_table();
  EXPECT_EQ(table->selection(), canvas->selection());

  // A département by name, regardless of accents and case: its communes selected.
  search->clear();
  QTest::keyClicks(search, QStringLiteral("charente maritime"));
  QTest::keyClick(search, Qt::Key_Return);
  std::size_t in_17 = 0;
  for (const std::string& code : communes->source->codes) in_17 += code.starts_with("17");
  EXPECT_EQ(canvas->selection().size(), in_17);
}

TEST_F(WindowTest, TableRowsSelectedAreSelectedOnTheMapAndCountedByTheStatistics) {
  open(demo_);
  ui::AttributeTableDock* table = app_->window().attribute_table();
  ASSERT_NE(table->model()->layer(), nullptr);
  EXPECT_EQ(table->model()->layer()->source->name, "communes");
  // The planner selects the communes of the Gironde in the table (rows by code).
  const auto communes = layer("communes");
  std::vector<std::string> codes;
  QItemSelection rows;
  for (int r = 0; r < table->filter()->rowCount(); ++r) {
    const std::uint32_t f = table->filter()->feature_at(r);
    if (!communes->source->codes[f].starts_with("33")) continue;
    codes.push_back(communes->source->codes[f]);
    rows.select(table->filter()->index(r, 0), table->filter()->index(r, 0));
  }
  ASSERT_GT(codes.size(), 500u);
  table->view()->selectionModel()->select(
      rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  ui::MapCanvas* canvas = app_->window().canvas();
  EXPECT_EQ(canvas->selection_layer(), "communes");
  EXPECT_EQ(canvas->selection().size(), codes.size());
  // Analysis > Statistics: the dock comes forward, offers the selection and counts its
  // communes as the analytics do.
  app_->window().show();
  app_->window().analysis_menu()->actions().at(0)->trigger();
  ui::StatisticsDock* stats = app_->window().statistics_dock();
  ASSERT_TRUE(stats->isVisible());
  ui::StatisticsScope scope;
  scope.kind = ui::StatisticsScope::Selection;
  scope.communes = codes;
  stats->set_scope(scope);
  ASSERT_TRUE(stats->figures().has_value()) << stats->message().toStdString();
  core::AdoptionOptions options;
  options.by = core::Grouping::Stratum;
  options.strata = core::Strata::compact();
  const auto set =
      std::make_shared<const std::unordered_set<std::string>>(codes.begin(), codes.end());
  options.communes = set;
  const auto expected =
      core::adoption_rates(app_->session().project()->model(), "actes", 2024, options);
  std::size_t counted = 0, expected_count = 0;
  for (const auto& g : stats->figures()->groups) counted += g.communes;
  for (const auto& g : expected) expected_count += g.communes;
  EXPECT_EQ(counted, expected_count);
  EXPECT_EQ(counted, codes.size());
}

TEST_F(WindowTest, RecentProjectsAreKeptLatestFirstAndOpenedFromTheMenu) {
  const std::string other = (dir_.path / "autre.gpkg").string();
  fs::copy_file(demo_, other);
  open(demo_);
  open(other);  // the demo has no unsaved change: it closes without a question
  const QStringList recent = app_->files().recent();
  ASSERT_GE(recent.size(), 2);
  EXPECT_EQ(recent[0], QString::fromStdString(fs::canonical(other).string()));
  EXPECT_EQ(recent[1], QString::fromStdString(fs::canonical(demo_).string()));
  // File > Recent projects > 2 opens the demo again.
  QMenu* menu = nullptr;
  for (QAction* a : app_->window().file_menu()->actions()) {
    if (a->menu() && a->text() == QStringLiteral("Projets &récents")) menu = a->menu();
  }
  ASSERT_NE(menu, nullptr);
  ASSERT_GE(menu->actions().size(), 2);
  EXPECT_TRUE(menu->actions()[1]->text().startsWith(QStringLiteral("&2 demo.gpkg")));
  menu->actions()[1]->trigger();
  app_->session().wait_idle();
  EXPECT_EQ(fs::canonical(app_->session().project()->file()), fs::canonical(demo_));
}

TEST_F(WindowTest, OpeningAnotherProjectAsksAboutUnsavedChangesFirst) {
  open(demo_);
  const std::string table = (dir_.path / "actes.csv").string();
  std::ofstream(table) << "code_insee;actes\n17300;non\n";
  app_->session().import_indicators(QString::fromStdString(table), QStringLiteral("actes"), 2024);
  app_->session().wait_idle();
  ASSERT_TRUE(app_->session().modified());
  const std::string other = (dir_.path / "autre.gpkg").string();
  fs::copy_file(demo_, other);
  close_choice_ = app::CloseChoice::Cancel;  // the planner keeps the changes
  EXPECT_FALSE(app_->files().open_paths({QString::fromStdString(other)}));
  EXPECT_EQ(app_->session().project()->file(), demo_);
  EXPECT_TRUE(app_->session().modified());
  close_choice_ = app::CloseChoice::Discard;
  open(other);
  EXPECT_EQ(app_->session().project()->file(), other);
}

TEST_F(WindowTest, NewBuildsAProjectOfTheTerritoriesAndOpensIt) {
  const std::string path = (dir_.path / "mon-projet").string();
  QSignalSpy created(&app_->files(), &app::ProjectFiles::created);
  QSignalSpy opened(&app_->session(), &app::ProjectSession::opened);
  ASSERT_TRUE(app_->files().new_project(QString::fromStdString(path)));
  ASSERT_TRUE(opened.wait(240'000)) << failures_.join('\n').toStdString();
  app_->session().wait_idle();
  ASSERT_EQ(created.count(), 1);
  const core::Project* project = app_->session().project();
  ASSERT_NE(project, nullptr);
  EXPECT_EQ(project->file(), path + ".gpkg");  // the extension added
  EXPECT_EQ(project->info.title, "mon-projet");
  EXPECT_TRUE(project->model().structures().empty());
  EXPECT_TRUE(project->model().indicators().empty());
  // The same territories as the demo's.
  ASSERT_NE(project->layer("communes"), nullptr);
  ASSERT_NE(project->layer("departements"), nullptr);
  // Nothing covers anything yet: every commune is a white zone, and adoption has no vintage.
  const auto communes = coloured();
  ASSERT_NE(communes, nullptr);
  EXPECT_EQ(
      communes->category_counts.at(0),
      communes->source->feature_count() - communes->outside_cog_count - communes->category_missing);
  EXPECT_EQ(toolbar().vintage_box()->currentData().toInt(), 0);
}

TEST_F(WindowTest, AMapFileDroppedOnTheWindowIsDrawnOverTheProject) {
  open(demo_);
  const std::size_t before = app_->window().canvas()->layers().size();
  const std::string file = kData + "/boundaries/communes/communes-17-charente-maritime.geojson";
  ASSERT_TRUE(fs::exists(file));
  emit app_->window().files_dropped({QString::fromStdString(file)});
  const auto& layers = app_->window().canvas()->layers();
  ASSERT_EQ(layers.size(), before + 1);
  auto read = core::load_layers({file});
  ASSERT_TRUE(read);
  EXPECT_EQ(layers.back()->source->feature_count(), read->front().feature_count());
  // A file that does not exist is said, never a crash.
  emit app_->window().files_dropped({QStringLiteral("/nonexistent/x.geojson")});
  ASSERT_EQ(failures_.size(), 1);
  EXPECT_TRUE(failures_[0].contains(QStringLiteral("/nonexistent/x.geojson")));
}

TEST_F(WindowTest, TheMenusAndTheToolbarSpeakTheLanguageChosen) {
  const auto titles = [this] {
    QStringList out;
    for (QAction* a : app_->window().menuBar()->actions()) out << a->text();
    return out;
  };
  EXPECT_EQ(titles(),
            QStringList({"&Fichier", "É&dition", "&Affichage", "&Carte", "A&nalyse", "&Aide"}));
  EXPECT_EQ(toolbar().usage_box()->accessibleName(), QStringLiteral("Usage"));
  EXPECT_EQ(toolbar().vintage_box()->accessibleName(), QStringLiteral("Millésime"));
  app_.reset();
  ASSERT_TRUE(maps::use_language(maps::Language::English));
  app_ = std::make_unique<app::AppWindow>(kData);
  EXPECT_EQ(titles(), QStringList({"&File", "&Edit", "&View", "&Map", "&Analysis", "&Help"}));
  EXPECT_EQ(toolbar().vintage_box()->accessibleName(), QStringLiteral("Vintage"));
}

}  // namespace
}  // namespace lumiere::test
