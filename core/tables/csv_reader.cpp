#include "core/tables/csv_reader.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ios>
#include <optional>
#include <string_view>
#include <utility>

#include "core/path_check.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1, cp = c & 0x1Fu, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2, cp = c & 0x0Fu, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3, cp = c & 0x07u, min = 0x10000;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    for (std::size_t k = 1; k <= n; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

// glibc's iconv knows Windows-1252; the five bytes it leaves undefined fail the conversion,
// which is what we want (such a file is not Windows-1252 text).
std::optional<std::string> windows1252_to_utf8(std::string_view in) {
  iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(in.size() * 3 + 4, '\0');
  std::string src(in);
  char* inp = src.data();
  std::size_t inleft = src.size();
  char* outp = out.data();
  std::size_t outleft = out.size();
  const std::size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1)) return std::nullopt;
  out.resize(out.size() - outleft);
  return out;
}

// Control characters other than tab (and the CR of CRLF, removed before) mean binary content.
bool looks_binary(std::string_view s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\t' && c != '\f') || c == 0x7F) return true;
  return false;
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

// The number of `d` outside quotes in `line`.
int count_outside_quotes(std::string_view line, char d) {
  int n = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == d) ++n;
  }
  return n;
}

// The delimiter the first lines agree on: for each of ';', tab and ',', the count per line found
// on most lines (the larger count on a tie); the delimiter found so on most lines wins, then the
// one making more columns, then ';' (French spreadsheets), tab, ','. Title rows ("Source : …")
// and decimal commas do not repeat on every line, so they lose.
char detect_delimiter(const std::vector<std::string>& lines) {
  char best = ';';
  int best_lines = 0;
  int best_count = 0;
  for (char d : {';', '\t', ','}) {
    std::vector<int> counts;
    for (const std::string& line : lines) counts.push_back(count_outside_quotes(line, d));
    int mode = 0;
    int mode_lines = 0;
    for (int c : counts) {
      if (c == 0) continue;
      const int n = static_cast<int>(std::count(counts.begin(), counts.end(), c));
      if (n > mode_lines || (n == mode_lines && c > mode)) mode = c, mode_lines = n;
    }
    if (mode_lines > best_lines || (mode_lines == best_lines && mode > best_count))
      best = d, best_lines = mode_lines, best_count = mode;
  }
  return best;
}

// UTF-16 without a BOM: in the first bytes, one byte of each pair is zero on most pairs (text
// of Latin letters) and the other almost never. Byte `zero_at` of each pair (0: BE, 1: LE).
bool looks_utf16(std::string_view head, int zero_at) {
  const std::size_t pairs = head.size() / 2;
  if (pairs < 2) return false;
  std::size_t zeros = 0;
  std::size_t other = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    if (head[2 * i + static_cast<std::size_t>(zero_at)] == '\0') ++zeros;
    if (head[2 * i + static_cast<std::size_t>(1 - zero_at)] == '\0') ++other;
  }
  return zeros * 10 >= pairs * 6 && other * 20 <= pairs;
}

}  // namespace

// glibc's iconv, from UTF-16 (LE or BE, no BOM: the reader skips it) to UTF-8.
struct CsvReader::Utf16 {
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  std::string pending;  // bytes of a character cut by the end of a block
  explicit Utf16(bool little_endian)
      : cd(iconv_open("UTF-8", little_endian ? "UTF-16LE" : "UTF-16BE")) {}
  ~Utf16() {
    if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
  }
  Utf16(const Utf16&) = delete;
  Utf16& operator=(const Utf16&) = delete;
  void reset() {
    pending.clear();
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  // Appends `in` (after what is pending) converted to `out`; false on bytes that are not UTF-16.
  bool convert(std::string_view in, std::string& out) {
    pending.append(in);
    char* inp = pending.data();
    std::size_t inleft = pending.size();
    const std::size_t start = out.size();
    out.resize(start + inleft * 2 + 8);
    char* outp = out.data() + start;
    std::size_t outleft = out.size() - start;
    const std::size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
    out.resize(out.size() - outleft);
    if (r == static_cast<std::size_t>(-1) && errno != EINVAL) return false;
    pending.erase(0, pending.size() - inleft);  // EINVAL: a cut character waits for the next block
    return true;
  }
};

std::string_view encoding_name(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
      return "UTF-8";
    case TextEncoding::Windows1252:
      return "Windows-1252";
    case TextEncoding::Utf16Le:
    case TextEncoding::Utf16LeBom:
      return "UTF-16 LE";
    case TextEncoding::Utf16Be:
    case TextEncoding::Utf16BeBom:
      return "UTF-16 BE";
  }
  return "UTF-8";
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

Error CsvReader::error_at(int line, MessageCode what) const {
  return Error{what, {path_, std::to_string(line)}};
}

Status CsvReader::refill() {
  constexpr std::size_t kBlock = std::size_t{64} << 10;
  buffer_.clear();
  pos_ = 0;
  std::string raw(kBlock, '\0');
  // Reads until something comes out (a UTF-16 block may hold only a cut character) or the end.
  while (buffer_.empty()) {
    // libstdc++'s filebuf throws when read(2) fails (EIO on a failing disk or share): an error
    // value, as every other.
    std::streamsize got = 0;
    try {
      got = in_->rdbuf()->sgetn(raw.data(), static_cast<std::streamsize>(raw.size()));
    } catch (const std::ios_base::failure&) {
      return Error{MessageCode::FileReadFailed, {path_, std::to_string(file_line_)}};
    }
    if (got <= 0) {
      if (utf16_ && !utf16_->pending.empty())
        return error_at(file_line_ + 1, MessageCode::CsvBadUtf16);
      return Done{};
    }
    const std::string_view block(raw.data(), static_cast<std::size_t>(got));
    if (!utf16_) {
      buffer_.assign(block);
    } else if (!utf16_->convert(block, buffer_)) {
      return error_at(file_line_ + 1, MessageCode::CsvBadUtf16);
    }
  }
  return Done{};
}

Status CsvReader::rewind() {
  in_->clear();
  if (!in_->seekg(static_cast<std::streamoff>(bom_)))
    return Error{MessageCode::FileReadFailed, {path_, "1"}};
  if (utf16_) utf16_->reset();
  buffer_.clear();
  pos_ = 0;
  file_line_ = 0;
  row_ = 0;
  encoding_ = initial_encoding_;
  encoding_decided_ = initially_decided_;
  return Done{};
}

Result<bool> CsvReader::read_line(std::string& out) {
  out.clear();
  bool any = false;
  for (;;) {
    if (pos_ == buffer_.size()) {
      LUMIERE_TRY(refill());
      if (buffer_.empty()) break;
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const std::size_t left = buffer_.size() - pos_;
    const auto* nl = static_cast<const char*>(std::memchr(start, '\n', left));
    const std::size_t take = nl ? static_cast<std::size_t>(nl - start) : left;
    out.append(start, take);
    pos_ += take + (nl ? 1 : 0);
    if (out.size() > kMaxRecordBytes) return error_at(file_line_ + 1, MessageCode::CsvLineTooLong);
    if (nl) break;
  }
  if (!any) return false;
  ++file_line_;
  if (!out.empty() && out.back() == '\r') out.pop_back();
  if (looks_binary(out)) return error_at(file_line_, MessageCode::CsvBinaryContent);
  if (is_ascii(out)) return true;
  if (!encoding_decided_) {
    encoding_ = is_valid_utf8(out) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    encoding_decided_ = true;
  }
  if (encoding_ == TextEncoding::Windows1252) {
    auto converted = windows1252_to_utf8(out);
    if (!converted) return error_at(file_line_, MessageCode::CsvUnknownEncoding);
    out = std::move(*converted);
  } else if (!is_valid_utf8(out)) {
    return error_at(file_line_, MessageCode::CsvMixedEncoding);
  }
  return true;
}

Result<bool> CsvReader::read_record(CsvRow& row) {
  std::string line;
  // Blank lines are skipped but counted: a spreadsheet shows them as empty rows.
  for (;;) {
    auto got = read_line(line);
    if (!got) return got.error();
    if (!*got) return false;
    ++row_;
    if (!is_blank(line)) break;
  }
  row.line = row_;
  row.file_line = file_line_;
  row.fields.clear();
  std::string field;
  bool quoted = false;
  bool at_start = true;
  std::size_t bytes = 0;
  for (;;) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            field.push_back('"');
            ++i;
          } else {
            quoted = false;
          }
        } else {
          field.push_back(c);
        }
      } else if (c == delimiter_) {
        row.fields.push_back(std::move(field));
        field.clear();
        at_start = true;
        continue;
      } else if (c == '"' && at_start) {
        quoted = true;
      } else {
        field.push_back(c);
      }
      at_start = false;
    }
    if (!quoted) break;
    // A newline inside quotes belongs to the field: the record goes on with the next line.
    bytes += line.size() + 1;
    if (bytes > kMaxRecordBytes) return error_at(row.file_line, MessageCode::CsvQuotedFieldTooLong);
    auto got = read_line(line);
    if (!got) return got.error();
    if (!*got) return error_at(row.file_line, MessageCode::CsvUnterminatedQuote);
    field.push_back('\n');
  }
  row.fields.push_back(std::move(field));
  return true;
}

Result<CsvReader> CsvReader::open(const std::string& path) {
  CsvReader reader;
  reader.path_ = path;
  // Checked before it is opened: a folder would fail at the first read, a FIFO would block the
  // open. A missing file keeps its own message.
  if (Status usable = check_input_file(path); !usable && usable.code() != MessageCode::PathMissing)
    return usable.error();
  reader.in_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*reader.in_) return Error{MessageCode::CsvCannotOpen, {path}};
  // The encoding from the first bytes: a BOM, else UTF-16's zero bytes.
  std::string head(4096, '\0');
  reader.in_->read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(reader.in_->gcount()));
  const auto decided = [&](TextEncoding e, std::size_t bom) {
    reader.initial_encoding_ = e;
    reader.initially_decided_ = true;
    reader.bom_ = bom;
  };
  if (head.starts_with("\xEF\xBB\xBF")) {
    decided(TextEncoding::Utf8Bom, 3);
  } else if (head.starts_with("\xFF\xFE")) {
    decided(TextEncoding::Utf16LeBom, 2);
    reader.utf16_ = std::make_unique<Utf16>(true);
  } else if (head.starts_with("\xFE\xFF")) {
    decided(TextEncoding::Utf16BeBom, 2);
    reader.utf16_ = std::make_unique<Utf16>(false);
  } else if (looks_utf16(head, 1)) {
    decided(TextEncoding::Utf16Le, 0);
    reader.utf16_ = std::make_unique<Utf16>(true);
  } else if (looks_utf16(head, 0)) {
    decided(TextEncoding::Utf16Be, 0);
    reader.utf16_ = std::make_unique<Utf16>(false);
  }
  if (reader.utf16_ && reader.utf16_->cd == reinterpret_cast<iconv_t>(-1))
    return Error{MessageCode::CsvCannotOpen, {path}};
  // The delimiter from the first non-blank lines, read once to look at them and parsed after.
  LUMIERE_TRY(reader.rewind());
  std::vector<std::string> lines;
  std::string line;
  while (static_cast<int>(lines.size()) < kDelimiterLines) {
    auto got = reader.read_line(line);
    if (!got) return got.error();
    if (!*got) break;
    if (!is_blank(line)) lines.push_back(line);
  }
  if (lines.empty()) return Error{MessageCode::CsvEmpty, {path}};
  reader.delimiter_ = detect_delimiter(lines);
  LUMIERE_TRY(reader.rewind());
  return reader;
}

Result<bool> CsvReader::next(CsvRow& row) {
  // A record of empty fields only (";;;", as a spreadsheet exports an empty row) is blank too.
  for (;;) {
    auto got = read_record(row);
    if (!got || !*got) return got;
    for (const std::string& field : row.fields)
      if (!trim_cell(field).empty()) return true;
  }
}

}  // namespace lumiere::core
