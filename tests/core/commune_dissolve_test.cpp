// Former communes dissolved into today's communes (issue 19, point 1), on the real boundaries
// (2018) and the current COG: every feature a commune of today, borders between the pieces of a
// commune nouvelle gone, areas kept.
#include "core/cog/commune_dissolve.h"

#include <geos_c.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "message_testing.h"
#include "test_data.h"

namespace lumiere::test {
namespace {

using core::CogCommune;
using core::CommuneType;
using core::VectorLayer;

class CommuneDissolveTest : public CogDataTest {
 protected:
  static VectorLayer load(std::string_view departement) {
    auto layers = core::load_layers({commune_file(departement)});
    EXPECT_TRUE(layers.ok() && layers->size() == 1u);
    return layers.ok() ? std::move(layers->front()) : VectorLayer{};
  }
  // The area GEOS computes for a feature (map space: true metres for the metropole).
  static double geos_area(const core::GeometryStore& store, std::size_t f) {
    GEOSContextHandle_t h = GEOS_init_r();
    double total = 0;
    const auto [p0, p1] = store.parts(f);
    for (auto p = p0; p < p1; ++p) {
      const auto [r0, r1] = store.rings(p);
      for (auto r = r0; r < r1; ++r) {
        const auto ring = store.ring(r);
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(ring.size()), 2);
        for (std::size_t i = 0; i < ring.size(); ++i)
          GEOSCoordSeq_setXY_r(h, seq, static_cast<unsigned>(i), ring[i].x, ring[i].y);
        GEOSGeometry* poly =
            GEOSGeom_createPolygon_r(h, GEOSGeom_createLinearRing_r(h, seq), nullptr, 0);
        double a = 0;
        GEOSArea_r(h, poly, &a);
        total += r == r0 ? a : -a;
        GEOSGeom_destroy_r(h, poly);
      }
    }
    GEOS_finish_r(h);
    return total;
  }
};

TEST_F(CommuneDissolveTest, MaineEtLoireHasOneFeaturePerCurrentCommune) {
  const VectorLayer source = load("49");
  ASSERT_EQ(source.feature_count(), 183u);  // the 2018 boundaries
  auto dissolved = core::dissolve_former_communes(source, cog());
  ASSERT_TRUE(dissolved.ok());
  const VectorLayer& layer = dissolved->layer;
  // Every current commune of the département once, and nothing else.
  std::set<std::string> current;
  for (const CogCommune& c : cog().communes())
    if (c.type == CommuneType::Current && c.departement == "49") current.insert(c.code);
  std::set<std::string> codes(layer.codes.begin(), layer.codes.end());
  EXPECT_EQ(codes.size(), layer.feature_count()) << "a code drawn twice";
  EXPECT_EQ(codes, current);
  EXPECT_TRUE(dissolved->unplaced.empty());
  // Orée-d'Anjou (49069) was a commune of its own in 2018 and is a commune déléguée of 49126
  // today: it is inside 49126, no feature of its own.
  EXPECT_FALSE(layer.find("49069"));
  ASSERT_TRUE(layer.find("49126"));
  for (const std::string& code : layer.codes) {
    const CogCommune* c = cog().commune(code);
    ASSERT_TRUE(c) << code;
    EXPECT_EQ(c->type, CommuneType::Current) << code;
  }
  // Each merge lists its pieces, and the features merged away are the difference.
  std::size_t pieces = 0, former = 0;
  for (const core::CommuneMerge& m : dissolved->merges) {
    for (const std::string& piece : m.pieces) former += piece != m.code;
    EXPECT_EQ(cog().commune(m.code)->name, m.name);
    EXPECT_EQ(m.pieces.size(), m.names.size());
    for (const std::string& piece : m.pieces)
      EXPECT_EQ(cog().current_commune(piece)->code, m.code) << piece;
    pieces += m.pieces.size();
  }
  EXPECT_EQ(source.feature_count() - layer.feature_count(), pieces - dissolved->merges.size());
  EXPECT_EQ(dissolved->former_features, former);
  EXPECT_GE(former, source.feature_count() - layer.feature_count());
}

TEST_F(CommuneDissolveTest, SharedBordersVanishAndAreasAreKept) {
  const VectorLayer source = load("49");
  auto dissolved = core::dissolve_former_communes(source, cog());
  ASSERT_TRUE(dissolved.ok());
  const VectorLayer& layer = dissolved->layer;
  double source_total = 0, total = 0;
  for (std::size_t f = 0; f < source.feature_count(); ++f) source_total += source.geometry.area(f);
  for (std::size_t f = 0; f < layer.feature_count(); ++f) total += layer.geometry.area(f);
  EXPECT_NEAR(total, source_total, source_total * 1e-12);
  for (const core::CommuneMerge& m : dissolved->merges) {
    const std::size_t f = *layer.find(m.code);
    // The stored area is the sum of the pieces'; the union's own area agrees: no gap, no
    // overlap left between the pieces.
    double pieces = 0;
    for (const std::string& p : m.pieces) pieces += source.geometry.area(*source.find(p));
    EXPECT_DOUBLE_EQ(layer.geometry.area(f), pieces) << m.code;
    EXPECT_NEAR(geos_area(layer.geometry, f), pieces, pieces * 1e-6) << m.code;
    // No inner border left as a hole: a commune nouvelle of pieces that touch is one ring.
    const auto [p0, p1] = layer.geometry.parts(f);
    for (auto p = p0; p < p1; ++p) {
      const auto [r0, r1] = layer.geometry.rings(p);
      EXPECT_EQ(r1 - r0, 1u) << m.code << " has a hole";
    }
    EXPECT_TRUE(layer.geometry.contains(f, layer.geometry.label_point(f))) << m.code;
  }
}

TEST_F(CommuneDissolveTest, CommunesTheCogListsOnlyAmongFormerCodesArePlaced) {
  // Saint-Géréon (44160) is no commune of the COG any more, not even déléguée: only the
  // anciensCodes of Ancenis-Saint-Géréon (44003) name it.
  EXPECT_FALSE(cog().commune("44160"));
  ASSERT_TRUE(cog().current_commune("44160"));
  EXPECT_EQ(cog().current_commune("44160")->code, "44003");
  const VectorLayer source = load("44");
  ASSERT_TRUE(source.find("44160"));
  auto dissolved = core::dissolve_former_communes(source, cog());
  ASSERT_TRUE(dissolved.ok());
  EXPECT_FALSE(dissolved->layer.find("44160"));
  ASSERT_TRUE(dissolved->layer.find("44003"));
  const auto merge = std::find_if(dissolved->merges.begin(), dissolved->merges.end(),
                                  [](const core::CommuneMerge& m) { return m.code == "44003"; });
  ASSERT_NE(merge, dissolved->merges.end());
  EXPECT_EQ(merge->name, "Ancenis-Saint-Géréon");
  EXPECT_EQ(std::set<std::string>(merge->pieces.begin(), merge->pieces.end()),
            (std::set<std::string>{"44003", "44160"}));
}

TEST_F(CommuneDissolveTest, ATableDePassagePlacesWhatTheCogDoesNot) {
  // A layer with a code the COG does not know, placed by a table de passage; without it, the
  // feature stays as it is and is listed.
  VectorLayer source = load("01");
  const std::size_t magnieu = *source.find("01227");
  source.codes[source.find("01341").value()] = "01999";  // a code of no vintage
  source.index_codes();
  auto alone = core::dissolve_former_communes(source, cog());
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->unplaced, std::vector<std::string>{"01999"});
  EXPECT_TRUE(alone->layer.find("01999"));
  auto placed = core::dissolve_former_communes(source, cog(), {{"01999", "01227"}});
  ASSERT_TRUE(placed.ok());
  EXPECT_TRUE(placed->unplaced.empty());
  EXPECT_FALSE(placed->layer.find("01999"));
  const std::size_t f = *placed->layer.find("01227");
  EXPECT_GT(placed->layer.geometry.area(f), source.geometry.area(magnieu) * 1.5);
}

TEST_F(CommuneDissolveTest, StopsWhenAsked) {
  const VectorLayer source = load("49");
  std::stop_source stop;
  stop.request_stop();
  auto dissolved = core::dissolve_former_communes(source, cog(), {}, stop.get_token());
  ASSERT_FALSE(dissolved.ok());
  EXPECT_EQ(dissolved.code(), core::MessageCode::Cancelled);
}

}  // namespace
}  // namespace lumiere::test
