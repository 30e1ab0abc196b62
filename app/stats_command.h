#pragma once
// `lumiere stats --project P --usage ID [--by strate|departement|region|epci|structure]
// [--vintage YEAR] [--json]`: adoption of one usage by group and the fracture metrics
// (core/analytics.h), as a French table or as JSON (issue 4 point 7).
#include <string>
#include <vector>

namespace lumiere::app {

int run_stats(const std::vector<std::string>& args);

}  // namespace lumiere::app
