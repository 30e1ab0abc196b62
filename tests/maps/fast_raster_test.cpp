// ThinStroke and AreaFill draw what QPainter draws (its cosmetic stroker for pens under a pixel,
// its antialiased fill for small polygons), and are only offered where that holds.
#include "maps/fast_raster.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPolygonF>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>

#include "image_compare.h"

namespace lumiere::maps {
namespace {

// Rings of a few short segments, as the communes of a national frame, and a few long lines
// crossing the raster's edges.
std::vector<QPolygonF> sample_rings(QSize size) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> x(-20, size.width() + 20), y(-20, size.height() + 20),
      step(-3, 3);
  std::vector<QPolygonF> rings;
  for (int r = 0; r < 300; ++r) {
    QPolygonF ring;
    QPointF p(x(random), y(random));
    ring << p;
    for (int i = 0; i < 8; ++i) ring << (p += QPointF(step(random), step(random)));
    ring << ring.front();
    rings.push_back(ring);
  }
  rings.push_back(QPolygonF{{-50, 10}, {size.width() + 50.0, 40}, {30, size.height() + 60.0}});
  rings.push_back(QPolygonF{{10.25, 5.5}, {10.25, 90.75}, {11.5, 90.75}, {90.5, 91}});
  return rings;
}

enum class Outlines { None, QPainter, Thin };

QImage drawn(Outlines outlines, QColor color, double width, QPointF translation) {
  const bool thin = outlines == Outlines::Thin;
  QImage image(QSize(200, 150), QImage::Format_ARGB32_Premultiplied);
  image.fill(QColor(250, 240, 200));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.translate(translation);
  QPen pen(color, width);
  pen.setCosmetic(true);
  pen.setCapStyle(Qt::FlatCap);  // the open lines: closed rings have no caps anyway
  std::optional<ThinStroke> stroke;
  if (thin) {
    stroke = ThinStroke::for_painter(painter, color, width);
    EXPECT_TRUE(stroke.has_value());
    if (!stroke) return {};
  }
  for (const QPolygonF& ring : sample_rings(image.size())) {
    // A fill under each outline, as the renderer draws them.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(ring.size() % 2 ? 0xfd : 0xbd, 0x8d, 0x3c, 200));
    painter.drawPolygon(ring.translated(-translation), Qt::OddEvenFill);
    if (thin) {
      const QPolygonF moved = ring.translated(-translation);
      stroke->polyline(moved.constData(), static_cast<int>(moved.size()));
    } else if (outlines == Outlines::QPainter) {
      painter.setPen(pen);
      painter.setBrush(Qt::NoBrush);
      painter.drawPolyline(ring.translated(-translation));
    }
  }
  return image;
}

TEST(ThinStroke, DrawsWhatQPainterDraws) {
  for (const double width : {0.19, 0.5, 1.0}) {
    for (const QPointF translation : {QPointF(0, 0), QPointF(0, -37)}) {
      SCOPED_TRACE(testing::Message() << "width " << width << ", translation " << translation.y());
      const QImage expected = drawn(Outlines::QPainter, QColor(128, 128, 128), width, translation);
      const QImage actual = drawn(Outlines::Thin, QColor(128, 128, 128), width, translation);
      // The outlines are there to compare: thousands of pixels beyond the tolerance without them.
      EXPECT_GT(test::compare_images(
                    drawn(Outlines::None, QColor(128, 128, 128), width, translation), expected, 3)
                    .beyond,
                2000U);
      // Rounding of the fixed-point steps only: a couple of levels, never a moved pixel.
      const auto d = test::compare_images(actual, expected, 3);
      EXPECT_TRUE(d.same_size);
      EXPECT_EQ(d.beyond, 0U) << "largest difference " << d.max_channel;
      std::printf("width %.2f: largest difference %d\n", width, d.max_channel);
    }
  }
}

// Small polygons, some with a hole, some across the raster's top and bottom (cut there), some
// across its left and right sides or too large (declined: QPainter draws them).
std::vector<std::vector<QPolygonF>> sample_polygons(QSize size) {
  std::mt19937 random(11);
  std::uniform_real_distribution<double> x(-10, size.width() + 10), y(-10, size.height() + 10),
      radius(0.3, 9), jitter(0.6, 1.0);
  std::vector<std::vector<QPolygonF>> polygons;
  for (int k = 0; k < 400; ++k) {
    const QPointF centre(x(random), y(random));
    const double r = radius(random);
    const int n = 3 + k % 9;
    QPolygonF ring;
    for (int i = 0; i < n; ++i) {
      const double a = 6.283185307179586 * i / n;
      ring << centre + QPointF(std::cos(a), std::sin(a)) * r * jitter(random);
    }
    if (k % 2 == 0) ring << ring.front();  // closed, as the store's rings; open ones too
    std::vector<QPolygonF> polygon{ring};
    if (k % 5 == 0) {  // a hole, the other way round or the same way
      QPolygonF hole;
      for (int i = 0; i < 4; ++i) {
        const double a = (k % 10 == 0 ? 1 : -1) * 6.283185307179586 * i / 4;
        hole << centre + QPointF(std::cos(a), std::sin(a)) * r * 0.3;
      }
      polygon.push_back(hole);
    }
    polygons.push_back(polygon);
  }
  polygons.push_back({QPolygonF{{20, 20}, {150, 25}, {140, 140}, {30, 120}}});  // too large
  return polygons;
}

QImage filled(bool area_fill, QPointF translation, int* declined = nullptr) {
  QImage image(QSize(200, 150), QImage::Format_ARGB32_Premultiplied);
  image.fill(QColor(250, 240, 200));
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.translate(translation);
  painter.setPen(Qt::NoPen);
  std::optional<AreaFill> fill;
  if (area_fill) {
    fill = AreaFill::for_painter(painter);
    EXPECT_TRUE(fill.has_value());
    if (!fill) return {};
  }
  int k = 0;
  for (std::vector<QPolygonF> polygon : sample_polygons(image.size())) {
    for (QPolygonF& ring : polygon) ring.translate(-translation);
    const QColor color =
        k % 7 == 0 ? QColor(40, 90, 200, 150) : QColor::fromHsv(k * 37 % 360, 200, 220);
    ++k;
    if (fill && fill->fill(polygon, color.rgba())) continue;
    if (declined) ++*declined;
    painter.setBrush(color);
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF& ring : polygon) path.addPolygon(ring);
    if (polygon.size() == 1)
      painter.drawPolygon(polygon.front(), Qt::OddEvenFill);
    else
      painter.drawPath(path);
  }
  return image;
}

TEST(AreaFill, FillsWhatQPainterFills) {
  for (const QPointF translation : {QPointF(0, 0), QPointF(0, -37.5)}) {
    SCOPED_TRACE(testing::Message() << "translation " << translation.y());
    int declined = 0;
    const QImage expected = filled(false, translation);
    const QImage actual = filled(true, translation, &declined);
    // Those across the left or right side (about one in ten here) and the large one.
    EXPECT_GT(declined, 10);
    EXPECT_LT(declined, 80);
    // QPainter computes the covered share of each pixel on a grid of 1/64 pixel, AreaFill
    // exactly: a level or two on edges, never a moved edge.
    const auto d = test::compare_images(actual, expected, 3);
    EXPECT_TRUE(d.same_size);
    EXPECT_LE(d.share(), 0.0005) << d.beyond << " pixels beyond, largest difference "
                                 << d.max_channel;
    EXPECT_LE(d.max_channel, 6);
    std::printf("area fill: largest difference %d, %zu pixels beyond 3\n", d.max_channel, d.beyond);
  }
}

TEST(FastRaster, OnlyWhereExact) {
  QImage image(QSize(20, 20), QImage::Format_ARGB32_Premultiplied);
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    EXPECT_TRUE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_TRUE(AreaFill::for_painter(painter));
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 1.5));  // a real stroke
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0));
    painter.setOpacity(0.5);
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
    painter.setOpacity(1);
    painter.scale(2, 2);
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
    painter.resetTransform();
    painter.setClipRect(QRect(0, 0, 10, 10));
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
  }
  QImage indexed(QSize(20, 20), QImage::Format_RGB888);
  {
    QPainter painter(&indexed);
    painter.setRenderHint(QPainter::Antialiasing, true);
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
  }
  QTemporaryDir dir;
  QPdfWriter pdf(dir.filePath(QStringLiteral("x.pdf")));
  {
    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing, true);
    EXPECT_FALSE(ThinStroke::for_painter(painter, Qt::gray, 0.19));
    EXPECT_FALSE(AreaFill::for_painter(painter));
  }
}

}  // namespace
}  // namespace lumiere::maps
