#include "core/tables/table_reader.h"

#include <algorithm>
#include <optional>

#include "core/tables/column_names.h"
#include "core/tables/sheet_reader.h"
#include "core/tables/value_parser.h"

namespace lumiere::core {

namespace {

int filled_cells(const CsvRow& row) {
  return static_cast<int>(
      std::count_if(row.fields.begin(), row.fields.end(),
                    [](const std::string& f) { return !trim_cell(f).empty(); }));
}

// The index in `top` of the header: the first "wide" row (at least half as many filled cells as
// the widest row, and two) holding a cell that names commune codes; else the first wide row.
// Title rows ("Source : …", a date, a blank line) have one or two cells: they are passed over.
std::size_t find_header(const std::vector<CsvRow>& top) {
  int widest = 0;
  for (const CsvRow& row : top) widest = std::max(widest, filled_cells(row));
  if (widest <= 1) return 0;
  const int wide = std::max(2, (widest + 1) / 2);
  std::size_t first_wide = top.size();
  for (std::size_t i = 0; i < top.size(); ++i) {
    if (filled_cells(top[i]) < wide) continue;
    if (first_wide == top.size()) first_wide = i;
    if (find_commune_code_column(top[i].fields) >= 0) return i;
  }
  return first_wide == top.size() ? 0 : first_wide;
}

// The header's cells, the empty ones after the last named one dropped (a sheet's width, or the
// trailing delimiters of an export).
std::vector<std::string> header_of(const CsvRow& row) {
  std::vector<std::string> header = row.fields;
  while (header.size() > 1 && trim_cell(header.back()).empty()) header.pop_back();
  return header;
}

}  // namespace

bool is_spreadsheet(const std::string& path) { return SheetReader::handles(path); }

// The rows of the file, whatever its kind.
class TableRowSource {
 public:
  static Result<std::unique_ptr<TableRowSource>> open(const std::string& path,
                                                      const TableOptions& options) {
    auto source = std::make_unique<TableRowSource>();
    source->path = path;
    if (SheetReader::handles(path)) {
      auto sheet = SheetReader::open(path, options.sheet);
      if (!sheet) return sheet.error();
      source->layout.format = sheet->driver() == "ODS"   ? TableFormat::Ods
                              : sheet->driver() == "XLS" ? TableFormat::Xls
                                                         : TableFormat::Xlsx;
      source->layout.sheets = sheet->sheets();
      source->layout.sheet = sheet->sheet();
      source->sheet.emplace(std::move(*sheet));
    } else {
      auto csv = CsvReader::open(path);
      if (!csv) return csv.error();
      source->layout.format = TableFormat::Csv;
      source->layout.delimiter = csv->delimiter();
      source->csv.emplace(std::move(*csv));
    }
    return source;
  }

  Result<bool> next(CsvRow& row) {
    auto got = csv ? csv->next(row) : sheet->next(row);
    if (csv) layout.encoding = csv->encoding();
    if (got && *got) {
      last_line = row.line;
      if (seen && seen->size() < seen_limit) seen->push_back(row);
    }
    return got;
  }

  // Reads the rows down to the header (given, or searched among the first rows): the header into
  // `header`, the rows read after it into `after`. An error when there is no such row.
  Status find_header_row(const TableOptions& options, std::vector<std::string>& header,
                         std::vector<CsvRow>& after) {
    std::vector<CsvRow> top;
    CsvRow row;
    if (options.header_row > 0) {
      for (;;) {
        auto got = next(row);
        if (!got) return got.error();
        if (!*got || row.line > options.header_row) {
          if (!*got)
            return Error{MessageCode::TableHeaderRowBeyond,
                         {path, std::to_string(options.header_row), std::to_string(last_line)}};
          return Error{MessageCode::TableHeaderRowBlank,
                       {path, std::to_string(options.header_row)}};
        }
        if (row.line == options.header_row) break;
      }
      header = header_of(row);
      layout.header_row = row.line;
      return Done{};
    }
    while (static_cast<int>(top.size()) < TableReader::kHeaderSearchRows) {
      auto got = next(row);
      if (!got) return got.error();
      if (!*got) break;
      top.push_back(row);
    }
    if (top.empty()) {
      if (layout.format == TableFormat::Csv) return Error{MessageCode::CsvEmpty, {path}};
      return Error{MessageCode::SheetEmpty, {path}};
    }
    const std::size_t h = find_header(top);
    header = header_of(top[h]);
    layout.header_row = top[h].line;
    layout.header_searched = top[h].line > 1;
    after.assign(std::make_move_iterator(top.begin() + static_cast<std::ptrdiff_t>(h) + 1),
                 std::make_move_iterator(top.end()));
    return Done{};
  }

  std::string path;
  TableLayout layout;
  std::optional<CsvReader> csv;
  std::optional<SheetReader> sheet;
  int last_line = 0;
  // When set, the first `seen_limit` rows read land there too (the preview keeps them).
  std::vector<CsvRow>* seen = nullptr;
  std::size_t seen_limit = 0;
};

TableReader::TableReader(TableReader&&) noexcept = default;
TableReader& TableReader::operator=(TableReader&&) noexcept = default;
TableReader::~TableReader() = default;

const TableLayout& TableReader::layout() const { return source_->layout; }

Result<TableReader> TableReader::open(const std::string& path, const TableOptions& options) {
  auto source = TableRowSource::open(path, options);
  if (!source) return source.error();
  TableReader reader;
  reader.source_ = std::move(*source);
  std::vector<CsvRow> after;
  LUMIERE_TRY(reader.source_->find_header_row(options, reader.header_, after));
  reader.sample_.assign(std::make_move_iterator(after.begin()),
                        std::make_move_iterator(after.end()));
  CsvRow row;
  while (reader.sample_.size() < kSampleRows) {
    auto got = reader.source_->next(row);
    if (!got) return got.error();
    if (!*got) break;
    reader.sample_.push_back(std::move(row));
  }
  return reader;
}

Result<bool> TableReader::next(CsvRow& row) {
  if (sample_given_ < sample_.size()) {
    row = sample_[sample_given_++];
    return true;
  }
  return source_->next(row);
}

Result<TablePreview> preview_table(const std::string& path, const TableOptions& options,
                                   int max_rows) {
  // One reading of the file: the rows read while the header is found are kept from row 1, and
  // the reading goes on until there are `max_rows` of them.
  auto source = TableRowSource::open(path, options);
  if (!source) return source.error();
  TablePreview preview;
  (*source)->seen = &preview.rows;
  (*source)->seen_limit = static_cast<std::size_t>(std::max(0, max_rows));
  std::vector<std::string> header;
  std::vector<CsvRow> after;
  LUMIERE_TRY((*source)->find_header_row(options, header, after));
  CsvRow row;
  while (preview.rows.size() < (*source)->seen_limit) {
    auto got = (*source)->next(row);
    if (!got) return got.error();
    if (!*got) break;
  }
  (*source)->seen = nullptr;
  preview.layout = (*source)->layout;
  return preview;
}

}  // namespace lumiere::core
