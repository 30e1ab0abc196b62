#pragma once
// The demo project (issue 4, point 6): the real communes, départements, EPCI and populations of
// the sample data and its COG, with structures, memberships and indicator values that are
// synthetic — drawn from a seeded generator, and saying so in their contact and source fields and
// in the project's description. The same data folder and options give the same project, on any
// standard library: the draws use std::mt19937_64 (specified bit for bit) with our own
// conversions to numbers, in COG order.
#include <cstdint>
#include <stop_token>
#include <string>

#include "core/cog/commune_dissolve.h"
#include "core/project/project.h"
#include "core/result.h"

namespace lumiere::core {

inline constexpr std::uint64_t kDefaultDemoSeed = 42;

struct DemoOptions {
  std::uint64_t seed = kDefaultDemoSeed;
  int vintage = 2024;    // the year of the indicator values (1990..2100)
  unsigned threads = 0;  // for loading the layers; 0: one per core (the result does not change)
  // Checked between files and slices of the load and between the steps of the model: the build
  // ends with a Cancelled error (nothing is written anywhere).
  std::stop_token stop;
};

// What the demo did to the boundaries to bring them onto the COG.
struct DemoReport {
  std::vector<CommuneMerge> merges;   // current communes made of several features of the source
  std::vector<std::string> unplaced;  // features the COG does not place
  std::size_t former_features = 0;
  std::size_t source_features = 0;
};

// A project of the sample data's territories and nothing else, the start of a planner's own
// project (the window's File > New): the layers and the COG as the demo has them (below), the
// catalogue of usages, no structure, no value. The same failures as the demo's.
Result<Project> build_base_project(const std::string& data_dir, const DemoOptions& options = {},
                                   DemoReport* report = nullptr);

// Builds the demo from `data_dir` (boundaries/communes/*.geojson,
// boundaries/departements-avec-outre-mer.geojson, cog/): layers "communes" (the boundaries
// brought onto the current COG: former communes dissolved into their commune of today,
// dissolve_former_communes), "departements", and "communes_source" (the boundaries as read),
// with the COG's names and figures, and a model where
// - about two thirds of the départements drawn on the map have a syndicat informatique
//   (SyndicatMixte), a few of them regional (every département of a région); its members are
//   EPCI or communes of those départements, some left out (white zones);
// - every département has a centre de gestion offering a few usages, with the département or
//   some of its smaller communes as members;
// - some EPCI are structures (kind Epci) offering one or two usages to themselves;
// - every current commune of the COG has a value (adopted yes/no, with a date when adopted) for
//   each usage of the catalogue and the vintage, drawn with a probability that grows with the
//   logarithm of its population and with its coverage for the usage (so the fracture between
//   strata shows).
// Takes a few seconds for the whole of France (mostly reading the boundaries). Fails with
// DemoDataMissing when the data is missing.
// `report`, when given, receives what the dissolve did.
Result<Project> build_demo_project(const std::string& data_dir, const DemoOptions& options = {},
                                   DemoReport* report = nullptr);

// The text of project.info.description for a seed.
std::string demo_description(std::uint64_t seed);

}  // namespace lumiere::core
