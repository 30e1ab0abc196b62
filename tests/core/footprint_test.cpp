// Footprints on the real sample data: the union of the communes of a real EPCI keeps their area
// and adds no hole; the footprints of a département's and a région's structure, timed.
#include "core/model/footprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <string_view>

#include "core/model/analytics.h"
#include "core/model/model_commands.h"
#include "core/model/undo_stack.h"
#include "message_testing.h"
#include "test_data.h"

namespace lumiere::core {
namespace {

using test::cog_registry;
using test::commune_file;

class FootprintTest : public test::DataTest {};

std::size_t hole_count(const PolygonSet& set) {
  return set.ring_ends.size() - set.part_ends.size();
}

std::size_t hole_count(const GeometryStore& store, std::size_t f) {
  std::size_t holes = 0;
  const auto [first, last] = store.parts(f);
  for (std::uint32_t p = first; p < last; ++p) {
    holes += store.rings(p).second - store.rings(p).first - 1;
  }
  return holes;
}

double largest_hole(const PolygonSet& set) {
  double largest = 0;
  for (std::size_t p = 0; p < set.part_count(); ++p) {
    for (std::uint32_t r = set.first_ring(p) + 1; r < set.part_ends[p]; ++r) {
      largest = std::max(largest, std::abs(GeometryStore::ring_area(set.ring(r))));
    }
  }
  return largest;
}

// The holes of `set` that hold the label point of a feature of `others`: land of other
// territories enclosed by the footprint (an enclave), not a gap in it.
std::size_t enclaves(const PolygonSet& set, const VectorLayer& others) {
  std::size_t count = 0;
  for (std::size_t p = 0; p < set.part_count(); ++p) {
    for (std::uint32_t r = set.first_ring(p) + 1; r < set.part_ends[p]; ++r) {
      for (std::size_t f = 0; f < others.feature_count(); ++f) {
        if (ring_contains(set.ring(r), others.geometry.label_point(f))) {
          ++count;
          break;
        }
      }
    }
  }
  return count;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST_F(FootprintTest, UnionOfARealEpciKeepsItsAreaAndAddsNoHole) {
  const auto& cog = cog_registry();
  ASSERT_TRUE(cog.ok()) << core::testing::text(cog.error());
  const auto layers = load_layers({commune_file("17")});
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const VectorLayer& communes = layers->front();
  // The EPCI of Charente-Maritime with the most member communes, all in the département.
  const CogEpci* epci = nullptr;
  for (const CogEpci& e : cog->epcis()) {
    const bool all_in_17 = std::all_of(e.members.begin(), e.members.end(), [&](const auto& c) {
      const CogCommune* commune = cog->commune(c);
      return commune && commune->departement == "17";
    });
    if (all_in_17 && (!epci || e.members.size() > epci->members.size())) epci = &e;
  }
  ASSERT_NE(epci, nullptr);
  ASSERT_GE(epci->members.size(), 10u);

  Model model(*cog);
  UndoStack stack(model);
  ASSERT_TRUE(stack.push(std::make_unique<AddStructure>(
      Structure{"s", "Syndicat", StructureKind::SyndicatMixte, "", "", "", {"actes", "sig"}})));
  ASSERT_TRUE(stack.push(std::make_unique<AddMembership>(
      Membership{"s", epci->code, MemberKind::Epci, std::nullopt, std::nullopt, {"actes"}})));

  FootprintBuilder builder;
  const auto fp = builder.build(model, communes, "s");
  ASSERT_TRUE(fp.ok()) << core::testing::text(fp.error());
  EXPECT_TRUE(fp->missing.empty());
  EXPECT_EQ(fp->communes, epci->members.size());

  double sum = 0;
  std::size_t commune_holes = 0;
  for (const std::string& code : epci->members) {
    const auto one = builder.build(communes, {code}, UnionMethod::Unary);
    ASSERT_TRUE(one.ok());
    sum += one->area;
    commune_holes += hole_count(communes.geometry, *communes.find(code));
  }
  std::cout << epci->name << ": " << epci->members.size() << " communes, union " << fp->area / 1e6
            << " km² (" << (fp->method == UnionMethod::Coverage ? "coverage" : "unary")
            << " union), sum " << sum / 1e6 << " km², " << fp->polygons.part_count() << " parts, "
            << hole_count(fp->polygons) << " holes (communes: " << commune_holes << ")\n";
  EXPECT_NEAR(fp->area, sum, sum * 0.001);
  EXPECT_NEAR(builder.area(fp->polygons), fp->area, fp->area * 1e-9);
  EXPECT_LE(hole_count(fp->polygons), commune_holes);

  // For sig the EPCI does not subscribe: no commune, an empty footprint.
  const auto sig = builder.build(model, communes, "s", "sig");
  ASSERT_TRUE(sig.ok());
  EXPECT_EQ(sig->communes, 0u);
  EXPECT_TRUE(sig->polygons.empty());
  EXPECT_EQ(builder.build(model, communes, "nobody").code(),
            core::MessageCode::FootprintNoStructure);
}

TEST_F(FootprintTest, DepartementAndRegionTimings) {
  const auto& cog = cog_registry();
  ASSERT_TRUE(cog.ok()) << core::testing::text(cog.error());
  // Nouvelle-Aquitaine (75): twelve départements.
  std::vector<std::string> files;
  std::vector<std::string> departements;
  for (const CogDepartement& d : cog->departements()) {
    if (d.region == "75") {
      files.push_back(commune_file(d.code));
      departements.push_back(d.code);
    }
  }
  ASSERT_EQ(files.size(), 12u);
  const auto layers = load_layers(files);
  ASSERT_TRUE(layers.ok()) << core::testing::text(layers.error());
  const VectorLayer& communes = layers->front();
  // The Hautes-Pyrénées (Occitanie) have two enclaves in the Pyrénées-Atlantiques.
  const auto hautes_pyrenees = load_layers({commune_file("65")});
  ASSERT_TRUE(hautes_pyrenees.ok()) << core::testing::text(hautes_pyrenees.error());

  Model model(*cog);
  UndoStack stack(model);
  ASSERT_TRUE(stack.push(std::make_unique<AddStructure>(
      Structure{"dep", "Département", StructureKind::Departement, "", "", "", {"sig"}})));
  ASSERT_TRUE(stack.push(std::make_unique<AddStructure>(Structure{
      "region", "Syndicat régional", StructureKind::SyndicatMixte, "", "", "", {"sig"}})));
  ASSERT_TRUE(stack.push(std::make_unique<AddMembership>(
      Membership{"dep", "17", MemberKind::Departement, std::nullopt, std::nullopt, {"sig"}})));
  for (const std::string& d : departements) {
    ASSERT_TRUE(stack.push(std::make_unique<AddMembership>(
        Membership{"region", d, MemberKind::Departement, std::nullopt, std::nullopt, {"sig"}})));
  }
  FootprintBuilder builder;
  for (const char* id : {"dep", "region"}) {
    const auto codes = structure_communes(model, id);
    const std::size_t n = codes.size();
    std::size_t commune_holes = 0;
    for (const std::string& code : codes) {
      if (const auto f = communes.find(code)) commune_holes += hole_count(communes.geometry, *f);
      // (the former communes of a commune nouvelle, drawn by the layer, have no holes either)
    }
    // Former communes drawn by the layer (an older vintage) that the COG places nowhere would
    // each leave a hole (the COG's anciensCodes place them all today).
    std::size_t unknown = 0;
    for (std::size_t f = 0; f < communes.feature_count(); ++f) {
      const CogCommune* c = cog->current_commune(communes.codes[f]);
      const bool in_scope = std::string_view(id) == "region" || communes.codes[f].starts_with("17");
      if (!c && in_scope) ++unknown;
    }
    // The overlay union takes ten times longer: timed on the département only.
    for (UnionMethod method : {UnionMethod::Coverage, UnionMethod::Unary}) {
      if (method == UnionMethod::Unary && std::string_view(id) == "region") continue;
      const auto start = std::chrono::steady_clock::now();
      const auto fp = builder.build(model, communes, id, {}, method);
      const double s = seconds_since(start);
      ASSERT_TRUE(fp.ok()) << core::testing::text(fp.error());
      EXPECT_TRUE(fp->missing.empty())
          << fp->missing.size() << " missing, first " << fp->missing.front();
      std::cout << id << ": " << n << " communes, "
                << (method == UnionMethod::Coverage ? "coverage" : "unary") << " union asked, "
                << (fp->method == UnionMethod::Coverage ? "coverage" : "unary") << " used, "
                << s * 1000 << " ms, " << fp->area / 1e6 << " km², " << fp->polygons.part_count()
                << " parts, " << hole_count(fp->polygons) << " holes (communes: " << commune_holes
                << ", former communes unknown to the COG: " << unknown << ", largest hole "
                << largest_hole(fp->polygons) << " m²)\n";
      const std::size_t enclosed = enclaves(fp->polygons, hautes_pyrenees->front());
      EXPECT_EQ(enclosed, std::string_view(id) == "region" ? 2u : 0u);
      EXPECT_LE(hole_count(fp->polygons), commune_holes + unknown + enclosed);
    }
  }
}

}  // namespace
}  // namespace lumiere::core
