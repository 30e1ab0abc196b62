#pragma once
// `lumiere import indicators --project P --usage ID --vintage YEAR FILE [--code-column NAME]
// [--value-column NAME] [--json]` and `lumiere import structures --project P FILE [--json]`:
// a table imported into a project file, saved atomically only when the whole import succeeded,
// and its report (issue 4 point 7) as text in the user's language or as JSON. Needs a
// QCoreApplication with the language installed (app/main.cpp).
#include <string>
#include <vector>

namespace lumiere::app {

int run_import(const std::vector<std::string>& args);

}  // namespace lumiere::app
