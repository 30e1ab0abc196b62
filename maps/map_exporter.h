#pragma once
// Export of a rendered map to a file, as a library call: a request and settings in, a Status out.
// PNG through QImage, SVG through QSvgGenerator, PDF through QPdfWriter (vector, selectable
// text): the same render() draws on every device. Runs on any thread with a QGuiApplication.
#include <QString>

#include "core/result.h"
#include "maps/map_renderer.h"

namespace lumiere::maps {

enum class ExportFormat { Png, Svg, Pdf };

struct ExportSettings {
  QString path;
  ExportFormat format = ExportFormat::Png;
  // PNG: the request's size in pixels is the image's. PDF and SVG: the page is the request's
  // size at 96 pixels per inch, drawn as vectors.
};

// The format a file name asks for (.png, .svg, .pdf, any case), or an error naming them.
core::Result<ExportFormat> format_for_path(const QString& path);

core::Status export_map(const RenderRequest& request, const ExportSettings& settings);

}  // namespace lumiere::maps
