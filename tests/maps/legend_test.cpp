// The legend model and its layout: entries match the classes and their counts, bounds are written
// the French way with as few decimals as keep them apart, columns are balanced, wrapped labels
// never exceed their width, and the layout scales to any unit.
#include "maps/legend.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <numeric>

#include "maps/color_ramp.h"
#include "maps/language.h"
#include "maps/message_text.h"
#include "maps/scaled_font.h"
#include "maps/styled_layer.h"
#include "maps_test_data.h"

namespace lumiere::maps {
namespace {

const QString nnbsp(QChar(0x202F));

QFont legend_font() { return QFont(QStringLiteral("DejaVu Sans")); }

// The legend speaks the user's language: these tests read it in French ("1 234,5"), unless they
// say otherwise.
class Legend : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(use_language(Language::French)); }
  void TearDown() override { use_language(Language::English); }
};

LegendOptions options() {
  LegendOptions o;
  o.font = legend_font();
  return o;
}

TEST_F(Legend, GraduatedEntriesMatchTheClassesAndTheirCounts) {
  const auto layer = test::departements_with_population();
  ASSERT_NE(layer, nullptr);
  Style style;
  style.kind = StyleKind::Graduated;
  style.field = QStringLiteral("population");
  style.classification.method = ClassMethod::Quantiles;
  style.classification.classes = 5;
  auto styled = style_layer(layer, style, QStringLiteral("Population"));
  ASSERT_TRUE(styled.ok()) << message_string(styled.error());
  const StyledLayer& s = **styled;

  const LegendSection section = legend_section(s);
  EXPECT_EQ(section.title, "Population");
  const std::size_t classes = static_cast<std::size_t>(s.classes.class_count());
  ASSERT_EQ(classes, 5U);
  ASSERT_EQ(section.entries.size(), classes + (s.no_data_count > 0 ? 1 : 0));
  std::size_t total = 0;
  for (std::size_t c = 0; c < classes; ++c) {
    const LegendEntry& e = section.entries[c];
    EXPECT_EQ(e.fill, s.class_colors[c]);
    ASSERT_TRUE(e.count.has_value());
    EXPECT_EQ(*e.count, s.class_counts[c]);
    total += *e.count;
    EXPECT_FALSE(e.no_data);
  }
  if (s.no_data_count > 0) {
    EXPECT_TRUE(section.entries.back().no_data);
    EXPECT_EQ(*section.entries.back().count, s.no_data_count);
    total += s.no_data_count;
  }
  EXPECT_EQ(total, 101U);
  // Populations are whole numbers of inhabitants in the hundreds of thousands: no decimals, and
  // a class starts at its own smallest population, never at the bound that ends the class before.
  const QStringList labels = class_labels(s.classes.bounds, s.class_minima);
  for (std::size_t c = 0; c < classes; ++c) {
    EXPECT_EQ(section.entries[c].label, labels[static_cast<int>(c)]);
    EXPECT_FALSE(labels[static_cast<int>(c)].contains(u','));
    EXPECT_TRUE(labels[static_cast<int>(c)].contains(nnbsp))
        << labels[static_cast<int>(c)].toStdString();
    if (c + 1 < classes) {
      // "de 1 234 à 5 678": the end of a class is not the start of the next.
      static const QRegularExpression bounds(QStringLiteral("^de (.+) à (.+)$"));
      const auto here = bounds.match(labels[static_cast<int>(c)]);
      const auto next = bounds.match(labels[static_cast<int>(c + 1)]);
      ASSERT_TRUE(here.hasMatch() && next.hasMatch());
      EXPECT_NE(here.captured(2), next.captured(1));
    }
  }
  ASSERT_TRUE(section.ramp.has_value());
  EXPECT_EQ(section.ramp->ticks.size(), classes + 1);
  EXPECT_DOUBLE_EQ(section.ramp->ticks.front(), 0.0);
  EXPECT_DOUBLE_EQ(section.ramp->ticks.back(), 1.0);
}

TEST_F(Legend, BoundsAreFrenchWithTheDecimalsTheirSpreadNeeds) {
  EXPECT_EQ(class_labels(std::vector<double>{0, 1234.5, 5678}),
            QStringList({"de 0 à 1" + nnbsp + "235", "de 1" + nnbsp + "235 à 5" + nnbsp + "678"}));
  // 1 234,5 and 1 234,9 are the same at 0 decimals: one decimal for every bound.
  EXPECT_EQ(class_labels(std::vector<double>{1234.5, 1234.9, 5678}),
            QStringList({"de 1" + nnbsp + "234,5 à 1" + nnbsp + "234,9",
                         "de 1" + nnbsp + "234,9 à 5" + nnbsp + "678,0"}));
  // In English: "1,234.5 – 1,234.9".
  ASSERT_TRUE(use_language(Language::English));
  EXPECT_EQ(class_labels(std::vector<double>{1234.5, 1234.9, 5678}),
            QStringList({"1,234.5 – 1,234.9", "1,234.9 – 5,678.0"}));
  EXPECT_EQ(legend_decimals(std::vector<double>{0.012, 0.015, 0.02}), 3);
  EXPECT_EQ(legend_decimals(std::vector<double>{0, 0.25, 0.5, 1}), 2);  // never "0,3"
  EXPECT_EQ(legend_decimals(std::vector<double>{1203.5, 257973.5, 384160}), 0);
  EXPECT_EQ(legend_decimals(std::vector<double>{5, 5, 10}), 0);  // equal bounds stay equal
}

TEST_F(Legend, NoDataEntryWithItsCount) {
  StyledLayer s;
  s.title = QStringLiteral("Taux d'adoption");
  s.style.kind = StyleKind::Graduated;
  s.classes.bounds = {0.0, 0.25, 0.5, 1.0};
  s.class_colors = {Qt::yellow, QColor(255, 128, 0), Qt::red};
  s.class_counts = {10, 20, 5};
  s.no_data_color = Qt::lightGray;
  s.no_data_count = 7;
  const LegendSection section = legend_section(s);
  ASSERT_EQ(section.entries.size(), 4U);
  EXPECT_EQ(section.entries[0].label, "de 0,00 à 0,25");
  EXPECT_EQ(section.entries[2].label, "de 0,50 à 1,00");
  EXPECT_EQ(section.entries[3].label, "non renseigné");
  EXPECT_TRUE(section.entries[3].no_data);
  EXPECT_EQ(section.entries[3].fill, QColor(Qt::lightGray));
  EXPECT_EQ(*section.entries[3].count, 7U);
}

TEST_F(Legend, ProportionalCirclesAreTheMaximumAndTwoRoundValues) {
  EXPECT_EQ(proportional_reference_values(2165423), (std::vector<double>{2165423, 500000, 100000}));
  EXPECT_EQ(proportional_reference_values(87), (std::vector<double>{87, 20, 5}));
  EXPECT_TRUE(proportional_reference_values(0).empty());

  StyledLayer s;
  s.style.kind = StyleKind::Proportional;
  s.style.max_radius_px = 30;
  s.max_value = 2165423;
  const LegendSection section = legend_section(s);
  ASSERT_EQ(section.entries.size(), 3U);
  EXPECT_EQ(section.entries[0].label, "2" + nnbsp + "165" + nnbsp + "423");
  EXPECT_EQ(section.entries[1].label, "500" + nnbsp + "000");
  EXPECT_DOUBLE_EQ(section.entries[0].radius_px, 30);
  // Areas proportional to the values.
  EXPECT_NEAR(section.entries[1].radius_px, 30 * std::sqrt(500000.0 / 2165423), 1e-9);
  const LegendLayout layout = layout_legend({section}, options());
  int circles = 0;
  for (const LegendItem& i : layout.items) {
    if (i.kind == LegendItemKind::Circle) {
      ++circles;
      // Nested: the circles share their bottom.
      EXPECT_NEAR(i.rect.bottom(), layout.items.front().rect.bottom(), 1e-9);
    }
  }
  EXPECT_EQ(circles, 3);
}

LegendSection categories(int n) {
  LegendSection s;
  s.title = QStringLiteral("Structure");
  s.kind = StyleKind::Categorized;
  for (int i = 0; i < n; ++i) {
    LegendEntry e;
    e.label = QStringLiteral("Syndicat %1").arg(i + 1);
    e.fill = QColor::fromHsv((i * 37) % 360, 160, 220);
    e.count = static_cast<std::size_t>(i);
    s.entries.push_back(e);
  }
  return s;
}

TEST_F(Legend, ColumnsAreBalanced) {
  for (LegendOrientation orientation :
       {LegendOrientation::Vertical, LegendOrientation::Horizontal}) {
    for (int n : {1, 2, 5, 7, 10, 13}) {
      for (int columns : {1, 2, 3, 4}) {
        LegendOptions o = options();
        o.columns = columns;
        o.orientation = orientation;
        const LegendLayout layout = layout_legend({categories(n)}, o);
        std::map<int, int> per_column;
        std::map<int, double> left_of_column;
        for (const LegendItem& i : layout.items) {
          if (i.kind != LegendItemKind::Swatch) continue;
          ++per_column[i.column];
          // Every swatch of a column starts at the column's left edge.
          const auto [it, first] = left_of_column.emplace(i.column, i.rect.left());
          if (!first) {
            EXPECT_DOUBLE_EQ(i.rect.left(), it->second);
          }
        }
        ASSERT_EQ(static_cast<int>(per_column.size()), std::min(n, columns));
        int most = 0;
        int fewest = n;
        for (const auto& [c, count] : per_column) {
          most = std::max(most, count);
          fewest = std::min(fewest, count);
        }
        EXPECT_LE(most - fewest, 1) << n << " entries in " << columns << " columns";
        // Columns side by side, left to right, without overlap.
        for (const LegendItem& a : layout.items) {
          for (const LegendItem& b : layout.items) {
            if (&a != &b && a.kind == LegendItemKind::Label && b.kind == LegendItemKind::Label) {
              EXPECT_FALSE(a.rect.intersects(b.rect));
            }
          }
        }
      }
    }
  }
}

TEST_F(Legend, LongLabelsWrapWithinTheMaximumWidth) {
  LegendSection s = categories(3);
  s.entries[0].label = QStringLiteral(
      "Communes membres d'un syndicat mixte informatique départemental et d'un centre de gestion");
  s.entries[1].label = QStringLiteral("Anticonstitutionnellementdématérialisé");  // one long word
  LegendOptions o = options();
  o.max_label_width = 90;
  o.counts = LegendCounts::Shown;
  const LegendLayout layout = layout_legend({s}, o);
  const ScaledFont font(o.font, o.font_size);
  int wrapped = 0;
  for (const LegendItem& i : layout.items) {
    if (i.kind != LegendItemKind::Label) continue;
    EXPECT_LE(i.rect.width(), o.max_label_width + 1e-9);
    for (const QString& line : i.lines) EXPECT_LE(font.width(line), o.max_label_width + 1e-9);
    if (i.lines.size() > 1) ++wrapped;
    // Nothing is lost: the lines give back the text, with its count.
    if (i.index == 0) {
      EXPECT_EQ(i.lines.join(u' '), s.entries[0].label + QStringLiteral(" (0)"));
    }
  }
  EXPECT_EQ(wrapped, 2);
  // Lines of one label do not overlap the next entry.
  std::vector<QRectF> labels;
  for (const LegendItem& i : layout.items)
    if (i.kind == LegendItemKind::Label) {
      labels.push_back(i.rect);
    }
  for (std::size_t a = 0; a < labels.size(); ++a)
    for (std::size_t b = a + 1; b < labels.size(); ++b)
      EXPECT_FALSE(labels[a].intersects(labels[b]));
}

TEST_F(Legend, RampBarWithTickLabelsThatDoNotOverlap) {
  StyledLayer s;
  s.style.kind = StyleKind::Graduated;
  s.style.ramp = QStringLiteral("viridis");
  s.classes.bounds = {10, 11, 12, 500, 1000, 100000};
  s.class_colors = {Qt::blue, Qt::cyan, Qt::green, Qt::yellow, Qt::red};
  s.class_counts = {1, 1, 1, 1, 1};
  s.no_data_count = 2;
  s.no_data_color = Qt::gray;
  LegendOptions o = options();
  o.graduated = LegendGraduated::RampBar;
  const LegendLayout layout = layout_legend({legend_section(s)}, o);
  int bars = 0;
  int swatches = 0;
  std::vector<QRectF> ticks;
  for (const LegendItem& i : layout.items) {
    if (i.kind == LegendItemKind::RampBar) {
      ++bars;
      EXPECT_DOUBLE_EQ(i.rect.width(), o.ramp_length);
      EXPECT_EQ(i.stops.front(), ColorRamp::viridis().at(0));
    }
    if (i.kind == LegendItemKind::Swatch) {
      ++swatches;
      EXPECT_TRUE(i.entry.no_data);  // with the bar alone, only "no data" keeps a swatch
    }
    if (i.kind == LegendItemKind::Label && i.index < 0) ticks.push_back(i.rect);
  }
  EXPECT_EQ(bars, 1);
  EXPECT_EQ(swatches, 1);
  EXPECT_GE(ticks.size(), 2U);
  for (std::size_t a = 0; a < ticks.size(); ++a)
    for (std::size_t b = a + 1; b < ticks.size(); ++b) EXPECT_FALSE(ticks[a].intersects(ticks[b]));
}

TEST_F(Legend, LayoutInMillimetresIsTheSameShapeScaled) {
  const std::vector<LegendSection> sections{categories(4)};
  LegendOptions px = options();
  px.columns = 2;
  LegendOptions mm = px;
  const double k = 25.4 / 96;  // millimetres per pixel at 96 dpi
  for (double* v :
       {&mm.font_size, &mm.title_size, &mm.swatch_width, &mm.swatch_height, &mm.gap,
        &mm.section_gap, &mm.column_gap, &mm.max_label_width, &mm.ramp_length, &mm.ramp_thickness})
    *v *= k;
  const LegendLayout a = layout_legend(sections, px);
  const LegendLayout b = layout_legend(sections, mm);
  ASSERT_EQ(a.items.size(), b.items.size());
  EXPECT_NEAR(b.size.width(), a.size.width() * k, a.size.width() * k * 0.01);
  EXPECT_NEAR(b.size.height(), a.size.height() * k, a.size.height() * k * 0.01);
}

TEST_F(Legend, DrawsSwatchesInTheirColours) {
  LegendOptions o = options();
  const LegendSection s = categories(3);
  const LegendLayout layout = layout_legend({s}, o);
  QImage image(layout.size.toSize() + QSize(4, 4), QImage::Format_ARGB32);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    draw_legend(painter, layout);
  }
  for (const LegendItem& i : layout.items) {
    if (i.kind != LegendItemKind::Swatch) continue;
    EXPECT_EQ(image.pixelColor(i.rect.center().toPoint()).rgb(), i.entry.fill.rgb());
  }
}

TEST_F(Legend, OnlyVisibleLayersHaveASection) {
  auto a = std::make_shared<StyledLayer>();
  a->title = QStringLiteral("Départements");
  auto b = std::make_shared<StyledLayer>();
  b->title = QStringLiteral("Communes");
  b->visible = false;
  const std::vector<std::shared_ptr<const StyledLayer>> layers{a, b};
  const auto sections = legend_sections(layers);
  ASSERT_EQ(sections.size(), 1U);
  EXPECT_EQ(sections[0].title, "Départements");
  ASSERT_EQ(sections[0].entries.size(), 1U);  // a single symbol: one entry
}

}  // namespace
}  // namespace lumiere::maps
