#pragma once
// `lumiere demo [--data DIR] --out FILE.gpkg [--seed N] [--vintage YEAR]`: builds the demo project
// (core/demo_project.h) from the sample data and saves it.
#include <string>
#include <vector>

namespace lumiere::app {

int run_demo(const std::vector<std::string>& args);

}  // namespace lumiere::app
