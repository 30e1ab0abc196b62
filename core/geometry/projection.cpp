#include "core/geometry/projection.h"

#include <proj.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace lumiere::core {

Result<Projector> Projector::create(const std::string& source_crs) {
  Projector p;
  p.ctx_ = proj_context_create();
  proj_log_level(p.ctx_, PJ_LOG_NONE);
  p.source_ = proj_create(p.ctx_, source_crs.c_str());
  if (!p.source_) {
    return Error{MessageCode::CrsUnknown, {source_crs.substr(0, 80)}};
  }
  const PJ_TYPE type = proj_get_type(p.source_);
  p.geographic_ = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
  const char* auth = proj_get_id_auth_name(p.source_, 0);
  const char* code = proj_get_id_code(p.source_, 0);
  if (auth && code) {
    p.label_ = std::string(auth) + ":" + code;
  }
  if (p.label_.empty()) {
    int* confidence = nullptr;
    PJ_OBJ_LIST* matches = proj_identify(p.ctx_, p.source_, "EPSG", nullptr, &confidence);
    if (matches && proj_list_get_count(matches) > 0 && confidence && confidence[0] >= 90) {
      PJ* best = proj_list_get(p.ctx_, matches, 0);
      if (const char* c = proj_get_id_code(best, 0)) p.label_ = std::string("EPSG:") + c;
      proj_destroy(best);
    }
    proj_int_list_destroy(confidence);
    proj_list_destroy(matches);
  }
  if (p.label_.empty()) {
    const char* name = proj_get_name(p.source_);
    p.label_ = name ? name : "unknown";
  }
  return p;
}

Projector::~Projector() { release(); }

void Projector::release() {
  for (PJ*& t : to_zone_) {
    if (t) proj_destroy(t);
    t = nullptr;
  }
  if (to_lon_lat_) proj_destroy(to_lon_lat_);
  if (source_) proj_destroy(source_);
  if (ctx_) proj_context_destroy(ctx_);
  to_lon_lat_ = nullptr;
  source_ = nullptr;
  ctx_ = nullptr;
}

Projector::Projector(Projector&& o) noexcept { *this = std::move(o); }

Projector& Projector::operator=(Projector&& o) noexcept {
  if (this == &o) return *this;
  release();
  ctx_ = std::exchange(o.ctx_, nullptr);
  source_ = std::exchange(o.source_, nullptr);
  to_lon_lat_ = std::exchange(o.to_lon_lat_, nullptr);
  to_zone_ = std::exchange(o.to_zone_, {});
  geographic_ = o.geographic_;
  label_ = std::move(o.label_);
  return *this;
}

namespace {
PJ* make_transformation(PJ_CONTEXT* ctx, PJ* source, const std::string& target_def) {
  PJ* target = proj_create(ctx, target_def.c_str());
  if (!target) return nullptr;
  PJ* raw = proj_create_crs_to_crs_from_pj(ctx, source, target, nullptr, nullptr);
  proj_destroy(target);
  if (!raw) return nullptr;
  // x east, y north whatever the axis order the CRS declares (EPSG:4326 is lat, lon).
  PJ* norm = proj_normalize_for_visualization(ctx, raw);
  proj_destroy(raw);
  return norm;
}
}  // namespace

PJ* Projector::transformation(Zone zone) {
  PJ*& t = to_zone_[static_cast<std::size_t>(zone)];
  if (!t) t = make_transformation(ctx_, source_, "EPSG:" + std::to_string(zone_epsg(zone)));
  return t;
}

bool Projector::to_zone(Zone zone, std::span<Point> points) {
  PJ* t = transformation(zone);
  if (!t) return false;
  if (points.empty()) return true;
  proj_errno_reset(t);
  const std::size_t n =
      proj_trans_generic(t, PJ_FWD, &points[0].x, sizeof(Point), points.size(), &points[0].y,
                         sizeof(Point), points.size(), nullptr, 0, 0, nullptr, 0, 0);
  if (n != points.size()) return false;
  for (const Point& p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  }
  return true;
}

std::optional<Point> Projector::to_lon_lat(Point source) {
  if (geographic_ && label_ == "EPSG:4326") return source;
  if (!to_lon_lat_) to_lon_lat_ = make_transformation(ctx_, source_, "EPSG:4326");
  if (!to_lon_lat_) return std::nullopt;
  PJ_COORD c = proj_coord(source.x, source.y, 0, 0);
  c = proj_trans(to_lon_lat_, PJ_FWD, c);
  if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y)) return std::nullopt;
  return Point{c.xy.x, c.xy.y};
}

Result<CrsGuess> guess_missing_crs(const Box& e, const std::string& where) {
  if (e.empty()) return CrsGuess{"EPSG:4326", std::nullopt};
  if (e.min_x >= -180 && e.max_x <= 180 && e.min_y >= -90 && e.max_y <= 90) {
    return CrsGuess{"EPSG:4326", std::nullopt};
  }
  const auto number = [](double v) {
    char text[64];
    std::snprintf(text, sizeof text, "%.0f", v);
    return std::string(text);
  };
  std::vector<std::string> args{where, number(e.min_x), number(e.max_x), number(e.min_y),
                                number(e.max_y)};
  // Lambert-93's domain around metropolitan France, with margin.
  if (e.min_x >= -400000 && e.max_x <= 1600000 && e.min_y >= 5900000 && e.max_y <= 7300000) {
    return CrsGuess{"EPSG:2154", Message{MessageCode::CrsGuessedLambert93, std::move(args)}};
  }
  return Error{MessageCode::CrsNotDegrees, std::move(args)};
}

}  // namespace lumiere::core
