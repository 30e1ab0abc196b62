// Fuzzes core::insets_from_json (the inset layout stored in our GeoPackages and map documents).
// Findings: crashes, sanitizer reports, uncaught exceptions, and a layout that does not survive
// a round trip through insets_to_json.
#include <cstdint>
#include <string>

#include "core/layers/layer_writer.h"
#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto space = core::insets_from_json(text);
  if (!space) {
    if (space.code() != core::MessageCode::InsetLayoutNotJson &&
        space.code() != core::MessageCode::InsetEntryNotObject &&
        space.code() != core::MessageCode::InsetEntryNotDrom)
      fuzz::fail("an error that is not about the inset layout");
    return 0;
  }
  const std::string once = core::insets_to_json(*space);
  auto back = core::insets_from_json(once);
  if (!back) fuzz::fail("insets_to_json wrote a layout insets_from_json refuses");
  if (core::insets_to_json(*back) != once) fuzz::fail("the inset layout does not round-trip");
  return 0;
}
