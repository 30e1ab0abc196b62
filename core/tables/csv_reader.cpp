#include "core/tables/csv_reader.h"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <ios>
#include <optional>
#include <string_view>
#include <utility>

#include "core/path_check.h"

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

char detect_delimiter(std::string_view header) {
  std::array<int, 3> counts{};  // ';', '\t', ','
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ';') ++counts[0];
    if (c == '\t') ++counts[1];
    if (c == ',') ++counts[2];
  }
  // Ties go to ';' (French spreadsheets), then tab, then ','.
  if (counts[0] >= counts[1] && counts[0] >= counts[2]) return ';';
  return counts[1] >= counts[2] ? '\t' : ',';
}

}  // namespace

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

Error CsvReader::error_at(int line, MessageCode what) const {
  return Error{what, {path_, std::to_string(line)}};
}

Result<bool> CsvReader::read_line(std::string& out) {
  out.clear();
  std::streambuf* buf = in_->rdbuf();
  bool any = false;
  for (;;) {
    int c = 0;
    // libstdc++'s filebuf throws when read(2) fails (EIO on a failing disk or share; EISDIR was
    // the case of a folder, refused by open now): an error value, as every other.
    try {
      c = buf->sbumpc();
    } catch (const std::ios_base::failure&) {
      return Error{MessageCode::FileReadFailed, {path_, std::to_string(file_line_)}};
    }
    if (c == std::char_traits<char>::eof()) break;
    any = true;
    if (c == '\n') break;
    out.push_back(static_cast<char>(c));
    if (out.size() > kMaxRecordBytes) return error_at(file_line_ + 1, MessageCode::CsvLineTooLong);
  }
  if (!any) return false;
  ++file_line_;
  if (!out.empty() && out.back() == '\r') out.pop_back();
  if (file_line_ == 1 && out.starts_with("\xEF\xBB\xBF")) {
    out.erase(0, 3);
    encoding_ = TextEncoding::Utf8Bom;
    encoding_decided_ = true;
  }
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
  // The delimiter comes from the header line, read once to look at it and parsed after.
  std::string first;
  for (;;) {
    auto got = reader.read_line(first);
    if (!got) return got.error();
    if (!*got) return Error{MessageCode::CsvEmpty, {path}};
    if (!is_blank(first)) break;
  }
  reader.delimiter_ = detect_delimiter(first);
  reader.in_->clear();
  reader.in_->seekg(0);
  reader.file_line_ = 0;
  reader.row_ = 0;
  reader.encoding_decided_ = false;
  reader.encoding_ = TextEncoding::Utf8;
  CsvRow header;
  auto got = reader.read_record(header);
  if (!got) return got.error();
  reader.header_ = std::move(header.fields);
  return reader;
}

Result<bool> CsvReader::next(CsvRow& row) { return read_record(row); }

}  // namespace lumiere::core
