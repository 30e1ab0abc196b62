#include "number_format.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace lumiere::maps {

// Qt 6.4's QLocale(French) follows CLDR: U+202F between groups, a comma before the decimals, and
// grouping from four digits on ("1 234"); the tests pin that output down. It writes "-0,0" for a
// small negative number rounded to zero, which a legend must not show.
QString format_fr(double value, int decimals) {
  if (std::isnan(value)) return QStringLiteral("n.d.");
  if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
  decimals = std::clamp(decimals, 0, 15);
  static const QLocale french(QLocale::French, QLocale::France);
  const QString rounded = QString::number(std::abs(value), 'f', decimals);
  const bool zero =
      std::all_of(rounded.cbegin(), rounded.cend(), [](QChar c) { return c == u'0' || c == u'.'; });
  return french.toString(zero ? 0.0 : value, 'f', decimals);
}

}  // namespace lumiere::maps
