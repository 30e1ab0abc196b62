#pragma once
// A small COG written for the model and analytics tests: ten current communes of the
// département 17 (région 75) with chosen populations, one delegated commune and three EPCI.
//
//   code   population  EPCI        stratum (DGCL)
//   17001      120     200000001   < 500
//   17002      499     200000001   < 500
//   17003      500     200000001   500–1 999
//   17004    1 500     200000002   500–1 999
//   17005    2 500     200000002   2 000–3 499
//   17006    4 000     200000002   3 500–4 999
//   17007    8 000     —           5 000–9 999
//   17008   30 000     —           20 000–49 999
//   17009   60 000     200000003   50 000–99 999
//   17010  150 000     200000003   ≥ 100 000
//   17999  delegated commune of 17001
//   total population 257 119
#include "core/cog/cog_registry.h"

namespace lumiere::test {

// Loaded once per process from a temporary folder.
const core::CogRegistry& fixture_cog();

}  // namespace lumiere::test
