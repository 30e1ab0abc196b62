#pragma once
// Label placement with collision avoidance for one frame: candidates (text, anchor in device
// pixels, priority) are placed greedily, highest priority first, at the first free position
// around their anchor; a label is kept only when its padded rectangle meets no placed label and
// lies inside the output. A LabelEngine owns its placed labels and a uniform grid of buckets over
// the output; it is a working object of one render job (one thread at a time). Several calls to
// place() share the grid, so the labels of an upper layer (départements) placed first are avoided
// by those of a lower one (communes).
#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <span>
#include <vector>

class QPainter;

namespace lumiere::maps {

struct StyledLayer;
class ViewTransform;
class ScaledFont;

struct LabelCandidate {
  QString text;
  QPointF anchor;             // device pixels
  double priority = 0;        // higher first; NaN counts as the lowest
  std::uint32_t feature = 0;  // the feature it names, for the caller
};

// Where a label sits around its anchor, tried in the order of LabelPlacement::positions.
enum class LabelPosition { Centre, Above, Below, Right, Left };

struct LabelPlacement {
  QFont font;             // family, weight, style: the size is `font_px`
  double font_px = 11;    // text pixel size
  double padding_px = 2;  // free margin kept around each label (covers the halo)
  double offset_px = 3;   // gap between the anchor and an off-centre label
  std::vector<LabelPosition> positions = {LabelPosition::Centre, LabelPosition::Above,
                                          LabelPosition::Below, LabelPosition::Right,
                                          LabelPosition::Left};
};

struct PlacedLabel {
  QString text;
  QPointF baseline;  // start of the text's baseline, device pixels
  QRectF rect;       // the text's box (advance × ascent + descent), device pixels, no padding
  QFont font;        // family and style; pixel size `font_px`
  double font_px = 11;
  double priority = 0;
  LabelPosition position = LabelPosition::Centre;
  std::uint32_t feature = 0;
};

struct LabelStyle {
  QColor text = QColor(0x22, 0x22, 0x22);
  QColor halo = QColor(0xff, 0xff, 0xff);
  double halo_px = 3;  // total width of the halo stroke; 0: none
};

class LabelEngine {
 public:
  // `output`: the device's size in pixels; labels must lie inside it.
  explicit LabelEngine(QSizeF output, double cell_px = 32);

  // Places what it can of `candidates` (in any order) and returns how many it placed.
  std::size_t place(std::span<const LabelCandidate> candidates, const LabelPlacement& placement);
  // Something drawn over the map that no label may cover (an inset's title), device pixels: the
  // labels placed afterwards avoid it as they avoid each other. It is not a placed label.
  void add_obstacle(const QRectF& rect);

  const std::vector<PlacedLabel>& placed() const { return placed_; }
  std::vector<PlacedLabel> take() { return std::move(placed_); }

  // The box of `text` at `position` around `anchor` (the rectangle place() tests, less padding).
  static QRectF label_rect(double width, double ascent, double descent, QPointF anchor,
                           LabelPosition position, double offset_px);

 private:
  bool is_free(const QRectF& padded) const;
  void insert(const QRectF& padded, std::uint32_t index);

  QSizeF output_;
  double cell_ = 32;
  int columns_ = 1;
  int rows_ = 1;
  std::vector<std::vector<std::uint32_t>> cells_;  // row-major buckets of indices into padded_
  std::vector<QRectF> padded_;
  std::vector<PlacedLabel> placed_;
};

// The width place() gives `text`: for Latin text the sum of its characters' advances widened by
// 2 % (so never narrower than the shaped, kerned text drawn), the shaped width otherwise.
double label_width(const QString& text, const ScaledFont& font);

// The candidates of a layer for a view: features whose label point falls inside the visible
// extent, when labels are enabled and the view's scale is at most labels.max_metres_per_pixel.
// Text: the LabelSettings field column, else the display name (the COG's official name).
// Priority: the "population" number column when the layer has one (features without a value come
// after every populated one, by area), else the feature's area.
std::vector<LabelCandidate> label_candidates(const StyledLayer& layer, const ViewTransform& view);

// Places `candidates` alone in an output of `output` pixels (a shortcut for one layer).
std::vector<PlacedLabel> place_labels(std::span<const LabelCandidate> candidates,
                                      const LabelPlacement& placement, QSizeF output);

// Draws placed labels with a halo: every halo first (the glyph outlines stroked with a wide round
// pen), then every text as real text (selectable in a PDF). One pass on any device.
void draw_labels(QPainter& painter, std::span<const PlacedLabel> labels,
                 const LabelStyle& style = {});

}  // namespace lumiere::maps
