// The dialog of File > "Bring boundaries onto today's COG…" (issue 19), offscreen: OK waits for
// the boundaries and the file to write, the columns of the table de passage wait for a table,
// every control is reached by the keyboard in reading order and has a name a screen reader says,
// in French and in English. Widgets are reached by their object names.
#include "ui/harmonise_dialog.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTranslator>

#include "ui_test_support.h"

namespace lumiere::test {
namespace {

using ui::HarmoniseDialog;

QPushButton* ok_button(const QWidget& dialog) {
  return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

TEST(HarmoniseDialogTest, OkWaitsForTheBoundariesAndTheFileToWrite) {
  HarmoniseDialog dialog(QStringLiteral("/tmp"));
  dialog.show();
  auto* boundaries = child<QLineEdit>(dialog, "boundaries");
  auto* passage = child<QLineEdit>(dialog, "passage");
  auto* from = child<QLineEdit>(dialog, "from");
  auto* out = child<QLineEdit>(dialog, "out");
  ASSERT_TRUE(boundaries && passage && from && out);
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  EXPECT_FALSE(from->isEnabled());  // no table de passage: no column to name
  boundaries->setText(QStringLiteral("  /data/communes-2018.geojson "));
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
  out->setText(QStringLiteral("/data/communes-today"));
  EXPECT_TRUE(ok_button(dialog)->isEnabled());
  from->setText(QStringLiteral("CODGEO_2018"));
  ui::HarmoniseChoice c = dialog.choice();
  EXPECT_EQ(c.boundaries, QStringLiteral("/data/communes-2018.geojson"));
  EXPECT_EQ(c.out, QStringLiteral("/data/communes-today.gpkg"));  // the extension added
  EXPECT_EQ(c.passage, QString());
  EXPECT_EQ(c.from, QString());  // a column of no table is not passed on
  passage->setText(QStringLiteral("/data/passage.xlsx"));
  EXPECT_TRUE(from->isEnabled());
  c = dialog.choice();
  EXPECT_EQ(c.passage, QStringLiteral("/data/passage.xlsx"));
  EXPECT_EQ(c.from, QStringLiteral("CODGEO_2018"));
  EXPECT_EQ(c.to, QString());
  out->clear();
  EXPECT_FALSE(ok_button(dialog)->isEnabled());
}

TEST(HarmoniseDialogTest, EveryControlHasALabelAMnemonicAndAName) {
  QTranslator french;
  ASSERT_TRUE(
      french.load(QLocale(QLocale::French, QLocale::France), "lumiere", "_", LUMIERE_QM_DIR));
  for (bool in_french : {false, true}) {
    if (in_french) QCoreApplication::installTranslator(&french);
    HarmoniseDialog dialog(QStringLiteral("/tmp"));
    dialog.show();
    QSet<QChar> mnemonics;
    const QString ok = ok_button(dialog)->text();
    ASSERT_GE(ok.indexOf(QLatin1Char('&')), 0) << ok.toStdString();
    mnemonics.insert(ok.at(ok.indexOf(QLatin1Char('&')) + 1).toLower());
    expect_labelled(dialog, {"boundaries", "passage", "from", "to", "out"}, mnemonics);
    for (const char* name : {"boundaries_browse", "passage_browse", "out_browse"}) {
      auto* button = child<QPushButton>(dialog, name);
      ASSERT_NE(button, nullptr);
      EXPECT_FALSE(button->accessibleName().isEmpty()) << name;
      EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0) << name;
    }
    // Cancel (Annuler) keeps its letter free.
    EXPECT_FALSE(mnemonics.contains(in_french ? QLatin1Char('a') : QLatin1Char('c')));
    if (in_french) {
      EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Ramener des contours au COG actuel"));
      EXPECT_EQ(child<QWidget>(dialog, "passage")->accessibleName(),
                QStringLiteral("Table de passage"));
      EXPECT_EQ(child<QPushButton>(dialog, "passage_browse")->text(), QStringLiteral("Parcourir…"));
      QDir().mkpath(QStringLiteral(LUMIERE_UI_SHOT_DIR));
      EXPECT_TRUE(
          dialog.grab().save(QStringLiteral(LUMIERE_UI_SHOT_DIR "/harmonise_dialog_fr.png")));
    }
    // Tab order: each field, then its button, top to bottom.
    std::vector<QString> order;
    QWidget* w = child<QWidget>(dialog, "boundaries");
    for (int i = 0; i < 40 && order.size() < 8; ++i, w = w->nextInFocusChain()) {
      const QString name = w->objectName();
      if (!name.isEmpty() && std::find(order.begin(), order.end(), name) == order.end() &&
          (w->focusPolicy() & Qt::TabFocus))
        order.push_back(name);
    }
    EXPECT_EQ(order, (std::vector<QString>{"boundaries", "boundaries_browse", "passage",
                                           "passage_browse", "from", "to", "out", "out_browse"}));
    if (in_french) QCoreApplication::removeTranslator(&french);
  }
}

}  // namespace
}  // namespace lumiere::test
