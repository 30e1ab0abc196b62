// The canvas as a user drives it, offscreen with QTest: wheel zoom around the cursor, drag to
// pan, keyboard, rubber-band zoom, hover and click to identify.
#include "ui/map_canvas.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "maps/styled_layer.h"
#include "tests/maps/circle_pixels.h"
#include "ui_test_support.h"

namespace {

using lumiere::core::Point;
using lumiere::test::red_share;
using lumiere::ui::MapCanvas;

class MapCanvasTest : public ::testing::Test {
 protected:
  void SetUp() override {
    layer_ = lumiere::test::styled_departements();
    ASSERT_TRUE(layer_);
    canvas_.resize(900, 700);
    canvas_.show();
    canvas_.set_layers({layer_});
  }
  QPointF pixel_of(Point p) const {
    return lumiere::maps::ViewTransform(canvas_.visible_extent(), canvas_.size()).to_device(p);
  }
  Point map_of(QPointF p) const {
    return lumiere::maps::ViewTransform(canvas_.visible_extent(), canvas_.size()).to_map(p);
  }
  std::uint32_t feature(const char* code) const {
    return static_cast<std::uint32_t>(*layer_->source->find(code));
  }

  std::shared_ptr<const lumiere::maps::StyledLayer> layer_;
  MapCanvas canvas_;
};

TEST_F(MapCanvasTest, StartsOnWholeFrance) {
  const lumiere::core::Box france = lumiere::core::MapSpace{}.france_extent();
  const lumiere::core::Box view = canvas_.visible_extent();
  EXPECT_LE(view.min_x, france.min_x);
  EXPECT_GE(view.max_x, france.max_x);
  EXPECT_LE(view.min_y, france.min_y);
  EXPECT_GE(view.max_y, france.max_y);
  // ... and fills it: France takes most of the height or of the width.
  EXPECT_GT(std::max(france.width() / view.width(), france.height() / view.height()), 0.9);
}

TEST_F(MapCanvasTest, WheelZoomsAroundTheCursor) {
  const QPointF cursor(300, 250);
  const Point before = map_of(cursor);
  const double mpp = canvas_.metres_per_pixel();
  QWheelEvent wheel(cursor, canvas_.mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                    Qt::NoModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(&canvas_, &wheel);
  EXPECT_NEAR(canvas_.metres_per_pixel(), mpp / 1.25, 1e-6 * mpp);
  const Point after = map_of(cursor);
  EXPECT_NEAR(after.x, before.x, mpp * 0.01);
  EXPECT_NEAR(after.y, before.y, mpp * 0.01);
}

TEST_F(MapCanvasTest, DragPans) {
  const Point centre = canvas_.center();
  const double mpp = canvas_.metres_per_pixel();
  QTest::mousePress(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
  QTest::mouseMove(&canvas_, QPoint(450, 320));
  QTest::mouseMove(&canvas_, QPoint(500, 340));
  QTest::mouseRelease(&canvas_, Qt::LeftButton, Qt::NoModifier, QPoint(500, 340));
  // The map followed the mouse: 100 px right and 40 px down.
  EXPECT_NEAR(canvas_.center().x, centre.x - 100 * mpp, mpp);
  EXPECT_NEAR(canvas_.center().y, centre.y + 40 * mpp, mpp);
}

TEST_F(MapCanvasTest, KeyboardZoomsAndPans) {
  const double mpp = canvas_.metres_per_pixel();
  QTest::keyClick(&canvas_, Qt::Key_Plus);
  EXPECT_LT(canvas_.metres_per_pixel(), mpp);
  const Point centre = canvas_.center();
  QTest::keyClick(&canvas_, Qt::Key_Right);
  EXPECT_GT(canvas_.center().x, centre.x);
  QTest::keyClick(&canvas_, Qt::Key_Home);
  EXPECT_NEAR(canvas_.metres_per_pixel(), mpp, mpp * 1e-9);
}

TEST_F(MapCanvasTest, RubberBandZoomsToTheRectangle) {
  // Shift-drag around Brittany.
  const QPoint a = pixel_of({100000, 6900000}).toPoint();
  const QPoint b = pixel_of({400000, 6700000}).toPoint();
  QTest::mousePress(&canvas_, Qt::LeftButton, Qt::ShiftModifier, a);
  QTest::mouseMove(&canvas_, (a + b) / 2);
  QTest::mouseMove(&canvas_, b);
  QTest::mouseRelease(&canvas_, Qt::LeftButton, Qt::ShiftModifier, b);
  const lumiere::core::Box view = canvas_.visible_extent();
  EXPECT_LE(view.min_x, 100000 + 5000);
  EXPECT_GE(view.max_x, 400000 - 5000);
  EXPECT_LT(view.width(), 600000);  // zoomed in: France is 1.4 million metres wide
}

TEST_F(MapCanvasTest, ClickIdentifiesAndHoverHighlights) {
  QSignalSpy identified(&canvas_, &MapCanvas::feature_identified);
  const auto& g = layer_->source->geometry;
  const QPoint reunion = pixel_of(g.label_point(feature("974"))).toPoint();
  QTest::mouseClick(&canvas_, Qt::LeftButton, Qt::NoModifier, reunion);
  ASSERT_EQ(identified.count(), 1);
  EXPECT_EQ(identified[0][1].value<std::uint32_t>(), feature("974"));

  const QPoint gironde = pixel_of(g.label_point(feature("33"))).toPoint();
  QTest::mouseMove(&canvas_, gironde);
  ASSERT_TRUE(canvas_.hovered());
  EXPECT_EQ(canvas_.hovered()->second, feature("33"));
  QTest::mouseMove(&canvas_, pixel_of({250000, 6500000}).toPoint());  // the Atlantic
  EXPECT_FALSE(canvas_.hovered());
}

TEST_F(MapCanvasTest, ScaleIsReported) {
  QSignalSpy scale(&canvas_, &MapCanvas::scale_changed);
  canvas_.set_view(canvas_.center(), 100);
  ASSERT_GE(scale.count(), 1);
  // 100 m per logical pixel at the screen's logical dpi.
  EXPECT_NEAR(scale.last()[0].toDouble(), 100 * canvas_.logicalDpiX() / 0.0254, 1);
}

// The communes of Ile-de-France, of Bouches-du-Rhône and of Rhône with the COG's population, as
// proportional circles: Paris's circle, the largest, stands under the ~1,300 small circles of
// the communes around it.
std::shared_ptr<const lumiere::maps::StyledLayer> population_circles() {
  const std::string data = LUMIERE_TEST_DATA;
  std::vector<std::string> paths;
  for (const char* d : {"75-paris", "77-seine-et-marne", "78-yvelines", "91-essonne",
                        "92-hauts-de-seine", "93-seine-saint-denis", "94-val-de-marne",
                        "95-val-d-oise", "13-bouches-du-rhone", "69-rhone"})
    paths.push_back(data + "/boundaries/communes/communes-" + d + ".geojson");
  auto layers = lumiere::core::load_layers(paths);
  if (!layers || layers->size() != 1) {
    ADD_FAILURE() << (layers ? "not one layer" : lumiere::maps::message_string(layers.error()));
    return nullptr;
  }
  auto cog = lumiere::core::CogRegistry::load(data + "/cog");
  if (!cog) {
    ADD_FAILURE() << lumiere::maps::message_string(cog.error());
    return nullptr;
  }
  lumiere::core::VectorLayer layer = std::move(layers->front());
  lumiere::core::apply_official_names(layer, *cog);
  lumiere::core::add_cog_attributes(layer, *cog);
  layer.build_levels();
  lumiere::maps::Style style;
  style.kind = lumiere::maps::StyleKind::Proportional;
  style.field = QStringLiteral("population");
  auto styled = lumiere::maps::style_layer(
      std::make_shared<const lumiere::core::VectorLayer>(std::move(layer)), style,
      QStringLiteral("Population"));
  if (!styled) ADD_FAILURE() << lumiere::maps::message_string(styled.error());
  return styled ? *styled : nullptr;
}

// Issue 19: the window showed no circle for Paris at national scale (it was there, bleached
// white by the outlines of the small circles over it), only from about 1:1,300,000.
TEST(MapCanvasSymbols, ParisHasTheLargestCircleAtNationalScale) {
  const auto layer = population_circles();
  ASSERT_TRUE(layer);
  MapCanvas canvas;
  canvas.resize(900, 700);
  canvas.show();
  QSignalSpy ready(&canvas, &MapCanvas::frame_ready);
  canvas.set_layers({layer});
  canvas.zoom_full();
  for (int i = 0; i < 20 && (canvas.busy() || ready.count() == 0); ++i) ready.wait(10000);
  ASSERT_FALSE(canvas.busy());
  // National scale: France whole in the window, a scale of several millions.
  EXPECT_GT(canvas.scale_denominator(), 3e6);
  const QImage frame = canvas.frame();
  ASSERT_EQ(frame.size(), canvas.size() * canvas.devicePixelRatioF());

  const auto paris = static_cast<std::uint32_t>(*layer->source->find("75056"));
  // The largest value, the largest circle.
  EXPECT_EQ(*std::max_element(layer->radii_px.begin(), layer->radii_px.end()),
            layer->radii_px[paris]);
  const lumiere::maps::ViewTransform view(canvas.visible_extent(), frame.size());
  const QPointF centre = view.to_device(layer->source->geometry.label_point(paris));
  const double r = layer->radii_px[paris] * canvas.devicePixelRatioF();
  // Its red fills the disc though small circles stand over it, and stops at its edge.
  const double inside = red_share(frame, centre, 0.2 * r, 0.9 * r);
  const double outside = red_share(frame, centre, 1.2 * r, 1.5 * r);
  EXPECT_GT(inside, 0.95) << "outside: " << outside;
  EXPECT_LT(outside, inside - 0.3);
  // Marseille's circle (the next largest here) is smaller: its red does not reach Paris's radius.
  const auto marseille = static_cast<std::uint32_t>(*layer->source->find("13055"));
  const QPointF m = view.to_device(layer->source->geometry.label_point(marseille));
  EXPECT_LT(layer->radii_px[marseille], 0.7 * r);
  EXPECT_LT(red_share(frame, m, 0.8 * r, 0.9 * r), 0.5);
}

}  // namespace
