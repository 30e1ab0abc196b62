#pragma once
// GDAL for core's own sources (no header of core that callers outside core include may include
// this one): registration of the drivers, ownership of a dataset and the collection of GDAL's
// error messages, so that nothing is printed behind the user's back.
#include <cpl_error.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>

namespace lumiere::core {

// Registers GDAL's drivers, once per process (thread-safe); call before opening anything.
inline void ensure_gdal_registered() {
  static const bool registered = [] {
    GDALAllRegister();
    return true;
  }();
  (void)registered;
}

// Closes a dataset with GDALClose (which also flushes what GDAL kept for the end).
struct DatasetCloser {
  void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// For its lifetime, collects the errors GDAL reports on this thread (its handler is
// thread-local) instead of printing them; the first failure explains ours.
class GdalErrors {
 public:
  GdalErrors() { CPLPushErrorHandlerEx(&handler, &first_failure_); }
  ~GdalErrors() { CPLPopErrorHandler(); }
  GdalErrors(const GdalErrors&) = delete;
  GdalErrors& operator=(const GdalErrors&) = delete;

  // GDAL's message of the first error of level CE_Failure or worse; empty when none.
  const std::string& first_failure() const { return first_failure_; }
  void reset() { first_failure_.clear(); }

 private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message) {
    auto* first = static_cast<std::string*>(CPLGetErrorHandlerUserData());
    if (first && level >= CE_Failure && first->empty()) *first = message ? message : "";
  }
  std::string first_failure_;
};

// The bytes of the geometry blobs of a GeoPackage layer, which SQLite sums from the records'
// headers without reading the blobs; 0 when the driver cannot say.
inline std::size_t blob_bytes(GDALDataset& dataset, OGRLayer& layer) {
  const std::string sql = "SELECT sum(length(\"" + std::string(layer.GetGeometryColumn()) +
                          "\")) FROM \"" + layer.GetName() + "\"";
  std::size_t bytes = 0;
  if (OGRLayer* sum = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {
    if (std::unique_ptr<OGRFeature> row(sum->GetNextFeature()); row && row->IsFieldSet(0))
      bytes = static_cast<std::size_t>(std::max<GIntBig>(0, row->GetFieldAsInteger64(0)));
    dataset.ReleaseResultSet(sum);
  }
  return bytes;
}

}  // namespace lumiere::core
