#pragma once
// Where the sample data lives: $LUMIERE_DATA, else the data/ folder of the checkout the program
// was built from (filled by scripts/fetch-data).
#include <cstdlib>
#include <string>

namespace lumiere::app {

inline std::string data_dir() {
  if (const char* env = std::getenv("LUMIERE_DATA"); env && *env) return env;
  return LUMIERE_DEFAULT_DATA_DIR;
}

}  // namespace lumiere::app
