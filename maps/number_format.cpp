#include "number_format.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace lumiere::maps {

// Qt 6.4's QLocale(French) follows CLDR: U+202F between groups, a comma before the decimals, and
// grouping from four digits on ("1 234"); the tests pin that output down. It writes "-0,0" for a
// small negative number rounded to zero, which a legend must not show.
namespace {

QString format_in(const QLocale& locale, double value, int decimals, const QString& no_data) {
  if (std::isnan(value)) return no_data;
  if (std::isinf(value)) return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
  decimals = std::clamp(decimals, 0, 15);
  const QString rounded = QString::number(std::abs(value), 'f', decimals);
  const bool zero =
      std::all_of(rounded.cbegin(), rounded.cend(), [](QChar c) { return c == u'0' || c == u'.'; });
  return locale.toString(zero ? 0.0 : value, 'f', decimals);
}

}  // namespace

QString format_fr(double value, int decimals) {
  static const QLocale french(QLocale::French, QLocale::France);
  return format_in(french, value, decimals, QStringLiteral("n.d."));
}

QString format_number(double value, int decimals) {
  const QLocale locale;  // the default: maps::use_language sets it
  if (locale.language() == QLocale::French) return format_fr(value, decimals);
  return format_in(locale, value, decimals, QStringLiteral("n/a"));
}

QString format_percent(std::optional<double> rate, int decimals) {
  const bool french = QLocale().language() == QLocale::French;
  if (!rate || std::isnan(*rate)) return french ? QStringLiteral("n.d.") : QStringLiteral("n/a");
  // French puts a narrow no-break space before %, English none.
  return format_number(*rate * 100, decimals) +
         (french ? QStringLiteral("\u202f%") : QStringLiteral("%"));
}

}  // namespace lumiere::maps
