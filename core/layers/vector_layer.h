#pragma once
// A territory layer as read from an OGR source: one COG code and one name per feature, and the
// polygons in map space. A value built once by the loader; read-only afterwards.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/geometry/geometry_store.h"
#include "core/geometry/levels_of_detail.h"
#include "core/layers/attribute_table.h"
#include "core/result.h"

namespace lumiere::core {

// What the loader found wrong with the geometries. Nothing is dropped silently: a feature whose
// geometry is null, empty, of another type or unrepairable keeps its place without geometry.
struct GeometryReport {
  std::size_t invalid = 0;   // invalid as read (self-intersections, bad rings, NaN...)
  std::size_t repaired = 0;  // of those, made valid by GEOS MakeValid
  std::size_t null_geometries = 0;
  std::size_t empty = 0;
  std::size_t other_type = 0;  // points or lines in a polygon layer
};

struct VectorLayer {
  std::string name;
  std::string driver;                // GDAL driver short name: "GeoJSON", "ESRI Shapefile", ...
  std::vector<std::string> sources;  // the files merged into this layer
  std::string geometry_type;         // "Polygon" or "MultiPolygon"
  std::string crs;                   // the source CRS: "EPSG:n" where it has one
  std::string code_field;            // empty when none was found
  std::string name_field;
  std::vector<std::string> codes;           // per feature, as text ("01001", "2A004")
  std::vector<std::string> names;           // per feature, the layer's own name
  std::vector<std::string> official_names;  // per feature, the COG's name, empty where unknown
  // A layer of communes only, per feature: 1 where the COG places the code in no current commune
  // (not even as a former one), so that maps draw it as "commune absente du COG", never as a
  // missing value. Empty for other layers (apply_official_names fills it).
  std::vector<std::uint8_t> outside_cog;
  bool is_outside_cog(std::size_t f) const { return f < outside_cog.size() && outside_cog[f]; }
  GeometryStore geometry;
  // Simplified copies for small scales, built from shared arcs (build_levels); empty until then.
  LevelsOfDetail levels;
  AttributeTable attributes;  // the COG's population, area, density... (add_cog_attributes)
  GeometryReport report;
  // What the user should know about the layer (CRS guessed, no code field, features without
  // geometry...): messages of core/messages/layers_messages.h and geometry_messages.h.
  std::vector<Message> warnings;

  std::size_t feature_count() const { return codes.size(); }
  // The feature with this code (the first, if the layer repeats it).
  std::optional<std::size_t> find(std::string_view code) const;
  // The name to show users: the COG's official one where the code matched, else the layer's.
  const std::string& display_name(std::size_t f) const;

  // The geometry to draw at a scale: the simplified level for it, or the full store.
  const GeometryStore& geometry_for(double metres_per_pixel) const {
    return levels.level_for(metres_per_pixel, geometry);
  }
  // Builds the shared-arc topology and the levels of detail, unless they are there (built, or
  // read prepared from a project: the geometry of a layer does not change once loaded).
  void build_levels();

  // Called by the loader once the codes are final.
  void index_codes();

 private:
  std::unordered_map<std::string, std::size_t> by_code_;
};

}  // namespace lumiere::core
