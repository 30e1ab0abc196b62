#pragma once
// `lumiere info PATH... [--json] [--features] [--cog DIR]`: what Lumière reads in map files.
#include <string>
#include <vector>

namespace lumiere::app {

int run_info(const std::vector<std::string>& args);

}  // namespace lumiere::app
