#pragma once
// Projection through PROJ from a source CRS into the zones of the map space. A Projector owns a
// PROJ context and its transformations, created lazily per zone: it is confined to one thread
// (make one per worker).
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/geometry/geometry.h"
#include "core/geometry/zone.h"
#include "core/result.h"

struct pj_ctx;
struct PJconsts;

namespace lumiere::core {

class Projector {
 public:
  // `source_crs` is anything PROJ understands: "EPSG:4326", WKT, PROJJSON.
  static Result<Projector> create(const std::string& source_crs);
  ~Projector();
  Projector(Projector&&) noexcept;
  Projector& operator=(Projector&&) noexcept;

  bool source_is_geographic() const { return geographic_; }
  // "EPSG:n" when PROJ finds an authority code for the source, else its name.
  const std::string& source_label() const { return label_; }

  // Transforms source coordinates into the CRS of `zone`, in place (x east, y north). False when
  // PROJ cannot transform some point (then the points are left unspecified).
  bool to_zone(Zone zone, std::span<Point> points);
  // A source position in WGS 84 longitude/latitude (for finding a feature's zone).
  std::optional<Point> to_lon_lat(Point source);

 private:
  Projector() = default;
  PJconsts* transformation(Zone zone);
  void release();

  pj_ctx* ctx_ = nullptr;
  PJconsts* source_ = nullptr;
  PJconsts* to_lon_lat_ = nullptr;
  std::array<PJconsts*, 6> to_zone_{};
  bool geographic_ = false;
  std::string label_;
};

// What to do with a source that has no CRS. GeoJSON says WGS 84; when the coordinates cannot be
// degrees, Lambert-93 metres are the everyday case and are taken with a warning; anything else is
// an error naming the CRSes the user likely needs.
struct CrsGuess {
  std::string crs;                 // "EPSG:4326" or "EPSG:2154"
  std::optional<Message> warning;  // none when nothing was guessed
};
Result<CrsGuess> guess_missing_crs(const Box& source_extent, const std::string& where);

}  // namespace lumiere::core
