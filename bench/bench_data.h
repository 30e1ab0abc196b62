#pragma once
// What every benchmark program shares: where the sample data is, the 101 commune files, and the
// peak memory of the process. Header-only: each program is one translation unit.
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/cog/cog_registry.h"

namespace lumiere::bench {

// $LUMIERE_DATA, else the checkout's data/ folder (scripts/fetch-data fills it).
inline std::string data_dir() {
  const char* env = std::getenv("LUMIERE_DATA");
  return env ? env : LUMIERE_BENCH_DATA;
}

// The 101 département files of the national commune layer, sorted; exits with a message when
// the data is not there.
inline std::vector<std::string> commune_files() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(data_dir() + "/boundaries/communes", ec))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  if (files.size() != 101) {
    std::fprintf(stderr,
                 "expected the 101 commune files in %s/boundaries/communes: run "
                 "scripts/fetch-data first\n",
                 data_dir().c_str());
    std::exit(1);
  }
  return files;
}

// The COG of the sample data, read once; exits with a message when it is not there.
inline const core::CogRegistry& cog() {
  static const core::CogRegistry registry = [] {
    auto loaded = core::CogRegistry::load(data_dir() + "/cog");
    if (!loaded) {
      std::fprintf(stderr, "the COG could not be read from %s/cog: run scripts/fetch-data\n",
                   data_dir().c_str());
      std::exit(1);
    }
    return std::move(*loaded);
  }();
  return registry;
}

inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace lumiere::bench
