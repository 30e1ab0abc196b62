#include "core/cog/code_normaliser.h"

#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string clean(std::string_view text) {
  std::string s(trim_cell(text));
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  // A number format may have written 1001 as "1001.0" or "1001,0".
  if (s.size() > 2 && (s.ends_with(".0") || s.ends_with(",0")) &&
      all_digits(std::string_view(s).substr(0, s.size() - 2)))
    s.resize(s.size() - 2);
  return s;
}

}  // namespace

NormalisedCode normalise_commune_code(std::string_view text, const CogRegistry& cog) {
  NormalisedCode out;
  out.given = std::string(trim_cell(text));
  out.cleaned = clean(text);
  if (out.cleaned.size() == 4 && all_digits(out.cleaned)) {
    out.cleaned.insert(0, "0");
    out.zero_restored = true;
  }
  const CogCommune* commune = cog.commune(out.cleaned);
  const CogCommune* current = cog.current_commune(out.cleaned);
  if (commune && commune->type == CommuneType::MunicipalArrondissement) current = commune;
  if (!current) {
    out.status = CodeStatus::Unknown;
    return out;
  }
  out.current = current->code;
  if (current->code != out.cleaned)
    out.status = CodeStatus::Harmonised;
  else
    out.status = out.zero_restored ? CodeStatus::ZeroRestored : CodeStatus::Exact;
  return out;
}

NormalisedCode normalise_departement_code(std::string_view text, const CogRegistry& cog) {
  NormalisedCode out;
  out.given = std::string(trim_cell(text));
  out.cleaned = clean(text);
  if (out.cleaned.size() == 1 && all_digits(out.cleaned)) {
    out.cleaned.insert(0, "0");
    out.zero_restored = true;
  }
  if (const CogDepartement* d = cog.departement(out.cleaned)) {
    out.current = d->code;
    out.status = out.zero_restored ? CodeStatus::ZeroRestored : CodeStatus::Exact;
  }
  return out;
}

}  // namespace lumiere::core
