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
       {"abc", "12a", "1.2.3,4", "12,34,5", "1..2", "--", "nan", "inf", "1,2.3.4", "%"})
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

// Issue 18: the spellings of "no value", case, dots and spaces ignored; never a value, never
// invalid, in every parser.
TEST(ValueParser, NoValueSpellings) {
  for (const char* none : {"",
                           "  ",
                           "n.c.",
                           "N.C.",
                           "nc",
                           "NC",
                           "N. C.",
                           "n/c",
                           "-",
                           " - ",
                           "\xE2\x80\x93",
                           "\xE2\x80\x94",
                           "s.o.",
                           "S.O.",
                           "s/o",
                           "S/O",
                           "n.d.",
                           "nd",
                           "ND",
                           "n/a",
                           "N/A",
                           "NA",
                           "#N/A",
                           "#N/D",
                           "sans objet",
                           "Sans objet",
                           "SANS OBJET",
                           "non communiqu\xC3\xA9",
                           "Non communiqu\xC3\xA9",
                           "NON COMMUNIQU\xC3\x89",
                           "non communique",
                           "non renseign\xC3\xA9",
                           "\xC2\xA0n.c.\xC2\xA0"}) {
    EXPECT_TRUE(core::is_no_value(none)) << none;
    EXPECT_EQ(core::parse_yes_no(none).status, ParseStatus::Missing) << none;
    EXPECT_EQ(core::parse_number(none).status, ParseStatus::Missing) << none;
    EXPECT_EQ(core::parse_date(none).status, ParseStatus::Missing) << none;
  }
  // Values, and words that only look like a spelling of it.
  for (const char* some : {"0", "-1", "- 5", "non", "n", "nom", "nca", "s", "ncx", "nd2", "--",
                           "sans", "non communiqu\xC3\xA9 en 2023", "x", "2023-05-01"})
    EXPECT_FALSE(core::is_no_value(some)) << some;
  EXPECT_EQ(core::parse_yes_no("non").status, ParseStatus::Ok);  // "non" is no, not no value
  EXPECT_DOUBLE_EQ(core::parse_number("- 5").value, -5.0);
}

// Issue 18: the marks of a ticked box are yes, and say they are ticks; an empty box is no.
TEST(ValueParser, TicksAreYes) {
  for (const char* tick : {"x", "X", " x ", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91",
                           "\xE2\x9C\x94\xEF\xB8\x8F"}) {  // ✓ ✔ ☑ ✔️
    EXPECT_TRUE(core::is_tick(tick)) << tick;
    const core::ParsedYesNo y = core::parse_yes_no(tick);
    EXPECT_EQ(y.status, ParseStatus::Ok) << tick;
    EXPECT_TRUE(y.value) << tick;
    EXPECT_TRUE(y.tick) << tick;
  }
  EXPECT_FALSE(core::parse_yes_no("oui").tick);
  EXPECT_FALSE(core::is_tick("xx"));
  EXPECT_FALSE(core::is_tick(""));
  const core::ParsedYesNo box = core::parse_yes_no("\xE2\x98\x90");  // ☐
  EXPECT_EQ(box.status, ParseStatus::Ok);
  EXPECT_FALSE(box.value);
  EXPECT_EQ(core::parse_yes_no("\xE2\x9C\x97").status, ParseStatus::Invalid);  // ✗: not said
}

}  // namespace
}  // namespace lumiere::test
