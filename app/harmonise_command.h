#pragma once
// `lumiere harmonise LAYER... --out FILE.gpkg [--passage TABLE]`: boundaries of an older vintage
// brought onto the current COG (former communes dissolved into their commune of today), written
// as a GeoPackage of two layers, "communes" and "communes_source" (the boundaries as read).
#include <string>
#include <vector>

namespace lumiere::app {

int run_harmonise(const std::vector<std::string>& args);

}  // namespace lumiere::app
