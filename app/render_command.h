#pragma once
// `lumiere render LAYER... --out FILE [--size WxH] [--extent metropole|france|DEP_CODE]
// [--style JSON_FILE] [--labels] [--cog DIR]` and `lumiere render --project FILE.gpkg [--map
// NAME] --out FILE ...`: a map to PNG, SVG or PDF, headless. Needs a QGuiApplication (on the
// offscreen platform) with the language installed: app/main.cpp makes it.
#include <string>
#include <vector>

namespace lumiere::app {

int run_render(const std::vector<std::string>& args);

}  // namespace lumiere::app
