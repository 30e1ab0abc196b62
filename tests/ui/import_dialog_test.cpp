// The import dialog (issue 18), offscreen, on tables as planners send them: a CSV with two title
// rows above its header (real COG codes), an .xlsx of two sheets written by GDAL, files it cannot
// read. The preview shows the rows as they are with the spreadsheet's row numbers, the header row
// in bold; changing the sheet or the header row reads it again; every control can be reached by
// the keyboard and has a name a screen reader says. Widgets are reached by their object names.
#include "ui/import_dialog.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "core/model/model.h"
#include "tests/core/test_data.h"
#include "ui_test_support.h"

namespace lumiere::test {
namespace {

using ui::ImportDialog;

// Waits (the event loop running) until the dialog's preview is read.
::testing::AssertionResult wait_read(const ImportDialog& dialog) {
  QElapsedTimer timer;
  timer.start();
  while (dialog.reading() && timer.elapsed() < 30000) QTest::qWait(5);
  if (dialog.reading()) return ::testing::AssertionFailure() << "the preview is still read";
  return ::testing::AssertionSuccess();
}

QPushButton* ok_button(const QWidget& dialog) {
  return child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Ok);
}

QStringList items(const QComboBox* box) {
  QStringList out;
  for (int i = 0; i < box->count(); ++i) out << box->itemText(i);
  return out;
}

// The preview's rows: the number in the vertical header, then each cell.
QStringList row_numbers(const QTableWidget* table) {
  QStringList out;
  for (int r = 0; r < table->rowCount(); ++r) out << table->verticalHeaderItem(r)->text();
  return out;
}

int row_of(const QTableWidget* table, int number) {
  return static_cast<int>(row_numbers(table).indexOf(QString::number(number)));
}

QString shot_dir() {
  const QString dir = QStringLiteral(LUMIERE_UI_SHOT_DIR);
  QDir().mkpath(dir);
  return dir;
}

class ImportDialogTest : public DataTest {
 protected:
  // A planner's export: a source line and a blank line above the header, `;`, real codes of
  // Charente-Maritime (La Rochelle, Rochefort, Royan, Saintes), the usage named by a header.
  std::string survey_csv() {
    const std::string path = dir_.file("enquete.csv");
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
  TempDir dir_;
};

TEST_F(ImportDialogTest, TitleRowsAboveTheHeaderArePreviewedAndTheHeaderFound) {
  ImportDialog dialog(QString::fromStdString(survey_csv()), core::default_usages(), 2024);
  dialog.show();
  ASSERT_TRUE(wait_read(dialog));
  ASSERT_TRUE(dialog.layout());
  EXPECT_EQ(dialog.layout()->header_row, 3);
  EXPECT_EQ(child<QSpinBox>(dialog, "header_row")->value(), 3);
  // A text file has no sheet to choose.
  EXPECT_TRUE(child<QComboBox>(dialog, "sheet")->isHidden());
  EXPECT_FALSE(child<QLabel>(dialog, "preview_error")->isVisibleTo(&dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  EXPECT_NE(child<QLabel>(dialog, "file")->text().indexOf(QStringLiteral("enquete.csv")), -1);

  // The rows as they are, numbered as the spreadsheet numbers them (the blank row 2 shown empty
  // or left out, its number skipped).
  auto* table = child<QTableWidget>(dialog, "preview");
  ASSERT_FALSE(table->isHidden());
  QStringList numbers = row_numbers(table);
  numbers.removeAll(QStringLiteral("2"));
  EXPECT_EQ(numbers, QStringList({"1", "3", "4", "5", "6", "7"}));
  EXPECT_EQ(table->item(0, 0)->text(),
            QStringLiteral("Source : enquête du syndicat (décembre 2024)"));
  const int header = row_of(table, 3);
  ASSERT_GE(header, 0);
  EXPECT_EQ(table->item(header, 0)->text(), QStringLiteral("Code INSEE"));
  EXPECT_EQ(table->item(row_of(table, 4), 0)->text(), QStringLiteral("17300"));
  EXPECT_EQ(table->item(row_of(table, 7), 1)->text(), QStringLiteral("Saintes"));
  // The header in bold, the title row above it greyed, the data rows as they are.
  EXPECT_TRUE(table->item(header, 2)->font().bold());
  EXPECT_TRUE(table->verticalHeaderItem(header)->font().bold());
  EXPECT_FALSE(table->item(row_of(table, 4), 0)->font().bold());
  const QColor grey = table->item(0, 0)->foreground().color();
  EXPECT_NE(grey, table->item(row_of(table, 4), 0)->foreground().color());
  EXPECT_FALSE(table->item(0, 0)->font().bold());
  // Columns named as the spreadsheet names them.
  EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("A"));
  EXPECT_EQ(table->horizontalHeaderItem(3)->text(), QStringLiteral("D"));
  // Read-only.
  EXPECT_EQ(table->editTriggers(), QAbstractItemView::NoEditTriggers);

  // The value columns are the header's cells but the code column; the one naming the usage
  // (Actes) is preselected.
  auto* column = child<QComboBox>(dialog, "value_column");
  const QStringList at_row_3 = items(column);
  ASSERT_EQ(at_row_3.size(), 4) << at_row_3.join(" | ").toStdString();
  EXPECT_EQ(at_row_3.mid(1), QStringList({"Commune", QStringLiteral("Télétransmission Actes"),
                                          QStringLiteral("Agents formés")}));
  EXPECT_EQ(column->currentData().toString(), QStringLiteral("Télétransmission Actes"));
  // A usage no header names: automatic.
  auto* usage = child<QComboBox>(dialog, "usage");
  usage->setCurrentIndex(usage->findData(QStringLiteral("marches")));
  EXPECT_EQ(column->currentIndex(), 0);
  EXPECT_TRUE(column->currentData().toString().isEmpty());
  usage->setCurrentIndex(usage->findData(QStringLiteral("actes")));
  EXPECT_EQ(column->currentData().toString(), QStringLiteral("Télétransmission Actes"));

  // What the import receives: the header found (0), the usage, the year, the column.
  ui::ImportChoice choice = dialog.choice();
  EXPECT_EQ(choice.table.header_row, 0);
  EXPECT_TRUE(choice.table.sheet.empty());
  EXPECT_EQ(choice.usage, QStringLiteral("actes"));
  EXPECT_EQ(choice.vintage, 2024);
  EXPECT_EQ(choice.value_column, QStringLiteral("Télétransmission Actes"));
  EXPECT_TRUE(dialog.grab().save(shot_dir() + QStringLiteral("/import_dialog_indicators.png")));

  // Another header row, from the keyboard: the preview and the value columns follow it.
  auto* row = child<QSpinBox>(dialog, "header_row");
  row->setFocus();
  QTest::keyClick(row, Qt::Key_Down);
  QTest::keyClick(row, Qt::Key_Down);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_EQ(dialog.layout()->header_row, 1);
  EXPECT_EQ(row->value(), 1);
  EXPECT_TRUE(table->item(0, 0)->font().bold());
  EXPECT_FALSE(table->item(row_of(table, 3), 0)->font().bold());
  const QStringList at_row_1 = items(column);
  EXPECT_NE(at_row_1, at_row_3);
  EXPECT_EQ(at_row_1.mid(1),
            QStringList({QStringLiteral("Source : enquête du syndicat (décembre 2024)")}));
  EXPECT_EQ(dialog.choice().table.header_row, 1);
  // Back to row 3: its columns again, the usage's preselected.
  row->setValue(3);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_EQ(items(column), at_row_3);
  EXPECT_EQ(column->currentData().toString(), QStringLiteral("Télétransmission Actes"));
  EXPECT_EQ(dialog.choice().table.header_row, 3);
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  // Return in the field imports.
  QTest::keyClick(row, Qt::Key_Return);
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(ImportDialogTest, ChosenValueColumnIsKeptWhileItIsInTheHeader) {
  ImportDialog dialog(QString::fromStdString(survey_csv()), core::default_usages(), 2024);
  ASSERT_TRUE(wait_read(dialog));
  auto* column = child<QComboBox>(dialog, "value_column");
  column->setFocus();
  QTest::keyClick(column, Qt::Key_Down);  // the user's choice: "Agents formés"
  ASSERT_EQ(column->currentData().toString(), QStringLiteral("Agents formés"));
  // Another usage does not undo the user's choice.
  auto* usage = child<QComboBox>(dialog, "usage");
  usage->setCurrentIndex(usage->findData(QStringLiteral("pes")));
  EXPECT_EQ(dialog.choice().value_column, QStringLiteral("Agents formés"));
  EXPECT_EQ(dialog.choice().usage, QStringLiteral("pes"));
}

TEST_F(ImportDialogTest, SpreadsheetSheetsAreListedAndEachIsRead) {
  const std::string indicators = dir_.file("indicateurs.csv");
  write_file(indicators, "code,actes\n17300,oui\n17299,non\n17306,oui\n");
  const std::string structures = dir_.file("structures.csv");
  write_file(structures, "id,structure,type,membre\nsmi_17,Syndicat test,Syndicat mixte,17300\n");
  const std::string book = dir_.file("classeur.xlsx");
  ASSERT_EQ(translate(indicators, book, {"-f", "XLSX", "-nln", "Indicateurs"}), "");
  ASSERT_EQ(translate(structures, book, {"-update", "-nln", "Structures"}), "");

  ImportDialog dialog(QString::fromStdString(book), core::default_usages(), 2024);
  dialog.show();
  ASSERT_TRUE(wait_read(dialog));
  ASSERT_TRUE(dialog.layout());
  auto* sheet = child<QComboBox>(dialog, "sheet");
  EXPECT_FALSE(sheet->isHidden());
  EXPECT_TRUE(sheet->isEnabled());
  EXPECT_EQ(items(sheet), QStringList({"Indicateurs", "Structures"}));
  EXPECT_EQ(sheet->currentText(), QStringLiteral("Indicateurs"));
  auto* table = child<QTableWidget>(dialog, "preview");
  ASSERT_EQ(table->rowCount(), 4);
  EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("actes"));
  EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("17300"));
  auto* column = child<QComboBox>(dialog, "value_column");
  EXPECT_EQ(items(column).mid(1), QStringList({"actes"}));
  EXPECT_EQ(column->currentData().toString(), QStringLiteral("actes"));
  EXPECT_EQ(dialog.choice().table.sheet, "Indicateurs");
  EXPECT_TRUE(dialog.grab().save(shot_dir() + QStringLiteral("/import_dialog_xlsx.png")));

  // The second sheet, from the keyboard: read again.
  sheet->setFocus();
  QTest::keyClick(sheet, Qt::Key_Down);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_EQ(dialog.layout()->sheet, "Structures");
  EXPECT_EQ(sheet->currentText(), QStringLiteral("Structures"));
  EXPECT_EQ(items(sheet), QStringList({"Indicateurs", "Structures"}));
  ASSERT_EQ(table->rowCount(), 2);
  EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("structure"));
  EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("17300"));
  EXPECT_EQ(items(column).mid(1), QStringList({"id", "structure", "type", "membre"}));
  EXPECT_EQ(column->currentIndex(), 0);
  EXPECT_EQ(dialog.choice().table.sheet, "Structures");
  EXPECT_EQ(dialog.choice().table.header_row, 0);
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
}

TEST_F(ImportDialogTest, UnreadableFileSaysWhyAndOkStaysDisabled) {
  const std::string broken = dir_.file("casse.xlsx");
  write_file(broken, "PK\x03\x04 not really a zip");
  const std::string missing = dir_.file("absent.csv");
  for (const std::string& path : {broken, missing}) {
    ImportDialog dialog(QString::fromStdString(path));
    dialog.show();
    ASSERT_TRUE(wait_read(dialog));
    EXPECT_FALSE(dialog.layout());
    auto* error = child<QLabel>(dialog, "preview_error");
    EXPECT_TRUE(error->isVisibleTo(&dialog)) << path;
    const QString name = QFileInfo(QString::fromStdString(path)).fileName();
    EXPECT_NE(error->text().indexOf(name), -1) << error->text().toStdString();
    EXPECT_TRUE(child<QTableWidget>(dialog, "preview")->isHidden());
    EXPECT_FALSE(ok_button(dialog)->isEnabled());
    EXPECT_FALSE(child<QSpinBox>(dialog, "header_row")->isEnabled());
    if (path == broken) {
      EXPECT_TRUE(dialog.grab().save(shot_dir() + QStringLiteral("/import_dialog_error.png")));
    }
  }
}

TEST_F(ImportDialogTest, HeaderRowIsChosenAmongTheRowsShown) {
  const std::string path = dir_.file("court.csv");
  write_file(path, "code;actes\n17300;oui\n");
  ImportDialog dialog(QString::fromStdString(path), core::default_usages(), 2024);
  ASSERT_TRUE(wait_read(dialog));
  auto* row = child<QSpinBox>(dialog, "header_row");
  EXPECT_EQ(row->maximum(), 2);
  row->setValue(2);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());  // a header with no row under it still reads
  row->setValue(1);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  EXPECT_TRUE(row->isEnabled());
}

TEST_F(ImportDialogTest, EmptyHeaderRowSaysWhyAndTheUserMayGoBack) {
  const std::string path = dir_.file("enquete.csv");
  write_file(path, "Source : enquête du syndicat\n\nCode INSEE;Actes\n17300;oui\n17299;non\n");
  ImportDialog dialog(QString::fromStdString(path), core::default_usages(), 2024);
  dialog.show();
  ASSERT_TRUE(wait_read(dialog));
  auto* row = child<QSpinBox>(dialog, "header_row");
  EXPECT_EQ(row->value(), 3);
  row->setValue(2);  // the blank line under the source line
  ASSERT_TRUE(wait_read(dialog));
  auto* error = child<QLabel>(dialog, "preview_error");
  EXPECT_TRUE(error->isVisibleTo(&dialog));
  EXPECT_TRUE(error->text().contains(QStringLiteral("enquete.csv"))) << error->text().toStdString();
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  EXPECT_TRUE(row->isEnabled());
  EXPECT_TRUE(child<QComboBox>(dialog, "value_column")->isEnabled());
  row->setValue(3);
  ASSERT_TRUE(wait_read(dialog));
  EXPECT_FALSE(error->isVisibleTo(&dialog));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  EXPECT_EQ(dialog.choice().table.header_row, 3);
}

TEST_F(ImportDialogTest, EveryControlHasALabelAMnemonicAndAName) {
  QTranslator french;
  ASSERT_TRUE(
      french.load(QLocale(QLocale::French, QLocale::France), "lumiere", "_", LUMIERE_QM_DIR));
  for (bool in_french : {false, true}) {
    if (in_french) QCoreApplication::installTranslator(&french);
    ImportDialog dialog(QString::fromStdString(survey_csv()), core::default_usages(), 2024);
    dialog.show();
    ASSERT_TRUE(wait_read(dialog));
    QSet<QChar> mnemonics;
    expect_labelled(dialog, {"sheet", "header_row", "usage", "vintage", "value_column", "preview"},
                    mnemonics);
    // The buttons keep theirs free: OK, Cancel (Annuler in French).
    EXPECT_FALSE(mnemonics.contains(QLatin1Char('a')));
    EXPECT_FALSE(mnemonics.contains(QLatin1Char('o')));
    if (in_french) {
      EXPECT_EQ(child<QWidget>(dialog, "header_row")->accessibleName(),
                QStringLiteral("Ligne d'en-tête"));
      EXPECT_EQ(child<QComboBox>(dialog, "value_column")->itemText(0),
                QStringLiteral("(automatique)"));
      EXPECT_TRUE(dialog.grab().save(shot_dir() + QStringLiteral("/import_dialog_fr.png")));
    }

    // Tab order: the table, what to import, the preview, then the buttons.
    std::vector<QString> order;
    QWidget* w = child<QWidget>(dialog, "header_row");
    for (int i = 0; i < 40 && order.size() < 5; ++i, w = w->nextInFocusChain()) {
      const QString name = w->objectName();
      if (name == "header_row" || name == "usage" || name == "vintage" || name == "value_column" ||
          name == "preview")
        if (std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
    }
    EXPECT_EQ(order,
              (std::vector<QString>{"header_row", "usage", "vintage", "value_column", "preview"}));
    if (in_french) QCoreApplication::removeTranslator(&french);
  }
}

}  // namespace
}  // namespace lumiere::test
