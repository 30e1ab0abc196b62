// The first window, offscreen: it shows the départements, France whole with the DROM insets, and
// speaks French on a French system.
#include "ui/main_window.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTranslator>
#include <filesystem>

#include "ui/map_canvas.h"
#include "ui_test_support.h"

namespace {

using lumiere::core::Zone;

TEST(MainWindow, ShowsFranceWithItsInsets) {
  const auto styled = lumiere::test::styled_departements();
  ASSERT_TRUE(styled);
  const lumiere::core::VectorLayer* layer = styled->source.get();

  lumiere::ui::MainWindow window;
  window.resize(1200, 800);
  window.show();
  lumiere::ui::MapCanvas* canvas = window.canvas();
  QSignalSpy ready(canvas, &lumiere::ui::MapCanvas::frame_ready);
  window.show_layers({styled});
  // Resizes may have queued more frames: wait for the last one.
  for (int i = 0; i < 20 && (canvas->busy() || canvas->frame().isNull()); ++i)
    ASSERT_TRUE(ready.wait(10000)) << "no frame rendered";
  const QSize expected = canvas->size() * canvas->devicePixelRatioF();
  const QImage frame = canvas->frame();
  ASSERT_EQ(frame.size(), expected);
  const lumiere::maps::ViewTransform view(canvas->visible_extent(), frame.size());
  const auto pixel_of = [&](lumiere::core::Point p) { return view.to_device(p).toPoint(); };

  const QColor land = lumiere::maps::Symbol{}.fill;
  const QColor sea = lumiere::maps::RenderRequest{}.background;
  // Réunion, in its inset, is land; the Bay of Biscay is sea.
  const auto& g = layer->geometry;
  const auto reunion = layer->find("974");
  ASSERT_TRUE(reunion);
  EXPECT_EQ(g.zone(*reunion), Zone::Reunion);
  const QPoint reunion_px = pixel_of(g.label_point(*reunion));
  EXPECT_EQ(frame.pixelColor(reunion_px), land)
      << "Réunion inset at " << reunion_px.x() << "," << reunion_px.y();
  const QPoint biscay_px = pixel_of({250000, 6500000});
  EXPECT_EQ(frame.pixelColor(biscay_px), sea);
  // France fills the frame: the metropole spans more than half of the frame's height.
  const QPoint north = pixel_of({650000, 7100000});
  const QPoint south = pixel_of({650000, 6050000});
  EXPECT_GT(south.y() - north.y(), frame.height() / 2);
}

TEST(Translation, FrenchLoads) {
  QTranslator translator;
  ASSERT_TRUE(
      translator.load(QLocale(QLocale::French, QLocale::France), "lumiere", "_", LUMIERE_QM_DIR))
      << "lumiere_fr.qm not found in " << LUMIERE_QM_DIR;
  EXPECT_EQ(translator.translate("lumiere::ui::MainWindow", "&File"), "&Fichier");
  EXPECT_EQ(translator.translate("MapRenderer", "French Guiana"), "Guyane");
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  // Settings (recent projects, the window's layout) in a folder of tests, never the user's.
  QStandardPaths::setTestModeEnabled(true);
  QApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
