// File > "Bring boundaries onto today's COG…" (issue 19): the window's way to what `lumiere
// harmonise` does, on the real 2018 boundaries of Maine-et-Loire; a table de passage that is
// none and an output that is the project open are refused with one message and nothing written.
// The dialog itself is tested in tests/ui/harmonise_dialog_test.cpp; main() is
// project_session_test.cpp's.
#include "app/harmonise_action.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <filesystem>
#include <string>

#include "core/layers/layer_loader.h"
#include "maps/language.h"
#include "maps/message_text.h"
#include "tests/core/test_data.h"
#include "ui/main_window.h"

namespace lumiere::test {
namespace {

using app::HarmoniseAction;

class HarmoniseActionTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(maps::use_language(maps::Language::French));
    action_ = new HarmoniseAction(window_);
    action_->ask_replace = [](const QString&) {
      ADD_FAILURE() << "asked to replace a file";
      return false;
    };
    action_->show_report = [this](const QString& report) { reports_ << report; };
    action_->show_failure = [this](const QString& message) { failures_ << message; };
  }
  void TearDown() override { maps::use_language(maps::Language::English); }

  // Triggers the menu's action with `choice` as the dialog's answer and waits for the end.
  void run(const ui::HarmoniseChoice& choice) {
    action_->ask_choice = [choice] { return std::optional<ui::HarmoniseChoice>(choice); };
    action_->action()->trigger();
    if (action_->running()) {
      QSignalSpy ended(&window_, &QObject::objectNameChanged);  // any spy: the event loop runs
      for (int i = 0; i < 600 && action_->running(); ++i) ended.wait(100);
    }
    ASSERT_FALSE(action_->running());
    QCoreApplication::processEvents();
  }

  TempDir dir_;
  ui::MainWindow window_;
  HarmoniseAction* action_ = nullptr;  // owned by the window
  QStringList reports_;
  QStringList failures_;
};

TEST_F(HarmoniseActionTest, TheFileMenuBringsMaineEtLoireOnTodaysCog) {
  // The action sits in File > Import, named in French.
  EXPECT_TRUE(window_.file_menu()->actions().contains(window_.import_menu()->menuAction()));
  EXPECT_TRUE(window_.import_menu()->actions().contains(action_->action()));
  EXPECT_EQ(action_->action()->text(), QStringLiteral("&Ramener des contours au COG actuel…"));

  const std::string out = dir_.file("anjou.gpkg");
  run({QString::fromStdString(commune_file("49")), {}, {}, {}, QString::fromStdString(out)});
  ASSERT_EQ(failures_.size(), 0) << failures_.join("\n").toStdString();
  ASSERT_EQ(reports_.size(), 1);
  const QString report = reports_.front();
  EXPECT_TRUE(report.contains(QStringLiteral("entités lues : 183"))) << report.toStdString();
  EXPECT_TRUE(report.contains(QStringLiteral("  49126 Orée d'Anjou : 49069 Orée d'Anjou\n")))
      << report.toStdString();
  // The file holds today's communes: Orée d'Anjou once, under today's code.
  core::LoadOptions only_communes;
  only_communes.layer = "communes";
  auto written = core::load_layers({out}, only_communes);
  ASSERT_TRUE(written.ok()) << maps::message_string(written.error());
  const core::VectorLayer& communes = written->front();
  std::size_t oree = 0, former = 0;
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    const std::string& code = communes.codes[f];
    oree += code == "49126";
    former += code == "49069";
  }
  EXPECT_EQ(oree, 1u);
  EXPECT_EQ(former, 0u);
  EXPECT_LT(communes.feature_count(), 183u);
  EXPECT_TRUE(action_->action()->isEnabled());
}

TEST_F(HarmoniseActionTest, ATableThatIsNoTableDePassageIsRefusedAndNothingWritten) {
  const std::string table = dir_.file("budget.csv");
  write_file(table, "Poste;Montant\nLicences;1200\nFormation;800\n");
  const std::string out = dir_.file("anjou.gpkg");
  run({QString::fromStdString(commune_file("49")),
       QString::fromStdString(table),
       {},
       {},
       QString::fromStdString(out)});
  ASSERT_EQ(reports_.size(), 0);
  ASSERT_EQ(failures_.size(), 1);
  EXPECT_TRUE(failures_.front().contains(QStringLiteral("pas deux colonnes de codes communes")))
      << failures_.front().toStdString();
  EXPECT_TRUE(failures_.front().contains(QStringLiteral("choisissez les deux colonnes")))
      << failures_.front().toStdString();
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST_F(HarmoniseActionTest, TheProjectOpenAndTheBoundariesAreNeverWrittenOver) {
  const std::string project = dir_.file("projet.gpkg");
  write_file(project, "the project's bytes");
  action_->open_project = [&project] { return QString::fromStdString(project); };
  run({QString::fromStdString(commune_file("49")), {}, {}, {}, QString::fromStdString(project)});
  ASSERT_EQ(failures_.size(), 1);
  EXPECT_TRUE(failures_.front().contains(QStringLiteral("le projet ouvert dans cette fenêtre")))
      << failures_.front().toStdString();
  EXPECT_EQ(read_file(project), "the project's bytes");

  const QString boundaries = QString::fromStdString(commune_file("49"));
  EXPECT_FALSE(action_->start({boundaries, {}, {}, {}, boundaries}));
  ASSERT_EQ(failures_.size(), 2);
  EXPECT_TRUE(failures_.back().contains(QStringLiteral("un fichier à lire")))
      << failures_.back().toStdString();
  EXPECT_EQ(reports_.size(), 0);
}

TEST_F(HarmoniseActionTest, AFileThatExistsIsReplacedOnlyWhenTheUserSaysSo) {
  const std::string out = dir_.file("anjou.gpkg");
  write_file(out, "a colleague's file");
  QStringList asked;
  bool replace = false;
  action_->ask_replace = [&](const QString& path) {
    asked << path;
    return replace;
  };
  const ui::HarmoniseChoice choice{
      QString::fromStdString(commune_file("49")), {}, {}, {}, QString::fromStdString(out)};
  run(choice);
  EXPECT_EQ(asked, QStringList{QString::fromStdString(out)});
  EXPECT_EQ(read_file(out), "a colleague's file");
  EXPECT_EQ(reports_.size(), 0);
  EXPECT_EQ(failures_.size(), 0);

  replace = true;
  run(choice);
  EXPECT_EQ(asked.size(), 2);
  ASSERT_EQ(reports_.size(), 1) << failures_.join("\n").toStdString();
  EXPECT_NE(read_file(out), "a colleague's file");
}

TEST_F(HarmoniseActionTest, English) {
  ASSERT_TRUE(maps::use_language(maps::Language::English));
  HarmoniseAction english(window_);
  EXPECT_EQ(english.action()->text(), QStringLiteral("&Bring boundaries onto today's COG…"));
  QStringList failures;
  english.show_failure = [&failures](const QString& m) { failures << m; };
  EXPECT_FALSE(english.start({QStringLiteral("a.geojson"), {}, {}, {}, {}}));
  ASSERT_EQ(failures.size(), 1);
  EXPECT_EQ(failures.front(), QStringLiteral("Give the file of boundaries and the file to write."));
}

}  // namespace
}  // namespace lumiere::test
