#pragma once
// Core's messages (errors, warnings of a load, notes of an import) as one sentence in the
// user's language: the one formatter between core's codes and what the command line and the
// window print. The texts are the lists of core/messages/, translated through the translators
// installed in the running QCoreApplication (maps/language.h); with none, English.
// Thread-safe once the translators are installed.
#include <QString>
#include <string>

#include "core/result.h"

namespace lumiere::maps {

// Where the text is shown: the command line names its flags (--code-column), the window names
// its controls.
enum class Surface { CommandLine, Window };

// The message's text: its code's text, %1, %2... replaced by its arguments, then the cause's
// text (formatted the same way) as the argument after the last.
QString message_text(const core::Message& message, Surface surface);

// message_text as UTF-8, for the command line.
std::string message_string(const core::Message& message, Surface surface = Surface::CommandLine);

// The English text of `code` with its placeholders, as listed (for tests and lupdate checks).
const char* message_source(core::MessageCode code, Surface surface);

}  // namespace lumiere::maps
