#pragma once
// Normalises COG codes typed or exported by spreadsheets against a CogRegistry: trims, restores
// the leading zero a spreadsheet strips ("1001" -> "01001", "1" -> "01" for a département),
// keeps Corsica's 2A/2B (any case) and maps delegated and associated communes to the current
// commune they belong to. Codes stay text throughout. Pure functions over an immutable registry.
#include <string>
#include <string_view>

#include "core/cog/cog_registry.h"

namespace lumiere::core {

enum class CodeStatus {
  Exact,         // the code as given is a current commune (or département)
  ZeroRestored,  // the same once the leading zero a spreadsheet stripped is restored
  Harmonised,    // an old code (delegated or associated commune) mapped to the current commune
  Unknown,       // the COG does not know it
};

struct NormalisedCode {
  std::string given;    // the cell, trimmed
  std::string cleaned;  // the code as the COG writes it (zero restored, upper case)
  std::string current;  // the current commune (or département); empty when Unknown
  CodeStatus status = CodeStatus::Unknown;
  bool zero_restored = false;  // also true for a Harmonised code whose zero was restored
};

// A commune code: a 4-digit value is a commune code that lost its leading zero ("1001"); a
// trailing ".0" or ",0" left by a spreadsheet's number format is dropped.
NormalisedCode normalise_commune_code(std::string_view text, const CogRegistry& cog);

// A département code: "1" -> "01", "2a" -> "2A", "971".
NormalisedCode normalise_departement_code(std::string_view text, const CogRegistry& cog);

}  // namespace lumiere::core
