#pragma once
// The zones of the French map space: the metropole (Lambert-93) and the five DROM, each with its
// own CRS. A feature's zone comes from its COG code or, failing that, from its position.
#include <array>
#include <optional>
#include <string_view>

namespace lumiere::core {

enum class Zone { Metropole, Guadeloupe, Martinique, Guyane, Reunion, Mayotte };

inline constexpr std::array<Zone, 6> kAllZones = {Zone::Metropole,  Zone::Guadeloupe,
                                                  Zone::Martinique, Zone::Guyane,
                                                  Zone::Reunion,    Zone::Mayotte};
inline constexpr std::array<Zone, 5> kOverseasZones = {Zone::Guadeloupe, Zone::Martinique,
                                                       Zone::Guyane, Zone::Reunion, Zone::Mayotte};

// EPSG code of the CRS the zone is projected in (Lambert-93, RGAF09 UTM 20N, RGFG95 UTM 22N,
// RGR92 UTM 40S, RGM04 UTM 38S).
int zone_epsg(Zone zone);
// Stable identifier used in files and on the command line: "metropole", "guadeloupe", ...
std::string_view zone_id(Zone zone);
// The département code of a DROM zone ("971"...), empty for the metropole.
std::string_view zone_departement(Zone zone);

// The zone a COG code (commune, département, arrondissement) belongs to. Codes 971..976 and the
// communes under them are overseas; every other valid code is metropolitan. Returns nothing for
// a code that is not a COG code at all.
std::optional<Zone> zone_from_code(std::string_view code);
// The zone whose territory contains a WGS 84 position (generous boxes around each DROM), or
// nothing when the point is in none of them (then the caller decides).
std::optional<Zone> zone_from_lon_lat(double lon, double lat);

}  // namespace lumiere::core
