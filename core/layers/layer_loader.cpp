#include "core/layers/layer_loader.h"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "core/geometry/geos_checker.h"
#include "core/geometry/polygon_set.h"
#include "core/geometry/projection.h"
#include "core/layers/gdal_support.h"
#include "core/layers/layer_writer.h"
#include "core/path_check.h"

namespace lumiere::core {
namespace fs = std::filesystem;
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

int find_field(const std::vector<std::string>& names, std::initializer_list<const char*> wanted) {
  for (const char* w : wanted) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (lower(names[i]) == w) return static_cast<int>(i);
    }
  }
  return -1;
}

bool has_extension(const fs::path& p, const char* ext) {
  return lower(p.extension().string()) == ext;
}

fs::path sibling(const fs::path& p, const char* ext_lower) {
  for (std::string ext : {std::string(ext_lower), [&] {
                            std::string up = ext_lower;
                            for (char& c : up)
                              c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                            return up;
                          }()}) {
    fs::path s = p;
    s.replace_extension(ext);
    if (fs::exists(s)) return s;
  }
  return {};
}

// A shapefile without .cpg whose DBF declares no code page: French data of that kind is
// Windows-1252 (a superset of Latin-1 that has œ and Œ), so say so to GDAL.
bool shapefile_needs_cp1252(const fs::path& shp) {
  if (!sibling(shp, ".cpg").empty()) return false;
  const fs::path dbf = sibling(shp, ".dbf");
  if (dbf.empty()) return false;
  std::ifstream in(dbf, std::ios::binary);
  char header[32] = {};
  if (!in.read(header, sizeof header)) return false;
  return header[29] == 0;  // language driver id: 0 means "not declared"
}

struct Opened {
  DatasetPtr dataset;
  std::string path;
};

Result<Opened> open_dataset(const std::string& path) {
  ensure_gdal_registered();
  const fs::path p(path);
  std::error_code ec;
  if (!fs::exists(p, ec)) {
    return Error{MessageCode::LayerFileMissing, {path}};
  }
  // A folder, a FIFO (whose open would block), a device or a socket is not a layer file.
  LUMIERE_TRY(check_input_file(path));
  if (fs::is_regular_file(p, ec) && fs::file_size(p, ec) == 0) {
    return Error{MessageCode::LayerFileEmpty, {path}};
  }
  // What a file starts with, for the cases GDAL's own message would mislead (found by
  // tests/cli/hostile_input_test: an empty ZIP renamed .shp was said to lack its .shx).
  std::string magic(4, '\0');
  {
    std::ifstream in(p, std::ios::binary);
    in.read(magic.data(), 4);
    magic.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  }
  if (!has_extension(p, ".zip") &&
      (magic == std::string("PK\x03\x04", 4) || magic == std::string("PK\x05\x06", 4))) {
    if (magic[2] == '\x05') return Error{MessageCode::LayerEmptyZip, {path}};
    return Error{MessageCode::LayerZip, {path}};
  }
  std::vector<const char*> open_options;
  if (has_extension(p, ".shp")) {
    if (magic != std::string("\x00\x00\x27\x0A", 4)) {
      return Error{MessageCode::ShapefileBadStart, {path}};
    }
    if (sibling(p, ".shx").empty()) {
      return Error{MessageCode::ShapefileNoShx, {path}};
    }
    if (sibling(p, ".dbf").empty()) {
      return Error{MessageCode::ShapefileNoDbf, {path}};
    }
    if (shapefile_needs_cp1252(p)) open_options.push_back("ENCODING=CP1252");
  }
  open_options.push_back(nullptr);
  GdalErrors errors;
  auto* ds = static_cast<GDALDataset*>(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  nullptr, open_options.data(), nullptr));
  if (!ds) {
    std::string why = errors.first_failure();
    if (why.empty() || why.find("not recognized") != std::string::npos) {
      return Error{MessageCode::LayerNotRecognised, {path}};
    }
    return Error{MessageCode::LayerDamaged, {path, why}};
  }
  return Opened{DatasetPtr(ds), path};
}

// The error of a layer of points or lines, where territories are polygons.
std::optional<MessageCode> not_polygons(OGRwkbGeometryType t) {
  switch (wkbFlatten(t)) {
    case wkbPoint:
    case wkbMultiPoint:
      return MessageCode::LayerHoldsPoints;
    case wkbLineString:
    case wkbMultiLineString:
      return MessageCode::LayerHoldsLines;
    default:
      return std::nullopt;
  }
}

// Features read from one source, still in source coordinates.
struct RawBatch {
  std::string path;
  std::string driver;
  std::string layer_name;
  std::vector<std::string> fields;
  std::string code_field;
  std::string name_field;
  std::vector<std::string> codes;
  std::vector<std::string> names;
  std::vector<PolygonSet> geometries;
  std::string crs;                     // PROJ definition of the source CRS
  std::optional<Message> crs_warning;  // set when the CRS was guessed
  GeometryReport report;
  bool saw_multi = false;
  // Layers written by Lumière (layer_writer.h) are already in map space, checked and measured.
  bool prepared = false;
  std::vector<Zone> zones;
  std::vector<double> areas;
  std::vector<Point> labels;
  std::optional<MapSpace> stored_space;
  bool same_layout = true;  // the stored insets are where the options put them
  // A prepared layer whose insets are where the options put them: its features go straight into
  // this store as they are read (no copy per feature, no slice to assemble), `geometries` empty.
  bool direct = false;
  GeometryStore store;
};

void append_ring(const OGRLinearRing* ring, PolygonSet& out, bool* non_finite) {
  const int n = ring->getNumPoints();
  const std::size_t base = out.points.size();
  out.points.resize(base + static_cast<std::size_t>(n));
  ring->getPoints(reinterpret_cast<OGRRawPoint*>(&out.points[base]), nullptr);
  for (std::size_t i = base; i < out.points.size(); ++i) {
    if (!std::isfinite(out.points[i].x) || !std::isfinite(out.points[i].y)) *non_finite = true;
  }
  out.end_ring();
}

void append_polygon(const OGRPolygon* poly, PolygonSet& out, bool* non_finite) {
  if (poly->IsEmpty()) return;
  append_ring(poly->getExteriorRing(), out, non_finite);
  for (int i = 0; i < poly->getNumInteriorRings(); ++i)
    append_ring(poly->getInteriorRing(i), out, non_finite);
  out.end_part();
}

enum class Converted { Ok, Null, Empty, OtherType, NonFinite };

Converted convert(const OGRGeometry* g, PolygonSet& out, bool* multi) {
  if (!g) return Converted::Null;
  if (g->IsEmpty()) return Converted::Empty;
  bool non_finite = false;
  const OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
  if (type == wkbPolygon) {
    append_polygon(g->toPolygon(), out, &non_finite);
  } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
    *multi = true;
    for (const OGRGeometry* part : *g->toGeometryCollection()) {
      const OGRwkbGeometryType pt = wkbFlatten(part->getGeometryType());
      if (pt == wkbPolygon)
        append_polygon(part->toPolygon(), out, &non_finite);
      else if (OGR_GT_IsSurface(pt)) {
        std::unique_ptr<OGRGeometry> lin(part->getLinearGeometry());
        if (lin && wkbFlatten(lin->getGeometryType()) == wkbPolygon)
          append_polygon(lin->toPolygon(), out, &non_finite);
      }
    }
    if (out.empty()) return Converted::OtherType;
  } else if (OGR_GT_IsSurface(type) || type == wkbMultiSurface) {
    std::unique_ptr<OGRGeometry> lin(g->getLinearGeometry());
    if (!lin) return Converted::OtherType;
    return convert(lin.get(), out, multi);
  } else {
    return Converted::OtherType;
  }
  if (non_finite) return Converted::NonFinite;
  return Converted::Ok;
}

// Converts one feature's geometry into the batch's next PolygonSet and counts what was wrong with
// it; a feature keeps its place whatever its geometry.
// Counts what a conversion found in the report; a geometry of another type or with non-finite
// coordinates is dropped (the feature keeps its place without geometry).
void count(Converted converted, PolygonSet& set, GeometryReport& report) {
  report.null_geometries += converted == Converted::Null;
  report.empty += converted == Converted::Empty;
  report.other_type += converted == Converted::OtherType;
  report.invalid += converted == Converted::NonFinite;
  if (converted == Converted::OtherType || converted == Converted::NonFinite) set.clear();
}

const PolygonSet& take_geometry(const OGRGeometry* geometry, RawBatch& batch) {
  PolygonSet& set = batch.geometries.emplace_back();
  count(convert(geometry, set, &batch.saw_multi), set, batch.report);
  return set;
}

// `missing`: the error when `wanted` is not a field (LayerNoCodeFieldNamed, LayerNoNameFieldNamed).
Result<int> pick_field(const std::string& path, const std::vector<std::string>& fields,
                       const std::string& wanted, int detected, MessageCode missing) {
  if (wanted.empty()) return detected;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (lower(fields[i]) == lower(wanted)) return static_cast<int>(i);
  }
  std::string list;
  for (const std::string& f : fields) list += (list.empty() ? "" : ", ") + f;
  if (list.empty())
    return because(Error{missing, {path, wanted}}, Error{MessageCode::LayerNoFields, {}});
  return Error{missing, {path, wanted, list}};
}

// Reads a whole source layer, still in source coordinates (GDAL layers read sequentially).
Result<RawBatch> read_layer(const std::string& path, GDALDataset& dataset, OGRLayer& layer,
                            const LoadOptions& options) {
  RawBatch batch;
  batch.path = path;
  batch.driver = dataset.GetDriver()->GetDescription();
  batch.layer_name = layer.GetName();
  OGRFeatureDefn* defn = layer.GetLayerDefn();
  if (defn->GetGeomFieldCount() == 0) {
    return Error{MessageCode::LayerNoGeometry, {path, batch.layer_name}};
  }
  if (const auto code = not_polygons(layer.GetGeomType())) {
    return Error{*code, {path, batch.layer_name}};
  }
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    batch.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  auto code_field = pick_field(path, batch.fields, options.code_field,
                               detect_code_field(batch.fields), MessageCode::LayerNoCodeFieldNamed);
  if (!code_field) return code_field.error();
  auto name_field = pick_field(path, batch.fields, options.name_field,
                               detect_name_field(batch.fields), MessageCode::LayerNoNameFieldNamed);
  if (!name_field) return name_field.error();
  if (*code_field >= 0) batch.code_field = batch.fields[static_cast<std::size_t>(*code_field)];
  if (*name_field >= 0) batch.name_field = batch.fields[static_cast<std::size_t>(*name_field)];

  // CRS: the option, else the source's, else guessed from the coordinates below.
  if (!options.crs.empty()) {
    batch.crs = options.crs;
  } else if (const OGRSpatialReference* srs = layer.GetSpatialRef()) {
    const char* auth = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (auth && code) {
      batch.crs = std::string(auth) + ":" + code;
    } else {
      char* wkt = nullptr;
      const char* wkt_options[] = {"FORMAT=WKT2_2019", nullptr};
      srs->exportToWkt(&wkt, wkt_options);
      batch.crs = wkt ? wkt : "";
      CPLFree(wkt);
    }
  }
  GdalErrors errors;
  const GIntBig expected = layer.GetFeatureCount(FALSE);
  if (expected > 0) {
    batch.codes.reserve(static_cast<std::size_t>(expected));
    batch.names.reserve(static_cast<std::size_t>(expected));
    batch.geometries.reserve(static_cast<std::size_t>(expected));
  }
  layer.ResetReading();
  Box source_extent;
  while (true) {
    std::unique_ptr<OGRFeature> feature(layer.GetNextFeature());
    // GDAL goes on past a damaged record (a cut .shp): stop there, so the message names it.
    if (!feature || !errors.first_failure().empty()) break;
    batch.codes.emplace_back(*code_field >= 0 ? feature->GetFieldAsString(*code_field) : "");
    batch.names.emplace_back(*name_field >= 0 ? feature->GetFieldAsString(*name_field) : "");
    const PolygonSet& set = take_geometry(feature->GetGeometryRef(), batch);
    for (const Point& p : set.points) source_extent.expand(p);
  }
  if (!errors.first_failure().empty()) {
    return Error{MessageCode::LayerReadStopped,
                 {path, std::to_string(batch.codes.size() + 1), errors.first_failure()}};
  }
  // GDAL gives WGS 84 to every GeoJSON without a "crs" member (RFC 7946): there, coordinates
  // that cannot be degrees mean the file did not say, so guess as for a source without CRS.
  const bool geojson_default =
      options.crs.empty() && batch.driver == "GeoJSON" && batch.crs == "EPSG:4326";
  if (batch.crs.empty() || geojson_default) {
    auto guess = guess_missing_crs(source_extent, path);
    if (!guess) return guess.error();
    batch.crs = guess->crs;
    batch.crs_warning = guess->warning;
  }
  return batch;
}

// The layers of a GeoPackage that Lumière wrote in map space, with the inset layout they use.
std::map<std::string, MapSpace> prepared_layers(GDALDataset& dataset) {
  std::map<std::string, MapSpace> out;
  OGRLayer* meta = dataset.GetLayerByName("lumiere_layers");
  if (!meta) return out;
  const OGRFeatureDefn* defn = meta->GetLayerDefn();
  const int name = defn->GetFieldIndex("layer_name");
  const int version = defn->GetFieldIndex("map_space");
  const int insets = defn->GetFieldIndex("insets");
  if (name < 0 || version < 0 || insets < 0) return out;
  for (auto& row : *meta) {
    if (row->GetFieldAsInteger(version) != kMapSpaceVersion) continue;
    if (auto space = insets_from_json(row->GetFieldAsString(insets)))
      out.emplace(row->GetFieldAsString(name), std::move(*space));
  }
  return out;
}

// Reads a layer of Lumière's own GeoPackage: geometry already in map space, zone, area and label
// point stored, so nothing is projected or checked again.
Result<RawBatch> read_prepared_layer(const std::string& path, GDALDataset& dataset, OGRLayer& layer,
                                     const MapSpace& stored_space, const MapSpace& space) {
  RawBatch batch;
  batch.path = path;
  batch.driver = "GPKG";
  batch.layer_name = layer.GetName();
  batch.prepared = true;
  batch.stored_space = stored_space;
  batch.same_layout = insets_to_json(stored_space) == insets_to_json(space);
  batch.crs = "EPSG:2154";
  batch.code_field = "code";
  batch.name_field = "nom";
  const OGRFeatureDefn* defn = layer.GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    batch.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  const int code = defn->GetFieldIndex("code"), name = defn->GetFieldIndex("nom"),
            zone = defn->GetFieldIndex("zone"), area = defn->GetFieldIndex("area_m2"),
            lx = defn->GetFieldIndex("label_x"), ly = defn->GetFieldIndex("label_y");
  if (code < 0 || name < 0 || zone < 0 || area < 0 || lx < 0 || ly < 0) {
    return Error{MessageCode::LayerPreparedFieldsLost, {path, batch.layer_name}};
  }
  GdalErrors errors;
  const GIntBig expected = layer.GetFeatureCount(TRUE);
  if (expected > 0) {
    const auto n = static_cast<std::size_t>(expected);
    batch.codes.reserve(n), batch.names.reserve(n), batch.geometries.reserve(n);
    batch.zones.reserve(n), batch.areas.reserve(n), batch.labels.reserve(n);
  }
  batch.direct = batch.same_layout;
  if (batch.direct && expected > 0) {
    // Room for every point at once (16 bytes each in the blobs): growing copies them each time.
    const std::size_t points = blob_bytes(dataset, layer) / 16;
    const auto n = static_cast<std::size_t>(expected);
    batch.store.reserve(n, n, n, points);
  }
  PolygonSet scratch;  // the direct path's one feature at a time
  for (auto& feature : layer) {
    batch.codes.emplace_back(feature->GetFieldAsString(code));
    batch.names.emplace_back(feature->GetFieldAsString(name));
    const std::string_view zone_text = feature->GetFieldAsString(zone);
    Zone z = Zone::Metropole;
    for (Zone candidate : kAllZones) {
      if (zone_id(candidate) == zone_text) z = candidate;
    }
    const double feature_area = feature->GetFieldAsDouble(area);
    const Point label{feature->GetFieldAsDouble(lx), feature->GetFieldAsDouble(ly)};
    if (!batch.direct) {
      batch.zones.push_back(z);
      batch.areas.push_back(feature_area);
      batch.labels.push_back(label);
      take_geometry(feature->GetGeometryRef(), batch);
      continue;
    }
    scratch.clear();
    count(convert(feature->GetGeometryRef(), scratch, &batch.saw_multi), scratch, batch.report);
    batch.store.begin_feature(z);
    for (std::size_t part = 0; part < scratch.part_count(); ++part) {
      batch.store.begin_part();
      for (std::uint32_t r = scratch.first_ring(part); r < scratch.part_ends[part]; ++r)
        batch.store.add_ring(scratch.ring(r));
    }
    batch.store.end_feature(feature_area, label);
  }
  if (!errors.first_failure().empty()) {
    return Error{MessageCode::LayerPreparedReadStopped,
                 {path, std::to_string(batch.codes.size() + 1), errors.first_failure()}};
  }
  return batch;
}

// Opens one file and reads every layer of it (or the one the options name).
Result<std::vector<RawBatch>> read_file(const std::string& path, const LoadOptions& options) {
  auto opened = open_dataset(path);
  if (!opened) return opened.error();
  std::map<std::string, MapSpace> prepared = prepared_layers(*opened->dataset);
  std::vector<RawBatch> batches;
  // A file Lumière wrote may hold tables beside its layers (a project file): they are no map.
  const bool ours = opened->dataset->GetLayerByName("lumiere_layers") != nullptr;
  for (OGRLayer* l : opened->dataset->GetLayers()) {
    if (std::string_view(l->GetName()) == "lumiere_layers") continue;
    if (ours && options.layer.empty() && l->GetGeomType() == wkbNone) continue;
    if (!options.layer.empty() && options.layer != l->GetName()) continue;
    if (std::find(options.skip_layers.begin(), options.skip_layers.end(), l->GetName()) !=
        options.skip_layers.end())
      continue;
    const auto it = prepared.find(l->GetName());
    auto batch = it != prepared.end() ? read_prepared_layer(path, *opened->dataset, *l, it->second,
                                                            options.map_space)
                                      : read_layer(path, *opened->dataset, *l, options);
    if (!batch) return batch.error();
    batches.push_back(std::move(*batch));
  }
  if (batches.empty()) {
    if (options.layer.empty()) return Error{MessageCode::LayerFileHoldsNoLayer, {path}};
    return Error{MessageCode::LayerNoLayerNamed, {path, options.layer}};
  }
  return batches;
}

// Projects, checks and indexes features [first, last) of a batch into a store of their own.
struct Processed {
  GeometryStore store;
  GeometryReport report;
};

Processed process(RawBatch& batch, std::size_t first, std::size_t last, Projector& projector,
                  GeosChecker& checker, const MapSpace& space) {
  Processed out;
  if (batch.prepared) {
    const bool same_layout = batch.same_layout;
    std::size_t parts = 0, rings = 0, points = 0;
    for (std::size_t f = first; f < last; ++f) {
      const PolygonSet& set = batch.geometries[f];
      parts += set.part_ends.size(), rings += set.ring_ends.size(), points += set.points.size();
    }
    out.store.reserve(last - first, parts, rings, points);
    for (std::size_t f = first; f < last; ++f) {
      PolygonSet& set = batch.geometries[f];
      const Zone z = batch.zones[f];
      // Insets moved since the file was written: move their features along.
      const auto remap = [&](Point p) {
        return same_layout || z == Zone::Metropole
                   ? p
                   : space.to_map(z, batch.stored_space->from_map(z, p));
      };
      out.store.begin_feature(z);
      if (!set.empty()) {
        for (std::size_t part = 0; part < set.part_count(); ++part) {
          out.store.begin_part();
          for (std::uint32_t r = set.first_ring(part); r < set.part_ends[part]; ++r) {
            std::span<Point> ring = set.ring(r);
            if (!same_layout) std::transform(ring.begin(), ring.end(), ring.begin(), remap);
            out.store.add_ring(ring);
          }
        }
      }
      out.store.end_feature(batch.areas[f], remap(batch.labels[f]));
      set = PolygonSet{};
    }
    return out;
  }
  for (std::size_t f = first; f < last; ++f) {
    PolygonSet& set = batch.geometries[f];
    // The code decides where it is unambiguous (a commune, a 97x département); two-digit codes
    // are not (région 04 is La Réunion, département 04 the Alpes-de-Haute-Provence), nor is a
    // missing code: then the position does.
    std::optional<Zone> zone;
    if (batch.codes[f].size() >= 3) zone = zone_from_code(batch.codes[f]);
    if (!zone && !set.empty()) {
      Box b;
      for (const Point& p : set.ring(0)) b.expand(p);
      if (auto ll = projector.to_lon_lat(b.center())) zone = zone_from_lon_lat(ll->x, ll->y);
    }
    const Zone z = zone ? *zone : zone_from_code(batch.codes[f]).value_or(Zone::Metropole);
    out.store.begin_feature(z);
    if (set.empty()) {
      out.store.end_feature(0, {});
      continue;
    }
    if (!projector.to_zone(z, set.points)) {
      ++out.report.invalid;
      out.store.end_feature(0, {});
      continue;
    }
    switch (checker.check_and_repair(set)) {
      case Validity::Valid:
        break;
      case Validity::Repaired:
        ++out.report.invalid;
        ++out.report.repaired;
        break;
      case Validity::Unrepairable:
        ++out.report.invalid;
        out.store.end_feature(0, {});
        continue;
    }
    double area = 0;
    for (std::size_t part = 0; part < set.part_count(); ++part) {
      const std::uint32_t r0 = set.first_ring(part);
      area += std::abs(GeometryStore::ring_area(set.ring(r0)));
      for (std::uint32_t r = r0 + 1; r < set.part_ends[part]; ++r)
        area -= std::abs(GeometryStore::ring_area(set.ring(r)));
    }
    const Point label = space.to_map(z, checker.label_point(set));
    if (z != Zone::Metropole) {
      for (Point& p : set.points) p = space.to_map(z, p);
    }
    for (std::size_t part = 0; part < set.part_count(); ++part) {
      out.store.begin_part();
      for (std::uint32_t r = set.first_ring(part); r < set.part_ends[part]; ++r)
        out.store.add_ring(set.ring(r));
    }
    out.store.end_feature(area, label);
    set = PolygonSet{};  // the source coordinates are no longer needed
  }
  return out;
}

// Runs `work(i)` for every i in [0, n) on up to `threads` threads (the caller's included).
template <class Work>
void parallel_for(std::size_t n, unsigned threads, Work&& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads && t < n; ++t) pool.emplace_back(loop);
  loop();
}

void add(GeometryReport& a, const GeometryReport& b) {
  a.invalid += b.invalid;
  a.repaired += b.repaired;
  a.null_geometries += b.null_geometries;
  a.empty += b.empty;
  a.other_type += b.other_type;
}

// The name of a layer merged from several files: what their names share ("communes" for
// communes-01-ain.geojson ... communes-976-mayotte.geojson).
std::string merged_name(const std::vector<RawBatch*>& batches) {
  if (batches.size() == 1) return batches[0]->layer_name;
  std::string prefix = fs::path(batches[0]->path).stem().string();
  for (const RawBatch* b : batches) {
    const std::string stem = fs::path(b->path).stem().string();
    std::size_t n = 0;
    while (n < prefix.size() && n < stem.size() && prefix[n] == stem[n]) ++n;
    prefix.resize(n);
  }
  while (!prefix.empty() && (std::isdigit(static_cast<unsigned char>(prefix.back())) ||
                             prefix.back() == '-' || prefix.back() == '_' || prefix.back() == ' '))
    prefix.pop_back();
  return prefix.empty() ? batches[0]->layer_name : prefix;
}

// The usual length of the layer's codes: 5 for communes, 2 or 3 for départements and régions,
// 9 for EPCI (SIREN); 0 without codes. Files of one kind share it.
std::size_t code_shape(const RawBatch& b) {
  std::map<std::size_t, std::size_t> lengths;
  for (const std::string& c : b.codes) ++lengths[c.size() == 2 ? 3 : c.size()];
  std::size_t best = 0, count = 0;
  for (const auto& [length, n] : lengths) {
    if (n > count) best = length, count = n;
  }
  return best;
}

// Single-layer files merge when they are of one kind: same driver, same fields, same codes.
std::string kind_key(const RawBatch& b) {
  std::string key = b.driver + '|' + std::to_string(code_shape(b));
  for (const std::string& f : b.fields) key += '|' + lower(f);
  return key;
}

// The warnings of a layer: each names where it comes from as its last placeholder, the file's
// path (an argument) or, for a layer merged from several files, LayerMergedFiles (the cause).
void add_warnings(VectorLayer& layer) {
  const bool merged = layer.sources.size() != 1;
  const auto warn = [&](MessageCode code, std::vector<std::string> args) {
    Message warning{code, std::move(args)};
    if (merged) {
      warning =
          because(std::move(warning), Message{MessageCode::LayerMergedFiles,
                                              {layer.name, std::to_string(layer.sources.size())}});
    } else {
      warning.args.push_back(layer.sources.front());
    }
    layer.warnings.push_back(std::move(warning));
  };
  if (layer.codes.empty()) {
    warn(MessageCode::LayerNoFeature, {layer.name});
    return;
  }
  if (layer.code_field.empty()) warn(MessageCode::LayerNoCodeField, {});
  std::size_t duplicates = 0;
  for (std::size_t f = 0; f < layer.codes.size(); ++f) {
    if (!layer.codes[f].empty() && layer.find(layer.codes[f]) != f) ++duplicates;
  }
  if (duplicates > 0) warn(MessageCode::LayerDuplicateCodes, {std::to_string(duplicates)});
  const GeometryReport& r = layer.report;
  if (r.null_geometries + r.empty > 0) {
    warn(MessageCode::LayerFeaturesWithoutGeometry, {std::to_string(r.null_geometries + r.empty)});
  }
  if (r.other_type > 0) {
    warn(MessageCode::LayerFeaturesNotPolygons, {std::to_string(r.other_type)});
  }
  if (r.repaired > 0) warn(MessageCode::LayerGeometriesRepaired, {std::to_string(r.repaired)});
  if (r.invalid > r.repaired) {
    warn(MessageCode::LayerGeometriesUnrepairable, {std::to_string(r.invalid - r.repaired)});
  }
}

}  // namespace

int detect_code_field(const std::vector<std::string>& names) {
  return find_field(
      names,
      {"code",      "insee_com", "insee_arm", "insee_dep", "insee_reg",    "code_insee",
       "codeinsee", "insee",     "codgeo",    "code_geo",  "code_commune", "codecommune",
       "code_com",  "codecom",   "depcom",    "com",       "code_dep",     "code_departement",
       "codedep",   "num_dep",   "dep",       "code_reg",  "code_region",  "reg",
       "cog"});
}

int detect_name_field(const std::vector<std::string>& names) {
  return find_field(names, {"nom", "nom_m", "nom_com", "nom_com_m", "nom_commune", "nomcom",
                            "libgeo", "libelle", "lib_com", "libcom", "nom_dep", "nom_departement",
                            "libdep", "nom_reg", "nom_region", "name", "label"});
}

Result<std::vector<VectorLayer>> load_layers(const std::vector<std::string>& paths,
                                             const LoadOptions& options) {
  if (paths.empty()) return Error{MessageCode::LayerNoFileGiven, {}};
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

  // Stage 1: open and read every file, in parallel across files.
  std::vector<std::optional<Result<std::vector<RawBatch>>>> files(paths.size());
  parallel_for(paths.size(), threads, [&](std::size_t i) {
    files[i] = options.stop.stop_requested()
                   ? Result<std::vector<RawBatch>>(Error{MessageCode::Cancelled, {}})
                   : read_file(paths[i], options);
  });
  if (options.stop.stop_requested()) return Error{MessageCode::Cancelled, {}};
  std::vector<RawBatch> batches;
  std::vector<std::size_t> batch_file_layers;  // how many layers the batch's file had
  for (auto& f : files) {
    if (!*f) return f->error();
    for (RawBatch& b : f->value()) {
      batch_file_layers.push_back(f->value().size());
      batches.push_back(std::move(b));
    }
  }
  files.clear();

  // Several single-layer files of one kind make one layer; anything else, a layer per source.
  std::vector<std::vector<RawBatch*>> groups;
  // Several single-layer files of one kind make one layer (the 101 département files of the
  // communes); the départements file given beside them stays a layer of its own.
  std::map<std::string, std::size_t> group_of_kind;
  for (std::size_t i = 0; i < batches.size(); ++i) {
    RawBatch& b = batches[i];
    if (batch_file_layers[i] != 1) {
      groups.push_back({&b});
      continue;
    }
    const auto [it, inserted] = group_of_kind.try_emplace(kind_key(b), groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(&b);
  }

  // Stage 2: project, check and index, in slices spread over the threads.
  struct Slice {
    RawBatch* batch;
    std::size_t first, last;
  };
  std::vector<Slice> slices;
  constexpr std::size_t kSlice = 512;
  for (RawBatch& b : batches) {
    if (b.direct) continue;  // read into its store already
    for (std::size_t first = 0; first < b.codes.size(); first += kSlice)
      slices.push_back({&b, first, std::min(b.codes.size(), first + kSlice)});
  }
  std::vector<Processed> processed(slices.size());
  std::mutex failure_mutex;
  std::optional<Error> failure;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    std::map<std::string, Projector> projectors;  // per source CRS, confined to this thread
    GeosChecker checker;
    for (std::size_t i = next++; i < slices.size(); i = next++) {
      if (options.stop.stop_requested()) return;
      RawBatch& batch = *slices[i].batch;
      auto it = projectors.find(batch.crs);
      if (it == projectors.end()) {
        auto created = Projector::create(batch.crs);
        if (!created) {
          std::lock_guard lock(failure_mutex);
          if (!failure) {
            failure = because(Error{MessageCode::LayerCrsUnusable, {batch.path}}, created.error());
          }
          return;
        }
        it = projectors.emplace(batch.crs, std::move(*created)).first;
      }
      processed[i] =
          process(batch, slices[i].first, slices[i].last, it->second, checker, options.map_space);
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads && t < slices.size(); ++t) pool.emplace_back(worker);
    worker();
  }
  if (failure) return *failure;
  if (options.stop.stop_requested()) return Error{MessageCode::Cancelled, {}};

  // Stage 3: assemble each layer, in the order of the sources.
  std::map<const RawBatch*, std::pair<std::size_t, std::size_t>> slices_of;  // [first, last)
  for (std::size_t i = 0; i < slices.size(); ++i) {
    auto [it, inserted] = slices_of.try_emplace(slices[i].batch, i, i + 1);
    if (!inserted) it->second.second = i + 1;
  }
  std::vector<VectorLayer> layers;
  for (const std::vector<RawBatch*>& group : groups) {
    VectorLayer layer;
    layer.name = merged_name(group);
    layer.driver = group[0]->driver;
    layer.code_field = group[0]->code_field;
    layer.name_field = group[0]->name_field;
    bool multi = false;
    for (RawBatch* b : group) {
      layer.sources.push_back(b->path);
      add(layer.report, b->report);
      multi = multi || b->saw_multi;
      if (b->crs_warning) layer.warnings.push_back(*b->crs_warning);
      std::move(b->codes.begin(), b->codes.end(), std::back_inserter(layer.codes));
      std::move(b->names.begin(), b->names.end(), std::back_inserter(layer.names));
      if (b->direct) {
        layer.geometry.append(std::move(b->store));
      } else if (const auto it = slices_of.find(b); it != slices_of.end()) {
        std::size_t features = 0, parts = 0, rings = 0, points = 0;
        for (std::size_t i = it->second.first; i < it->second.second; ++i) {
          const GeometryStore& s = processed[i].store;
          features += s.feature_count(), parts += s.part_count();
          rings += s.ring_count(), points += s.point_count();
        }
        layer.geometry.reserve(features, parts, rings, points);
        for (std::size_t i = it->second.first; i < it->second.second; ++i) {
          add(layer.report, processed[i].report);
          layer.geometry.append(std::move(processed[i].store));
        }
      }
    }
    layer.geometry.build_index();
    layer.official_names.assign(layer.codes.size(), std::string());
    layer.geometry_type = multi ? "MultiPolygon" : "Polygon";
    if (auto projector = Projector::create(group[0]->crs)) layer.crs = projector->source_label();
    layer.index_codes();
    add_warnings(layer);
    layers.push_back(std::move(layer));
  }
  return layers;
}

}  // namespace lumiere::core
