// Rendering tests: real frames through maps::render_image on the offscreen platform with its
// default fonts, compared with the committed PNGs of tests/maps/reference under a tolerance
// (image_compare.h). LUMIERE_UPDATE_REFERENCES=1 rewrites the references (and fails); look at
// every one before committing it.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QPainter>
#include <cmath>
#include <filesystem>
#include <memory>

#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "image_compare.h"
#include "maps/map_renderer.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"
#include "maps_test_data.h"

namespace lumiere::maps {
namespace {

// Geometry only: antialiasing may move a little between Qt versions, nothing else.
constexpr test::ImageTolerance kShapes{8, 0.005};
// With text: glyph rasterisation is what differs first between machines (CI: Debian 12 with
// fonts-dejavu-core, as here).
constexpr test::ImageTolerance kText{16, 0.015};
// Level of detail against full detail: sub-pixel moves of thin outlines only. Measured on the
// sample: 0.16 % (700 m/px) and 0.32 % (1400 m/px) of pixels beyond 24/255, where the same map
// moved by half a pixel gives 3.8 % and 5.4 %.
constexpr test::ImageTolerance kLevels{24, 0.005};
// Bands against one pass: only the antialiasing of edges crossing a band's border may differ
// (4/255 at most here), and no pixel by more than 12/255: a cut arc is a few dozen pixels.
constexpr test::ImageTolerance kBands{12, 0.0};

test::ReferenceFolders folders() {
  return {QStringLiteral(LUMIERE_RENDER_REFERENCE_DIR), QStringLiteral(LUMIERE_RENDER_FAILURE_DIR)};
}

// The communes of Charente-Maritime with the COG's figures; `levels`: with levels of detail.
std::shared_ptr<const core::VectorLayer> load_communes_17(bool levels) {
  const std::string data = test::maps_data_dir();
  const std::string path = data + "/boundaries/communes/communes-17-charente-maritime.geojson";
  if (!std::filesystem::exists(path) || !std::filesystem::exists(data + "/cog/communes.json")) {
    ADD_FAILURE() << path << " or the COG of " << data << "/cog is missing: run scripts/fetch-data";
    return nullptr;
  }
  auto layers = core::load_layers({path});
  if (!layers || layers->size() != 1) {
    ADD_FAILURE() << path << ": " << (layers ? "not one layer" : message_string(layers.error()));
    return nullptr;
  }
  auto cog = core::CogRegistry::load(data + "/cog");
  if (!cog) {
    ADD_FAILURE() << message_string(cog.error());
    return nullptr;
  }
  auto layer = std::make_shared<core::VectorLayer>(std::move(layers->front()));
  core::apply_official_names(*layer, *cog);
  core::add_cog_attributes(*layer, *cog);
  if (levels) layer->build_levels();
  return layer;
}

std::shared_ptr<const core::VectorLayer> communes_17() {
  static const auto layer = load_communes_17(false);
  return layer;
}

std::shared_ptr<const core::VectorLayer> communes_17_with_levels() {
  static const auto layer = load_communes_17(true);
  return layer;
}

core::Box with_margin(const core::Box& box, double share = 0.03) {
  const double m = share * std::max(box.width(), box.height());
  return {box.min_x - m, box.min_y - m, box.max_x + m, box.max_y + m};
}

std::shared_ptr<const StyledLayer> styled(std::shared_ptr<const core::VectorLayer> source,
                                          const Style& style, const LabelSettings& labels = {}) {
  auto out = style_layer(std::move(source), style, {}, labels);
  if (!out) {
    ADD_FAILURE() << message_string(out.error());
    return nullptr;
  }
  return *out;
}

Style density_jenks5() {
  Style style;
  style.kind = StyleKind::Graduated;
  style.field = QStringLiteral("density");
  style.classification.method = ClassMethod::Jenks;
  style.classification.classes = 5;
  style.ramp = QStringLiteral("YlGnBu");
  return style;
}

RenderRequest communes_17_request(std::shared_ptr<const StyledLayer> layer) {
  RenderRequest request;
  request.size = QSize(400, 400);
  request.extent = with_margin(layer->source->geometry.extent());
  request.layers = {std::move(layer)};
  request.inset_frames = false;
  return request;
}

// The four départements of Bretagne.
core::Box bretagne_extent(const core::VectorLayer& departements) {
  core::Box box;
  for (const char* code : {"22", "29", "35", "56"}) {
    const auto f = departements.find(code);
    EXPECT_TRUE(f.has_value()) << "no département " << code;
    if (f) box.expand(departements.geometry.bounds(*f));
  }
  return with_margin(box);
}

Style bretagne_categories(FillMode mode) {
  Style style;
  style.kind = StyleKind::Categorized;
  style.field = QStringLiteral("code");
  style.symbol.fill_mode = mode;
  style.symbol.stroke = QColor(0x60, 0x60, 0x60);
  style.symbol.stroke_width_px = 0.8;
  style.categories = {{QStringLiteral("22"), QColor(0x1b, 0x9e, 0x77), {}},
                      {QStringLiteral("29"), QColor(0xd9, 0x5f, 0x02), {}},
                      {QStringLiteral("35"), QColor(0x75, 0x70, 0xb3), {}},
                      {QStringLiteral("56"), QColor(0xe7, 0x29, 0x8a), {}}};
  return style;
}

// --- The comparison itself -------------------------------------------------------------------

QImage plain(QSize size, QColor color) {
  QImage image(size, QImage::Format_ARGB32);
  image.fill(color);
  return image;
}

TEST(ImageCompare, ToleratesSmallDifferencesAndFewPixelsBeyond) {
  const QImage expected = plain({100, 100}, QColor(100, 150, 200));
  // Every pixel off by the tolerance: still the same.
  EXPECT_TRUE(
      test::compare_images(plain({100, 100}, QColor(108, 142, 200)), expected, 8).within(kShapes));
  // 50 pixels of 10 000 (0.5 %) far off: allowed; 51: not.
  QImage spots = expected.copy();
  for (int i = 0; i < 50; ++i) spots.setPixelColor(i, 7, Qt::black);
  auto d = test::compare_images(spots, expected, 8);
  EXPECT_EQ(d.beyond, 50U);
  EXPECT_TRUE(d.within(kShapes));
  spots.setPixelColor(0, 8, Qt::black);
  d = test::compare_images(spots, expected, 8);
  EXPECT_FALSE(d.within(kShapes));
  EXPECT_EQ(d.max_channel, 200);
  EXPECT_EQ(d.diff.pixel(0, 8), qRgb(255, 0, 0));
  EXPECT_NE(d.diff.pixel(0, 9), qRgb(255, 0, 0));
}

TEST(ImageCompare, ImagesOfDifferentSizesDiffer) {
  const auto d = test::compare_images(plain({100, 100}, Qt::white), plain({100, 99}, Qt::white), 8);
  EXPECT_FALSE(d.same_size);
  EXPECT_FALSE(d.within(kShapes));
}

// --- Renders against their references --------------------------------------------------------

TEST(Render, DepartementsOfFranceWithInsets) {
  const auto departements = test::departements_with_population();
  ASSERT_TRUE(departements);
  ASSERT_EQ(departements->feature_count(), 101U);
  RenderRequest request;
  request.size = QSize(400, 300);
  request.extent = request.space.france_extent();
  request.layers = {styled(departements, Style{})};
  ASSERT_TRUE(request.layers.front());
  EXPECT_TRUE(
      test::matches_reference(render_image(request), "departements_france", kText, folders()));
}

TEST(Render, CommunesOfCharenteMaritimeGraduatedOnDensity) {
  const auto communes = communes_17();
  ASSERT_TRUE(communes);
  const auto layer = styled(communes, density_jenks5());
  ASSERT_TRUE(layer);
  ASSERT_EQ(layer->class_colors.size(), 5U);
  EXPECT_TRUE(test::matches_reference(render_image(communes_17_request(layer)),
                                      "communes_17_density_jenks5", kShapes, folders()));
}

TEST(Render, CommunesOfCharenteMaritimeWithLabels) {
  const auto communes = communes_17();
  ASSERT_TRUE(communes);
  LabelSettings labels;
  labels.enabled = true;
  labels.max_metres_per_pixel = 1e6;
  const auto layer = styled(communes, density_jenks5(), labels);
  ASSERT_TRUE(layer);
  EXPECT_TRUE(test::matches_reference(render_image(communes_17_request(layer)),
                                      "communes_17_density_labels", kText, folders()));
}

// The départements' populations as proportional circles, France with its insets at 400×300.
RenderRequest population_circles_request() {
  Style style;
  style.kind = StyleKind::Proportional;
  style.field = QStringLiteral("population");
  RenderRequest request;
  request.size = QSize(400, 300);
  request.extent = request.space.france_extent();
  if (const auto departements = test::departements_with_population())
    request.layers = {styled(departements, style)};
  else
    request.layers = {nullptr};
  return request;
}

TEST(Render, ProportionalCirclesOfPopulation) {
  const RenderRequest request = population_circles_request();
  ASSERT_TRUE(request.layers.front());
  EXPECT_TRUE(test::matches_reference(render_image(request), "departements_population_circles",
                                      kText, folders()));
}

TEST(Render, HatchedAndOutlineFillsOfBretagne) {
  const auto departements = test::departements_with_population();
  ASSERT_TRUE(departements);
  for (const auto& [mode, name] : {std::pair{FillMode::Hatched, "bretagne_hatched"},
                                   std::pair{FillMode::Outline, "bretagne_outline"}}) {
    SCOPED_TRACE(name);
    RenderRequest request;
    request.size = QSize(300, 300);
    request.extent = bretagne_extent(*departements);
    request.layers = {styled(departements, bretagne_categories(mode))};
    request.inset_frames = false;
    ASSERT_TRUE(request.layers.front());
    EXPECT_TRUE(test::matches_reference(render_image(request), name, kShapes, folders()));
  }
}

// The comparison must be able to fail: the density map with its middle class recoloured.
TEST(Render, AClassColourChangedIsCaught) {
  const auto communes = communes_17();
  ASSERT_TRUE(communes);
  const auto layer = styled(communes, density_jenks5());
  ASSERT_TRUE(layer);
  auto changed = std::make_shared<StyledLayer>(*layer);
  const QRgb old_color = changed->class_colors[2].rgba();
  changed->class_colors[2] = QColor(0xd0, 0x30, 0xa0);
  for (QRgb& fill : changed->fills) {
    if (fill == old_color) fill = changed->class_colors[2].rgba();
  }
  const QImage reference(QDir(folders().references).filePath("communes_17_density_jenks5.png"));
  ASSERT_FALSE(reference.isNull()) << "the reference of the density map is missing";
  const QString failures = folders().failures + "/self_test";
  const QString name = QStringLiteral("class_colour_changed");
  QFile::remove(failures + "/" + name + ".actual.png");
  QFile::remove(failures + "/" + name + ".diff.png");

  const auto result = test::matches_image(render_image(communes_17_request(changed)), reference,
                                          name, kShapes, failures);
  ASSERT_FALSE(result);
  const std::string message = result.message();
  EXPECT_NE(message.find(name.toStdString() + ".actual.png"), std::string::npos) << message;
  EXPECT_NE(message.find(name.toStdString() + ".diff.png"), std::string::npos) << message;
  EXPECT_TRUE(QFile::exists(failures + "/" + name + ".actual.png"));
  const QImage diff(failures + "/" + name + ".diff.png");
  ASSERT_FALSE(diff.isNull());
  EXPECT_EQ(diff.size(), reference.size());
}

// At a national scale the level of detail serves the frame; its simplification must not show.
TEST(Render, LevelOfDetailLooksLikeFullDetailAtNationalScale) {
  const auto full = communes_17();
  const auto simplified = communes_17_with_levels();
  ASSERT_TRUE(full && simplified);
  const core::Box extent = with_margin(full->geometry.extent());
  // 700 m/px: the national 1920×1080 frame; 1400 m/px: a national frame of about 960×540.
  for (double metres_per_pixel : {700.0, 1400.0}) {
    SCOPED_TRACE(metres_per_pixel);
    const auto level = simplified->levels.level_index_for(metres_per_pixel);
    ASSERT_TRUE(level.has_value()) << "no level of detail serves " << metres_per_pixel << " m/px";
    EXPECT_LT(simplified->levels.level(*level).point_count(), full->geometry.point_count());
    RenderRequest request;
    request.size = QSize(static_cast<int>(std::ceil(extent.width() / metres_per_pixel)),
                         static_cast<int>(std::ceil(extent.height() / metres_per_pixel)));
    request.extent = extent;
    request.inset_frames = false;
    request.layers = {styled(full, density_jenks5())};
    const QImage expected = render_image(request);
    request.layers = {styled(simplified, density_jenks5())};
    const QImage actual = render_image(request);
    const QString name =
        QStringLiteral("communes_17_levels_%1m").arg(static_cast<int>(metres_per_pixel));
    EXPECT_TRUE(test::matches_image(actual, expected, name, kLevels, folders().failures));
    // The tolerance sees a visible change: the full-detail map moved by half a pixel.
    request.layers = {styled(full, density_jenks5())};
    request.extent.min_x += metres_per_pixel / 2;
    request.extent.max_x += metres_per_pixel / 2;
    EXPECT_FALSE(
        test::compare_images(render_image(request), expected, kLevels.channel).within(kLevels));
  }
}

// The frame drawn in bands on every core (render_image) and in one pass on one painter (render,
// as for PDF and SVG) must look the same: no seam, nothing cut at a band's border.
QImage render_in_one_pass(const RenderRequest& request) {
  QImage image(request.size, QImage::Format_ARGB32_Premultiplied);
  QPainter painter(&image);
  render(request, painter);
  return image;
}

TEST(Render, BandsLookLikeOnePass) {
  const auto departements = test::departements_with_population();
  const auto communes = communes_17();
  ASSERT_TRUE(departements && communes);
  RenderRequest france;
  france.size = QSize(400, 300);
  france.extent = france.space.france_extent();
  france.layers = {styled(departements, Style{})};
  EXPECT_TRUE(test::matches_image(render_image(france), render_in_one_pass(france),
                                  "bands_departements_france", kBands, folders().failures));
  LabelSettings labels;
  labels.enabled = true;
  labels.max_metres_per_pixel = 1e6;
  const RenderRequest charente = communes_17_request(styled(communes, density_jenks5(), labels));
  EXPECT_TRUE(test::matches_image(render_image(charente), render_in_one_pass(charente),
                                  "bands_communes_17", kBands, folders().failures));
}

// Each band draws the circles that reach into it, not only those whose feature's bounds meet it:
// the circle of a small feature (Paris: bounds of a few pixels, radius about 25 px at 400×300)
// would otherwise lose the part that falls in the next band.
TEST(Render, BandsDoNotCutProportionalCircles) {
  const RenderRequest request = population_circles_request();
  ASSERT_TRUE(request.layers.front());
  EXPECT_TRUE(test::matches_image(render_image(request), render_in_one_pass(request),
                                  "bands_population_circles", kBands, folders().failures));
}

}  // namespace
}  // namespace lumiere::maps
