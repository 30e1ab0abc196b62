// Fuzzes maps::style_from_json and maps::MapDocument::from_json (Qt's JSON parser, then ours).
// Findings: crashes, sanitizer reports, and documents or styles that do not survive a round
// trip (what to_json writes, from_json must read back and write identically).
#include <QByteArray>
#include <cstdint>

#include "fuzz_support.h"
#include "maps/map_document.h"

using namespace lumiere;
using core::MessageCode;

namespace {

// The codes style_from_json gives: a wrapper (with what is wrong as its cause) or a JSON error.
bool is_style_error(const core::Error& e) {
  if (e.code == MessageCode::StyleInvalid) return e.cause != nullptr;
  return e.code == MessageCode::StyleNotValidJson || e.code == MessageCode::StyleNotAnObject;
}

bool is_map_document_error(const core::Error& e) {
  if (e.code == MessageCode::MapLayerInvalid || e.code == MessageCode::MapBadInsets)
    return e.cause != nullptr;
  return e.code == MessageCode::MapNotValidJson || e.code == MessageCode::MapNotAnObject ||
         e.code == MessageCode::MapNotAMapDocument || e.code == MessageCode::MapNewerVersion;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

  if (auto style = maps::style_from_json(json)) {
    const QByteArray once = maps::style_to_json(*style);
    auto back = maps::style_from_json(once);
    if (!back) fuzz::fail("style_to_json wrote a style style_from_json refuses");
    if (maps::style_to_json(*back) != once) fuzz::fail("the style does not round-trip");
  } else if (!is_style_error(style.error())) {
    fuzz::fail("an error that is not about the style");
  }

  if (auto doc = maps::MapDocument::from_json(json)) {
    const QByteArray once = doc->to_json();
    auto back = maps::MapDocument::from_json(once);
    if (!back) fuzz::fail("to_json wrote a map document from_json refuses");
    if (back->to_json() != once) fuzz::fail("the map document does not round-trip");
  } else if (!is_map_document_error(doc.error())) {
    fuzz::fail("an error that is not about the map document");
  }
  return 0;
}
