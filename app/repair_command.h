#pragma once
// `lumiere repair PROJECT --out COPY.gpkg [--force]`: writes a repaired copy of a project whose
// tables hold rows that break the model (after an edit in QGIS, say): the rows are listed on
// stderr as every command lists them, and the copy holds everything else (core::save_project_as
// writes the project as read, without the rows set aside). The project itself is not touched.
#include <string>
#include <vector>

namespace lumiere::app {

int run_repair(const std::vector<std::string>& args);

}  // namespace lumiere::app
