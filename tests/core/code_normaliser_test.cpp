// COG codes as spreadsheets mangle them, against the real COG.
#include "core/cog/code_normaliser.h"

#include <gtest/gtest.h>

#include "test_data.h"
#include "tests/core/message_testing.h"

namespace lumiere::test {
namespace {

using core::CodeStatus;

class CodeNormaliserTest : public DataTest {
 protected:
  void SetUp() override {
    DataTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cog_registry().ok()) << core::testing::text(cog_registry().error());
  }
  const core::CogRegistry& cog() const { return *cog_registry(); }
};

TEST_F(CodeNormaliserTest, ExactCodeIsTrimmed) {
  const auto c = core::normalise_commune_code("  17004\xC2\xA0", cog());
  EXPECT_EQ(c.status, CodeStatus::Exact);
  EXPECT_EQ(c.current, "17004");
  EXPECT_EQ(c.given, "17004");
}

TEST_F(CodeNormaliserTest, LeadingZeroRestored) {
  for (const char* text : {"1001", "1001.0", "1001,0"}) {
    const auto c = core::normalise_commune_code(text, cog());
    EXPECT_EQ(c.status, CodeStatus::ZeroRestored) << text;
    EXPECT_EQ(c.current, "01001") << text;
    EXPECT_TRUE(c.zero_restored);
  }
}

TEST_F(CodeNormaliserTest, CorsicaKeptInAnyCase) {
  for (const char* text : {"2A004", "2a004"}) {
    const auto c = core::normalise_commune_code(text, cog());
    EXPECT_EQ(c.status, CodeStatus::Exact) << text;
    EXPECT_EQ(c.current, "2A004");
  }
}

TEST_F(CodeNormaliserTest, DelegatedCommuneHarmonisedToItsChefLieu) {
  const auto c = core::normalise_commune_code("17189", cog());  // Hiers-Brouage
  EXPECT_EQ(c.status, CodeStatus::Harmonised);
  EXPECT_EQ(c.cleaned, "17189");
  EXPECT_EQ(c.current, "17219");  // Marennes-Hiers-Brouage
  // 17219 is both the current commune and its delegated Marennes: the current one wins.
  EXPECT_EQ(core::normalise_commune_code("17219", cog()).status, CodeStatus::Exact);
}

TEST_F(CodeNormaliserTest, UnknownCodes) {
  for (const char* text : {"99999", "975", "", "abc", "2C004", "123456"})
    EXPECT_EQ(core::normalise_commune_code(text, cog()).status, CodeStatus::Unknown) << text;
}

TEST_F(CodeNormaliserTest, DepartementCodes) {
  auto d = core::normalise_departement_code("1", cog());
  EXPECT_EQ(d.status, CodeStatus::ZeroRestored);
  EXPECT_EQ(d.current, "01");
  EXPECT_EQ(core::normalise_departement_code("2a", cog()).current, "2A");
  EXPECT_EQ(core::normalise_departement_code("971", cog()).status, CodeStatus::Exact);
  EXPECT_EQ(core::normalise_departement_code("17", cog()).status, CodeStatus::Exact);
  EXPECT_EQ(core::normalise_departement_code("20", cog()).status, CodeStatus::Unknown);
}

}  // namespace
}  // namespace lumiere::test
