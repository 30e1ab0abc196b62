#pragma once
// The JSON of an import report in which every row was used (both imports print the same report).
#include <nlohmann/json.hpp>

namespace lumiere::test {

inline nlohmann::json clean_report(int rows) {
  return {{"rows", rows},
          {"matched", rows},
          {"harmonised", 0},
          {"unmatched", 0},
          {"duplicates", 0},
          {"invalid_values", 0},
          {"unmatched_rows", nlohmann::json::array()},
          {"duplicate_rows", nlohmann::json::array()},
          {"invalid_rows", nlohmann::json::array()}};
}

}  // namespace lumiere::test
