#include "core/tables/import_report.h"

#include <nlohmann/json.hpp>

namespace lumiere::core {

std::string report_json(const ImportReport& report) {
  nlohmann::ordered_json j;
  j["rows"] = report.rows;
  j["matched"] = report.matched;
  j["harmonised"] = report.harmonised;
  j["unmatched"] = report.unmatched;
  j["duplicates"] = report.duplicates;
  j["invalid_values"] = report.invalid_values;
  const auto line_codes = [](const std::vector<LineCode>& rows) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& r : rows) a.push_back({{"line", r.line}, {"code", r.code}});
    return a;
  };
  j["unmatched_rows"] = line_codes(report.unmatched_rows);
  j["duplicate_rows"] = line_codes(report.duplicate_rows);
  nlohmann::ordered_json invalid = nlohmann::ordered_json::array();
  for (const auto& r : report.invalid_rows)
    invalid.push_back({{"line", r.line}, {"column", r.column}, {"value", r.value}});
  j["invalid_rows"] = std::move(invalid);
  return j.dump(2);
}

}  // namespace lumiere::core
