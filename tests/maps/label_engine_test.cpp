// Label placement on the real départements and communes: no two labels overlap, every label lies
// inside the output, a label only gives way to labels of higher priority, and the whole frame's
// labels cost a few milliseconds.
#include "maps/label_engine.h"

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/geometry/map_space.h"
#include "maps/map_renderer.h"
#include "maps/message_text.h"
#include "maps/scaled_font.h"
#include "maps/styled_layer.h"
#include "maps_test_data.h"

namespace lumiere::maps {
namespace {

using Clock = std::chrono::steady_clock;

QFont label_font() {
  QFont f(QStringLiteral("DejaVu Sans"));
  return f;
}

std::shared_ptr<const StyledLayer> labelled(std::shared_ptr<const core::VectorLayer> layer,
                                            double max_metres_per_pixel) {
  LabelSettings labels;
  labels.enabled = true;
  labels.max_metres_per_pixel = max_metres_per_pixel;
  auto styled = style_layer(std::move(layer), Style{}, {}, labels);
  EXPECT_TRUE(styled.ok()) << message_string(styled.error());
  return styled.ok() ? *styled : nullptr;
}

core::Box padded_extent(core::Box e, double fraction) {
  const double m = fraction * std::max(e.width(), e.height());
  return {e.min_x - m, e.min_y - m, e.max_x + m, e.max_y + m};
}

// The invariants of a placement: rectangles (with their padding) pairwise disjoint and inside the
// output; and every candidate left out could not go anywhere: each of its positions leaves the
// output or meets a placed label of priority at least its own (greedy by priority).
void expect_valid_placement(std::span<const LabelCandidate> candidates,
                            const std::vector<PlacedLabel>& placed, const LabelPlacement& placement,
                            QSizeF output) {
  const double pad = placement.padding_px;
  const QRectF inside(0, 0, output.width(), output.height());
  std::vector<QRectF> padded;
  for (const PlacedLabel& l : placed) padded.push_back(l.rect.adjusted(-pad, -pad, pad, pad));
  for (std::size_t i = 0; i < placed.size(); ++i) {
    EXPECT_TRUE(inside.contains(padded[i])) << placed[i].text.toStdString();
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      ASSERT_FALSE(padded[i].intersects(padded[j]))
          << placed[i].text.toStdString() << " overlaps " << placed[j].text.toStdString();
    }
  }
  std::vector<bool> was_placed(candidates.size(), false);
  for (const PlacedLabel& l : placed) {
    const auto it = std::find_if(candidates.begin(), candidates.end(),
                                 [&](const LabelCandidate& c) { return c.feature == l.feature; });
    ASSERT_NE(it, candidates.end());
    was_placed[static_cast<std::size_t>(it - candidates.begin())] = true;
  }
  const ScaledFont font(placement.font, placement.font_px);
  for (const PlacedLabel& l : placed) {
    // The tested box holds the drawn (shaped, kerned) text.
    EXPECT_GE(l.rect.width() + 1e-9, font.width(l.text)) << l.text.toStdString();
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (was_placed[i]) continue;
    const LabelCandidate& c = candidates[i];
    for (LabelPosition position : placement.positions) {
      const QRectF r =
          LabelEngine::label_rect(label_width(c.text, font), font.ascent(), font.descent(),
                                  c.anchor, position, placement.offset_px)
              .adjusted(-pad, -pad, pad, pad);
      if (!inside.contains(r)) continue;
      bool blocked_by_higher = false;
      for (std::size_t j = 0; j < placed.size() && !blocked_by_higher; ++j)
        blocked_by_higher = padded[j].intersects(r) && placed[j].priority >= c.priority;
      EXPECT_TRUE(blocked_by_higher)
          << c.text.toStdString() << " (priority " << c.priority
          << ") was left out though a position was free of labels of higher priority";
    }
  }
}

// Gathers and places the labels of a view 21 times; prints the medians of both stages.
void time_labels(const StyledLayer& styled, const ViewTransform& view,
                 const LabelPlacement& placement, QSizeF size, const char* what,
                 std::vector<LabelCandidate>& candidates, std::vector<PlacedLabel>& placed,
                 double& total_ms) {
  std::vector<double> gather, place, total;
  for (int run = 0; run < 21; ++run) {
    const auto t0 = Clock::now();
    candidates = label_candidates(styled, view);
    const auto t1 = Clock::now();
    placed = place_labels(candidates, placement, size);
    const auto t2 = Clock::now();
    gather.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    place.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    total.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
  }
  for (auto* v : {&gather, &place, &total}) std::sort(v->begin(), v->end());
  total_ms = total[total.size() / 2];
  std::printf(
      "[ timing ] %s: %zu candidates, %zu placed; median %.3f ms (gather %.3f ms, "
      "place %.3f ms)\n",
      what, candidates.size(), placed.size(), total_ms, gather[gather.size() / 2],
      place[place.size() / 2]);
}

TEST(LabelEngine, TheHigherPriorityWinsACollision) {
  LabelPlacement placement;
  placement.font = label_font();
  const QSizeF output(400, 300);
  // The lower priority comes first in the input: the order of the input must not matter.
  // Two label points one line apart: at the centre, the lesser label would touch the greater.
  const ScaledFont font(placement.font, placement.font_px);
  const double line = font.height();
  const std::vector<LabelCandidate> candidates{
      {QStringLiteral("Petite-Commune"), QPointF(200, 150 + line + 1), 120, 1},
      {QStringLiteral("Grande-Ville"), QPointF(200, 150), 250000, 2},
  };
  placement.positions = {LabelPosition::Centre};
  auto placed = place_labels(candidates, placement, output);
  ASSERT_EQ(placed.size(), 1U);
  EXPECT_EQ(placed[0].text, "Grande-Ville");
  EXPECT_EQ(placed[0].position, LabelPosition::Centre);
  expect_valid_placement(candidates, placed, placement, output);

  // With the other positions allowed, the lesser one moves below its point instead.
  placement.positions = LabelPlacement{}.positions;
  placed = place_labels(candidates, placement, output);
  ASSERT_EQ(placed.size(), 2U);
  EXPECT_EQ(placed[0].text, "Grande-Ville");
  EXPECT_EQ(placed[0].position, LabelPosition::Centre);
  EXPECT_EQ(placed[1].position, LabelPosition::Below);
  expect_valid_placement(candidates, placed, placement, output);
}

TEST(LabelEngine, LabelsStayInsideTheOutput) {
  LabelPlacement placement;
  placement.font = label_font();
  const std::vector<LabelCandidate> candidates{
      {QStringLiteral("Bord-Gauche"), QPointF(3, 50), 10, 1},  // fits to the right only
      {QStringLiteral("Dehors"), QPointF(-500, 50), 100, 2},   // never
      {QStringLiteral("Coin"), QPointF(199, 99), 5, 3},        // fits above-left: no
  };
  const auto placed = place_labels(candidates, placement, QSizeF(200, 100));
  ASSERT_EQ(placed.size(), 1U);
  EXPECT_EQ(placed[0].text, "Bord-Gauche");
  EXPECT_EQ(placed[0].position, LabelPosition::Right);
  expect_valid_placement(candidates, placed, placement, QSizeF(200, 100));
}

TEST(LabelEngine, NationalDepartementsWithoutCollisionByPopulation) {
  const auto layer = test::departements_with_population();
  ASSERT_NE(layer, nullptr);
  ASSERT_EQ(layer->feature_count(), 101U);
  ASSERT_NE(layer->attributes.numbers("population"), nullptr);
  const auto styled = labelled(layer, 1e6);
  ASSERT_NE(styled, nullptr);
  const QSize size(1920, 1080);
  const ViewTransform view(padded_extent(core::MapSpace().france_extent(), 0.03), size);

  LabelPlacement placement;
  placement.font = label_font();
  placement.font_px = 12;
  std::vector<LabelCandidate> candidates;
  std::vector<PlacedLabel> placed;
  double ms = 0;
  time_labels(*styled, view, placement, QSizeF(size), "101 départements at 1920x1080", candidates,
              placed, ms);
  EXPECT_LT(ms, 10.0);

  ASSERT_EQ(candidates.size(), 101U);  // every label point is in the frame, insets included
  // The priority is the population: Nord (59) is the most populated département.
  const auto top = std::max_element(
      candidates.begin(), candidates.end(),
      [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority < b.priority; });
  EXPECT_EQ(layer->codes[top->feature], "59");
  EXPECT_GT(top->priority, 2.5e6);
  EXPECT_EQ(placed.front().feature, top->feature);
  EXPECT_GE(placed.size(), 80U) << "most départements must be named at 1920×1080";
  expect_valid_placement(candidates, placed, placement, QSizeF(size));

  // Too small a scale: no label at all.
  const auto hidden = labelled(layer, 100);
  EXPECT_TRUE(label_candidates(*hidden, view).empty());
}

TEST(LabelEngine, CommunesOfOneDepartementWithoutCollisionInAFewMilliseconds) {
  const auto layer = test::communes_62_with_population();
  ASSERT_NE(layer, nullptr);
  ASSERT_GT(layer->feature_count(), 850U);
  const auto styled = labelled(layer, 400);
  ASSERT_NE(styled, nullptr);
  const QSize size(1920, 1080);
  const ViewTransform view(padded_extent(layer->geometry.extent(), 0.02), size);
  ASSERT_LE(1 / view.pixels_per_metre(), 400);

  LabelPlacement placement;
  placement.font = label_font();
  std::vector<LabelCandidate> candidates;
  std::vector<PlacedLabel> placed;
  double ms = 0;
  time_labels(*styled, view, placement, QSizeF(size), "communes of Pas-de-Calais at 1920x1080",
              candidates, placed, ms);
  EXPECT_LT(ms, 20.0);
  EXPECT_EQ(candidates.size(), layer->feature_count());
  EXPECT_GT(placed.size(), candidates.size() / 4);
  // Arras, Calais and Boulogne-sur-Mer are among the most populated: their names show.
  for (const char* city : {"Calais", "Arras", "Boulogne-sur-Mer"}) {
    EXPECT_TRUE(std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& l) {
      return l.text == QString::fromUtf8(city);
    })) << city;
  }
  expect_valid_placement(candidates, placed, placement, QSizeF(size));
}

TEST(LabelEngine, AnUpperLayerPlacedFirstIsAvoided) {
  LabelPlacement placement;
  placement.font = label_font();
  LabelEngine engine(QSizeF(300, 200));
  const std::vector<LabelCandidate> upper{{QStringLiteral("Pas-de-Calais"), {150, 100}, 1, 1}};
  const double line = ScaledFont(placement.font, placement.font_px).height();
  const std::vector<LabelCandidate> lower{{QStringLiteral("Arras"), {150, 100 + line}, 1e9, 2}};
  EXPECT_EQ(engine.place(upper, placement), 1U);
  EXPECT_EQ(engine.place(lower, placement), 1U);
  ASSERT_EQ(engine.placed().size(), 2U);
  EXPECT_EQ(engine.placed()[1].position, LabelPosition::Below);
  EXPECT_FALSE(engine.placed()[0].rect.intersects(engine.placed()[1].rect));
}

TEST(LabelEngine, DrawsDarkTextOnAWhiteHaloOnImagesAndPdf) {
  LabelPlacement placement;
  placement.font = label_font();
  placement.font_px = 20;
  const std::vector<LabelCandidate> candidates{{QStringLiteral("Lille"), {100, 50}, 1, 1}};
  const auto placed = place_labels(candidates, placement, QSizeF(200, 100));
  ASSERT_EQ(placed.size(), 1U);
  QImage image(200, 100, QImage::Format_ARGB32);
  image.fill(QColor(0x40, 0x60, 0x80));
  {
    QPainter painter(&image);
    draw_labels(painter, placed);
  }
  int dark = 0;
  int white = 0;
  const QRect r = placed[0].rect.toAlignedRect().adjusted(-2, -2, 2, 2);
  for (int y = r.top(); y <= r.bottom(); ++y) {
    for (int x = r.left(); x <= r.right(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.lightness() < 60) ++dark;
      if (c.lightness() > 245) ++white;
    }
  }
  EXPECT_GT(dark, 20) << "the text";
  EXPECT_GT(white, 20) << "the halo";
  // Outside the label, the background is untouched.
  EXPECT_EQ(image.pixelColor(2, 2), QColor(0x40, 0x60, 0x80));

  const std::string pdf =
      (std::filesystem::temp_directory_path() / "lumiere-labels-test.pdf").string();
  {
    QPdfWriter writer(QString::fromStdString(pdf));
    writer.setResolution(96);
    QPainter painter(&writer);
    draw_labels(painter, placed);
  }
  EXPECT_GT(std::filesystem::file_size(pdf), 500U);
  std::filesystem::remove(pdf);
}

}  // namespace
}  // namespace lumiere::maps
