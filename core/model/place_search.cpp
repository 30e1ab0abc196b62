#include "core/model/place_search.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "core/model/analytics.h"
#include "core/model/model.h"

namespace lumiere::core {

namespace {

// Only the beginning of a query counts: no name is longer, and a pasted page costs nothing.
constexpr std::size_t kMaxQueryBytes = 256;
constexpr std::size_t kMaxQueryWords = 16;

// The base letters of Latin Extended-A, U+0100..U+017F ('1': ĳ, '2': œ, written with two).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllllnnnnnnnnnoooooo22rrrrrrss"
    "sssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

// The folded letters of one code point of Latin-1 (U+00C0..U+00FF) or Latin Extended-A, or
// nothing when it is not a letter of those (then a word break).
std::string_view fold_latin(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    static constexpr std::array<std::string_view, 64> kLatin1 = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    return kLatin1[cp - 0xC0];
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char c = kLatinExtendedA[cp - 0x100];
    if (c == '1') return "ij";
    if (c == '2') return "oe";
    return kLatinExtendedA.substr(cp - 0x100, 1);
  }
  return {};
}

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The full word an abbreviation stands for ("st": "saint"), else nothing.
std::string_view expansion(std::string_view word) {
  return word == "st" ? "saint" : word == "ste" ? "sainte" : std::string_view();
}

// The words of `text`, folded as search_key says but for the abbreviations, kept as written.
std::vector<std::string> fold_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    words.push_back(std::move(word));
    word.clear();
  };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z')
        word += static_cast<char>(b - 'A' + 'a');
      else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))
        word += static_cast<char>(b);
      else
        flush();
      ++i;
      continue;
    }
    // The length of a well-formed sequence starting here (0: an invalid byte).
    std::size_t len = b >= 0xC2 && b <= 0xDF   ? 2
                      : b >= 0xE0 && b <= 0xEF ? 3
                      : b >= 0xF0 && b <= 0xF4 ? 4
                                               : 0;
    for (std::size_t k = 1; len != 0 && k < len; ++k)
      if (i + k >= n || !continuation(p[i + k])) len = 0;
    if (len == 0) {
      flush();
      ++i;
      continue;
    }
    char32_t cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
    if (const std::string_view folded = fold_latin(cp); !folded.empty()) {
      word += folded;
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // A combining accent (text in decomposed form): dropped, as the accent of a composed letter.
    } else if (cp < 0x100 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) {
      // Latin-1 symbols (no-break space, « », ·), general punctuation (’ ‘ ‐ – — …), spaces.
      flush();
    } else {
      word.append(text.substr(i, len));  // another script: kept as written
    }
    i += len;
  }
  flush();
  return words;
}

bool is_article(std::string_view w) { return w == "le" || w == "la" || w == "les" || w == "l"; }

// A code as typed: trimmed, upper case; empty unless it is one run of letters, digits, '_' or
// '-' (a COG code, a SIREN, a postal code or a structure id).
std::string code_key(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  if (text.empty() || text.size() > 64) return {};
  std::string key;
  for (char c : text) {
    if (c >= 'a' && c <= 'z')
      key += static_cast<char>(c - 'a' + 'A');
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')
      key += c;
    else
      return {};
  }
  return key;
}

enum Level : std::uint8_t {
  kCode,
  kPostal,
  kExact,
  kPrefix,
  kWords,
  kCodePrefix,
  kNone = 255,
};

// Order among places of equal level and population; for codes, a département before a région
// of the same number ("11": Aude, then Île-de-France), and a commune before all for names.
int name_rank(PlaceKind k) {
  switch (k) {
    case PlaceKind::Commune:
      return 0;
    case PlaceKind::Departement:
      return 1;
    case PlaceKind::Region:
      return 2;
    case PlaceKind::Epci:
      return 3;
    case PlaceKind::Structure:
      return 4;
  }
  return 5;
}
int code_rank(PlaceKind k) {
  return k == PlaceKind::Departement ? 0 : k == PlaceKind::Region ? 1 : name_rank(k) + 2;
}

std::string communes_count(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " commune" : " communes");
}

}  // namespace

std::string search_key(std::string_view text) {
  std::string out;
  for (const std::string& w : fold_words(text)) {
    if (!out.empty()) out += ' ';
    const std::string_view full = expansion(w);
    out += full.empty() ? std::string_view(w) : full;
  }
  return out;
}

struct PlaceIndex::Part {
  struct Entry {
    Place place;
    std::int64_t population = 0;
    std::uint32_t first_word = 0;
    std::uint32_t words = 0;
    std::uint32_t article = 0;  // leading words that are an article (0 or 1)
  };
  struct Code {
    std::string code;  // upper case
    std::uint32_t entry = 0;
    bool postal = false;
    bool operator<(const Code& o) const { return code < o.code; }
  };

  std::vector<Entry> entries;
  std::string pool;  // the folded words of every name, back to back
  std::vector<std::uint32_t> word_begin;
  std::vector<std::uint32_t> word_size;
  std::vector<Code> codes;  // sorted by code

  std::uint32_t add(Place place, std::int64_t population) {
    Entry e;
    e.first_word = static_cast<std::uint32_t>(word_begin.size());
    std::vector<std::string> words = fold_words(place.name);
    for (std::string& w : words) {
      if (const std::string_view full = expansion(w); !full.empty()) w = full;
      word_begin.push_back(static_cast<std::uint32_t>(pool.size()));
      word_size.push_back(static_cast<std::uint32_t>(w.size()));
      pool += w;
    }
    e.words = static_cast<std::uint32_t>(words.size());
    e.article = words.size() > 1 && is_article(words.front()) ? 1 : 0;
    e.place = std::move(place);
    e.population = population;
    entries.push_back(std::move(e));
    return static_cast<std::uint32_t>(entries.size() - 1);
  }
  void add_code(std::string_view code, std::uint32_t entry, bool postal) {
    const std::string key = code_key(code);
    if (!key.empty()) codes.push_back({key, entry, postal});
  }
  void finish() { std::stable_sort(codes.begin(), codes.end()); }

  std::string_view word(std::uint32_t i) const {
    return std::string_view(pool).substr(word_begin[i], word_size[i]);
  }
};

namespace {

using Part = PlaceIndex::Part;

struct QueryWord {
  std::string text;
  std::string alt;  // "saint" for "st", "sainte" for "ste" (names are written in full)
  bool equals(std::string_view w) const { return w == text || (!alt.empty() && w == alt); }
  bool begins(std::string_view w) const {
    return w.starts_with(text) || (!alt.empty() && w.starts_with(alt));
  }
};

// How a name matches the words typed: the whole name, its beginning, or each word beginning a
// word of the name in order (the earliest match of each word leaves the most room to the next).
Level match_name(const Part& part, const Part::Entry& e, const std::vector<QueryWord>& q) {
  Level best = kNone;
  for (std::uint32_t start = 0; start <= e.article; ++start) {  // with its article, without
    const std::uint32_t n = e.words - start;
    if (q.size() > n) continue;
    const std::uint32_t first = e.first_word + start;
    bool heads = true;
    for (std::size_t i = 0; heads && i + 1 < q.size(); ++i)
      heads = q[i].equals(part.word(first + static_cast<std::uint32_t>(i)));
    if (!heads) continue;
    const std::string_view last = part.word(first + static_cast<std::uint32_t>(q.size() - 1));
    // An abbreviation typed last is still being typed: "st" begins "saint", not a whole name.
    if (q.size() == n && q.back().text == last) return kExact;
    if (q.back().begins(last)) best = kPrefix;
  }
  if (best != kNone) return best;
  std::uint32_t j = 0;
  for (const QueryWord& w : q) {
    while (j < e.words && !w.begins(part.word(e.first_word + j))) ++j;
    if (j == e.words) return kNone;
    ++j;
  }
  return kWords;
}

struct Candidate {
  Level level;
  const Part::Entry* entry;
};

// Levels of one part's entries for this query (kNone where it does not match).
void collect(const Part& part, const std::vector<QueryWord>& words, const std::string& key,
             std::vector<Candidate>& out) {
  std::vector<std::uint8_t> level(part.entries.size(), kNone);
  if (!words.empty()) {
    for (std::size_t i = 0; i < part.entries.size(); ++i)
      level[i] = match_name(part, part.entries[i], words);
  }
  if (!key.empty()) {
    auto it = std::lower_bound(part.codes.begin(), part.codes.end(), Part::Code{key, 0, false});
    for (; it != part.codes.end() && it->code.starts_with(key); ++it) {
      const Level l = it->code.size() != key.size() ? kCodePrefix : it->postal ? kPostal : kCode;
      level[it->entry] = std::min<std::uint8_t>(level[it->entry], l);
    }
  }
  for (std::size_t i = 0; i < part.entries.size(); ++i)
    if (level[i] != kNone) out.push_back({static_cast<Level>(level[i]), &part.entries[i]});
}

bool better(const Candidate& a, const Candidate& b) {
  if (a.level != b.level) return a.level < b.level;
  const Place& pa = a.entry->place;
  const Place& pb = b.entry->place;
  if (a.level <= kPostal && pa.kind != pb.kind) return code_rank(pa.kind) < code_rank(pb.kind);
  if (a.entry->population != b.entry->population) return a.entry->population > b.entry->population;
  if (pa.kind != pb.kind) return name_rank(pa.kind) < name_rank(pb.kind);
  if (pa.name != pb.name) return pa.name < pb.name;
  return pa.code < pb.code;
}

std::shared_ptr<const Part> build_cog_part(const CogRegistry& cog) {
  auto part = std::make_shared<Part>();
  // Populations of départements and régions: those of their current communes.
  std::unordered_map<std::string, std::int64_t> dep_population, region_population;
  for (const CogCommune& c : cog.communes()) {
    if (c.type != CommuneType::Current) continue;
    dep_population[c.departement] += c.population;
    region_population[c.region] += c.population;
  }
  const auto where = [&](const std::string& dep) {
    const CogDepartement* d = cog.departement(dep);
    return d ? d->name + " (" + dep + ")" : dep;
  };
  for (const CogCommune& c : cog.communes()) {
    if (c.type == CommuneType::MunicipalArrondissement) continue;
    if (c.type == CommuneType::Current) {
      const std::uint32_t e = part->add(
          {PlaceKind::Commune, c.code, c.name, where(c.departement), CommuneType::Current},
          c.population);
      part->add_code(c.code, e, false);
      if (!c.siren.empty()) part->add_code(c.siren, e, false);
      for (const std::string& postal : c.postal_codes) part->add_code(postal, e, true);
      // A former code the COG keeps no record of leads to the commune that absorbed it.
      for (const std::string& former : c.former_codes)
        if (!cog.commune(former)) part->add_code(former, e, false);
      continue;
    }
    // A commune déléguée or associée under its own name; not the one named as its commune
    // (often the chef-lieu of a commune nouvelle), which would show twice. Its code leads to it
    // unless its commune has the same code (Saint-Denis-du-Pin in Essouvert, 17277).
    const CogCommune* current = cog.current_commune(c.code);
    if (!current || current->name == c.name) continue;
    const std::uint32_t e = part->add({PlaceKind::Commune, c.code, c.name,
                                       current->name + ", " + where(current->departement), c.type},
                                      c.population);
    if (current->code != c.code) part->add_code(c.code, e, false);
  }
  for (const CogEpci& epci : cog.epcis()) {
    // The départements of its members, the most populated first.
    std::map<std::string, std::int64_t> deps;
    std::size_t members = 0;
    for (const std::string& m : epci.members) {
      if (const CogCommune* c = cog.commune(m)) {
        deps[c->departement] += c->population;
        ++members;
      }
    }
    std::vector<std::pair<std::string, std::int64_t>> order(deps.begin(), deps.end());
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string context = communes_count(members);
    for (std::size_t i = 0; i < order.size(); ++i)
      context += (i == 0 ? " (" : ", ") + order[i].first + (i + 1 == order.size() ? ")" : "");
    const std::uint32_t e =
        part->add({PlaceKind::Epci, epci.code, epci.name, context}, epci.population);
    part->add_code(epci.code, e, false);
  }
  for (const CogDepartement& d : cog.departements()) {
    const CogRegion* r = cog.region(d.region);
    const auto pop = dep_population.find(d.code);
    const std::uint32_t e =
        part->add({PlaceKind::Departement, d.code, d.name, r ? d.code + ", " + r->name : d.code},
                  pop == dep_population.end() ? 0 : pop->second);
    part->add_code(d.code, e, false);
  }
  for (const CogRegion& r : cog.regions()) {
    const auto pop = region_population.find(r.code);
    const std::uint32_t e = part->add({PlaceKind::Region, r.code, r.name, r.code},
                                      pop == region_population.end() ? 0 : pop->second);
    part->add_code(r.code, e, false);
  }
  part->finish();
  return part;
}

std::shared_ptr<const Part> build_structures_part(const Model& model) {
  auto part = std::make_shared<Part>();
  for (const Structure& s : model.structures()) {
    const std::uint32_t e = part->add(
        {PlaceKind::Structure, s.id, s.name, std::string(structure_kind_label(s.kind))}, 0);
    part->add_code(s.id, e, false);
    if (!s.siren.empty()) part->add_code(s.siren, e, false);
  }
  part->finish();
  return part;
}

}  // namespace

PlaceIndex::PlaceIndex() = default;

PlaceIndex::PlaceIndex(const CogRegistry& cog) : cog_(build_cog_part(cog)) {}

PlaceIndex::PlaceIndex(const CogRegistry& cog, const Model& model)
    : cog_(build_cog_part(cog)), structures_(build_structures_part(model)) {}

PlaceIndex PlaceIndex::with_structures(const Model& model) const {
  PlaceIndex copy = *this;
  copy.set_structures(model);
  return copy;
}

void PlaceIndex::set_structures(const Model& model) { structures_ = build_structures_part(model); }

std::size_t PlaceIndex::size() const {
  return (cog_ ? cog_->entries.size() : 0) + (structures_ ? structures_->entries.size() : 0);
}

std::vector<Place> PlaceIndex::query(std::string_view text, std::size_t limit) const {
  if (limit == 0) return {};
  text = text.substr(0, std::min(text.size(), kMaxQueryBytes));
  std::vector<QueryWord> words;
  for (std::string& w : fold_words(text)) {
    if (words.size() == kMaxQueryWords) break;
    // "st" is "saint" in a name, and also the beginning of "strasbourg" while typing.
    const std::string_view full = expansion(w);
    words.push_back({std::move(w), std::string(full)});
  }
  const std::string key = code_key(text);
  std::vector<Candidate> found;
  for (const auto& part : {cog_, structures_})
    if (part) collect(*part, words, key, found);
  const std::size_t n = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(n), found.end(),
                    better);
  std::vector<Place> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(found[i].entry->place);
  return out;
}

std::vector<std::string> place_communes(const Place& place, const CogRegistry& cog,
                                        const Model& model) {
  std::vector<std::string> out;
  switch (place.kind) {
    case PlaceKind::Commune:
      if (const CogCommune* c = cog.current_commune(place.code)) out.push_back(c->code);
      break;
    case PlaceKind::Epci:
      if (const CogEpci* e = cog.epci(place.code)) {
        for (const std::string& m : e->members)
          if (const CogCommune* c = cog.current_commune(m)) out.push_back(c->code);
      }
      break;
    case PlaceKind::Departement:
    case PlaceKind::Region: {
      const bool dep = place.kind == PlaceKind::Departement;
      for (const CogCommune& c : cog.communes())
        if (c.type == CommuneType::Current && (dep ? c.departement : c.region) == place.code)
          out.push_back(c.code);
      break;
    }
    case PlaceKind::Structure:
      if (model.structure(place.code)) out = structure_communes(model, place.code);
      break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace lumiere::core
