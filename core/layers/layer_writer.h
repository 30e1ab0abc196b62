#pragma once
// Writes territory layers to a GeoPackage in Lumière's map space (Lambert-93 metres, DROM in
// their insets, as the "DROM rapprochés" layers of French statistics), with the zone, true area
// and label point of each feature and a `lumiere_layers` table describing the layout. QGIS opens
// it as ordinary layers; Lumière reads it back without projecting or re-checking anything.
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/geometry/map_space.h"
#include "core/layers/vector_layer.h"
#include "core/result.h"

// Only core's own sources (project.cpp) see a dataset; callers outside core use the functions
// that take a path, and no header of core includes GDAL.
class GDALDataset;

namespace lumiere::core {

// Version of the map-space encoding written in lumiere_layers.map_space.
inline constexpr int kMapSpaceVersion = 1;

// Writes atomically: into a file beside `path`, flushed, then renamed over it, so that a crash
// at any moment leaves either the old file or the new one whole.
Status write_geopackage(const std::string& path, const std::vector<const VectorLayer*>& layers,
                        const MapSpace& space);

// Creates a GeoPackage beside `path` (hidden, same folder), lets `fill` write into it, closes and
// flushes it, renames it over `path` and flushes the folder. On any failure the temporary is
// removed, `path` is left as it was and the error names `path`: WriteCancelled when `fill` gave
// MessageCode::Cancelled, WriteNoSpace for a lack of space ("not enough space on <folder>: free
// some space or save elsewhere"), else mostly WriteFailed with `fill`'s error (and GDAL's words,
// WriteGdalSaid) as its cause. The temporary is ".<stem>.saving-<host>-<pid>-<random><ext>";
// those left by a process killed during a save are removed by the next save on the same host
// (another host's are never touched: its save may be in progress).
// `before_rename`, when given, sees the whole, flushed temporary just before the rename (to give
// it the target's permissions, to lock it); an error there is a failed write.
Status write_geopackage_atomically(
    const std::string& path, const std::function<Status(GDALDataset&)>& fill,
    const std::function<Status(const std::string& temp)>& before_rename = {});

// Removes the temporaries that saves into `path` on this host left when their process was killed
// (what every write_geopackage_atomically does first); for a file that will not be written again.
void remove_stale_save_temporaries(const std::string& path);

// Writes the layers in map space and their rows of `lumiere_layers` into an open GeoPackage;
// `stop` is checked between features (error MessageCode::Cancelled).
Status write_layers(GDALDataset& dataset, const std::vector<const VectorLayer*>& layers,
                    const MapSpace& space, std::stop_token stop = {});

// The inset layout as JSON text (stored with the layers) and back.
std::string insets_to_json(const MapSpace& space);
Result<MapSpace> insets_from_json(const std::string& text);

}  // namespace lumiere::core
