// Zones and the map space: which zone a code or a position belongs to, and where the national
// layer's features land (the metropole in Lambert-93, each DROM in its inset frame).
#include "core/geometry/map_space.h"

#include <gtest/gtest.h>

#include <map>

#include "core/geometry/zone.h"
#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::Box;
using core::MapSpace;
using core::Point;
using core::Zone;

bool inside(const Box& outer, const Box& inner) {
  return outer.contains({inner.min_x, inner.min_y}) && outer.contains({inner.max_x, inner.max_y});
}

TEST(ZoneFromCode, CommunesDepartementsAndOthers) {
  EXPECT_EQ(core::zone_from_code("17300"), Zone::Metropole);
  EXPECT_EQ(core::zone_from_code("2A004"), Zone::Metropole);
  EXPECT_EQ(core::zone_from_code("2b"), Zone::Metropole);
  EXPECT_EQ(core::zone_from_code("01"), Zone::Metropole);
  EXPECT_EQ(core::zone_from_code("97105"), Zone::Guadeloupe);
  EXPECT_EQ(core::zone_from_code("972"), Zone::Martinique);
  EXPECT_EQ(core::zone_from_code("97302"), Zone::Guyane);
  EXPECT_EQ(core::zone_from_code("97411"), Zone::Reunion);
  EXPECT_EQ(core::zone_from_code("97611"), Zone::Mayotte);
  // Collectivités d'outre-mer are not mapped: neither 975/977/978 nor the Pacific and TAAF 98x.
  for (const char* com : {"975", "97502", "977", "97701", "978", "97801", "984", "98411", "986",
                          "98611", "987", "98735", "988", "98818", "989", "98901"}) {
    EXPECT_FALSE(core::zone_from_code(com)) << com;
  }
  for (const char* junk : {"", "1", "ABCDE", "173000", "17 30", "2C004"}) {
    EXPECT_FALSE(core::zone_from_code(junk)) << junk;
  }
}

TEST(ZoneFromLonLat, Positions) {
  EXPECT_EQ(core::zone_from_lon_lat(-1.1508, 46.1591), Zone::Metropole);
  EXPECT_EQ(core::zone_from_lon_lat(8.7369, 41.9192), Zone::Metropole);  // Ajaccio
  EXPECT_EQ(core::zone_from_lon_lat(55.4481, -20.8823), Zone::Reunion);  // Saint-Denis
  EXPECT_EQ(core::zone_from_lon_lat(-61.5331, 16.2411), Zone::Guadeloupe);
  EXPECT_EQ(core::zone_from_lon_lat(-61.0588, 14.6161), Zone::Martinique);
  EXPECT_EQ(core::zone_from_lon_lat(-52.3260, 4.9372), Zone::Guyane);
  EXPECT_EQ(core::zone_from_lon_lat(45.2279, -12.7806), Zone::Mayotte);
  EXPECT_FALSE(core::zone_from_lon_lat(-30, 40));  // mid-Atlantic
}

TEST(MapSpaceLayout, InsetsRoundTripAndDoNotOverlap) {
  const MapSpace space;
  const Box metropole = MapSpace::metropole_extent();
  const Box france = space.france_extent();
  EXPECT_TRUE(inside(france, metropole));
  for (const core::Inset& inset : space.insets()) {
    SCOPED_TRACE(std::string(core::zone_id(inset.zone)));
    EXPECT_TRUE(inside(france, inset.frame));
    EXPECT_FALSE(inset.frame.intersects(metropole)) << "an inset covers the metropole";
    EXPECT_GT(inset.scale, 0.0);
    EXPECT_DOUBLE_EQ(space.scale(inset.zone), inset.scale);
    // The source box fits inside the frame.
    const Point lo = space.to_map(inset.zone, {inset.source.min_x, inset.source.min_y});
    const Point hi = space.to_map(inset.zone, {inset.source.max_x, inset.source.max_y});
    EXPECT_TRUE(inset.frame.contains(lo) && inset.frame.contains(hi));
    const Point back = space.from_map(inset.zone, space.to_map(inset.zone, {345000, 7660000}));
    EXPECT_NEAR(back.x, 345000, 1e-6);
    EXPECT_NEAR(back.y, 7660000, 1e-6);
    EXPECT_EQ(space.zone_at(inset.frame.center()), inset.zone);
    for (const core::Inset& other : space.insets()) {
      if (other.zone != inset.zone) {
        EXPECT_FALSE(inset.frame.intersects(other.frame));
      }
    }
  }
  EXPECT_EQ(space.zone_at(metropole.center()), Zone::Metropole);
  EXPECT_EQ(space.scale(Zone::Metropole), 1.0);
  // The islands are drawn larger than the metropole, Guyane smaller.
  EXPECT_GT(space.scale(Zone::Reunion), 1.0);
  EXPECT_GT(space.scale(Zone::Martinique), 1.0);
  EXPECT_LT(space.scale(Zone::Guyane), 1.0);
  EXPECT_EQ(space.to_map(Zone::Metropole, {380000, 6570000}), (Point{380000, 6570000}));
}

class ZoneTest : public DataTest {};

TEST_F(ZoneTest, EveryNationalFeatureIsInItsZoneAndFrame) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& communes = layers->front();
  const core::GeometryStore& g = communes.geometry;
  const MapSpace space;
  std::map<Zone, std::size_t> per_zone;
  for (std::size_t f = 0; f < communes.feature_count(); ++f) {
    const std::string& code = communes.codes[f];
    ASSERT_EQ(core::zone_from_code(code), g.zone(f)) << code;
    ++per_zone[g.zone(f)];
    const Box frame =
        g.zone(f) == Zone::Metropole ? MapSpace::metropole_extent() : space.inset(g.zone(f)).frame;
    ASSERT_TRUE(inside(frame, g.bounds(f))) << code << " lies outside its zone's frame";
    ASSERT_TRUE(g.bounds(f).contains(g.label_point(f))) << code;
    ASSERT_TRUE(g.contains(f, g.label_point(f))) << code << ": label point outside the commune";
  }
  EXPECT_EQ(per_zone[Zone::Metropole], 35228u);
  EXPECT_EQ(per_zone[Zone::Guadeloupe], 32u);
  EXPECT_EQ(per_zone[Zone::Martinique], 34u);
  EXPECT_EQ(per_zone[Zone::Guyane], 22u);
  EXPECT_EQ(per_zone[Zone::Reunion], 24u);
  EXPECT_EQ(per_zone[Zone::Mayotte], 17u);
  EXPECT_TRUE(inside(space.france_extent(), g.extent()));
}

TEST_F(ZoneTest, LaRochelleAndSaintDenis) {
  const auto& layers = national_communes();
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& communes = layers->front();
  const core::GeometryStore& g = communes.geometry;
  const MapSpace space;

  const auto rochelle = communes.find("17300");
  ASSERT_TRUE(rochelle);
  EXPECT_EQ(g.zone(*rochelle), Zone::Metropole);
  // In Lambert-93 itself (the metropole's map space): the city centre is in the commune.
  const Point centre = project(-1.1508, 46.1591, 2154);
  EXPECT_TRUE(g.bounds(*rochelle).contains(centre));
  EXPECT_TRUE(g.contains(*rochelle, centre));
  EXPECT_EQ(space.zone_at(g.label_point(*rochelle)), Zone::Metropole);

  const auto saint_denis = communes.find("97411");
  ASSERT_TRUE(saint_denis);
  EXPECT_EQ(g.zone(*saint_denis), Zone::Reunion);
  const Box frame = space.inset(Zone::Reunion).frame;
  EXPECT_TRUE(frame.contains(g.label_point(*saint_denis)));
  EXPECT_TRUE(inside(frame, g.bounds(*saint_denis)));
  EXPECT_EQ(space.zone_at(g.label_point(*saint_denis)), Zone::Reunion);
  // The town hall, in RGR92 / UTM 40S placed by the inset, is inside the commune; the label
  // point goes back from the inset into the commune's UTM box.
  const Point hotel_de_ville = project(55.4481, -20.8823, 2975);
  EXPECT_TRUE(g.contains(*saint_denis, space.to_map(Zone::Reunion, hotel_de_ville)));
  const Point utm = space.from_map(Zone::Reunion, g.label_point(*saint_denis));
  EXPECT_TRUE(space.inset(Zone::Reunion).source.contains(utm));
  EXPECT_NEAR(utm.x, hotel_de_ville.x, 15000);
  EXPECT_NEAR(utm.y, hotel_de_ville.y, 15000);

  const auto ajaccio = communes.find("2A004");
  ASSERT_TRUE(ajaccio);
  EXPECT_EQ(g.zone(*ajaccio), Zone::Metropole);
  EXPECT_TRUE(g.bounds(*ajaccio).contains(project(8.7369, 41.9192, 2154)));
}

TEST_F(ZoneTest, MovedInsetMovesTheFeatures) {
  core::LoadOptions options;
  options.map_space.move_inset(Zone::Reunion, {1300000, 6100000});
  auto layers = core::load_layers({commune_file("974")}, options);
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const core::VectorLayer& reunion = layers->front();
  const Box frame = options.map_space.inset(Zone::Reunion).frame;
  EXPECT_EQ(frame.min_x, 1300000);
  EXPECT_EQ(reunion.feature_count(), 24u);
  EXPECT_TRUE(inside(frame, reunion.geometry.extent()));
}

}  // namespace
}  // namespace lumiere::test
