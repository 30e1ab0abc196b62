// Cell values as French and English spreadsheets write them.
#include "core/tables/value_parser.h"

#include <gtest/gtest.h>

namespace lumiere::test {
namespace {

using core::ParseStatus;

TEST(ValueParser, YesNoFrenchAndEnglish) {
  for (const char* yes : {"Oui", "oui", "OUI", "O", "1", "vrai", "Vrai", "yes", "Y", "true", "TRUE",
                          "x", "X", " oui "})
    EXPECT_TRUE(core::parse_yes_no(yes).status == ParseStatus::Ok && core::parse_yes_no(yes).value)
        << yes;
  for (const char* no : {"Non", "non", "N", "0", "faux", "FAUX", "no", "false", "\xC2\xA0non"})
    EXPECT_TRUE(core::parse_yes_no(no).status == ParseStatus::Ok && !core::parse_yes_no(no).value)
        << no;
  EXPECT_EQ(core::parse_yes_no("").status, ParseStatus::Missing);
  EXPECT_EQ(core::parse_yes_no("  ").status, ParseStatus::Missing);
  EXPECT_EQ(core::parse_yes_no("peut-être").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_yes_no("2").status, ParseStatus::Invalid);
}

TEST(ValueParser, NumbersWithDecimalCommaOrPointAndThousands) {
  const auto value = [](const char* text) {
    const core::ParsedNumber n = core::parse_number(text);
    EXPECT_EQ(n.status, ParseStatus::Ok) << text;
    return n.value;
  };
  EXPECT_DOUBLE_EQ(value("1234"), 1234.0);
  EXPECT_DOUBLE_EQ(value("12,5"), 12.5);
  EXPECT_DOUBLE_EQ(value("12.5"), 12.5);
  EXPECT_DOUBLE_EQ(value("-3,25"), -3.25);
  EXPECT_DOUBLE_EQ(value("1 234,5"), 1234.5);
  EXPECT_DOUBLE_EQ(value("1\xC2\xA0"
                         "234\xC2\xA0"
                         "567"),
                   1234567.0);
  EXPECT_DOUBLE_EQ(value("1\xE2\x80\xAF"
                         "234,5"),
                   1234.5);
  EXPECT_DOUBLE_EQ(value("1.234,5"), 1234.5);
  EXPECT_DOUBLE_EQ(value("1,234.5"), 1234.5);
  EXPECT_DOUBLE_EQ(value("1.234.567"), 1234567.0);
  EXPECT_DOUBLE_EQ(value("1,234,567"), 1234567.0);
  EXPECT_DOUBLE_EQ(value("0,45"), 0.45);
  EXPECT_DOUBLE_EQ(value(",5"), 0.5);
  EXPECT_TRUE(core::parse_number("1234").integer);
  EXPECT_FALSE(core::parse_number("12,5").integer);
  EXPECT_EQ(core::parse_number("").status, ParseStatus::Missing);
  for (const char* bad :
       {"abc", "12a", "1.2.3,4", "12,34,5", "1..2", "-", "nan", "inf", "1,2.3.4", "%"})
    EXPECT_EQ(core::parse_number(bad).status, ParseStatus::Invalid) << bad;
}

TEST(ValueParser, PercentagesAreDividedByHundred) {
  for (const char* text : {"45 %", "45%", "45\xC2\xA0%", "45,0 %"}) {
    const core::ParsedNumber n = core::parse_number(text);
    ASSERT_EQ(n.status, ParseStatus::Ok) << text;
    EXPECT_TRUE(n.percent);
    EXPECT_DOUBLE_EQ(n.value, 0.45) << text;
  }
  const core::ParsedNumber fraction = core::parse_number("0,45");
  EXPECT_FALSE(fraction.percent);
  EXPECT_DOUBLE_EQ(fraction.value, 0.45);
}

TEST(ValueParser, IsoAndFrenchDates) {
  EXPECT_EQ(core::parse_date("2023-05-01").value, (core::Date{2023, 5, 1}));
  EXPECT_EQ(core::parse_date("01/05/2023").value, (core::Date{2023, 5, 1}));
  EXPECT_EQ(core::parse_date("1/5/2023").value, (core::Date{2023, 5, 1}));
  EXPECT_EQ(core::parse_date("2023/05/01").value, (core::Date{2023, 5, 1}));  // OGR's form
  EXPECT_EQ(core::parse_date("2023-05-01 00:00:00").value, (core::Date{2023, 5, 1}));
  EXPECT_EQ(core::parse_date("2023-05/01").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_date("29/02/2024").status, ParseStatus::Ok);
  EXPECT_EQ(core::parse_date("29/02/2023").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_date("2023-13-01").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_date("32/01/2023").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_date("hier").status, ParseStatus::Invalid);
  EXPECT_EQ(core::parse_date("").status, ParseStatus::Missing);
  EXPECT_EQ(core::parse_date("01/05/2023").value.iso(), "2023-05-01");
}

}  // namespace
}  // namespace lumiere::test
