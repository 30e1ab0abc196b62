// The first window, offscreen: it shows the départements, France whole with the DROM insets, and
// speaks French on a French system.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTranslator>
#include <filesystem>

#include "core/layer_loader.h"
#include "ui/main_window.h"
#include "ui/map_view.h"

namespace {

using lumiere::core::Zone;

std::string departements_path() {
  const std::string path =
      std::string(LUMIERE_TEST_DATA) + "/boundaries/departements-avec-outre-mer.geojson";
  if (!std::filesystem::exists(path)) {
    ADD_FAILURE() << path << " is missing: run scripts/fetch-data";
  }
  return path;
}

// Where a map-space point lands in the view's frame (the view fits France with a 3 % margin).
QPoint pixel_of(const lumiere::core::Point& p, const QSize& size) {
  lumiere::core::MapSpace space;
  lumiere::core::Box e = space.france_extent();
  const double m = 0.03 * std::max(e.width(), e.height());
  e = {e.min_x - m, e.min_y - m, e.max_x + m, e.max_y + m};
  const lumiere::maps::ViewTransform view(e, size);
  return view.to_device(p).toPoint();
}

TEST(MainWindow, ShowsFranceWithItsInsets) {
  auto layers = lumiere::core::load_layers({departements_path()});
  ASSERT_TRUE(layers.ok()) << layers.error().message;
  auto layer = std::make_shared<lumiere::core::VectorLayer>(std::move(layers->front()));

  lumiere::ui::MainWindow window;
  window.resize(1200, 800);
  window.show();
  QSignalSpy ready(window.map_view(), &lumiere::ui::MapView::frame_ready);
  window.show_layers({{layer, {}}});
  // Resizes may have queued more frames: wait for the last one.
  for (int i = 0; i < 20 && window.map_view()->busy(); ++i)
    ASSERT_TRUE(ready.wait(10000)) << "no frame rendered";
  const QSize expected = window.map_view()->size() * window.map_view()->devicePixelRatioF();
  const QImage frame = window.map_view()->frame();
  ASSERT_EQ(frame.size(), expected);

  const QColor land = lumiere::maps::LayerStyle{}.fill;
  const QColor sea = lumiere::maps::RenderRequest{}.background;
  // Réunion, in its inset, is land; the Bay of Biscay is sea.
  const auto& g = layer->geometry;
  const auto reunion = layer->find("974");
  ASSERT_TRUE(reunion);
  EXPECT_EQ(g.zone(*reunion), Zone::Reunion);
  const QPoint reunion_px = pixel_of(g.label_point(*reunion), frame.size());
  EXPECT_EQ(frame.pixelColor(reunion_px), land) << "Réunion inset at " << reunion_px.x() << ","
                                                << reunion_px.y();
  const QPoint biscay_px = pixel_of({250000, 6500000}, frame.size());
  EXPECT_EQ(frame.pixelColor(biscay_px), sea);
  // France fills the frame: the metropole spans more than half of the frame's height.
  const QPoint north = pixel_of({650000, 7100000}, frame.size());
  const QPoint south = pixel_of({650000, 6050000}, frame.size());
  EXPECT_GT(south.y() - north.y(), frame.height() / 2);
}

TEST(Translation, FrenchLoads) {
  QTranslator translator;
  ASSERT_TRUE(translator.load(QLocale(QLocale::French, QLocale::France), "lumiere", "_",
                              LUMIERE_QM_DIR))
      << "lumiere_fr.qm not found in " << LUMIERE_QM_DIR;
  EXPECT_EQ(translator.translate("lumiere::ui::MainWindow", "&File"), "&Fichier");
  EXPECT_EQ(translator.translate("MapRenderer", "French Guiana"), "Guyane");
}

}  // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
