// Fuzzes core::import_indicators end to end on a temporary CSV file against the real COG
// (loaded once), then the JSON report the CLI prints. Findings: crashes, sanitizer reports,
// uncaught exceptions and broken promises: counts that do not add up, communes not sorted or
// repeated, a row of values not matching the columns, a report that is not JSON.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <variant>

#include "core/tables/indicator_import.h"
#include "fuzz_support.h"

using namespace lumiere;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)fuzz::cog();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz::temp_file("-indicators.csv");
  fuzz::write_bytes(path, data, size);
  auto table = core::import_indicators(path, fuzz::cog());
  if (!table) {
    if (table.error().code == core::MessageCode::Internal) fuzz::fail("an internal error");
    return 0;
  }
  const core::ImportReport& r = table->report;
  if (r.rows != r.matched + r.unmatched) fuzz::fail("rows != matched + unmatched");
  if (r.harmonised > r.matched) fuzz::fail("more harmonised rows than matched ones");
  if (r.unmatched != static_cast<int>(r.unmatched_rows.size()))
    fuzz::fail("unmatched count and list differ");
  if (r.invalid_values != static_cast<int>(r.invalid_rows.size()))
    fuzz::fail("invalid count and list differ");
  for (std::size_t i = 0; i < table->communes.size(); ++i) {
    const auto& c = table->communes[i];
    if (i > 0 && !(table->communes[i - 1].code < c.code))
      fuzz::fail("communes not sorted or repeated");
    if (c.values.size() != table->columns.size()) fuzz::fail("values do not match the columns");
    if (!fuzz::cog().commune(c.code)) fuzz::fail("a commune the COG does not know");
    for (const auto& v : c.values)
      if (const auto* s = std::get_if<std::string>(&v); s && !fuzz::valid_utf8(*s))
        fuzz::fail("a text value that is not UTF-8");
  }
  const std::string json = core::report_json(r);
  if (nlohmann::json::parse(json, nullptr, false).is_discarded())
    fuzz::fail("the report is not JSON");
  return 0;
}
