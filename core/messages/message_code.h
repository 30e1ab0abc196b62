#pragma once
// Every message core (and the layers above it) can give the user, as a code. The codes and
// their English texts are listed by concern in the X-macro files beside this one; this header
// keeps only the names (core has no Qt and makes no sentence). maps/message_text.cpp includes
// the same lists to give each code its text, translated through Qt (QT_TRANSLATE_NOOP marks
// them for lupdate).
//
// Each file holds lines of
//   LUMIERE_MESSAGE(Name, QT_TRANSLATE_NOOP("Message", "English text with %1, %2"))
//   LUMIERE_MESSAGE_FOR(Name, QT_TRANSLATE_NOOP("Message", "text for the command line"),
//                             QT_TRANSLATE_NOOP("Message", "text for the window"))
// The second form is for a message that tells the user what to do with a control: the command
// line names its flag (--code-column), the window names its control.
#include <cstdint>

namespace lumiere::core {

// moc (which reads this header through the window's classes) cannot parse the lists; it needs
// nothing of them.
#ifndef Q_MOC_RUN
enum class MessageCode : std::uint16_t {
#define LUMIERE_MESSAGE(name, text) name,
#define LUMIERE_MESSAGE_FOR(name, cli_text, window_text) name,
#include "core/messages/all_messages.h"
#undef LUMIERE_MESSAGE
#undef LUMIERE_MESSAGE_FOR
  Count_  // not a message: the number of codes
};
#else
enum class MessageCode : std::uint16_t;
#endif

}  // namespace lumiere::core
