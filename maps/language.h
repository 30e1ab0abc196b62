#pragma once
// The language Lumière speaks: French on a French system, English otherwise, or what the user
// forces (lumiere --lang fr|en). Chosen from the environment as gettext does (LANGUAGE, then
// LC_ALL, LC_MESSAGES, LANG), by name only: it works where the glibc locale is not installed.
// use_language installs the translators in the running QCoreApplication (owned by it) and sets
// the default QLocale, so tr(), message_text and number formats follow; call it on the GUI
// thread before any other thread formats text.
#include <QLocale>
#include <optional>
#include <string_view>

namespace lumiere::maps {

enum class Language { French, English };

// "fr", "fr_FR.UTF-8", "FR" → French; "en", "en_GB", "C", "POSIX", "C.UTF-8" → English;
// anything else → nothing.
std::optional<Language> parse_language(std::string_view name);

// The language of the environment: LANGUAGE (a colon-separated list; its first entry Lumière
// speaks), unless the locale (LC_ALL, else LC_MESSAGES, else LANG) is C or POSIX, as gettext;
// then that locale; English when none of them names a language.
Language language_from_environment();

// Installs (French) or removes (English) Lumière's and Qt's translations in the running
// QCoreApplication, and makes the language's locale the default. Returns false when the French
// translation is missing from the resources (a broken build).
bool use_language(Language language);

// The locale whose conventions numbers follow in `language` ("1 234,5" or "1,234.5").
QLocale locale_of(Language language);

}  // namespace lumiere::maps
