#pragma once
// Numbers written the French way for legends and labels: "1 234,5", with a narrow no-break space
// (U+202F) between groups of three digits and a decimal comma. Thread-safe.
#include <QString>

namespace lumiere::maps {

// `decimals` digits after the comma (0 to 15); a negative number that rounds to zero is "0".
// NaN is written "n.d." (non disponible); infinities "∞" and "-∞".
QString format_fr(double value, int decimals);

}  // namespace lumiere::maps
