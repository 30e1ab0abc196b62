#include "core/geometry/zone.h"

#include <cctype>

namespace lumiere::core {

int zone_epsg(Zone zone) {
  switch (zone) {
    case Zone::Metropole:
      return 2154;
    case Zone::Guadeloupe:
      return 5490;
    case Zone::Martinique:
      return 5490;
    case Zone::Guyane:
      return 2972;
    case Zone::Reunion:
      return 2975;
    case Zone::Mayotte:
      return 4471;
  }
  return 2154;
}

std::string_view zone_id(Zone zone) {
  switch (zone) {
    case Zone::Metropole:
      return "metropole";
    case Zone::Guadeloupe:
      return "guadeloupe";
    case Zone::Martinique:
      return "martinique";
    case Zone::Guyane:
      return "guyane";
    case Zone::Reunion:
      return "reunion";
    case Zone::Mayotte:
      return "mayotte";
  }
  return "metropole";
}

std::string_view zone_departement(Zone zone) {
  switch (zone) {
    case Zone::Metropole:
      return "";
    case Zone::Guadeloupe:
      return "971";
    case Zone::Martinique:
      return "972";
    case Zone::Guyane:
      return "973";
    case Zone::Reunion:
      return "974";
    case Zone::Mayotte:
      return "976";
  }
  return "";
}

std::optional<Zone> zone_from_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 5) return std::nullopt;
  const bool corsica =
      (code[0] == '2' && (code[1] == 'A' || code[1] == 'B' || code[1] == 'a' || code[1] == 'b'));
  for (std::size_t i = corsica ? 2 : 0; i < code.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(code[i]))) return std::nullopt;
  }
  if (code.size() >= 3 && code.substr(0, 2) == "97") {
    switch (code[2]) {
      case '1':
        return Zone::Guadeloupe;
      case '2':
        return Zone::Martinique;
      case '3':
        return Zone::Guyane;
      case '4':
        return Zone::Reunion;
      case '6':
        return Zone::Mayotte;
      default:
        return std::nullopt;  // 975, 977, 978: collectivités d'outre-mer, not mapped
    }
  }
  // 97 alone is no département; 98x are the Pacific and austral collectivités, not mapped.
  if (code == "97" || code.substr(0, 2) == "98") return std::nullopt;
  return Zone::Metropole;
}

std::optional<Zone> zone_from_lon_lat(double lon, double lat) {
  struct Area {
    Zone zone;
    double min_lon, min_lat, max_lon, max_lat;
  };
  static constexpr Area kAreas[] = {
      {Zone::Metropole, -6.0, 41.0, 10.0, 51.6},    {Zone::Guadeloupe, -62.0, 15.7, -60.9, 16.6},
      {Zone::Martinique, -61.4, 14.3, -60.7, 15.0}, {Zone::Guyane, -55.0, 1.9, -51.0, 6.0},
      {Zone::Reunion, 55.1, -21.5, 56.0, -20.8},    {Zone::Mayotte, 44.9, -13.2, 45.4, -12.5},
  };
  for (const Area& a : kAreas) {
    if (lon >= a.min_lon && lon <= a.max_lon && lat >= a.min_lat && lat <= a.max_lat) return a.zone;
  }
  return std::nullopt;
}

}  // namespace lumiere::core
