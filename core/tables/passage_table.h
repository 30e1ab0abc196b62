#pragma once
// INSEE's table de passage (CSV or a spreadsheet, as INSEE publishes it: title rows above the
// header, a sheet per level): for each commune code of an older vintage, the code of the commune
// it belongs to in a later one. Read to bring boundaries of another vintage onto the COG
// (dissolve_former_communes). A pure function of the file.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/cog/commune_dissolve.h"
#include "core/result.h"
#include "core/tables/table_reader.h"

namespace lumiere::core {

struct PassageOptions {
  TableOptions table;
  // The headers of the old and the new code columns; empty: found. INSEE's tables are in
  // chronological order (CODGEO_INI … CODGEO_2024, or CODGEO_2018 … CODGEO_2024): the first and
  // the last column of commune codes.
  std::string from_column;
  std::string to_column;
};

struct PassageTable {
  CommunePassage passage;  // old code -> new code, only where they differ
  TableLayout layout;
  std::string from_column, to_column;
  std::size_t rows = 0;               // data rows read
  std::size_t unchanged = 0;          // rows whose old and new code are the same
  std::vector<int> incomplete_lines;  // rows without two codes, by line
  // An old code given two different new codes (a commune split): the first kept, by line.
  std::vector<std::pair<int, std::string>> conflicts;
};

// Errors: those of TableReader::open, PassageColumnNotFound (a column named that is not there),
// PassageNoCodeColumns (fewer than two columns of codes), PassageNoPair (no row with two codes).
Result<PassageTable> read_passage_table(const std::string& path,
                                        const PassageOptions& options = {});

}  // namespace lumiere::core
