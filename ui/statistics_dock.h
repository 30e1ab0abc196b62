#pragma once
// The statistics dock: the adoption of one usage and vintage by population stratum (Lumière's
// compact strata) as bars, with the rate of all of France as a line; covered communes against
// white zones; the fracture and the inequality figures, each with the sentence that says what it
// measures (maps/statistics_text) — for France, a région, a département, an EPCI or the communes
// selected on the map. The table of strata copies as CSV; the charts save as PNG or SVG.
// It shares the window's Model (never changes it) and computes on the GUI thread, where the
// Model changes: the window calls refresh() after an edit. GUI thread only.
#include <QDockWidget>
#include <QString>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/analytics.h"
#include "maps/statistics_text.h"

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace lumiere::ui {

// Which communes the figures count.
struct StatisticsScope {
  enum Kind { France, Region, Departement, Epci, Selection };
  Kind kind = France;
  std::string code;  // of the région, the département or the EPCI (SIREN); empty otherwise
  QString label;     // "Charente-Maritime (17)"; set_scope fills it when empty
  // The current communes counted: given for a Selection, filled by set_scope for the others
  // (empty for France, which counts every commune of metropolitan France and the DROM).
  std::vector<std::string> communes;
};

// What the dock shows, computed from the Model for one scope (compute_statistics).
struct StatisticsFigures {
  core::Strata strata = core::Strata::compact();
  std::vector<core::AdoptionGroup> groups;               // by stratum, within the scope
  std::optional<double> national_rate;                   // by communes, all of France
  core::FractureMetrics fracture;                        // rates by communes, within the scope
  core::Grouping between = core::Grouping::Departement;  // the groups of the inequality
  std::vector<core::AdoptionGroup> inequality_groups;
  core::Inequality inequality;  // rates by population, weighted by observed population
};

// The figures of `usage` and `vintage` for `scope` (its communes must be filled unless it is
// France). The inequality is measured between the scope's départements when it has several, else
// between its EPCI.
StatisticsFigures compute_statistics(const core::Model& model, const std::string& usage,
                                     int vintage, const StatisticsScope& scope);

class StatisticsDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit StatisticsDock(QWidget* parent = nullptr);
  ~StatisticsDock() override;

  // The model (shared with the project; null: nothing to show), the usage and the vintage shown.
  // Fills the scope picker from the model's COG when the model is another one.
  void set_subject(std::shared_ptr<const core::Model> model, const std::string& usage, int vintage);
  // The communes counted; the picker follows.
  void set_scope(const StatisticsScope& scope);
  const StatisticsScope& scope() const { return scope_; }
  // The communes selected on the map (codes of current communes): the picker offers
  // "Selection (N communes)", and shows it at once when the selection was the scope.
  void set_selection(std::vector<std::string> commune_codes);
  // Computes again when the model changed since (its revision moved).
  void refresh();

  // What the dock shows (nothing when it says there is nothing to show).
  const std::optional<StatisticsFigures>& figures() const { return figures_; }
  // The sentence shown instead of the charts, empty when they are shown.
  QString message() const;
  // The table of strata: stratum, communes, observed, adopting, rate, rate by population;
  // ';'-separated, numbers in the language in use without group separators. Empty without
  // figures. "Copy as CSV" puts it on the clipboard.
  QString csv() const;
  // Writes the charts as PNG (twice the size in pixels) or SVG, by the file's extension; false
  // with `error` set when it cannot.
  bool save_chart(const QString& path, QString* error = nullptr) const;
  // The file "Save the chart…" writes to; by default a file dialog. Empty: cancelled.
  std::function<QString()> ask_chart_path;
  // Where the error of "Save the chart…" goes; by default a message box.
  std::function<void(const QString&)> show_error;

 private:
  void fill_places();
  void kind_chosen();
  void place_chosen();
  void update_selection_item();
  void recompute();
  void show_figures();
  void show_message(const QString& text);
  void copy_csv();
  void ask_and_save_chart();
  // The two charts of the figures, for the screen or a file.
  QChart* strata_chart() const;
  QChart* covered_chart() const;

  std::shared_ptr<const core::Model> model_;
  std::string usage_;
  QString usage_label_;
  int vintage_ = 0;
  std::uint64_t revision_ = 0;
  StatisticsScope scope_;
  std::vector<std::string> selection_;
  std::optional<StatisticsFigures> figures_;

  QComboBox* kind_;
  QComboBox* place_;
  QLabel* place_label_;
  QLabel* message_;
  QWidget* charts_;
  QChartView* strata_view_;
  QChartView* covered_view_;
  QLabel* strata_note_;
  QLabel* figures_text_;
  QPushButton* copy_;
  QPushButton* save_;
};

}  // namespace lumiere::ui
