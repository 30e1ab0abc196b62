#pragma once
// Numbers written the French way for legends and labels: "1 234,5", with a narrow no-break space
// (U+202F) between groups of three digits and a decimal comma. Thread-safe.
#include <QString>
#include <optional>

namespace lumiere::maps {

// `decimals` digits after the comma (0 to 15); a negative number that rounds to zero is "0".
// NaN is written "n.d." (non disponible); infinities "∞" and "-∞".
QString format_fr(double value, int decimals);

// The number in the language in use (maps::use_language sets the default QLocale): as
// format_fr in French; "1,234.5" and "n/a" in English.
QString format_number(double value, int decimals);

// A rate of 0 to 1 as a percentage in the language in use: "55,3 %" or "55.3%"; no rate (or
// NaN) is "n.d." or "n/a".
QString format_percent(std::optional<double> rate, int decimals = 1);

}  // namespace lumiere::maps
