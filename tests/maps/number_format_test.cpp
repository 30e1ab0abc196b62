#include "maps/number_format.h"

#include <gtest/gtest.h>

#include <limits>

namespace lumiere::maps {
namespace {

// U+202F NARROW NO-BREAK SPACE, the French thousands separator of CLDR (and of Qt 6.4's QLocale).
const QString nnbsp(QChar(0x202F));

TEST(FormatFr, GroupsThousandsWithANarrowNoBreakSpaceAndUsesADecimalComma) {
  EXPECT_EQ(format_fr(1234.5, 1), "1" + nnbsp + "234,5");
  EXPECT_EQ(format_fr(1234567.891, 2), "1" + nnbsp + "234" + nnbsp + "567,89");
  EXPECT_EQ(format_fr(12345, 0), "12" + nnbsp + "345");
  EXPECT_EQ(format_fr(1000, 0), "1" + nnbsp + "000");  // grouped from four digits on
  EXPECT_EQ(format_fr(999.25, 2), "999,25");
  EXPECT_EQ(format_fr(123, 0), "123");
  EXPECT_EQ(format_fr(0.5, 3), "0,500");
}

TEST(FormatFr, NegativeNumbersAndZero) {
  EXPECT_EQ(format_fr(-1234.5, 1), "-1" + nnbsp + "234,5");
  EXPECT_EQ(format_fr(-0.04, 1), "0,0");  // never "-0,0" in a legend
  EXPECT_EQ(format_fr(-0.0, 0), "0");
  EXPECT_EQ(format_fr(0, 2), "0,00");
}

TEST(FormatFr, RoundsToTheDecimalsAsked) {
  EXPECT_EQ(format_fr(2.46, 1), "2,5");
  EXPECT_EQ(format_fr(1999.96, 1), "2" + nnbsp + "000,0");
  EXPECT_EQ(format_fr(75.29, 0), "75");
}

TEST(FormatFr, NoDataAndInfinities) {
  EXPECT_EQ(format_fr(std::numeric_limits<double>::quiet_NaN(), 1), "n.d.");
  EXPECT_EQ(format_fr(std::numeric_limits<double>::infinity(), 1), "∞");
  EXPECT_EQ(format_fr(-std::numeric_limits<double>::infinity(), 1), "-∞");
}

}  // namespace
}  // namespace lumiere::maps
