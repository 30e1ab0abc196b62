#pragma once
// `lumiere stats --project P --usage ID [--by strate|departement|region|epci|structure|densite]
// [--strata dgf|compact] [--with-com] [--density-grid TABLE] [--vintage YEAR] [--json]`: adoption
// of one usage by group, the fracture metrics and the inequality between territories
// (core/model/analytics.h), as a table in the user's language or as JSON (issues 4 and 19). Needs a
// QCoreApplication with the language installed (app/main.cpp).
#include <string>
#include <vector>

namespace lumiere::app {

int run_stats(const std::vector<std::string>& args);

}  // namespace lumiere::app
