#include "core/tables/column_names.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/cog/code_normaliser.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

// The ASCII letters of a UTF-8 character of Latin-1 (U+00C0..U+00FF) or Œ/œ, lower case; empty
// for anything else (punctuation, symbols).
std::string_view fold_char(unsigned char lead, unsigned char next) {
  if (lead == 0xC5 && (next == 0x92 || next == 0x93)) return "oe";
  if (lead != 0xC3) return "";
  const unsigned char c = next >= 0xA0 ? static_cast<unsigned char>(next - 0x20) : next;
  if (c >= 0x80 && c <= 0x85) return "a";
  if (c == 0x86) return "ae";
  if (c == 0x87) return "c";
  if (c >= 0x88 && c <= 0x8B) return "e";
  if (c >= 0x8C && c <= 0x8F) return "i";
  if (c == 0x91) return "n";
  if (c >= 0x92 && c <= 0x96) return "o";
  if (c >= 0x99 && c <= 0x9C) return "u";
  if (c == 0x9D) return "y";      // Ý ý
  if (next == 0x9F) return "ss";  // ß
  if (next == 0xBF) return "y";   // ÿ
  return "";
}

enum class StopWords { Keep, Drop };

// Words of `text`, lower-case ASCII without accents, joined by `sep`: "Date d'adhésion" gives
// "date_adhesion" with the stop words dropped.
std::string fold(std::string_view text, char sep, StopWords stop) {
  static const std::set<std::string, std::less<>> kStop = {
      "d", "de", "du", "des", "l", "la", "le", "les", "n", "no", "num", "numero", "au", "aux"};
  std::vector<std::string> words(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        words.back() += static_cast<char>(c);
      else if (c >= 'A' && c <= 'Z')
        words.back() += static_cast<char>(c - 'A' + 'a');
      else if (!words.back().empty())
        words.emplace_back();
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    std::string_view letters;
    if (len == 2 && i + 1 < text.size())
      letters = fold_char(c, static_cast<unsigned char>(text[i + 1]));
    if (!letters.empty())
      words.back() += letters;
    else if (!words.back().empty())
      words.emplace_back();
    i += len - 1;
  }
  std::string out;
  for (const std::string& w : words) {
    if (w.empty() || (stop == StopWords::Drop && kStop.contains(w))) continue;
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  const std::string key = fold(text, ' ', StopWords::Drop);
  std::size_t start = 0;
  while (start < key.size()) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// True when `needle` appears in `words` as consecutive words.
bool has_words(const std::vector<std::string>& words, const std::vector<std::string>& needle) {
  if (needle.empty()) return false;
  return std::search(words.begin(), words.end(), needle.begin(), needle.end()) != words.end();
}

}  // namespace

std::string header_key(std::string_view text) { return fold(text, '_', StopWords::Drop); }
std::string word_key(std::string_view text) { return fold(text, ' ', StopWords::Drop); }
std::string id_key(std::string_view text) { return fold(text, '_', StopWords::Keep); }

const std::vector<std::string>& commune_code_header_keys() {
  // Folded: "N° INSEE" is "insee", "Code officiel géographique" "code_officiel_geographique".
  static const std::vector<std::string> kKeys = {
      "code",
      "insee",
      "code_insee",
      "codeinsee",
      "insee_code",
      "cinsee",
      "c_insee",
      "code_insee_commune",
      "code_commune_insee",
      "insee_commune",
      "commune_insee",
      "insee_com",
      "inseecom",
      "code_insee_com",
      "code_commune",
      "codecommune",
      "commune_code",
      "code_com",
      "codecom",
      "depcom",
      "codgeo",
      "code_geo",
      "codegeo",
      "code_geographique",
      "code_officiel_geographique",
      "code_officiel_geographique_commune",
      "cog",
      "code_cog",
      "cog_commune",
      "com",
      "municipality_code",
  };
  return kKeys;
}

bool is_commune_code_header(std::string_view header) {
  const auto& keys = commune_code_header_keys();
  return std::find(keys.begin(), keys.end(), header_key(header)) != keys.end();
}

int find_commune_code_column(const std::vector<std::string>& header) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (is_commune_code_header(header[i])) return static_cast<int>(i);
  return -1;
}

int commune_code_column_by_values(const std::deque<CsvRow>& sample, std::size_t columns,
                                  const CogRegistry& cog) {
  int best = -1;
  double best_share = 0.0;
  for (std::size_t c = 0; c < columns; ++c) {
    int filled = 0;
    int known = 0;
    for (const CsvRow& row : sample) {
      if (c >= row.fields.size()) continue;
      const std::string_view cell = trim_cell(row.fields[c]);
      if (cell.empty()) continue;
      ++filled;
      if (normalise_commune_code(cell, cog).status != CodeStatus::Unknown) ++known;
    }
    if (known == 0) continue;
    const double share = static_cast<double>(known) / filled;
    if (share >= 0.8 && share > best_share) best = static_cast<int>(c), best_share = share;
  }
  return best;
}

bool header_names_usage(std::string_view header, std::string_view usage_id,
                        std::string_view usage_label) {
  const std::vector<std::string> words = words_of(header);
  if (has_words(words, words_of(usage_id))) return true;
  // The label's first part ("PES V2 — flux comptables…" gives "PES V2"), every word of three
  // letters or more present.
  std::string_view head = usage_label;
  for (std::string_view cut : {" \xE2\x80\x94 ", " (", " - ", ":"})
    head = head.substr(0, std::min(head.size(), head.find(cut)));
  std::vector<std::string> significant;
  for (std::string& w : words_of(head))
    if (w.size() >= 3) significant.push_back(std::move(w));
  if (significant.empty()) return false;
  return std::all_of(significant.begin(), significant.end(), [&](const std::string& w) {
    return std::find(words.begin(), words.end(), w) != words.end();
  });
}

int find_column_folded(const std::vector<std::string>& header, std::string_view name) {
  const std::string key = header_key(name);
  // A name of symbols only ("%") folds to nothing: compared as typed, trimmed.
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (key.empty() ? trim_cell(header[i]) == trim_cell(name) : header_key(header[i]) == key)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace lumiere::core
