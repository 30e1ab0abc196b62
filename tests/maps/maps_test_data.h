#pragma once
// The sample data of the maps tests (LUMIERE_TEST_DATA): the national département layer and one
// département's communes with the COG's population, loaded once per process. A missing file is
// a test failure naming the file and scripts/fetch-data, never a skip.
#include <memory>
#include <string>
#include <vector>

#include "core/layers/vector_layer.h"

namespace lumiere::test {

std::string maps_data_dir();
// nullptr (and a recorded failure) when the data is missing or cannot be read.
std::shared_ptr<const core::VectorLayer> departements_with_population();
// The communes of Pas-de-Calais (62), the département with the most communes of the sample.
std::shared_ptr<const core::VectorLayer> communes_62_with_population();

// The communes of the files named (as "communes-62-pas-de-calais") in one layer, not cached.
std::shared_ptr<const core::VectorLayer> communes_with_population(
    const std::vector<std::string>& files);
// The communes of Ile-de-France (Paris and the seven départements around it), of
// Bouches-du-Rhône and of Rhône (Marseille and Lyon, the next largest), in one layer.
std::shared_ptr<const core::VectorLayer> communes_around_paris_with_population();

}  // namespace lumiere::test
