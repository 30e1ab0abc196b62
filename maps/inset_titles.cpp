#include "maps/inset_titles.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "maps/map_renderer.h"

namespace lumiere::maps {
namespace {

// The title as the COG (in French) names the territory, whatever the language in use.
QString cog_name(core::Zone zone) {
  switch (zone) {
    case core::Zone::Guadeloupe:
      return QStringLiteral("Guadeloupe");
    case core::Zone::Martinique:
      return QStringLiteral("Martinique");
    case core::Zone::Guyane:
      return QStringLiteral("Guyane");
    case core::Zone::Reunion:
      return QStringLiteral("La Réunion");
    case core::Zone::Mayotte:
      return QStringLiteral("Mayotte");
    case core::Zone::Metropole:
      break;
  }
  return {};
}

// Lower case, without accents nor a leading article: "La Réunion" and "Réunion" read alike.
QString folded(const QString& text) {
  QString out;
  for (QChar c : text.normalized(QString::NormalizationForm_D)) {
    if (c.category() != QChar::Mark_NonSpacing) out += c.toLower();
  }
  out = out.simplified();
  for (const QString& article : {QStringLiteral("la "), QStringLiteral("le "), QStringLiteral("l'"),
                                 QStringLiteral("les ")}) {
    if (out.startsWith(article)) return out.mid(article.size());
  }
  return out;
}

}  // namespace

QString inset_title(core::Zone zone) {
  switch (zone) {
    case core::Zone::Guadeloupe:
      return QCoreApplication::translate("MapRenderer", "Guadeloupe");
    case core::Zone::Martinique:
      return QCoreApplication::translate("MapRenderer", "Martinique");
    case core::Zone::Guyane:
      return QCoreApplication::translate("MapRenderer", "French Guiana");
    case core::Zone::Reunion:
      return QCoreApplication::translate("MapRenderer", "Réunion");
    case core::Zone::Mayotte:
      return QCoreApplication::translate("MapRenderer", "Mayotte");
    case core::Zone::Metropole:
      break;
  }
  return {};
}

bool repeats_inset_title(const QString& text, core::Zone zone) {
  if (zone == core::Zone::Metropole || text.isEmpty()) return false;
  const QString f = folded(text);
  return f == folded(inset_title(zone)) || f == folded(cog_name(zone));
}

std::vector<InsetTitle> layout_inset_titles(const core::MapSpace& space, const ViewTransform& view,
                                            QSize output, double dpi_scale, const QFont& base) {
  QFont font = base;
  font.setPixelSize(std::max(8, static_cast<int>(std::lround(11 * dpi_scale))));
  const double pad = 3 * dpi_scale;
  double shrink = 1;
  for (const core::Inset& inset : space.insets()) {
    if (!inset.visible) continue;
    const double available = inset.frame.width() * view.pixels_per_metre() - 2 * pad;
    const double natural = QFontMetricsF(font).horizontalAdvance(inset_title(inset.zone));
    if (natural > available) shrink = std::min(shrink, available / natural);
  }
  if (shrink < 1) font.setPixelSize(std::max(5, static_cast<int>(font.pixelSize() * shrink)));
  const QFontMetricsF metrics(font);
  std::vector<InsetTitle> out;
  for (const core::Inset& inset : space.insets()) {
    if (!inset.visible) continue;
    InsetTitle t;
    t.zone = inset.zone;
    t.text = inset_title(inset.zone);
    t.frame = QRectF(view.to_device({inset.frame.min_x, inset.frame.max_y}),
                     view.to_device({inset.frame.max_x, inset.frame.min_y}));
    if (!t.frame.intersects(QRectF(QPointF(0, 0), QSizeF(output)))) continue;
    t.baseline = QPointF(t.frame.left() + pad, t.frame.top() + pad / 2 + metrics.ascent());
    t.rect = QRectF(t.baseline.x(), t.baseline.y() - metrics.ascent(),
                    metrics.horizontalAdvance(t.text), metrics.ascent() + metrics.descent());
    t.font = font;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace lumiere::maps
