#pragma once
// Core's messages as the tests read them: the English text the command line prints (no
// translator is installed in these tests).
#include <string>

#include "core/result.h"
#include "maps/message_text.h"

namespace lumiere::core::testing {

inline std::string text(const Message& message) { return maps::message_string(message); }

}  // namespace lumiere::core::testing
