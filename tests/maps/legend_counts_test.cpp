// Legends that count, in French and in English: every entry says how many features it has, the
// features without a value are "non renseigné (N)" / "no value (N)" (never "other values"), an
// entry with no feature is left out, a yes/no measure is its categories (oui / non / non
// renseigné) whatever style asks for classes, and no two classes write the same bound.
#include <gtest/gtest.h>

#include <QImage>
#include <QRegularExpression>
#include <cmath>
#include <limits>

#include "core/cog/cog_match.h"
#include "maps/language.h"
#include "maps/legend.h"
#include "maps/map_renderer.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"
#include "maps_test_data.h"

namespace lumiere::maps {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The départements with made-up columns: "adopted" (text: oui for the first 60, non for the next
// 30, nothing for the last 11) and "covered" (the same as numbers 1, 0 and no value).
std::shared_ptr<const core::VectorLayer> departements_with_yes_no() {
  const auto deps = test::departements_with_population();
  if (!deps) return nullptr;
  auto layer = std::make_shared<core::VectorLayer>(*deps);
  const std::size_t n = layer->feature_count();
  std::vector<std::string> texts(n);
  std::vector<double> numbers(n, kNaN);
  for (std::size_t f = 0; f < n; ++f) {
    if (f < 60) {
      texts[f] = "oui";
      numbers[f] = 1;
    } else if (f < 90) {
      texts[f] = "non";
      numbers[f] = 0;
    }
  }
  layer->attributes.set_texts("adopted", std::move(texts));
  layer->attributes.set_numbers("covered", std::move(numbers));
  return layer;
}

// The entries' labels as the legend writes them (label, then the count in brackets), the
// section's title aside.
QStringList written(const LegendSection& section) {
  LegendOptions options;  // the defaults: counts shown
  options.max_label_width = 1000;
  const LegendLayout layout = layout_legend({section}, options);
  QStringList out;
  for (const LegendItem& item : layout.items) {
    if (item.kind == LegendItemKind::Label) out << item.lines.join(u' ');
  }
  return out;
}

class CountingLegend : public ::testing::TestWithParam<Language> {
 protected:
  void SetUp() override { ASSERT_TRUE(use_language(GetParam())); }
  void TearDown() override { use_language(Language::English); }
  bool french() const { return GetParam() == Language::French; }
};

TEST_P(CountingLegend, TheMissingValuesAreNamedAndCounted) {
  const auto layer = departements_with_yes_no();
  ASSERT_TRUE(layer);
  Style style;
  style.kind = StyleKind::Categorized;
  style.field = QStringLiteral("adopted");
  style.categories = {{QStringLiteral("oui"), Qt::blue, QStringLiteral("Adopté")},
                      {QStringLiteral("non"), Qt::yellow, QStringLiteral("Non adopté")},
                      {QStringLiteral("jamais"), Qt::red, QStringLiteral("Jamais")}};
  auto styled = style_layer(layer, style, QStringLiteral("Actes"));
  ASSERT_TRUE(styled) << message_string(styled.error());
  const QStringList labels = written(legend_section(**styled));
  // The category no feature has ("jamais") is left out; no "other values".
  // (Capitalised as the categories before it are.)
  const QString none =
      french() ? QStringLiteral("Non renseigné (11)") : QStringLiteral("No value (11)");
  EXPECT_EQ(labels, QStringList({"Adopté (60)", "Non adopté (30)", none}));
}

TEST_P(CountingLegend, AYesNoMeasureIsItsCategoriesNeverClasses) {
  const auto layer = departements_with_yes_no();
  ASSERT_TRUE(layer);
  EXPECT_TRUE(is_yes_no_column(*layer, QStringLiteral("covered")));
  EXPECT_FALSE(is_yes_no_column(*layer, QStringLiteral("population")));
  for (const ClassMethod method : {ClassMethod::Jenks, ClassMethod::Quantiles}) {
    Style style;
    style.kind = StyleKind::Graduated;
    style.field = QStringLiteral("covered");
    style.classification.method = method;
    auto styled = style_layer(layer, style, QStringLiteral("Couverture"));
    ASSERT_TRUE(styled) << message_string(styled.error());
    EXPECT_EQ((*styled)->style.kind, StyleKind::Categorized);
    const QStringList labels = written(legend_section(**styled));
    EXPECT_EQ(labels, french() ? QStringList({"oui (60)", "non (30)", "non renseigné (11)"})
                               : QStringList({"yes (60)", "no (30)", "no value (11)"}));
  }
}

// Populations in hundreds of thousands, written as whole numbers: a class starts past the bound
// that ends the one before it, classes no département falls in are left out, and the counts add
// up to the 101 départements.
TEST_P(CountingLegend, NoTwoClassesWriteTheSameBound) {
  const auto deps = test::departements_with_population();
  ASSERT_TRUE(deps);
  auto layer = std::make_shared<core::VectorLayer>(*deps);
  // Whole hundreds of thousands of inhabitants: many départements share a value, so that
  // quantiles give equal bounds.
  std::vector<double> rounded = *deps->attributes.numbers("population");
  for (double& v : rounded) v = std::floor(v / 300000);
  layer->attributes.set_numbers("tranche", std::move(rounded));
  for (const ClassMethod method :
       {ClassMethod::Quantiles, ClassMethod::Jenks, ClassMethod::EqualIntervals}) {
    for (const char* field : {"population", "tranche"}) {
      SCOPED_TRACE(field);
      Style style;
      style.kind = StyleKind::Graduated;
      style.field = QString::fromLatin1(field);
      style.classification.method = method;
      style.classification.classes = 7;
      auto styled = style_layer(layer, style);
      ASSERT_TRUE(styled) << message_string(styled.error());
      const LegendSection section = legend_section(**styled);
      std::size_t total = 0;
      QStringList ends;
      for (const LegendEntry& e : section.entries) {
        ASSERT_TRUE(e.count);
        EXPECT_GT(*e.count, 0u) << e.label.toStdString();
        total += *e.count;
        if (e.no_data) continue;
        // "de 20 à 50" in French, "20 – 50" in English.
        static const QRegularExpression pattern(QStringLiteral("^(?:de )?(.+)(?: à | – )(.+)$"));
        const auto match = pattern.match(e.label);
        ASSERT_TRUE(match.hasMatch()) << e.label.toStdString();
        const QStringList bounds{match.captured(1), match.captured(2)};
        // A class starts past the end of the one before it, and no two classes end alike.
        if (!ends.isEmpty()) {
          EXPECT_NE(bounds.front(), ends.back()) << e.label.toStdString();
        }
        EXPECT_FALSE(ends.contains(bounds.back())) << e.label.toStdString();
        ends << bounds.back();
      }
      EXPECT_EQ(total, 101u);
    }
  }
}

// Two communes of Pas-de-Calais under codes of no vintage: hatched on the map whatever the style,
// their own legend entry, never counted as a missing value or in a class.
TEST_P(CountingLegend, CommunesAbsentFromTheCogAreHatchedAndCountedApart) {
  const auto communes = test::communes_62_with_population();
  ASSERT_TRUE(communes);
  auto cog = core::CogRegistry::load(test::maps_data_dir() + "/cog");
  ASSERT_TRUE(cog.ok()) << message_string(cog.error());
  auto layer = std::make_shared<core::VectorLayer>(*communes);
  const std::size_t arras = *layer->find("62041"), calais = *layer->find("62193");
  layer->codes[arras] = "62998";
  layer->codes[calais] = "62999";
  layer->index_codes();
  core::apply_official_names(*layer, *cog);
  ASSERT_TRUE(layer->is_outside_cog(arras));
  ASSERT_TRUE(layer->is_outside_cog(calais));
  EXPECT_FALSE(layer->is_outside_cog(*layer->find("62001")));
  const std::size_t n = layer->feature_count();
  // A yes/no column with a value everywhere, the two included: they still are no commune.
  std::vector<double> covered(n);
  for (std::size_t f = 0; f < n; ++f) covered[f] = f % 2;
  layer->attributes.set_numbers("covered", std::move(covered));
  Style style;
  style.kind = StyleKind::Graduated;
  style.field = QStringLiteral("covered");
  auto styled = style_layer(layer, style, QStringLiteral("Couverture"));
  ASSERT_TRUE(styled) << message_string(styled.error());
  EXPECT_EQ((*styled)->outside_cog_count, 2u);
  const QStringList labels = written(legend_section(**styled));
  ASSERT_FALSE(labels.isEmpty());
  EXPECT_EQ(labels.back(), french() ? QStringLiteral("commune absente du COG (2)")
                                    : QStringLiteral("commune absent from the COG (2)"));
  const LegendSection section = legend_section(**styled);
  ASSERT_TRUE(section.entries.back().outside_cog);
  EXPECT_EQ(section.entries.back().fill_mode, FillMode::Hatched);
  std::size_t total = 0;
  for (const LegendEntry& e : section.entries) total += e.count.value_or(0);
  EXPECT_EQ(total, n);

  // On the map: Calais hatched (its grey and the background both inside it), its neighbours
  // filled as their class says.
  RenderRequest request;
  request.size = QSize(800, 800);
  request.extent = layer->geometry.bounds(calais);
  request.layers = {*styled};
  const QImage image = render_image(request);
  const ViewTransform view(request.extent, request.size);
  const QPointF centre = view.to_device(layer->geometry.label_point(calais));
  int grey = 0, other = 0;
  for (int y = -20; y <= 20; ++y) {
    for (int x = -20; x <= 20; ++x) {
      const QColor c = image.pixelColor(QPoint(centre.x() + x, centre.y() + y));
      (std::abs(c.red() - kOutsideCogColor.red()) < 30 && c.red() == c.green() ? grey : other)++;
    }
  }
  EXPECT_GT(grey, 41 * 41 / 20) << "no hatch";
  EXPECT_GT(other, 41 * 41 / 2) << "filled, not hatched";
}

TEST_P(CountingLegend, CountsAreShownByDefault) {
  EXPECT_EQ(LegendOptions{}.counts, LegendCounts::Shown);
}

INSTANTIATE_TEST_SUITE_P(FrenchAndEnglish, CountingLegend,
                         ::testing::Values(Language::French, Language::English),
                         [](const auto& info) {
                           return info.param == Language::French ? "French" : "English";
                         });

}  // namespace
}  // namespace lumiere::maps
