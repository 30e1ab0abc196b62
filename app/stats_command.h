#pragma once
// `lumiere stats --project P --usage ID [--by strate|departement|region|epci|structure|densite]
// [--density-grid TABLE] [--vintage YEAR] [--json]`: adoption of one usage by group and the
// fracture metrics (core/model/analytics.h), as a table in the user's language or as JSON
// (issue 4 point 7). Needs a QCoreApplication with the language installed (app/main.cpp).
#include <string>
#include <vector>

namespace lumiere::app {

int run_stats(const std::vector<std::string>& args);

}  // namespace lumiere::app
