#pragma once
// Starts the GUI: the main window, with the layers named on the command line or the sample
// communes and départements, loaded off the GUI thread.
#include <vector>
#include <string>

namespace lumiere::app {

int run_gui(int argc, char** argv, const std::vector<std::string>& paths);

}  // namespace lumiere::app
