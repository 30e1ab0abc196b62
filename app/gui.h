#pragma once
// Starts the GUI: the main window, with the layers named on the command line or the sample
// communes and départements, loaded off the GUI thread.
#include <string>
#include <vector>

#include "maps/language.h"

namespace lumiere::app {

// Starts the window in `language` (installed before any window exists); `paths`: a project file,
// or map layers (none: the sample data).
int run_gui(int argc, char** argv, const std::vector<std::string>& paths, maps::Language language);

}  // namespace lumiere::app
