// The map document and style JSON: what is saved comes back equal, and a damaged or foreign file
// gets one sentence saying what is wrong instead of a half-read document.
#include "maps/map_document.h"

#include <gtest/gtest.h>

#include "maps/message_text.h"

namespace {

using namespace lumiere::maps;

MapDocument sample_document() {
  MapDocument doc;
  doc.title = QStringLiteral("Couverture Actes — Nouvelle-Aquitaine");
  MapLayer communes;
  communes.source = QStringLiteral("communes");
  communes.title = QStringLiteral("Communes");
  communes.opacity = 0.8;
  communes.style.kind = StyleKind::Graduated;
  communes.style.field = QStringLiteral("density");
  communes.style.classification.method = ClassMethod::Manual;
  communes.style.classification.manual_breaks = {50, 150.5, 1000};
  communes.style.ramp = QStringLiteral("RdBu");
  communes.style.reverse_ramp = true;
  communes.style.no_data = QColor(0xcc, 0xcc, 0xcc);
  communes.labels.enabled = true;
  communes.labels.max_metres_per_pixel = 120;
  MapLayer footprints;
  footprints.source = QStringLiteral("structures");
  footprints.visible = false;
  footprints.style.kind = StyleKind::Categorized;
  footprints.style.field = QStringLiteral("kind");
  footprints.style.symbol.fill_mode = FillMode::Hatched;
  footprints.style.categories = {
      {QStringLiteral("syndicat"), QColor(0x1b, 0x9e, 0x77), {}},
      {QStringLiteral("cdg"), QColor(0xd9, 0x5f, 0x02, 128), QStringLiteral("Centre de gestion")}};
  MapLayer circles;
  circles.source = QStringLiteral("communes");
  circles.style.kind = StyleKind::Proportional;
  circles.style.field = QStringLiteral("population");
  circles.style.max_radius_px = 40;
  doc.layers = {communes, footprints, circles};
  doc.space.move_inset(lumiere::core::Zone::Mayotte, {-300000, 6100000});
  doc.space.inset(lumiere::core::Zone::Guyane).visible = false;
  return doc;
}

TEST(MapDocument, RoundTripsThroughJson) {
  const MapDocument doc = sample_document();
  auto back = MapDocument::from_json(doc.to_json());
  ASSERT_TRUE(back.ok()) << message_string(back.error());
  EXPECT_EQ(back->title, doc.title);
  ASSERT_EQ(back->layers.size(), 3u);
  const MapLayer& a = back->layers[0];
  EXPECT_EQ(a.source, "communes");
  EXPECT_DOUBLE_EQ(a.opacity, 0.8);
  EXPECT_EQ(a.style.kind, StyleKind::Graduated);
  EXPECT_EQ(a.style.classification.method, ClassMethod::Manual);
  EXPECT_EQ(a.style.classification.manual_breaks, (std::vector<double>{50, 150.5, 1000}));
  EXPECT_EQ(a.style.ramp, "RdBu");
  EXPECT_TRUE(a.style.reverse_ramp);
  EXPECT_EQ(a.style.no_data, QColor(0xcc, 0xcc, 0xcc));
  EXPECT_TRUE(a.labels.enabled);
  EXPECT_DOUBLE_EQ(a.labels.max_metres_per_pixel, 120);
  const MapLayer& b = back->layers[1];
  EXPECT_FALSE(b.visible);
  EXPECT_EQ(b.style.symbol.fill_mode, FillMode::Hatched);
  ASSERT_EQ(b.style.categories.size(), 2u);
  EXPECT_EQ(b.style.categories[1].color, QColor(0xd9, 0x5f, 0x02, 128));
  EXPECT_EQ(b.style.categories[1].label, "Centre de gestion");
  EXPECT_EQ(back->layers[2].style.kind, StyleKind::Proportional);
  EXPECT_DOUBLE_EQ(back->layers[2].style.max_radius_px, 40);
  // The inset layout: Mayotte moved, Guyane off.
  const auto& mayotte = back->space.inset(lumiere::core::Zone::Mayotte);
  EXPECT_DOUBLE_EQ(mayotte.frame.min_x, -300000);
  EXPECT_DOUBLE_EQ(mayotte.frame.min_y, 6100000);
  EXPECT_FALSE(back->space.inset(lumiere::core::Zone::Guyane).visible);
  // And a second trip gives the same bytes.
  EXPECT_EQ(back->to_json(), doc.to_json());
}

TEST(MapDocument, BadJsonSaysWhatIsWrong) {
  using lumiere::core::MessageCode;
  struct Case {
    const char* json;
    MessageCode code;
    const char* expected;
  };
  const Case cases[] = {
      {"{\"lumiere_map\": 1, \"layers\": [", MessageCode::MapNotValidJson,
       "not a valid map document"},
      {"[1, 2]", MessageCode::MapNotAnObject, "not a map document: a JSON object is expected"},
      {"{\"layers\": []}", MessageCode::MapNotAMapDocument,
       "not a map document: the key \"lumiere_map\" is missing"},
      {"{\"lumiere_map\": 7}", MessageCode::MapNewerVersion,
       "this map document was written by a newer Lumière: update Lumière to open it"},
      {"{\"lumiere_map\": 1, \"layers\": [{\"style\": {\"kind\": \"pie\"}}]}",
       MessageCode::MapLayerInvalid,
       "layer 1: \"kind\" must be single, categorized, graduated or proportional"},
      {"{\"lumiere_map\": 1, \"layers\": [{}, {\"style\": {\"fill\": \"blurple\"}}]}",
       MessageCode::MapLayerInvalid, "layer 2: \"fill\" is not a colour (use #rrggbb)"},
      {"{\"lumiere_map\": 1, \"layers\": [{\"style\": {\"kind\": \"graduated\"}}]}",
       MessageCode::MapLayerInvalid, "layer 1: a graduated style needs a \"field\""},
      {"{\"lumiere_map\": 1, \"insets\": [{\"zone\": \"atlantis\"}]}", MessageCode::MapBadInsets,
       "map document: "},
  };
  for (const Case& c : cases) {
    auto doc = MapDocument::from_json(QByteArray(c.json));
    ASSERT_FALSE(doc.ok()) << c.json;
    EXPECT_EQ(doc.code(), c.code) << c.json;
    const std::string text = message_string(doc.error());
    EXPECT_TRUE(text.starts_with(c.expected)) << c.json << " -> " << text;
  }
}

TEST(StyleJson, RoundTripAndErrors) {
  Style style;
  style.kind = StyleKind::Graduated;
  style.field = QStringLiteral("population");
  style.classification.method = ClassMethod::Q6;
  auto back = style_from_json(style_to_json(style));
  ASSERT_TRUE(back.ok()) << message_string(back.error());
  EXPECT_EQ(back->classification.method, ClassMethod::Q6);
  EXPECT_EQ(back->field, "population");
  const auto magic = style_from_json("{\"method\": \"magic\"}");
  ASSERT_FALSE(magic.ok());
  EXPECT_EQ(magic.code(), lumiere::core::MessageCode::StyleInvalid);
  EXPECT_EQ(message_string(magic.error()),
            "style: \"method\" must be quantiles, jenks, equal, stddev, q6, headtail or manual");
  const auto not_json = style_from_json("not json");
  ASSERT_FALSE(not_json.ok());
  EXPECT_EQ(not_json.code(), lumiere::core::MessageCode::StyleNotValidJson);
}

// Found by fuzz/map_document_fuzz: an inset whose "frame" was a number ended the process with
// an uncaught nlohmann::json::type_error instead of an error.
TEST(MapDocument, InsetOfTheWrongTypeIsAnError) {
  auto doc = MapDocument::from_json(QByteArray(
      R"({"lumiere_map": 1, "layers": [], "insets": [{"zone": "mayotte", "frame": 2.0}]})"));
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.code(), lumiere::core::MessageCode::MapBadInsets);
  EXPECT_NE(message_string(doc.error()).find("not a DROM inset"), std::string::npos)
      << message_string(doc.error());
}

}  // namespace
