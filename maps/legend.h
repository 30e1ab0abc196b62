#pragma once
// The legend of a map, built from its styled layers: a model (sections of entries: swatch or
// circle, label, count), a layout (pure computation of item rectangles with font metrics:
// vertical or horizontal, balanced columns, wrapped labels, a continuous ramp bar for graduated
// styles) and its drawing on any QPainter. Values all through: build on any thread, lay out and
// draw on the thread that owns the painter (fonts need the QGuiApplication).
//
// Units: the layout works in whatever unit the caller's painter uses. Every length of
// LegendOptions (font size, swatch size, gaps, maximum label width) is in that unit: device
// pixels for the canvas dock, millimetres for a print layout whose painter is scaled to
// millimetres. `symbol_scale` converts the map's pixels (proportional circle radii) to it.
#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "maps/style.h"

class QPainter;

namespace lumiere::maps {

struct StyledLayer;
class ScaledFont;

enum class LegendSymbol { Patch, Circle };

struct LegendEntry {
  QString label;
  LegendSymbol symbol = LegendSymbol::Patch;
  QColor fill;
  QColor stroke;
  FillMode fill_mode = FillMode::Solid;
  double radius_px = 0;              // Circle: radius on the map, in map pixels
  std::optional<std::size_t> count;  // features of this entry, where it is known
  bool no_data = false;              // the entry of the features without a value
  bool outside_cog = false;          // the entry of the communes absent from the COG
};

// A continuous bar for a graduated style: the ramp between the first and the last bound, ticks at
// every bound (position 0..1 along the bar).
struct LegendRamp {
  std::vector<QColor> stops;  // evenly spaced colours from ColorRamp::at, first to last
  std::vector<double> ticks;  // positions in [0, 1]
  QStringList tick_labels;
};

struct LegendSection {
  QString title;
  StyleKind kind = StyleKind::Single;
  std::vector<LegendEntry> entries;  // Proportional: the nested circles, largest first
  std::optional<LegendRamp> ramp;    // Graduated only
};

// The section of one layer (whether visible or not).
LegendSection legend_section(const StyledLayer& layer);
// The sections of the visible layers, in the order given (put the top layer first).
std::vector<LegendSection> legend_sections(
    std::span<const std::shared_ptr<const StyledLayer>> layers);

// Bounds of graduated classes as the legend writes them: "1 234,5 – 5 678", with the fewest
// decimals (0 to 6) that keep neighbouring distinct bounds distinct and move no bound by more
// than a hundredth of the narrowest class.
int legend_decimals(std::span<const double> bounds);
QStringList class_labels(std::span<const double> bounds);
// The same with each class after the first starting at its smallest value (`minima`, one per
// class, NaN for none) instead of the bound it shares with the class before: "0 – 20",
// "21 – 50", no bound written twice. Numbers in the language in use.
QStringList class_labels(std::span<const double> bounds, std::span<const double> minima);
// The entry of the features without a value, in the language in use: "no value" ("non
// renseigné"), followed by its count.
QString no_value_label();
// The entry of the communes the COG places nowhere, hatched: "commune absent from the COG"
// ("commune absente du COG").
QString outside_cog_label();
// Three reference values for proportional circles: the maximum, then the round values (1, 2 or 5
// times a power of ten) nearest to a quarter and to a twentieth of it.
std::vector<double> proportional_reference_values(double max_value);

enum class LegendOrientation {
  Vertical,    // sections one under the other; entries run down the columns
  Horizontal,  // sections side by side; entries run across the columns, row by row
};
enum class LegendGraduated { Classes, RampBar, ClassesAndRampBar };
enum class LegendCounts { Hidden, Shown };

struct LegendOptions {
  QFont font;              // family, weight, style; the size is `font_size`
  double font_size = 12;   // text size (pixel size of the font, in layout units)
  double title_size = 13;  // section titles, bold
  double swatch_width = 20;
  double swatch_height = 12;
  double gap = 4;           // between an entry's swatch and label, and between entries
  double section_gap = 10;  // between sections
  double column_gap = 12;
  double max_label_width = 160;  // labels wrap beyond this width
  int columns = 1;               // entry columns of each section
  LegendOrientation orientation = LegendOrientation::Vertical;
  LegendGraduated graduated = LegendGraduated::Classes;
  LegendCounts counts = LegendCounts::Shown;  // the features of each entry, "(N)" after it
  double ramp_length = 160;
  double ramp_thickness = 10;
  double symbol_scale = 1;  // layout units per map pixel (proportional circles)
  QColor text = QColor(0x22, 0x22, 0x22);
};

enum class LegendItemKind { Title, Swatch, Circle, Label, RampBar, Tick };

struct LegendItem {
  LegendItemKind kind = LegendItemKind::Label;
  QRectF rect;                    // layout units; for a Circle, the circle's bounding square
  QStringList lines;              // Title and Label: the wrapped lines, one baseline each
  std::vector<double> baselines;  // y of each line's baseline
  LegendEntry entry;              // Swatch and Circle: what to draw
  std::vector<QColor> stops;      // RampBar
  int section = 0;
  int index = -1;  // the entry of its section; -1 for titles and ramp items
  int column = 0;  // the entry's column within its section
  double font_size = 0;
  bool bold = false;
};

struct LegendLayout {
  std::vector<LegendItem> items;
  QSizeF size;  // the bounding size of every item, from (0, 0)
  LegendOptions options;
};

LegendLayout layout_legend(const std::vector<LegendSection>& sections,
                           const LegendOptions& options);
// Draws the layout with its top-left corner at the painter's origin.
void draw_legend(QPainter& painter, const LegendLayout& layout);

// `text` broken at spaces (and inside a word longer than the width) into lines no wider than
// `max_width` as measured by `font`.
QStringList wrap_text(const QString& text, const ScaledFont& font, double max_width);

}  // namespace lumiere::maps
