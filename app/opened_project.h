#pragma once
// A project opened by a command (stats, render, import, repair): the rows set aside when it was
// read (core/project/project.h) are each said on stderr as a warning, in the user's language, so
// that every command lists the same rows; the command goes on with the others.
#include <string>

#include "app/command_line.h"
#include "core/project/project.h"

namespace lumiere::app {

core::Result<core::Project> open_for_command(const CommandLine& cl, const std::string& path,
                                             const core::OpenOptions& options);

// The --wait option of the commands that write a project: how long to wait for a colleague's
// lock (default 5 s).
inline constexpr int kDefaultLockWaitSeconds = 5;

}  // namespace lumiere::app
