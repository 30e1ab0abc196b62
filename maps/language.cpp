#include "maps/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <cstdlib>
#include <string>

namespace lumiere::maps {

namespace {

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string_view(value) : std::string_view();
}

bool is_c_locale(std::string_view name) {
  return name == "C" || name == "POSIX" || name.starts_with("C.") || name.starts_with("C@");
}

// The translators installed by use_language, found again by their object name (they are
// children of the application object, which owns them).
constexpr const char* kTranslatorName = "lumiere-translator";

}  // namespace

std::optional<Language> parse_language(std::string_view name) {
  if (name.empty()) return std::nullopt;
  if (is_c_locale(name)) return Language::English;
  const std::string_view lang = name.substr(0, name.find_first_of("_.@-"));
  if (lang.size() != 2) return std::nullopt;
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  const std::string two{lower(lang[0]), lower(lang[1])};
  if (two == "fr") return Language::French;
  if (two == "en") return Language::English;
  return std::nullopt;
}

Language language_from_environment() {
  std::string_view locale = env("LC_ALL");
  if (locale.empty()) locale = env("LC_MESSAGES");
  if (locale.empty()) locale = env("LANG");
  if (!locale.empty() && !is_c_locale(locale)) {
    std::string_view list = env("LANGUAGE");
    while (!list.empty()) {
      const std::size_t colon = list.find(':');
      if (auto l = parse_language(list.substr(0, colon))) return *l;
      list = colon == std::string_view::npos ? std::string_view() : list.substr(colon + 1);
    }
  }
  return parse_language(locale).value_or(Language::English);
}

QLocale locale_of(Language language) {
  return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                      : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool use_language(Language language) {
  QCoreApplication* app = QCoreApplication::instance();
  QLocale::setDefault(locale_of(language));
  if (!app) return language == Language::English;
  for (QTranslator* old : app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName))) {
    QCoreApplication::removeTranslator(old);
    delete old;
  }
  if (language == Language::English) return true;
  auto* qt = new QTranslator(app);
  qt->setObjectName(QString::fromLatin1(kTranslatorName));
  if (qt->load(locale_of(language), QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  auto* ours = new QTranslator(app);
  ours->setObjectName(QString::fromLatin1(kTranslatorName));
  if (!ours->load(QStringLiteral(":/i18n/lumiere_fr.qm"))) return false;
  QCoreApplication::installTranslator(ours);
  return true;
}

}  // namespace lumiere::maps
