// Fuzzes core::CogRegistry::load, the reader of the COG JSON files (communes, départements,
// régions, EPCI). The input holds the four files separated by form feeds (\f), in that order;
// a file left out is an empty array. Findings: crashes, sanitizer reports (UBSan's
// float-cast-overflow included), uncaught exceptions, and lookups that break their promises.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string dir = [] {
    const std::string d = fuzz::temp_file("-cog");
    std::filesystem::create_directories(d);
    return d;
  }();
  constexpr std::array<const char*, 4> kFiles{"communes.json", "departements.json", "regions.json",
                                              "epci.json"};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    const auto cut = i + 1 < kFiles.size() ? rest.find('\f') : std::string_view::npos;
    std::string_view part = cut == std::string_view::npos ? rest : rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
    if (part.empty()) part = "[]";
    fuzz::write_bytes(dir + "/" + kFiles[i], reinterpret_cast<const std::uint8_t*>(part.data()),
                      part.size());
  }
  auto cog = core::CogRegistry::load(dir);
  if (!cog) {
    if (cog.code() != core::MessageCode::CogFileUnreadable &&
        cog.code() != core::MessageCode::CogNotJsonArray)
      fuzz::fail("an error that is not about the COG files");
    return 0;
  }
  for (const core::CogCommune& c : cog->communes()) {
    const core::CogCommune* found = cog->commune(c.code);
    if (!found || found->code != c.code) fuzz::fail("a commune not found by its own code");
    if (const core::CogCommune* current = cog->current_commune(c.code);
        current && current->type != core::CommuneType::Current)
      fuzz::fail("current_commune gave a commune that is not current");
  }
  for (const core::CogEpci& e : cog->epcis())
    if (!cog->epci(e.code)) fuzz::fail("an EPCI not found by its own code");
  return 0;
}
