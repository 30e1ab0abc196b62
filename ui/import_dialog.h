#pragma once
// The import dialog: what to read in a table the user chose (the sheet of a spreadsheet, the row
// of its header) with a preview of its first rows as they are, title rows included, and for an
// indicator what to import (the usage, the year, the column of the values). The preview is read
// through core::preview_table on a worker (a spreadsheet may take a while), again at each change
// of the sheet or the header row; a table it cannot read shows why inside the dialog and OK stays
// disabled. Plain data in, plain data out: the caller imports what choice() says.
// GUI thread; the worker reads its own copy of the path and the options.
#include <QDialog>
#include <QFutureWatcher>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"
#include "core/result.h"
#include "core/tables/table_reader.h"

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lumiere::ui {

struct ImportChoice {
  core::TableOptions table;  // the sheet (empty for a text file) and the header row (0: found)
  QString usage;             // indicators only: the usage's id
  int vintage = 0;           // indicators only
  QString value_column;      // indicators only: the header of the column; empty: automatic
};

class ImportDialog : public QDialog {
  Q_OBJECT

 public:
  // How many rows of the table the preview shows, from row 1.
  static constexpr int kPreviewRows = 40;

  // The import of structures and their members: the table only.
  explicit ImportDialog(const QString& path, QWidget* parent = nullptr);
  // The import of an indicator: the table, then which of `usages` (non-empty), which year
  // (`vintage` preset) and which column.
  ImportDialog(const QString& path, const std::vector<core::Usage>& usages, int vintage,
               QWidget* parent = nullptr);
  ~ImportDialog() override;

  ImportChoice choice() const;
  // A preview is being read (OK is disabled meanwhile).
  bool reading() const { return reading_; }
  // The layout of the last preview read, none before or when it failed.
  const std::optional<core::TableLayout>& layout() const { return layout_; }

 signals:
  // A preview (or the reason there is none) is shown.
  void preview_shown();

 private:
  using Preview = std::shared_ptr<const core::Result<core::TablePreview>>;
  ImportDialog(const QString& path, const std::vector<core::Usage>* usages, int vintage,
               QWidget* parent);
  // Reads the preview with `options`; while a read runs, only the last request waits.
  void read(const core::TableOptions& options);
  void start(const core::TableOptions& options);
  void read_finished();
  void show_preview(const core::TablePreview& preview);
  void show_error(const core::Message& error);
  void fill_table(const core::TablePreview& preview);
  // The value columns of the header row shown, the one chosen kept, else the one naming the usage.
  void fill_value_columns();
  void preselect_value_column();
  void update_ok();

  QString path_;
  std::vector<core::Usage> usages_;
  std::optional<core::TableLayout> layout_;
  std::vector<std::string> header_;  // the cells of the header row shown
  bool header_given_ = false;        // the user chose the header row (else it is found)
  bool column_given_ = false;        // the user chose the value column (else preselected)
  bool reading_ = false;
  bool readable_ = false;                      // the last preview was read
  std::optional<core::TableOptions> waiting_;  // a request made while a read ran
  QFutureWatcher<Preview> watcher_;

  QLabel* file_;
  QLabel* sheet_label_;
  QComboBox* sheet_;
  QSpinBox* header_row_;
  QComboBox* usage_ = nullptr;
  QSpinBox* vintage_ = nullptr;
  QComboBox* value_column_ = nullptr;
  QTableWidget* preview_;
  QFrame* error_box_;
  QLabel* error_;
  QLabel* hint_;
  QPushButton* ok_;
};

}  // namespace lumiere::ui
