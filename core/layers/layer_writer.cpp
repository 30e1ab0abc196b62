#include "core/layers/layer_writer.h"

#include <fcntl.h>
#include <ogrsf_frmts.h>
#include <signal.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string_view>

#include "core/layers/gdal_support.h"

namespace lumiere::core {
namespace fs = std::filesystem;

std::string insets_to_json(const MapSpace& space) {
  nlohmann::json j = nlohmann::json::array();
  for (const Inset& i : space.insets()) {
    j.push_back({{"zone", zone_id(i.zone)},
                 {"visible", i.visible},
                 {"frame", {i.frame.min_x, i.frame.min_y, i.frame.max_x, i.frame.max_y}},
                 {"scale", i.scale},
                 {"offset", {i.offset.x, i.offset.y}}});
  }
  return j.dump();
}

Result<MapSpace> insets_from_json(const std::string& text) {
  // Never throws: a project or map document edited by hand (or damaged) gives an error, whatever
  // the type of each value (found by fuzz/insets_fuzz).
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) return Error{MessageCode::InsetLayoutNotJson, {}};
  const auto finite_numbers = [](const nlohmann::json& item, const char* key, std::size_t n,
                                 std::vector<double>& out) {
    const auto it = item.find(key);
    if (it == item.end() || !it->is_array() || it->size() != n) return false;
    out.clear();
    for (const nlohmann::json& v : *it) {
      if (!v.is_number() || !std::isfinite(v.get<double>())) return false;
      out.push_back(v.get<double>());
    }
    return true;
  };
  MapSpace space;
  for (const nlohmann::json& item : j) {
    if (!item.is_object()) return Error{MessageCode::InsetEntryNotObject, {}};
    const auto zone_it = item.find("zone");
    const std::string id =
        zone_it != item.end() && zone_it->is_string() ? zone_it->get<std::string>() : "";
    const auto zone = std::find_if(kOverseasZones.begin(), kOverseasZones.end(),
                                   [&](Zone z) { return zone_id(z) == id; });
    std::vector<double> frame;
    std::vector<double> offset;
    const auto scale_it = item.find("scale");
    const double scale =
        scale_it != item.end() && scale_it->is_number() ? scale_it->get<double>() : 0.0;
    const auto visible_it = item.find("visible");
    if (zone == kOverseasZones.end() || !finite_numbers(item, "frame", 4, frame) ||
        !finite_numbers(item, "offset", 2, offset) || !(scale > 0) || !std::isfinite(scale) ||
        !(frame[0] < frame[2] && frame[1] < frame[3]) ||
        (visible_it != item.end() && !visible_it->is_boolean()))
      return Error{MessageCode::InsetEntryNotDrom, {}};
    Inset& inset = space.inset(*zone);
    inset.visible = visible_it == item.end() || visible_it->get<bool>();
    inset.frame = {frame[0], frame[1], frame[2], frame[3]};
    inset.scale = scale;
    inset.offset = {offset[0], offset[1]};
  }
  return space;
}

namespace {

std::unique_ptr<OGRMultiPolygon> to_ogr(const GeometryStore& g, std::size_t f) {
  auto multi = std::make_unique<OGRMultiPolygon>();
  const auto [p0, p1] = g.parts(f);
  for (auto part = p0; part < p1; ++part) {
    OGRPolygon poly;
    const auto [r0, r1] = g.rings(part);
    for (auto r = r0; r < r1; ++r) {
      const auto pts = g.ring(r);
      auto ring = std::make_unique<OGRLinearRing>();
      ring->setPoints(static_cast<int>(pts.size()),
                      reinterpret_cast<const OGRRawPoint*>(pts.data()));
      poly.addRingDirectly(ring.release());
    }
    multi->addGeometry(&poly);
  }
  return multi;
}

bool flush_to_disk(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

Status write_layers(GDALDataset& ds, const std::vector<const VectorLayer*>& layers,
                    const MapSpace& space, std::stop_token stop) {
  OGRSpatialReference lambert93;
  lambert93.importFromEPSG(2154);
  lambert93.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* meta = ds.CreateLayer("lumiere_layers", nullptr, wkbNone, nullptr);
  if (!meta) return Error{MessageCode::WriteMetaTableNotCreated, {}};
  for (const char* name : {"layer_name", "code_field", "name_field", "source_crs", "insets"}) {
    OGRFieldDefn field(name, OFTString);
    meta->CreateField(&field);
  }
  {
    OGRFieldDefn version("map_space", OFTInteger);
    meta->CreateField(&version);
  }
  for (const VectorLayer* layer : layers) {
    const char* options[] = {"GEOMETRY_NAME=geom", "FID=fid", nullptr};
    OGRLayer* out = ds.CreateLayer(layer->name.c_str(), &lambert93, wkbMultiPolygon,
                                   const_cast<char**>(options));
    if (!out) return Error{MessageCode::WriteLayerNotCreated, {layer->name}};
    OGRFieldDefn code("code", OFTString), name("nom", OFTString), zone("zone", OFTString),
        area("area_m2", OFTReal), lx("label_x", OFTReal), ly("label_y", OFTReal);
    for (OGRFieldDefn* field : {&code, &name, &zone, &area, &lx, &ly}) out->CreateField(field);
    if (out->StartTransaction() != OGRERR_NONE) return Error{MessageCode::WriteNoTransaction, {}};
    const GeometryStore& g = layer->geometry;
    for (std::size_t f = 0; f < layer->feature_count(); ++f) {
      if (stop.stop_requested()) return Error{MessageCode::Cancelled, {}};
      OGRFeature feature(out->GetLayerDefn());
      feature.SetField(0, layer->codes[f].c_str());
      feature.SetField(1, layer->names[f].c_str());
      feature.SetField(2, std::string(zone_id(g.zone(f))).c_str());
      feature.SetField(3, g.area(f));
      if (g.has_geometry(f)) {
        feature.SetField(4, g.label_point(f).x);
        feature.SetField(5, g.label_point(f).y);
        feature.SetGeometryDirectly(to_ogr(g, f).release());
      }
      if (out->CreateFeature(&feature) != OGRERR_NONE)
        return Error{MessageCode::WriteFeatureFailed, {std::to_string(f + 1), layer->name}};
    }
    if (out->CommitTransaction() != OGRERR_NONE) return Error{MessageCode::WriteCommitFailed, {}};
    OGRFeature row(meta->GetLayerDefn());
    row.SetField("layer_name", layer->name.c_str());
    row.SetField("code_field", layer->code_field.c_str());
    row.SetField("name_field", layer->name_field.c_str());
    row.SetField("source_crs", layer->crs.c_str());
    row.SetField("insets", insets_to_json(space).c_str());
    row.SetField("map_space", kMapSpaceVersion);
    if (meta->CreateFeature(&row) != OGRERR_NONE)
      return Error{MessageCode::WriteLayerNotDescribed, {}};
  }
  return Done{};
}

namespace {

// The temporaries of saves into `target`: ".<stem>.saving-<host>-<pid>-<random><ext>", SQLite's
// "-journal", "-wal", "-shm" beside them, and the info file of a lock taken on one (file_lock.h:
// "." + its name + ".lock"). Before the host was in the name: ".<stem>.saving-<pid>-<random><ext>".
std::string temp_prefix(const fs::path& target) {
  // (Built by appending: GCC 12 -O3 warns falsely on "." + std::string, its bug 105329.)
  std::string prefix(".");
  prefix.append(target.stem().string()).append(".saving-");
  return prefix;
}

// This machine's name as it appears in a temporary's name: no character a file name or our
// parsing would trip on.
std::string host_for_names() {
  char buffer[256] = {};
  if (::gethostname(buffer, sizeof buffer - 1) != 0 || buffer[0] == '\0') return "localhost";
  std::string host(buffer);
  for (char& c : host) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    if (!plain) c = '_';
  }
  return host;
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Who wrote the temporary `name` (a file name in the target's folder), when it is one of a save
// into the target: its host (empty for the old names, which do not say) and pid.
struct TempOwner {
  std::string host;
  long pid = 0;
};
std::optional<TempOwner> temp_owner(std::string_view name, const std::string& prefix,
                                    const std::string& extension) {
  if (name.size() > 1 && name[0] == '.' && ends_with(name, ".lock") &&
      name.substr(1, prefix.size()) == prefix) {
    name = name.substr(1, name.size() - 1 - 5);  // the info file of a lock on a temporary
  }
  if (name.substr(0, prefix.size()) != prefix) return std::nullopt;
  std::string_view rest = name.substr(prefix.size());
  for (std::string_view side : {"-journal", "-wal", "-shm"}) {
    if (ends_with(rest, side)) {
      rest.remove_suffix(side.size());
      break;
    }
  }
  if (!extension.empty() && ends_with(rest, extension)) rest.remove_suffix(extension.size());
  // [<host>-]<pid>-<random>, the host possibly with dashes of its own.
  const std::size_t last = rest.rfind('-');
  if (last == std::string_view::npos || !all_digits(rest.substr(last + 1))) return std::nullopt;
  const std::string_view head = rest.substr(0, last);
  const std::size_t dash = head.rfind('-');
  const std::string_view pid_text = dash == std::string_view::npos ? head : head.substr(dash + 1);
  TempOwner owner;
  if (dash != std::string_view::npos) {
    owner.host = std::string(head.substr(0, dash));
    if (owner.host.empty()) return std::nullopt;
  }
  const auto [end, err] =
      std::from_chars(pid_text.data(), pid_text.data() + pid_text.size(), owner.pid);
  if (!all_digits(pid_text) || err != std::errc() || end != pid_text.data() + pid_text.size() ||
      owner.pid <= 0 || owner.pid > std::numeric_limits<pid_t>::max())
    return std::nullopt;  // not a pid: not one of our temporaries
  return owner;
}

// Removes the temporaries of saves of THIS host whose process no longer runs (killed during a
// save). Those of a live process are another save in progress; those of another host (a colleague
// saving into the shared folder now, or not: we cannot tell) and those of the old names (which
// do not say their host) are left alone.
void remove_stale_temporaries(const fs::path& dir, const fs::path& target) {
  const std::string prefix = temp_prefix(target);
  const std::string extension = target.extension().string();
  const std::string host = host_for_names();
  std::error_code ec;
  std::vector<fs::path> stale;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::optional<TempOwner> owner =
        temp_owner(entry.path().filename().string(), prefix, extension);
    if (!owner || owner->host != host) continue;
    if (owner->pid == static_cast<long>(::getpid())) continue;
    if (::kill(static_cast<pid_t>(owner->pid), 0) == 0 || errno == EPERM) continue;  // running
    stale.push_back(entry.path());
  }
  for (const fs::path& p : stale) fs::remove(p, ec);
}

}  // namespace

void remove_stale_save_temporaries(const std::string& path) {
  const fs::path target(path);
  remove_stale_temporaries(target.has_parent_path() ? target.parent_path() : fs::path("."), target);
}

namespace {

// True when a failed write ran out of room: SQLite's "database or disk is full" (its SQLITE_FULL,
// from ENOSPC), errno, or a folder left with (almost) no free space while the temporary still
// fills it. Checked before the temporary is removed.
bool out_of_space(const fs::path& dir, const std::string& message, int err) {
  if (err == ENOSPC || err == EDQUOT) return true;
  for (const char* words : {"disk is full", "No space left", "ENOSPC"}) {
    if (message.find(words) != std::string::npos) return true;
  }
  struct statvfs st {};
  return ::statvfs(dir.c_str(), &st) == 0 &&
         static_cast<unsigned long long>(st.f_bavail) * st.f_frsize < (1ULL << 20);
}

Error no_space_error(const std::string& path, const fs::path& dir) {
  std::error_code ec;
  const fs::path shown = fs::absolute(dir, ec);
  return Error{MessageCode::WriteNoSpace, {path, (ec ? dir : shown).lexically_normal().string()}};
}

void remove_temporary(const fs::path& temp) {
  std::error_code ec;
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
    fs::remove(fs::path(temp.string() + suffix), ec);
  }
}

}  // namespace

Status write_geopackage_atomically(const std::string& path,
                                   const std::function<Status(GDALDataset&)>& fill,
                                   const std::function<Status(const std::string&)>& before_rename) {
  ensure_gdal_registered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) return Error{MessageCode::WriteNoGeoPackageDriver, {}};
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{MessageCode::WriteNoFolder, {path, dir.string()}};
  }
  remove_stale_temporaries(dir, target);
  // Beside the target (same file system, so the rename is atomic), hidden, with the same
  // extension so that GDAL keeps writing a conforming GeoPackage.
  std::string temp_name = temp_prefix(target);
  temp_name.append(host_for_names())
      .append("-")
      .append(std::to_string(::getpid()))
      .append("-")
      .append(std::to_string(std::random_device{}()))
      .append(target.extension().string());
  const fs::path temp = dir / temp_name;
  {
    // GDAL's own messages go into ours, not to the terminal.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    DatasetPtr ds(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) {
      const int err = errno;
      const std::string gdal_message = CPLGetLastErrorMsg();
      CPLPopErrorHandler();
      const bool full = out_of_space(dir, gdal_message, err);
      remove_temporary(temp);
      if (full) return no_space_error(path, dir);
      return Error{MessageCode::WriteReadOnlyFolder, {path, dir.string()}};
    }
    // Nothing reads the temporary before it is flushed whole below, so SQLite need not sync
    // every transaction.
    ds->ExecuteSQL("PRAGMA synchronous = OFF", nullptr, nullptr);
    Status written = fill(*ds);
    int err = written ? 0 : errno;
    std::string gdal_message = CPLGetLastErrorMsg();
    if (written) {
      // Closing writes what GDAL kept for the end (extents, spatial indexes).
      CPLErrorReset();
      ds.reset();
      if (CPLGetLastErrorType() >= CE_Failure) {
        err = errno;
        gdal_message = CPLGetLastErrorMsg();
        written = Error{MessageCode::WriteCloseFailed, {}};
      }
    }
    if (!written) ds.reset();  // closing a failed file speaks too: quietly
    CPLPopErrorHandler();
    if (!written) {
      ds.reset();
      const bool cancelled = written.code() == MessageCode::Cancelled;
      const bool full = !cancelled && out_of_space(dir, gdal_message, err);
      remove_temporary(temp);
      if (cancelled) return Error{MessageCode::WriteCancelled, {path}};
      if (full) return no_space_error(path, dir);
      Error why = written.error();
      if (!gdal_message.empty()) {
        why = because(Error{MessageCode::WriteGdalSaid, {gdal_message}}, std::move(why));
      }
      return because(Error{MessageCode::WriteFailed, {path}}, std::move(why));
    }
  }  // closed: SQLite has written everything
  if (!flush_to_disk(temp)) {
    const int err = errno;
    const bool full = out_of_space(dir, "", err);
    remove_temporary(temp);
    if (full) return no_space_error(path, dir);
    return Error{MessageCode::WriteFlushFailed, {path, std::strerror(err)}};
  }
  if (before_rename) {
    // Its failures are said as the writing's are: cancelled, out of space, or failed because.
    if (Status st = before_rename(temp.string()); !st) {
      const bool cancelled = st.code() == MessageCode::Cancelled;
      const bool full = !cancelled && out_of_space(dir, "", errno);
      remove_temporary(temp);
      if (cancelled) return Error{MessageCode::WriteCancelled, {path}};
      if (full) return no_space_error(path, dir);
      return because(Error{MessageCode::WriteFailed, {path}}, st.error());
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    remove_temporary(temp);
    return Error{MessageCode::WriteReplaceFailed, {path, ec.message()}};
  }
  flush_to_disk(dir);  // the rename itself
  return Done{};
}

Status write_geopackage(const std::string& path, const std::vector<const VectorLayer*>& layers,
                        const MapSpace& space) {
  return write_geopackage_atomically(
      path, [&](GDALDataset& ds) { return write_layers(ds, layers, space); });
}

}  // namespace lumiere::core
