// Proportional circles at national scale (Paris, the largest, under a thousand smaller circles of
// the Paris region) and the DROM insets: titles in the user's language, obstacles to the labels,
// never repeated as a label. Frames through maps::render_image, the path of `lumiere render`.
#include <gtest/gtest.h>

#include <QImage>
#include <algorithm>
#include <cmath>

#include "maps/inset_titles.h"
#include "maps/language.h"
#include "maps/map_renderer.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"
#include "maps_test_data.h"
#include "tests/maps/circle_pixels.h"

namespace lumiere::maps {
namespace {

using test::red_share;

std::shared_ptr<const StyledLayer> population_circles(
    const std::shared_ptr<const core::VectorLayer>& communes) {
  Style style;
  style.kind = StyleKind::Proportional;
  style.field = QStringLiteral("population");
  auto styled = style_layer(communes, style);
  if (!styled) ADD_FAILURE() << message_string(styled.error());
  return styled ? *styled : nullptr;
}

TEST(ProportionalCircles, ParisIsTheLargestAndShowsAtNationalScale) {
  const auto communes = test::communes_around_paris_with_population();
  ASSERT_TRUE(communes);
  const auto layer = population_circles(communes);
  ASSERT_TRUE(layer);
  const auto paris = static_cast<std::uint32_t>(*communes->find("75056"));
  // Paris has the largest value, hence the largest circle.
  EXPECT_EQ(*std::max_element(layer->radii_px.begin(), layer->radii_px.end()),
            layer->radii_px[paris]);
  EXPECT_FLOAT_EQ(layer->radii_px[paris], static_cast<float>(layer->style.max_radius_px));

  RenderRequest request;  // France whole at 1200×900, as `lumiere render` draws it
  request.size = QSize(1200, 900);
  request.extent = request.space.france_extent();
  request.layers = {layer};
  const QImage image = render_image(request);
  const ViewTransform view(request.extent, request.size);
  const QPointF centre = view.to_device(communes->geometry.label_point(paris));
  const double r = layer->style.max_radius_px;
  // Inside the circle of Paris, its red almost everywhere, though about 1,300 circles of the
  // Paris region stand over it; beyond its edge, much less (the small circles of the outer
  // suburbs): the circle reads as one.
  const double inside = red_share(image, centre, 0.2 * r, 0.9 * r);
  const double outside = red_share(image, centre, 1.2 * r, 1.5 * r);
  EXPECT_GT(inside, 0.95) << "outside: " << outside;
  EXPECT_LT(outside, inside - 0.3);
  // Every direction reaches the edge: at 0.9 of its radius the circle is red all round.
  for (int k = 0; k < 8; ++k) {
    const double a = k * M_PI / 4;
    const QPointF p = centre + QPointF(0.85 * r * std::cos(a), 0.85 * r * std::sin(a));
    EXPECT_GT(red_share(image, p, 0, 1.5), 0.5) << "direction " << k;
  }
}

class InsetTitles : public ::testing::Test {
 protected:
  void TearDown() override { use_language(Language::English); }
};

TEST_F(InsetTitles, FollowTheUsersLanguage) {
  ASSERT_TRUE(use_language(Language::French));
  EXPECT_EQ(inset_title(core::Zone::Guyane), "Guyane");
  EXPECT_EQ(inset_title(core::Zone::Guadeloupe), "Guadeloupe");
  EXPECT_EQ(inset_title(core::Zone::Martinique), "Martinique");
  EXPECT_EQ(inset_title(core::Zone::Reunion), "La Réunion");
  EXPECT_EQ(inset_title(core::Zone::Mayotte), "Mayotte");
  ASSERT_TRUE(use_language(Language::English));
  EXPECT_EQ(inset_title(core::Zone::Guyane), "French Guiana");
  EXPECT_EQ(inset_title(core::Zone::Reunion), "Réunion");
}

TEST_F(InsetTitles, ATerritoryNamedLikeItsInsetIsNotLabelledTwice) {
  for (const Language language : {Language::French, Language::English}) {
    ASSERT_TRUE(use_language(language));
    const auto departements = test::departements_with_population();
    ASSERT_TRUE(departements);
    LabelSettings labels;
    labels.enabled = true;
    labels.max_metres_per_pixel = 1e6;
    auto layer = style_layer(departements, Style{}, {}, labels);
    ASSERT_TRUE(layer);
    RenderRequest request;
    request.size = QSize(800, 600);
    request.extent = request.space.france_extent();
    request.layers = {*layer};
    const ViewTransform view(request.extent, request.size);
    const auto titles = layout_inset_titles(request.space, view, request.size, 1, QFont());
    ASSERT_EQ(titles.size(), 5u);
    // The five DROM départements are named by their inset's title, in either language.
    for (const char* code : {"971", "972", "973", "974", "976"}) {
      const auto f = *departements->find(code);
      const QString name = QString::fromStdString(departements->display_name(f));
      EXPECT_TRUE(repeats_inset_title(name, departements->geometry.zone(f))) << code;
    }
    // A metropolitan département, or a commune of Guadeloupe, is not.
    EXPECT_FALSE(repeats_inset_title(QStringLiteral("Gironde"), core::Zone::Metropole));
    EXPECT_FALSE(repeats_inset_title(QStringLiteral("Basse-Terre"), core::Zone::Guadeloupe));
    EXPECT_FALSE(repeats_inset_title(QStringLiteral("Martinique"), core::Zone::Guadeloupe));
  }
}

// With labels on, no label lies on an inset's title, and none repeats it: checked on the labels
// the engine places for a frame, as render() does: France whole with the communes of the five DROM
// under the départements, at 800×450 on screen and at 300 dpi (without the titles as obstacles,
// commune labels such as Anse-Bertrand fall on them at both).
TEST_F(InsetTitles, AreObstaclesForTheLabels) {
  const auto communes = test::communes_with_population(
      {"communes-971-guadeloupe", "communes-972-martinique", "communes-973-guyane",
       "communes-974-la-reunion", "communes-976-mayotte"});
  ASSERT_TRUE(communes);
  for (const Language language : {Language::French, Language::English}) {
    ASSERT_TRUE(use_language(language));
    const auto departements = test::departements_with_population();
    ASSERT_TRUE(departements);
    LabelSettings labels;
    labels.enabled = true;
    labels.max_metres_per_pixel = 1e6;
    auto deps = style_layer(departements, Style{}, {}, labels);
    auto towns = style_layer(communes, Style{}, {}, labels);
    ASSERT_TRUE(deps && towns);
    for (const double dpi : {96.0, 300.0}) {
      RenderRequest request;
      request.size = QSize(800, 450);
      request.dpi = dpi;
      request.extent = request.space.france_extent();
      request.layers = {*towns, *deps};
      const ViewTransform view(request.extent, request.size);
      const std::vector<PlacedLabel> placed = frame_labels(request, view, QFont());
      ASSERT_GT(placed.size(), 10u);
      const auto titles = layout_inset_titles(request.space, view, request.size, dpi / 96, QFont());
      ASSERT_EQ(titles.size(), 5u);
      for (const PlacedLabel& l : placed) {
        for (const InsetTitle& t : titles) {
          EXPECT_FALSE(l.rect.intersects(t.rect))
              << l.text.toStdString() << " on the title " << t.text.toStdString();
          EXPECT_NE(l.text.toStdString(), t.text.toStdString());
        }
      }
    }
  }
}

}  // namespace
}  // namespace lumiere::maps
