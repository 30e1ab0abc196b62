#pragma once
// Reads territory layers from any OGR source through GDAL, projects them into the map space
// through PROJ, checks and repairs them through GEOS and indexes them. Files are read in
// parallel (one GDAL handle per worker thread); the call blocks until the layers are built.
#include <stop_token>
#include <string>
#include <vector>

#include "core/geometry/map_space.h"
#include "core/layers/vector_layer.h"
#include "core/result.h"

namespace lumiere::core {

struct LoadOptions {
  std::string code_field;  // empty: detect (code, INSEE_COM, INSEE_DEP, codgeo, insee, ...)
  std::string name_field;  // empty: detect (nom, NOM, libgeo, nom_com, ...)
  std::string crs;         // empty: the source's own, or WGS 84 when it has none
  std::string layer;       // empty: every layer of a multi-layer source
  std::vector<std::string> skip_layers;  // layers of a multi-layer source not read
  unsigned threads = 0;                  // 0: one per core
  MapSpace map_space;
  // Checked before each file and each slice of 512 features: the load ends with the error
  // MessageCode::Cancelled (what a worker was reading is finished first).
  std::stop_token stop;
};

// Loads every path. Several single-layer files of one kind (same driver, same fields) make one
// merged layer, in the order given; anything else gives one layer per source layer. Fails with
// an error naming the file and what to do when any input cannot be read.
Result<std::vector<VectorLayer>> load_layers(const std::vector<std::string>& paths,
                                             const LoadOptions& options = {});

// The field of `names` that holds COG codes (or names), by the usual names, case-insensitively;
// -1 when none.
int detect_code_field(const std::vector<std::string>& names);
int detect_name_field(const std::vector<std::string>& names);

}  // namespace lumiere::core
