#pragma once
// Numbers on the command line: whole numbers and years read strictly (nothing after the digits),
// and counts and rates written in the language in use (maps::format_number, format_percent).
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>

#include "maps/number_format.h"

namespace lumiere::app {

inline std::optional<std::uint64_t> parse_unsigned(const std::string& text) {
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// A vintage: a year from 1990 to 2100.
inline std::optional<int> parse_year(const std::string& text) {
  const auto value = parse_unsigned(text);
  if (!value || *value < 1990 || *value > 2100) return std::nullopt;
  return static_cast<int>(*value);
}

// "34 969" (U+202F between groups of three digits) in French, "34,969" in English.
inline std::string group_digits(double count) {
  return maps::format_number(count, 0).toStdString();
}
inline std::string group_digits(std::size_t count) {
  return group_digits(static_cast<double>(count));
}
inline std::string group_digits(std::int64_t count) {
  return group_digits(static_cast<double>(count));
}

// "55,3 %" (French) or "55.3%" (English) for 0.553; "n.d." or "n/a" when there is no rate.
inline std::string percent(std::optional<double> rate, int decimals = 1) {
  return maps::format_percent(rate, decimals).toStdString();
}

}  // namespace lumiere::app
