// The identify panel on the demo project (Charente-Maritime and Deux-Sèvres), driven as a user
// would: a click on La Rochelle lists the commune and its département, each figure once, with its
// label and unit in French and in English, nothing from the hidden layer; when the layers are
// replaced (an import) the panel lists the new values at the same point.
#include <gtest/gtest.h>

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <filesystem>
#include <memory>

#include "../core/test_data.h"
#include "core/model/model_commands.h"
#include "core/project/demo_project.h"
#include "maps/language.h"
#include "maps/message_text.h"
#include "maps/project_layers.h"
#include "ui/field_labels.h"
#include "ui/identify_dock.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui_test_support.h"

namespace {

namespace fs = std::filesystem;
using lumiere::maps::StyledLayer;
using Layers = std::vector<std::shared_ptr<const StyledLayer>>;

// The demo built from two départements of the sample data, once per process.
lumiere::core::Project* demo() {
  static lumiere::core::Project* project = [] {
    static lumiere::test::TempDir dir;
    const auto communes = dir.path() / "boundaries" / "communes";
    fs::create_directories(communes);
    for (const char* d : {"17", "79"}) {
      const fs::path file = lumiere::test::commune_file(d);
      fs::create_symlink(file, communes / file.filename());
    }
    fs::create_symlink(lumiere::test::departements_file(),
                       dir.path() / "boundaries" / "departements-avec-outre-mer.geojson");
    fs::create_directory_symlink(lumiere::test::cog_dir(), dir.path() / "cog");
    auto built = lumiere::core::build_demo_project(dir.path().string());
    if (!built) {
      ADD_FAILURE() << lumiere::maps::message_string(built.error());
      return static_cast<lumiere::core::Project*>(nullptr);
    }
    return new lumiere::core::Project(std::move(*built));
  }();
  return project;
}

// The project's layers as the window shows them (app/project_session's display_layers): the
// model's columns of every usage on a copy of the communes, styled as the project's first map.
Layers window_layers(const lumiere::core::Project& project) {
  std::vector<std::shared_ptr<const lumiere::core::VectorLayer>> sources;
  for (const lumiere::core::VectorLayer& layer : project.layers) {
    auto copy = std::make_shared<lumiere::core::VectorLayer>(layer);
    if (layer.name == "communes") lumiere::maps::add_model_attributes(*copy, project.model());
    sources.push_back(std::move(copy));
  }
  auto layers = lumiere::maps::map_layers(lumiere::maps::first_map(project), sources, true);
  if (!layers) {
    ADD_FAILURE() << lumiere::maps::message_string(layers.error());
    return {};
  }
  return *layers;
}

// The panel as "group/label=value" lines, and the groups as "kind=name".
struct Panel {
  QStringList groups;
  QStringList lines;
  QString find(const QString& group, const QString& label) const {
    const QString prefix = group + "/" + label + "=";
    for (const QString& l : lines)
      if (l.startsWith(prefix)) return l.mid(prefix.size());
    return {};
  }
  std::string text() const { return (groups + lines).join("\n").toStdString(); }
};

// The lines are the leaves, named by their path below the group ("Actes/Adoption 2024").
void read_lines(const QTreeWidgetItem* item, const QString& path, QStringList& lines) {
  for (int j = 0; j < item->childCount(); ++j) {
    const QTreeWidgetItem* child = item->child(j);
    if (child->childCount() > 0) {
      read_lines(child, path + child->text(0) + "/", lines);
    } else {
      lines << path + child->text(0) + "=" + child->text(1);
    }
  }
}

Panel read(const lumiere::ui::IdentifyDock& dock) {
  Panel panel;
  const QTreeWidget* tree = dock.tree();
  for (int i = 0; i < tree->topLevelItemCount(); ++i) {
    const QTreeWidgetItem* group = tree->topLevelItem(i);
    panel.groups << group->text(0) + "=" + group->text(1);
    read_lines(group, group->text(1) + "/", panel.lines);
  }
  return panel;
}

class IdentifyTest : public lumiere::test::DataTest {
 protected:
  void SetUp() override {
    lumiere::test::DataTest::SetUp();
    ASSERT_NE(demo(), nullptr);
  }
  void TearDown() override { lumiere::maps::use_language(lumiere::maps::Language::English); }

  // Shows the layers, then clicks in the middle of La Rochelle on the canvas.
  void click_la_rochelle(lumiere::ui::MainWindow& window, const Layers& layers) {
    window.show_layers(layers);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const lumiere::core::VectorLayer& communes = *layers_named(layers, "communes");
    const auto f = communes.find("17300");
    ASSERT_TRUE(f);
    lumiere::ui::MapCanvas* canvas = window.canvas();
    canvas->set_view(communes.geometry.label_point(*f), 20);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->rect().center());
  }
  static const lumiere::core::VectorLayer* layers_named(const Layers& layers, const char* name) {
    for (const auto& l : layers)
      if (l->source->name == name) return l->source.get();
    return nullptr;
  }
};

// What both languages must show on La Rochelle: the commune, then its département, and nothing
// else (the boundaries before the mergers are hidden); no label twice in a group, the département
// not repeated on the commune, the coverage and adoption of each usage on one line each.
void expect_la_rochelle(const Panel& panel, const QString& commune_kind,
                        const QString& departement_kind) {
  ASSERT_EQ(panel.groups.size(), 2) << panel.text();
  EXPECT_EQ(panel.groups[0], commune_kind + "=La Rochelle") << panel.text();
  EXPECT_EQ(panel.groups[1], departement_kind + "=Charente-Maritime") << panel.text();
  EXPECT_EQ(panel.find("La Rochelle", "Code"), "17300");
  EXPECT_EQ(panel.find("Charente-Maritime", "Code"), "17");
  QStringList labels;
  for (const QString& line : panel.lines) {
    const QString label = line.section('=', 0, 0);
    EXPECT_FALSE(labels.contains(label)) << "twice: " << label.toStdString() << "\n"
                                         << panel.text();
    labels << label;
    // Nothing from the columns as the layers name them.
    EXPECT_FALSE(label.contains("area_km2") || label.contains(" : structures") ||
                 label.contains(" : couverture") || label.contains(" : adopt"))
        << panel.text();
    // The département is listed under the point: not named again on the commune.
    if (line.startsWith("La Rochelle/")) {
      EXPECT_FALSE(line.contains("Charente-Maritime")) << panel.text();
      EXPECT_FALSE(line.section('=', 1) == "17") << panel.text();
    }
  }
  // Eight usages, one coverage line and one adoption line each.
  EXPECT_EQ(panel.lines.filter(QRegularExpression("^La Rochelle/Actes/")).size(), 2)
      << panel.text();
  EXPECT_EQ(panel.lines.filter(QRegularExpression("^La Rochelle/[^/=]+/")).size(), 16)
      << panel.text();
}

TEST_F(IdentifyTest, LaRochelleInFrench) {
  ASSERT_TRUE(lumiere::maps::use_language(lumiere::maps::Language::French));
  lumiere::ui::MainWindow window;
  const Layers layers = window_layers(*demo());
  ASSERT_NO_FATAL_FAILURE(click_la_rochelle(window, layers));
  const Panel panel = read(*window.identify_dock());
  expect_la_rochelle(panel, "Commune", "Département");
  const QString nnbsp(QChar(0x202F)), nbsp(QChar(0x00A0));
  // Figures with their units, French formatted ("75 000 hab.", "12,3 km²").
  const QRegularExpression population("^\\d{2}" + nnbsp + "\\d{3}" + nbsp + "hab\\.$");
  EXPECT_TRUE(population.match(panel.find("La Rochelle", "Population")).hasMatch()) << panel.text();
  EXPECT_TRUE(QRegularExpression("^\\d+,\\d" + nbsp + "km²$")
                  .match(panel.find("La Rochelle", "Superficie"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^\\d" + nnbsp + "\\d{3}" + nbsp + "hab\\./km²$")
                  .match(panel.find("La Rochelle", "Densité"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^\\d{3}" + nnbsp + "\\d{3}" + nbsp + "hab\\.$")
                  .match(panel.find("Charente-Maritime", "Population"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^(oui|non)$")
                  .match(panel.find("La Rochelle", "Actes/Adoption 2024"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^(aucune \\(zone blanche\\)|1 structure|\\d structures)$")
                  .match(panel.find("La Rochelle", "Actes/Couverture"))
                  .hasMatch())
      << panel.text();
  EXPECT_EQ(window.identify_dock()->summary(), "La Rochelle, Charente-Maritime");

  // A screenshot of the window to look at, under the build tree.
  QSignalSpy ready(window.canvas(), &lumiere::ui::MapCanvas::frame_ready);
  for (int i = 0; i < 20 && (window.canvas()->busy() || ready.count() == 0); ++i) ready.wait(10000);
  QTest::qWait(500);
  QDir().mkpath(QStringLiteral(LUMIERE_UI_SHOT_DIR));
  EXPECT_TRUE(window.grab().save(QStringLiteral(LUMIERE_UI_SHOT_DIR "/identify_fr.png")));
}

TEST_F(IdentifyTest, LaRochelleInEnglish) {
  ASSERT_TRUE(lumiere::maps::use_language(lumiere::maps::Language::English));
  lumiere::ui::MainWindow window;
  const Layers layers = window_layers(*demo());
  ASSERT_NO_FATAL_FAILURE(click_la_rochelle(window, layers));
  const Panel panel = read(*window.identify_dock());
  expect_la_rochelle(panel, "Commune", "Department");
  EXPECT_TRUE(QRegularExpression("^\\d{2},\\d{3}\u00a0inhab\\.$")
                  .match(panel.find("La Rochelle", "Population"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^\\d+\\.\\d\u00a0km²$")
                  .match(panel.find("La Rochelle", "Area"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^\\d,\\d{3}\u00a0inhab\\./km²$")
                  .match(panel.find("La Rochelle", "Density"))
                  .hasMatch())
      << panel.text();
  EXPECT_TRUE(QRegularExpression("^(yes|no)$")
                  .match(panel.find("La Rochelle", "Actes/Adoption 2024"))
                  .hasMatch())
      << panel.text();
}

TEST_F(IdentifyTest, TheHiddenLayerIsListedOnlyOnceShown) {
  lumiere::ui::MainWindow window;
  Layers layers = window_layers(*demo());
  ASSERT_NO_FATAL_FAILURE(click_la_rochelle(window, layers));
  EXPECT_EQ(read(*window.identify_dock()).groups.size(), 2);
  // The boundaries before the mergers, shown: the panel lists them at the same point.
  for (auto& l : layers) {
    if (l->visible) continue;
    auto shown = std::make_shared<StyledLayer>(*l);
    shown->visible = true;
    l = shown;
  }
  window.show_layers(layers);
  const Panel panel = read(*window.identify_dock());
  EXPECT_EQ(panel.groups.size(), 3) << panel.text();
}

TEST_F(IdentifyTest, AfterAnImportThePanelShowsTheNewValues) {
  lumiere::core::Project& project = *demo();
  lumiere::ui::MainWindow window;
  ASSERT_NO_FATAL_FAILURE(click_la_rochelle(window, window_layers(project)));
  const QString before = read(*window.identify_dock()).find("La Rochelle", "Actes/Adoption 2024");
  ASSERT_TRUE(before == "yes" || before == "no") << read(*window.identify_dock()).text();

  // An import turns the value over; the window is given the new layers, as the session does.
  const lumiere::core::IndicatorValue* old = project.model().indicator("17300", "actes", 2024);
  ASSERT_NE(old, nullptr);
  lumiere::core::IndicatorValue changed = *old;
  changed.adopted = !old->adopted.value_or(false);
  changed.level.reset();
  lumiere::core::SetIndicatorValues import({changed});
  ASSERT_TRUE(import.apply(project.model()));
  window.show_layers(window_layers(project));
  const Panel after = read(*window.identify_dock());
  EXPECT_EQ(after.find("La Rochelle", "Actes/Adoption 2024"), before == "yes" ? "no" : "yes")
      << after.text();
  EXPECT_EQ(after.groups.size(), 2);
  import.revert(project.model());

  // Layers where nothing lies at the point: the panel says so, with no value left.
  window.show_layers({lumiere::test::styled_departements()});
  EXPECT_EQ(read(*window.identify_dock()).groups.size(), 1);  // Charente-Maritime, still there
  lumiere::ui::MainWindow other;
  other.show_layers({lumiere::test::styled_departements()});
  other.identify_at({-5000000, 0});
  EXPECT_EQ(other.identify_dock()->tree()->topLevelItemCount(), 0);
  EXPECT_FALSE(other.identify_dock()->summary().isEmpty());
}

TEST_F(IdentifyTest, TheCentreOfTheMapFromTheKeyboard) {
  lumiere::ui::MainWindow window;
  const Layers layers = window_layers(*demo());
  window.show_layers(layers);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  const lumiere::core::VectorLayer& communes = *layers_named(layers, "communes");
  window.canvas()->set_view(communes.geometry.label_point(*communes.find("17300")), 20);
  window.activateWindow();
  QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
  const Panel panel = read(*window.identify_dock());
  ASSERT_EQ(panel.groups.size(), 2) << panel.text();
  EXPECT_EQ(panel.groups[0], "Commune=La Rochelle");
  EXPECT_FALSE(window.identify_dock()->tree()->accessibleName().isEmpty());
}

TEST_F(IdentifyTest, TheDepartmentAloneNamesItsFigures) {
  const auto deps = lumiere::test::styled_departements();
  ASSERT_TRUE(deps);
  lumiere::ui::IdentifyDock dock;
  const auto f = deps->source->find("17");
  ASSERT_TRUE(f);
  dock.identify({deps}, deps->source->geometry.label_point(*f));
  const Panel panel = read(dock);
  ASSERT_EQ(panel.groups.size(), 1) << panel.text();
  EXPECT_EQ(panel.groups[0], "Department=Charente-Maritime");
  EXPECT_EQ(panel.find("Charente-Maritime", "Code"), "17");
  // The population of the département, summed from the COG's communes, with its unit.
  EXPECT_TRUE(panel.find("Charente-Maritime", "Population").endsWith("\u00a0inhab."))
      << panel.text();
}

TEST(IdentifyFields, TheModelColumnsAreRecognised) {
  using lumiere::ui::FieldKind;
  lumiere::core::Usage actes;
  actes.id = "actes";
  actes.label = "Actes — contrôle de légalité dématérialisé";
  const auto kind = [](const std::string& column) { return lumiere::ui::field_of(column).kind; };
  EXPECT_EQ(kind(lumiere::maps::structures_column(actes)), FieldKind::UsageStructures);
  EXPECT_EQ(kind(lumiere::maps::coverage_column(actes)), FieldKind::UsageCoverage);
  EXPECT_EQ(kind(lumiere::maps::adoption_column(actes, 2024)), FieldKind::UsageAdoption);
  EXPECT_EQ(kind(lumiere::maps::adoption_text_column(actes, 2024)), FieldKind::UsageAdopted);
  const auto adoption = lumiere::ui::field_of(lumiere::maps::adoption_column(actes, 2024));
  EXPECT_EQ(adoption.usage, actes.label);
  EXPECT_EQ(adoption.vintage, 2024);
  EXPECT_TRUE(lumiere::ui::same_fact(
      adoption, lumiere::ui::field_of(lumiere::maps::adoption_text_column(actes, 2024))));
  EXPECT_FALSE(lumiere::ui::same_fact(
      adoption, lumiere::ui::field_of(lumiere::maps::coverage_column(actes))));
  EXPECT_EQ(lumiere::ui::field_label(adoption), "Adoption 2024");
  EXPECT_EQ(lumiere::ui::usage_title(adoption), "Actes");
  EXPECT_EQ(lumiere::ui::field_value(adoption, 0.456), "46%");
  EXPECT_EQ(kind("nom_usuel"), FieldKind::Other);
}

}  // namespace
