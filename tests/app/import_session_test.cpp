// The window's imports given what the import dialog chose (issue 18): the sheet of a workbook
// and the row of the header reach core's import (core::TableOptions), on a real project (the
// communes of Charente-Maritime over the real COG). The dialog itself is tested in
// tests/ui/import_dialog_test.cpp; main() is project_session_test.cpp's.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <string>

#include "app/project_session.h"
#include "core/layers/layer_loader.h"
#include "core/project/project.h"
#include "maps/message_text.h"
#include "tests/core/test_data.h"
#include "ui/main_window.h"

namespace lumiere::test {
namespace {

using app::ProjectSession;

class ImportSessionTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << maps::message_string(cog_registry().error());
    core::Project project(*cog_registry());
    auto layers = core::load_layers({commune_file("17")});
    ASSERT_TRUE(layers.ok()) << maps::message_string(layers.error());
    project.layers.push_back(std::move(layers->front()));
    project_ = dir_.file("projet.gpkg");
    const core::Status st = core::save_project(project, project_);
    ASSERT_TRUE(st.ok()) << maps::message_string(st.error());
    session_.ask_column = [](const QStringList&) {
      ADD_FAILURE() << "column asked";
      return QString();
    };
    QObject::connect(&session_, &ProjectSession::failed,
                     [this](const QString& m) { failures_.push_back(m); });
    session_.open(QString::fromStdString(project_));
    session_.wait_idle();
    ASSERT_NE(session_.project(), nullptr) << last_failure();
  }
  std::string last_failure() const {
    return failures_.empty() ? std::string() : failures_.back().toStdString();
  }
  const core::IndicatorValue* value(const std::string& code) const {
    return session_.project()->model().indicator(code, "actes", 2024);
  }
  std::size_t values() const { return session_.project()->model().indicators().size(); }

  TempDir dir_;
  std::string project_;
  ui::MainWindow window_;
  ProjectSession session_{window_};
  std::vector<QString> failures_;
};

// A planner's export: a source line and a blank line above the header (row 3).
std::string survey_csv(const TempDir& dir) {
  const std::string path = dir.file("enquete.csv");
  write_file(path,
             "Source : enquête du syndicat (décembre 2024);;;\n"
             ";;;\n"
             "Code INSEE;Commune;Télétransmission Actes;Agents formés\n"
             "17300;La Rochelle;oui;12\n"
             "17299;Rochefort;non;3\n"
             "17306;Royan;oui;4\n"
             "17415;Saintes;x;\n");
  return path;
}

TEST_F(ImportSessionTest, IndicatorsReadFromTheHeaderRowGiven) {
  const QString table = QString::fromStdString(survey_csv(dir_));
  QSignalSpy imported(&session_, &ProjectSession::imported);
  session_.import_indicators(table, "actes", 2024, QStringLiteral("Télétransmission Actes"),
                             core::TableOptions{"", 3});
  session_.wait_idle();
  ASSERT_EQ(imported.count(), 1) << last_failure();
  EXPECT_EQ(values(), 4u);
  ASSERT_NE(value("17299"), nullptr);
  EXPECT_EQ(value("17299")->adopted, false);
  ASSERT_NE(value("17415"), nullptr);
  EXPECT_EQ(value("17415")->adopted, true);
  const QString report = imported[0][0].toString();
  EXPECT_TRUE(report.contains(QStringLiteral("4 values"))) << report.toStdString();
  session_.undo();
  session_.wait_idle();
  EXPECT_EQ(values(), 0u);

  // Row 4 given as the header: La Rochelle's row names the columns, so its value is not read.
  session_.import_indicators(table, "actes", 2024, QStringLiteral("oui"),
                             core::TableOptions{"", 4});
  session_.wait_idle();
  ASSERT_EQ(imported.count(), 2) << last_failure();
  EXPECT_EQ(value("17300"), nullptr);
  ASSERT_NE(value("17299"), nullptr);
  EXPECT_EQ(values(), 3u);
}

// No header row given: the window finds it as the command line does, and its report says how the
// table was read (the header below the title rows) as the command line's does.
TEST_F(ImportSessionTest, ReportSaysWhereTheHeaderWasFound) {
  const QString table = QString::fromStdString(survey_csv(dir_));
  QSignalSpy imported(&session_, &ProjectSession::imported);
  session_.import_indicators(table, "actes", 2024);
  session_.wait_idle();
  ASSERT_EQ(imported.count(), 1) << last_failure();
  EXPECT_EQ(values(), 4u);
  const QString report = imported[0][0].toString();
  EXPECT_TRUE(
      report.contains(QStringLiteral("Table read: header found on line 3, 2 lines above "
                                     "skipped")))
      << report.toStdString();
}

TEST_F(ImportSessionTest, IndicatorsAndStructuresReadFromTheSheetGiven) {
  const std::string notes = dir_.file("notes.csv");
  write_file(notes, "remarque,auteur\nÀ relire avant l'envoi,Service SIG\n");
  const std::string actes = dir_.file("actes.csv");
  write_file(actes, "code,actes\n17300,oui\n17299,non\n17306,oui\n");
  const std::string structures = dir_.file("structures.csv");
  write_file(structures,
             "id,structure,type,membre,usages\n"
             "smi_17,Syndicat test,Syndicat mixte,17300,actes\n"
             "smi_17,Syndicat test,Syndicat mixte,17299,actes\n");
  const std::string book = dir_.file("classeur.xlsx");
  ASSERT_EQ(translate(notes, book, {"-f", "XLSX", "-nln", "Notes"}), "");
  ASSERT_EQ(translate(actes, book, {"-update", "-nln", "Actes 2024"}), "");
  ASSERT_EQ(translate(structures, book, {"-update", "-nln", "Structures"}), "");
  const QString path = QString::fromStdString(book);
  QSignalSpy imported(&session_, &ProjectSession::imported);

  // The first sheet (notes) has no codes: nothing is imported, and the user is told.
  session_.import_indicators(path, "actes", 2024);
  session_.wait_idle();
  EXPECT_EQ(imported.count(), 0);
  ASSERT_EQ(failures_.size(), 1u);
  EXPECT_EQ(values(), 0u);

  session_.import_indicators(path, "actes", 2024, QString(), core::TableOptions{"Actes 2024", 0});
  session_.wait_idle();
  ASSERT_EQ(imported.count(), 1) << last_failure();
  EXPECT_TRUE(
      imported[0][0].toString().contains(QStringLiteral("sheet \"Actes 2024\" (of 3 sheets)")))
      << imported[0][0].toString().toStdString();
  EXPECT_EQ(values(), 3u);
  ASSERT_NE(value("17299"), nullptr);
  EXPECT_EQ(value("17299")->adopted, false);

  // By its number from 1, as --sheet takes it.
  session_.import_structures(path, core::TableOptions{"3", 1});
  session_.wait_idle();
  ASSERT_EQ(imported.count(), 2) << last_failure();
  EXPECT_EQ(session_.project()->model().structures().size(), 1u);
  EXPECT_EQ(session_.project()->model().memberships().size(), 2u);
  EXPECT_EQ(failures_.size(), 1u) << last_failure();
}

}  // namespace
}  // namespace lumiere::test
