#pragma once
// `lumiere render LAYER... --out FILE [--size WxH] [--extent metropole|france|DEP_CODE]
// [--style JSON_FILE] [--labels]`: a map to PNG, SVG or PDF, headless.
#include <string>
#include <vector>

namespace lumiere::app {

int run_render(int argc, char** argv, const std::vector<std::string>& args);

}  // namespace lumiere::app
