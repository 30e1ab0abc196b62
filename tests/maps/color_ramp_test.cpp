#include "maps/color_ramp.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <string>

namespace lumiere::maps {
namespace {

std::string label(const ColorRamp& r, int k) {
  return std::string(r.name()) + " " + std::to_string(k);
}

void expect_close(const QColor& actual, const QColor& expected, int tolerance = 1) {
  EXPECT_LE(std::abs(actual.red() - expected.red()), tolerance) << actual.name().toStdString();
  EXPECT_LE(std::abs(actual.green() - expected.green()), tolerance) << actual.name().toStdString();
  EXPECT_LE(std::abs(actual.blue() - expected.blue()), tolerance) << actual.name().toStdString();
}

TEST(ColorRamp, TheSchemesOfEachKindAreThere) {
  std::set<std::string> names;
  for (const ColorRamp& r : ColorRamp::all()) names.insert(std::string(r.name()));
  for (const char* n :
       {"YlOrRd", "YlGnBu", "Blues", "Greens", "Oranges", "Purples", "Reds", "BuPu", "RdBu",
        "RdYlBu", "PuOr", "BrBG", "PiYG", "Set2", "Dark2", "Paired", "Set3", "viridis"}) {
    EXPECT_TRUE(names.count(n)) << n;
  }
  EXPECT_EQ(ColorRamp::of_kind(RampKind::Diverging).size(), 5u);
  EXPECT_EQ(ColorRamp::of_kind(RampKind::Qualitative).size(), 4u);
  EXPECT_EQ(ColorRamp::named("RdBu", RampKind::Sequential).kind(), RampKind::Diverging);
  EXPECT_EQ(ColorRamp::named("no such ramp", RampKind::Sequential).name(), "YlOrRd");
}

TEST(ColorRamp, EveryRampGivesExactlyKColours) {
  for (const ColorRamp& r : ColorRamp::all()) {
    for (int k = 1; k <= r.max_classes(); ++k) {
      const auto colours = r.colors(k);
      ASSERT_EQ(colours.size(), static_cast<std::size_t>(k)) << label(r, k);
      for (const QColor& c : colours) EXPECT_TRUE(c.isValid()) << label(r, k);
      if (k >= 3) {  // the published lists never repeat a colour
        std::set<QRgb> distinct;
        for (const QColor& c : colours) distinct.insert(c.rgb());
        EXPECT_EQ(distinct.size(), colours.size()) << label(r, k);
      }
    }
    EXPECT_TRUE(r.colors(r.max_classes() + 1).empty()) << r.name();
    EXPECT_TRUE(r.colors(0).empty()) << r.name();
  }
  EXPECT_EQ(ColorRamp::named("Set2", RampKind::Qualitative).max_classes(), 8);
  EXPECT_EQ(ColorRamp::named("Dark2", RampKind::Qualitative).max_classes(), 8);
  EXPECT_EQ(ColorRamp::named("Paired", RampKind::Qualitative).max_classes(), 9);
}

TEST(ColorRamp, PublishedColorBrewerValues) {
  // colorbrewer2.org, YlOrRd 9 classes: #ffffcc ... #800026; 3 classes: #ffeda0 #feb24c #f03b20.
  const ColorRamp ylorrd = ColorRamp::named("YlOrRd", RampKind::Sequential);
  const auto nine = ylorrd.colors(9);
  EXPECT_EQ(nine.front().name(), "#ffffcc");
  EXPECT_EQ(nine[4].name(), "#fd8d3c");
  EXPECT_EQ(nine.back().name(), "#800026");
  const auto three = ylorrd.colors(3);
  EXPECT_EQ(three[0].name(), "#ffeda0");
  EXPECT_EQ(three[1].name(), "#feb24c");
  EXPECT_EQ(three[2].name(), "#f03b20");
  // RdBu 5: #ca0020 #f4a582 #f7f7f7 #92c5de #0571b0.
  const auto rdbu = ColorRamp::named("RdBu", RampKind::Diverging).colors(5);
  EXPECT_EQ(rdbu[0].name(), "#ca0020");
  EXPECT_EQ(rdbu[2].name(), "#f7f7f7");
  EXPECT_EQ(rdbu[4].name(), "#0571b0");
  // Set3 9 ends with a light grey (#d9d9d9): the no-data colour has to avoid it.
  EXPECT_EQ(ColorRamp::named("Set3", RampKind::Qualitative).colors(9).back().name(), "#d9d9d9");
  // Two classes: the ends of the 3-class list.
  const auto two = ylorrd.colors(2);
  EXPECT_EQ(two[0].name(), "#ffeda0");
  EXPECT_EQ(two[1].name(), "#f03b20");
}

TEST(ColorRamp, ViridisSamplesMatplotlib) {
  // matplotlib: viridis(0) = #440154, viridis(0.5) = #21918c, viridis(1) = #fde725; R's
  // viridisLite::viridis(5) = #440154 #3B528B #21908C #5DC863 #FDE725.
  const ColorRamp v = ColorRamp::viridis();
  EXPECT_TRUE(v.is_colour_blind_safe(9));
  const auto three = v.colors(3);
  expect_close(three[0], QColor("#440154"));
  expect_close(three[1], QColor("#21918c"));
  expect_close(three[2], QColor("#fde725"));
  const auto five = v.colors(5);
  expect_close(five[1], QColor("#3b528b"), 2);
  expect_close(five[3], QColor("#5dc863"), 2);
  expect_close(v.at(0.5), QColor("#21918c"));
}

TEST(ColorRamp, ColourBlindSafetyAsColorBrewerPublishesIt) {
  for (const ColorRamp& r : ColorRamp::of_kind(RampKind::Sequential)) {
    for (int k = 3; k <= 9; ++k) EXPECT_TRUE(r.is_colour_blind_safe(k)) << label(r, k);
  }
  for (const ColorRamp& r : ColorRamp::of_kind(RampKind::Diverging)) {
    for (int k = 3; k <= 9; ++k) EXPECT_TRUE(r.is_colour_blind_safe(k)) << label(r, k);
  }
  const ColorRamp set2 = ColorRamp::named("Set2", RampKind::Qualitative);
  EXPECT_EQ(set2.colour_blind_safety(3), ColourBlindSafety::Safe);
  EXPECT_EQ(set2.colour_blind_safety(4), ColourBlindSafety::Unsure);
  EXPECT_EQ(set2.colour_blind_safety(7), ColourBlindSafety::Unsafe);
  const ColorRamp paired = ColorRamp::named("Paired", RampKind::Qualitative);
  EXPECT_TRUE(paired.is_colour_blind_safe(4));
  EXPECT_FALSE(paired.is_colour_blind_safe(5));
  EXPECT_FALSE(ColorRamp::named("Set3", RampKind::Qualitative).is_colour_blind_safe(3));
}

TEST(ColorRamp, DefaultsAreColourBlindSafe) {
  for (int k = 3; k <= 9; ++k) {
    EXPECT_TRUE(ColorRamp::default_for(RampKind::Sequential, k).is_colour_blind_safe(k));
    EXPECT_TRUE(ColorRamp::default_for(RampKind::Diverging, k).is_colour_blind_safe(k));
    const ColorRamp q = ColorRamp::default_for(RampKind::Qualitative, k);
    EXPECT_TRUE(q.supports(k)) << k;
    if (k <= 4) {
      EXPECT_TRUE(q.is_colour_blind_safe(k)) << label(q, k);
    }
  }
  EXPECT_EQ(ColorRamp::default_for(RampKind::Sequential, 5).name(), "YlOrRd");
  EXPECT_EQ(ColorRamp::default_for(RampKind::Diverging, 5).name(), "RdBu");
}

TEST(ColorRamp, NoDataColourDiffersFromEveryClassColour) {
  for (const ColorRamp& r : ColorRamp::all()) {
    for (int k = 1; k <= r.max_classes(); ++k) {
      const QColor no_data = r.no_data_color(k);
      EXPECT_EQ(no_data.red(), no_data.green()) << label(r, k);  // a neutral grey
      EXPECT_EQ(no_data.green(), no_data.blue()) << label(r, k);
      for (const QColor& c : r.colors(k)) {
        EXPECT_GE(colour_distance(no_data, c), ColorRamp::kMinNoDataDistance)
            << label(r, k) << ": " << no_data.name().toStdString() << " vs "
            << c.name().toStdString();
      }
    }
  }
  // Light grey when nothing in the ramp is near it.
  EXPECT_EQ(ColorRamp::named("YlOrRd", RampKind::Sequential).no_data_color(5).name(), "#cccccc");
}

TEST(ColorRamp, ContinuousBarRunsFromFirstToLastColour) {
  const ColorRamp blues = ColorRamp::named("Blues", RampKind::Sequential);
  EXPECT_EQ(blues.at(0).name(), blues.colors(9).front().name());
  EXPECT_EQ(blues.at(1).name(), blues.colors(9).back().name());
}

TEST(ColourDistance, KnownValues) {
  EXPECT_NEAR(colour_distance(QColor(Qt::black), QColor(Qt::white)), 100.0, 0.01);
  EXPECT_NEAR(colour_distance(QColor("#777777"), QColor("#777777")), 0.0, 1e-12);
}

}  // namespace
}  // namespace lumiere::maps
