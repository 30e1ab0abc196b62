#include "core/tables/value_parser.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace lumiere::core {

namespace {

// Length of the space-like character at the start of `s` (0 when none).
std::size_t space_at(std::string_view s) {
  if (s.empty()) return 0;
  if (s[0] == ' ' || s[0] == '\t') return 1;
  if (s.starts_with("\xC2\xA0")) return 2;      // U+00A0 no-break space
  if (s.starts_with("\xE2\x80\xAF")) return 3;  // U+202F narrow no-break space
  if (s.starts_with("\xE2\x80\x89")) return 3;  // U+2009 thin space
  return 0;
}

std::size_t space_before(std::string_view s) {
  if (s.empty()) return 0;
  if (s.back() == ' ' || s.back() == '\t') return 1;
  if (s.ends_with("\xC2\xA0")) return 2;
  if (s.ends_with("\xE2\x80\xAF") || s.ends_with("\xE2\x80\x89")) return 3;
  return 0;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "1234567" or grouped by three after the first group: "1" "234" "567".
bool valid_groups(std::string_view integer_part, char sep) {
  if (integer_part.find(sep) == std::string_view::npos) return all_digits(integer_part);
  std::size_t start = 0;
  bool first = true;
  while (start <= integer_part.size()) {
    std::size_t end = integer_part.find(sep, start);
    if (end == std::string_view::npos) end = integer_part.size();
    const auto group = integer_part.substr(start, end - start);
    if (!all_digits(group)) return false;
    if (first ? group.size() > 3 : group.size() != 3) return false;
    first = false;
    start = end + 1;
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

bool to_int(std::string_view s, int& out) {
  if (!all_digits(s)) return false;
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

// The cell lower-case, without dots nor spaces, é and É as e, into `out` ("N. C." gives "nc",
// "Non communiqué" gives "noncommunique"); false when longer than `out` can hold.
bool no_value_key(std::string_view t, std::array<char, 24>& out, std::size_t& size) {
  size = 0;
  for (std::size_t i = 0; i < t.size();) {
    const std::string_view rest = t.substr(i);
    char c = rest[0];
    if (std::size_t n = space_at(rest)) {
      i += n;
      continue;
    }
    if (c == '.') {
      ++i;
      continue;
    }
    if (rest.starts_with("\xC3\xA9") || rest.starts_with("\xC3\x89")) {  // é É
      c = 'e';
      i += 2;
    } else {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      ++i;
    }
    if (size == out.size()) return false;
    out[size++] = c;
  }
  return true;
}

// The cell without the emoji variation selector (U+FE0F) that follows a pasted ✔.
std::string_view without_variation(std::string_view t) {
  if (t.ends_with("\xEF\xB8\x8F")) t.remove_suffix(3);
  return t;
}

}  // namespace

std::string Date::iso() const {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02d", year, month, day);
  return buf.data();
}

std::string_view trim_cell(std::string_view text) {
  while (std::size_t n = space_at(text)) text.remove_prefix(n);
  while (std::size_t n = space_before(text)) text.remove_suffix(n);
  return text;
}

bool is_no_value(std::string_view text) {
  const std::string_view t = trim_cell(text);
  if (t.empty()) return true;
  // Most cells are numbers or words: only the first letters of a spelling go further.
  const char first = t[0];
  if (first != 'n' && first != 'N' && first != 's' && first != 'S' && first != '-' &&
      first != '#' && first != '\xE2')
    return false;
  std::array<char, 24> buffer{};
  std::size_t size = 0;
  if (!no_value_key(t, buffer, size)) return false;
  const std::string_view key(buffer.data(), size);
  for (std::string_view spelling :
       {"", "nc", "n/c", "-", "\xE2\x80\x93", "\xE2\x80\x94", "so", "s/o", "nd", "n/d", "na", "n/a",
        "#n/a", "#n/d", "sansobjet", "noncommunique", "nonrenseigne"})
    if (key == spelling) return true;
  return false;
}

bool is_tick(std::string_view text) {
  const std::string_view t = without_variation(trim_cell(text));
  return t == "x" || t == "X" || t == "\xE2\x9C\x93" || t == "\xE2\x9C\x94" ||
         t == "\xE2\x98\x91";  // ✓ ✔ ☑
}

ParsedYesNo parse_yes_no(std::string_view text) {
  if (is_no_value(text)) return {ParseStatus::Missing, false, false};
  if (is_tick(text)) return {ParseStatus::Ok, true, true};
  const std::string t = lower_ascii(without_variation(trim_cell(text)));
  for (const char* yes : {"oui", "o", "1", "vrai", "yes", "y", "true"})
    if (t == yes) return {ParseStatus::Ok, true, false};
  for (const char* no : {"non", "n", "0", "faux", "no", "false", "\xE2\x98\x90"})  // ☐
    if (t == no) return {ParseStatus::Ok, false, false};
  return {ParseStatus::Invalid, false, false};
}

ParsedNumber parse_number(std::string_view text) {
  std::string_view t = trim_cell(text);
  ParsedNumber result;
  if (is_no_value(t)) return result;
  result.status = ParseStatus::Invalid;
  if (t.back() == '%') {
    result.percent = true;
    t.remove_suffix(1);
    t = trim_cell(t);
  }
  // Drop the space-like thousands separators.
  std::string s;
  for (std::size_t i = 0; i < t.size();) {
    if (std::size_t n = space_at(t.substr(i))) {
      i += n;
    } else {
      s.push_back(t[i++]);
    }
  }
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.erase(0, 1);
  }
  const auto comma = s.rfind(',');
  const auto point = s.rfind('.');
  char decimal = 0;
  char thousands = 0;
  if (comma != std::string::npos && point != std::string::npos) {
    decimal = comma > point ? ',' : '.';
    thousands = comma > point ? '.' : ',';
  } else if (comma != std::string::npos) {
    // One comma is decimal (French); several are thousands ("1,234,567").
    if (s.find(',') == comma)
      decimal = ',';
    else
      thousands = ',';
  } else if (point != std::string::npos) {
    if (s.find('.') == point)
      decimal = '.';
    else
      thousands = '.';
  }
  std::string_view integer_part = s;
  std::string_view fraction;
  if (decimal) {
    const auto at = s.rfind(decimal);
    integer_part = std::string_view(s).substr(0, at);
    fraction = std::string_view(s).substr(at + 1);
    if (!fraction.empty() && !all_digits(fraction)) return result;
    if (fraction.empty() && integer_part.empty()) return result;
  }
  if (integer_part.empty() && !decimal) return result;
  if (!integer_part.empty() && !valid_groups(integer_part, thousands ? thousands : 'x'))
    return result;
  std::string canonical;
  for (char c : integer_part)
    if (c != thousands) canonical.push_back(c);
  if (canonical.empty()) canonical = "0";
  if (!fraction.empty()) canonical += "." + std::string(fraction);
  double value = 0.0;
  const auto [end, ec] =
      std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
  if (ec != std::errc{} || end != canonical.data() + canonical.size() || !std::isfinite(value))
    return result;
  if (negative) value = -value;
  result.integer = fraction.empty() && !result.percent;
  result.value = result.percent ? value / 100.0 : value;
  result.status = ParseStatus::Ok;
  return result;
}

ParsedDate parse_date(std::string_view text) {
  const std::string_view t = trim_cell(text);
  ParsedDate result;
  if (is_no_value(t)) return result;
  result.status = ParseStatus::Invalid;
  Date d;
  if (t.size() >= 10 && (t[4] == '-' || t[4] == '/') && t[7] == t[4] &&
      (t.size() == 10 || t.substr(10) == " 00:00:00" || t.substr(10) == "T00:00:00")) {
    if (!to_int(t.substr(0, 4), d.year) || !to_int(t.substr(5, 2), d.month) ||
        !to_int(t.substr(8, 2), d.day))
      return result;
  } else {
    const auto a = t.find('/');
    const auto b = a == std::string_view::npos ? a : t.find('/', a + 1);
    if (b == std::string_view::npos) return result;
    const auto day = t.substr(0, a);
    const auto month = t.substr(a + 1, b - a - 1);
    const auto year = t.substr(b + 1);
    if (day.size() > 2 || month.size() > 2 || year.size() != 4) return result;
    if (!to_int(day, d.day) || !to_int(month, d.month) || !to_int(year, d.year)) return result;
  }
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return result;
  result.status = ParseStatus::Ok;
  result.value = d;
  return result;
}

}  // namespace lumiere::core
