#pragma once
// The one line a failed subcommand writes on stderr.
#include <cstdio>
#include <string>

namespace lumiere::app {

// "lumiere COMMAND: MESSAGE" on stderr; a usage error (status 2) points to the command's help.
// Returns `status`, for `return cli_fail(...)`.
inline int cli_fail(const char* command, const std::string& message, int status = 1) {
  std::fprintf(stderr, "lumiere %s: %s%s\n", command, message.c_str(),
               status == 2 ? (std::string(" (see lumiere ") + command + " --help)").c_str() : "");
  return status;
}

}  // namespace lumiere::app
