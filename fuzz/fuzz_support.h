#pragma once
// Helpers shared by the fuzz targets: a temporary file per fuzzing process for the readers that
// take a path, and the real COG of the sample data loaded once per process. A missing sample
// data folder aborts with a message (the ctest run then fails, it is never skipped).
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/cog/cog_registry.h"

namespace lumiere::fuzz {

// `<tmp>/lumiere-fuzz-<pid><suffix>`, removed when the process exits normally.
inline std::string temp_file(std::string_view suffix) {
  static std::string base = [] {
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    return (dir / ("lumiere-fuzz-" + std::to_string(::getpid()))).string();
  }();
  return base + std::string(suffix);
}

inline void write_bytes(const std::string& path, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  if (!out) {
    std::fprintf(stderr, "fuzz: cannot write %s\n", path.c_str());
    std::abort();
  }
}

// The COG of the sample data (LUMIERE_DATA_DIR/cog, or $LUMIERE_DATA/cog), loaded once.
inline const core::CogRegistry& cog() {
  static const core::CogRegistry* registry = [] {
    const char* env = std::getenv("LUMIERE_DATA");
    const std::string dir = std::string(env && *env ? env : LUMIERE_DATA_DIR) + "/cog";
    auto loaded = core::CogRegistry::load(dir);
    if (!loaded) {
      std::fprintf(stderr,
                   "fuzz: cannot load the COG from %s (message code %d): run scripts/fetch-data "
                   "first\n",
                   dir.c_str(), static_cast<int>(loaded.code()));
      std::abort();
    }
    return new core::CogRegistry(std::move(*loaded));
  }();
  return *registry;
}

// Aborts with a message: a broken invariant is a finding, as a crash would be.
[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
  std::abort();
}

}  // namespace lumiere::fuzz

namespace lumiere::fuzz {

// Strict UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF), written independently of
// core's own check so that the two can disagree.
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80                 ? 0
            : c >= 0xC2 && c <= 0xDF ? 1
            : c >= 0xE0 && c <= 0xEF ? 2
            : c >= 0xF0 && c <= 0xF4 ? 3
                                     : -1;
    if (n < 0 || i + static_cast<std::size_t>(n) >= s.size() + (n == 0 ? 1 : 0)) return false;
    std::uint32_t cp = n == 0 ? c : n == 1 ? (c & 0x1Fu) : n == 2 ? (c & 0x0Fu) : (c & 0x07u);
    for (int k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += static_cast<std::size_t>(n) + 1;
  }
  return true;
}

}  // namespace lumiere::fuzz
