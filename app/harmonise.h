#pragma once
// Boundaries of an older vintage brought onto the current COG, for `lumiere harmonise` and the
// window's File > Harmonise action alike: the layers read, the commune layer found, INSEE's table
// de passage read when given, the former communes dissolved into their commune of today
// (core::dissolve_former_communes), and a GeoPackage written with two layers, "communes" and
// "communes_source" (the boundaries as read). Any thread; the report is text in the language in
// use.
#include <QString>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/cog/commune_dissolve.h"
#include "core/layers/layer_loader.h"
#include "core/result.h"
#include "core/tables/passage_table.h"

namespace lumiere::app {

struct HarmoniseRequest {
  std::vector<std::string> layers;     // the boundary files
  std::string out;                     // the GeoPackage to write (replaced if it exists)
  std::string cog_dir;                 // the COG folder
  std::optional<std::string> passage;  // INSEE's table de passage, if any
  core::PassageOptions passage_options;
  core::LoadOptions load;
};

struct Harmonised {
  std::optional<core::PassageTable> passage;
  core::CommuneDissolve dissolve;
  std::size_t source_features = 0;
};

// Errors: the COG's, the table de passage's (core::read_passage_table), the layers' loading,
// HarmoniseNoCommuneLayer, the dissolve's and the writing's; Cancelled when `stop` is asked.
core::Result<Harmonised> harmonise(const HarmoniseRequest& request, std::stop_token stop = {});

// What was done, as lines: the table de passage read (its columns, rows, codes changed, rows
// left out, conflicts), the file written with its counts, each merger, the features left
// unplaced.
QString harmonise_report(const HarmoniseRequest& request, const Harmonised& done);

}  // namespace lumiere::app
