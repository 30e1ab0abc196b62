#include "map_exporter.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace lumiere::maps {

core::Result<ExportFormat> format_for_path(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("png")) return ExportFormat::Png;
  if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
  if (suffix == QLatin1String("pdf")) return ExportFormat::Pdf;
  return core::Error{path.toStdString() + ": unknown output format; name the file .png, .svg or .pdf"};
}

core::Status export_map(const RenderRequest& request, const ExportSettings& settings) {
  const std::string where = settings.path.toStdString();
  const QFileInfo info(settings.path);
  if (!info.absoluteDir().exists()) {
    return core::Error{where + ": the folder " + info.absolutePath().toStdString() +
                       " does not exist; create it first"};
  }
  // Written beside, then renamed: an interrupted export never leaves half a file.
  QSaveFile file(settings.path);
  if (!file.open(QIODevice::WriteOnly)) {
    return core::Error{where + ": cannot write (" + file.errorString().toStdString() + ")"};
  }
  switch (settings.format) {
    case ExportFormat::Png: {
      const QImage image = render_image(request);
      if (!image.save(&file, "PNG")) return core::Error{where + ": the PNG could not be written"};
      break;
    }
    case ExportFormat::Svg: {
      QSvgGenerator svg;
      svg.setOutputDevice(&file);
      svg.setSize(request.size);
      svg.setViewBox(QRect(QPoint(0, 0), request.size));
      svg.setResolution(96);
      svg.setTitle(QStringLiteral("Lumière"));
      QPainter painter(&svg);
      render(request, painter);
      break;
    }
    case ExportFormat::Pdf: {
      QPdfWriter pdf(&file);
      pdf.setCreator(QStringLiteral("Lumière"));
      pdf.setResolution(96);
      pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
      pdf.setPageSize(QPageSize(QSizeF(request.size) * 72.0 / 96.0, QPageSize::Point));
      QPainter painter(&pdf);
      painter.setWindow(QRect(QPoint(0, 0), request.size));
      render(request, painter);
      break;
    }
  }
  if (!file.commit()) {
    return core::Error{where + ": the file could not be saved (" + file.errorString().toStdString() +
                       "); is the disk full?"};
  }
  return core::Done{};
}

}  // namespace lumiere::maps
