// Every message code walked through both languages: each has an English text, a French
// translation that differs from it, and fills every placeholder with its argument.
#include "maps/message_text.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <cstdlib>
#include <string>
#include <vector>

#include "maps/language.h"
#include "maps/number_format.h"

namespace lumiere::maps {
namespace {

// The highest %n of a text (the number of arguments its message takes).
int placeholders(const QString& text) {
  int highest = 0;
  static const QRegularExpression re(QStringLiteral("%(\\d+)"));
  for (auto it = re.globalMatch(text); it.hasNext();)
    highest = std::max(highest, it.next().captured(1).toInt());
  return highest;
}

core::Message sample(core::MessageCode code, int args) {
  core::Message m{code, {}, nullptr};
  for (int i = 1; i <= args; ++i) m.args.push_back("«arg" + std::to_string(i) + "»");
  return m;
}

class MessageTextTest : public ::testing::Test {
 protected:
  void TearDown() override { use_language(Language::English); }
};

TEST_F(MessageTextTest, EveryCodeHasAnEnglishAndAFrenchTextWithEveryArgument) {
  const int count = static_cast<int>(core::MessageCode::Count_);
  ASSERT_GT(count, 100) << "the lists of core/messages are nearly empty";
  int checked = 0;
  for (int c = 0; c < count; ++c) {
    const auto code = static_cast<core::MessageCode>(c);
    for (Surface surface : {Surface::CommandLine, Surface::Window}) {
      const QString source = QString::fromUtf8(message_source(code, surface));
      SCOPED_TRACE("code " + std::to_string(c) + ": " + source.toStdString());
      ASSERT_FALSE(source.isEmpty());
      const int n = placeholders(source);
      const core::Message m = sample(code, n);

      ASSERT_TRUE(use_language(Language::English));
      const QString english = message_text(m, surface);
      ASSERT_TRUE(use_language(Language::French));
      const QString french = message_text(m, surface);

      EXPECT_EQ(english, [&] {
        QString expected = source;
        for (int i = n; i >= 1; --i)
          expected.replace(QStringLiteral("%") + QString::number(i),
                           QString::fromStdString(m.args[static_cast<std::size_t>(i - 1)]));
        return expected;
      }());
      EXPECT_NE(french, english) << "no French translation (scripts/update-translations)";
      for (const std::string& a : m.args) {
        EXPECT_TRUE(english.contains(QString::fromStdString(a))) << a;
        EXPECT_TRUE(french.contains(QString::fromStdString(a)))
            << "French drops " << a << ": " << french.toStdString();
      }
      EXPECT_FALSE(french.contains(QRegularExpression(QStringLiteral("%\\d"))))
          << french.toStdString();
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2 * count);
}

TEST_F(MessageTextTest, ACauseIsTheArgumentAfterTheLast) {
  const core::Error inner{core::MessageCode::Internal, {"GDAL: disk I/O error"}, nullptr};
  const core::Error wrap =
      core::because(core::Error{core::MessageCode::Internal, {}, nullptr}, inner);
  ASSERT_TRUE(use_language(Language::English));
  EXPECT_EQ(message_string(wrap),
            "internal error (internal error (GDAL: disk I/O error); please report it); please "
            "report it");
  ASSERT_TRUE(use_language(Language::French));
  EXPECT_EQ(message_string(wrap),
            "erreur interne (erreur interne (GDAL: disk I/O error) ; merci de la signaler) ; "
            "merci de la signaler");
}

TEST_F(MessageTextTest, AnArgumentHoldingAPlaceholderIsNotReplacedAgain) {
  ASSERT_TRUE(use_language(Language::English));
  core::Error e{core::MessageCode::Internal, {"file %2 of %1"}, nullptr};
  EXPECT_EQ(message_string(e), "internal error (file %2 of %1); please report it");
}

TEST_F(MessageTextTest, NumbersFollowTheLanguage) {
  ASSERT_TRUE(use_language(Language::French));
  EXPECT_EQ(format_number(1234.5, 1).toStdString(), "1\u202f234,5");
  EXPECT_EQ(format_percent(0.553).toStdString(), "55,3\u202f%");
  ASSERT_TRUE(use_language(Language::English));
  EXPECT_EQ(format_number(1234.5, 1).toStdString(), "1,234.5");
  EXPECT_EQ(format_percent(0.553).toStdString(), "55.3%");
  EXPECT_EQ(format_percent(std::nullopt).toStdString(), "n/a");
}

TEST(LanguageTest, ChosenFromTheEnvironmentByNameAsGettextDoes) {
  struct Case {
    const char *language, *lc_all, *lc_messages, *lang;
    Language expected;
  };
  const Case cases[] = {
      {nullptr, nullptr, nullptr, "fr_FR.UTF-8", Language::French},
      {nullptr, nullptr, nullptr, "C.UTF-8", Language::English},
      {nullptr, nullptr, nullptr, nullptr, Language::English},
      {nullptr, nullptr, nullptr, "de_DE.UTF-8", Language::English},
      {nullptr, "fr_BE.UTF-8", nullptr, "C.UTF-8", Language::French},
      {nullptr, "C", nullptr, "fr_FR.UTF-8", Language::English},
      {nullptr, nullptr, "fr_CA", "en_US.UTF-8", Language::French},
      {"de:fr:en", nullptr, nullptr, "en_GB.UTF-8", Language::French},
      {"en", nullptr, nullptr, "fr_FR.UTF-8", Language::English},
      {"fr", nullptr, nullptr, "C.UTF-8", Language::English},  // gettext: C ignores LANGUAGE
  };
  for (const Case& c : cases) {
    const auto set = [](const char* name, const char* value) {
      if (value)
        setenv(name, value, 1);
      else
        unsetenv(name);
    };
    set("LANGUAGE", c.language);
    set("LC_ALL", c.lc_all);
    set("LC_MESSAGES", c.lc_messages);
    set("LANG", c.lang);
    EXPECT_EQ(language_from_environment(), c.expected)
        << (c.language ? c.language : "-") << " " << (c.lc_all ? c.lc_all : "-") << " "
        << (c.lc_messages ? c.lc_messages : "-") << " " << (c.lang ? c.lang : "-");
  }
  EXPECT_EQ(parse_language("FR"), Language::French);
  EXPECT_EQ(parse_language("en"), Language::English);
  EXPECT_EQ(parse_language("klingon"), std::nullopt);
  EXPECT_EQ(parse_language(""), std::nullopt);
}

}  // namespace
}  // namespace lumiere::maps
