// Fuzzes core::code_normaliser against the real COG (loaded once): commune and département codes
// as spreadsheets mangle them. Findings: crashes, sanitizer reports and broken promises: a known
// code whose current commune the COG does not know, an unknown code with a current commune, a
// normalisation that is not stable (the cleaned code must normalise to the same commune).
#include <cstdint>
#include <string_view>

#include "core/cog/code_normaliser.h"
#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::cog();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const core::CogRegistry& cog = fuzz::cog();

  const core::NormalisedCode commune = core::normalise_commune_code(text, cog);
  if (commune.status == core::CodeStatus::Unknown) {
    if (!commune.current.empty()) fuzz::fail("an unknown commune with a current commune");
  } else {
    if (commune.current.empty() || !cog.commune(commune.current))
      fuzz::fail("a known commune whose current commune the COG does not know");
    const core::NormalisedCode again = core::normalise_commune_code(commune.cleaned, cog);
    if (again.current != commune.current) fuzz::fail("commune normalisation is not stable");
  }

  const core::NormalisedCode dep = core::normalise_departement_code(text, cog);
  if (dep.status == core::CodeStatus::Unknown) {
    if (!dep.current.empty()) fuzz::fail("an unknown département with a current one");
  } else {
    if (!cog.departement(dep.current)) fuzz::fail("a département the COG does not know");
    const core::NormalisedCode again = core::normalise_departement_code(dep.cleaned, cog);
    if (again.current != dep.current) fuzz::fail("département normalisation is not stable");
  }
  return 0;
}
