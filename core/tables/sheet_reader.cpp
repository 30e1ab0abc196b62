#include "core/tables/sheet_reader.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/layers/gdal_support.h"
#include "core/path_check.h"
#include "core/tables/column_names.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

std::string lower_extension(const std::string& path) {
  const auto dot = path.rfind('.');
  if (dot == std::string::npos) return {};
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Sets GDAL configuration options on this thread only, for the time of the open.
class ScopedThreadConfig {
 public:
  ScopedThreadConfig(const char* key, const char* value) : key_(key) {
    const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
    if (old) old_ = old, had_ = true;
    CPLSetThreadLocalConfigOption(key, value);
  }
  ~ScopedThreadConfig() { CPLSetThreadLocalConfigOption(key_, had_ ? old_.c_str() : nullptr); }
  ScopedThreadConfig(const ScopedThreadConfig&) = delete;
  ScopedThreadConfig& operator=(const ScopedThreadConfig&) = delete;

 private:
  const char* key_;
  std::string old_;
  bool had_ = false;
};

std::string cell_text(OGRFeatureH feature, int i) {
  if (!OGR_F_IsFieldSetAndNotNull(feature, i)) return {};
  OGRFieldDefnH defn = OGR_F_GetFieldDefnRef(feature, i);
  const OGRFieldType type = OGR_Fld_GetType(defn);
  if (type == OFTDate || type == OFTDateTime) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    OGR_F_GetFieldAsDateTimeEx(feature, i, &y, &m, &d, &hh, &mm, &ss, &tz);
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", y, m, d);
    return buf.data();
  }
  return OGR_F_GetFieldAsString(feature, i);
}

}  // namespace

struct SheetReader::Dataset {
  GDALDatasetH handle = nullptr;
  OGRLayerH layer = nullptr;
  ~Dataset() {
    if (handle) GDALClose(handle);
  }
};

SheetReader::SheetReader(SheetReader&&) noexcept = default;
SheetReader& SheetReader::operator=(SheetReader&&) noexcept = default;
SheetReader::~SheetReader() = default;

bool SheetReader::handles(const std::string& path) {
  const std::string ext = lower_extension(path);
  return ext == "xlsx" || ext == "xlsm" || ext == "ods" || ext == "xls";
}

Result<SheetReader> SheetReader::open(const std::string& path, const std::string& sheet) {
  ensure_gdal_registered();
  // Checked before GDAL opens it: a FIFO would block the open.
  if (Status usable = check_input_file(path); !usable && usable.code() != MessageCode::PathMissing)
    return usable.error();
  SheetReader reader;
  reader.path_ = path;
  reader.dataset_ = std::make_unique<Dataset>();
  // No row is the header (TableReader finds it below title rows); every cell is read as text.
  // The drivers read these options when they first load a sheet (ODS when the layers are
  // counted, XLSX and XLS at the layer's definition), so they hold until this function returns,
  // after that.
  ScopedThreadConfig xlsx_headers("OGR_XLSX_HEADERS", "DISABLE");
  ScopedThreadConfig ods_headers("OGR_ODS_HEADERS", "DISABLE");
  ScopedThreadConfig xls_headers("OGR_XLS_HEADERS", "DISABLE");
  ScopedThreadConfig xlsx_types("OGR_XLSX_FIELD_TYPES", "STRING");
  ScopedThreadConfig ods_types("OGR_ODS_FIELD_TYPES", "STRING");
  ScopedThreadConfig xls_types("OGR_XLS_FIELD_TYPES", "STRING");
  {
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const char* drivers[] = {"XLSX", "ODS", "XLS", nullptr};
    reader.dataset_->handle =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    CPLPopErrorHandler();
  }
  if (!reader.dataset_->handle) {
    const std::string why = CPLGetLastErrorMsg();
    if (why.empty()) return Error{MessageCode::SheetUnreadable, {path}};
    return Error{MessageCode::SheetUnreadableBecause, {path, why}};
  }
  const int count = GDALDatasetGetLayerCount(reader.dataset_->handle);
  if (count < 1) return Error{MessageCode::SheetNoSheet, {path}};
  for (int i = 0; i < count; ++i)
    reader.sheets_.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(reader.dataset_->handle, i)));
  int chosen = sheet.empty() ? 0 : -1;
  if (chosen < 0) {
    for (int i = 0; i < count && chosen < 0; ++i)
      if (header_key(reader.sheets_[static_cast<std::size_t>(i)]) == header_key(sheet) &&
          !header_key(sheet).empty())
        chosen = i;
    for (int i = 0; i < count && chosen < 0; ++i)
      if (reader.sheets_[static_cast<std::size_t>(i)] == sheet) chosen = i;
    if (chosen < 0 && !sheet.empty() &&
        std::all_of(sheet.begin(), sheet.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        sheet.size() < 6) {
      const int n = std::stoi(sheet);
      if (n >= 1 && n <= count) chosen = n - 1;
    }
  }
  if (chosen < 0) {
    std::string names;
    for (std::size_t i = 0; i < reader.sheets_.size(); ++i)
      names += (i ? ", \"" : "\"") + reader.sheets_[i] + "\"";
    return Error{MessageCode::SheetNotFound, {path, sheet, names}};
  }
  reader.sheet_ = reader.sheets_[static_cast<std::size_t>(chosen)];
  reader.driver_ = GDALGetDriverShortName(GDALGetDatasetDriver(reader.dataset_->handle));
  reader.dataset_->layer = GDALDatasetGetLayer(reader.dataset_->handle, chosen);
  OGR_L_GetLayerDefn(reader.dataset_->layer);  // the sheet loaded with the options above
  OGR_L_ResetReading(reader.dataset_->layer);
  return reader;
}

Result<bool> SheetReader::next(CsvRow& row) {
  for (;;) {
    CPLErrorReset();
    OGRFeatureH feature = OGR_L_GetNextFeature(dataset_->layer);
    if (!feature) {
      if (CPLGetLastErrorType() >= CE_Failure)
        return Error{MessageCode::SheetReadFailed,
                     {path_, std::to_string(last_line_), CPLGetLastErrorMsg()}};
      return false;
    }
    const GIntBig fid = OGR_F_GetFID(feature);
    // These drivers number features by spreadsheet row from 1 (XLSX, ODS and XLS alike, headers
    // disabled); fall back on counting otherwise.
    row.line = fid > last_line_ ? static_cast<int>(fid) : last_line_ + 1;
    row.file_line = row.line;
    last_line_ = row.line;
    row.fields.clear();
    bool blank = true;
    for (int i = 0; i < OGR_F_GetFieldCount(feature); ++i) {
      row.fields.push_back(cell_text(feature, i));
      blank = blank && trim_cell(row.fields.back()).empty();
    }
    OGR_F_Destroy(feature);
    // Trailing empty cells (the sheet's width) are not fields.
    while (!row.fields.empty() && trim_cell(row.fields.back()).empty()) row.fields.pop_back();
    if (!blank) return true;
  }
}

}  // namespace lumiere::core
