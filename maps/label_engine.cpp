#include "label_engine.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

#include "maps/map_renderer.h"
#include "maps/scaled_font.h"
#include "maps/styled_layer.h"

namespace lumiere::maps {
namespace {

// Label widths from cached advances per character (Latin scripts, U+0000..U+024F, where French
// names live): shaping every name with HarfBuzz costs a few microseconds, a sum of advances a few
// nanoseconds per character. Kerning and sub-pixel positions make the shaped width differ from
// the sum by up to about 1 % (measured on the département and Pas-de-Calais names): the sum is
// widened by kWidthMargin so the box tested always holds the drawn text. Other text is shaped.
constexpr double kWidthMargin = 1.02;

class WidthCache {
 public:
  explicit WidthCache(const ScaledFont& font) : font_(font) { advances_.fill(-1); }
  double width(const QString& text) {
    double w = 0;
    for (QChar c : text) {
      const char16_t u = c.unicode();
      if (u >= advances_.size()) return font_.width(text);
      if (advances_[u] < 0) advances_[u] = font_.width(QString(c));
      w += advances_[u];
    }
    return w * kWidthMargin;
  }

 private:
  const ScaledFont& font_;
  std::array<double, 0x250> advances_;
};

}  // namespace

double label_width(const QString& text, const ScaledFont& font) {
  double w = 0;
  for (QChar c : text) {
    if (c.unicode() >= 0x250) return font.width(text);
    w += font.width(QString(c));
  }
  return w * kWidthMargin;
}

// Collision structure: a uniform grid of buckets over the output. Labels of one layer have about
// the same height and a bounded width, the output is bounded and known in advance, and inserts
// alternate with queries one label at a time: a grid answers both in O(1) buckets with no
// rebalancing, where an R-tree (boost::geometry::index) pays for node splits on every insert
// and cannot be bulk-loaded since each placement depends on the previous ones.
LabelEngine::LabelEngine(QSizeF output, double cell_px)
    : output_(output), cell_(std::max(cell_px, 4.0)) {
  columns_ = std::max(1, static_cast<int>(std::ceil(output.width() / cell_)));
  rows_ = std::max(1, static_cast<int>(std::ceil(output.height() / cell_)));
  cells_.resize(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_));
}

QRectF LabelEngine::label_rect(double width, double ascent, double descent, QPointF anchor,
                               LabelPosition position, double offset_px) {
  const double h = ascent + descent;
  const double cx = anchor.x() - width / 2;
  const double cy = anchor.y() - h / 2;
  switch (position) {
    case LabelPosition::Centre:
      return {cx, cy, width, h};
    case LabelPosition::Above:
      return {cx, anchor.y() - offset_px - h, width, h};
    case LabelPosition::Below:
      return {cx, anchor.y() + offset_px, width, h};
    case LabelPosition::Right:
      return {anchor.x() + offset_px, cy, width, h};
    case LabelPosition::Left:
      return {anchor.x() - offset_px - width, cy, width, h};
  }
  return {cx, cy, width, h};
}

bool LabelEngine::is_free(const QRectF& r) const {
  const int c0 = std::clamp(static_cast<int>(r.left() / cell_), 0, columns_ - 1);
  const int c1 = std::clamp(static_cast<int>(r.right() / cell_), 0, columns_ - 1);
  const int r0 = std::clamp(static_cast<int>(r.top() / cell_), 0, rows_ - 1);
  const int r1 = std::clamp(static_cast<int>(r.bottom() / cell_), 0, rows_ - 1);
  for (int row = r0; row <= r1; ++row) {
    for (int col = c0; col <= c1; ++col) {
      for (std::uint32_t i : cells_[static_cast<std::size_t>(row * columns_ + col)]) {
        if (padded_[i].intersects(r)) return false;
      }
    }
  }
  return true;
}

void LabelEngine::insert(const QRectF& r, std::uint32_t index) {
  const int c0 = std::clamp(static_cast<int>(r.left() / cell_), 0, columns_ - 1);
  const int c1 = std::clamp(static_cast<int>(r.right() / cell_), 0, columns_ - 1);
  const int r0 = std::clamp(static_cast<int>(r.top() / cell_), 0, rows_ - 1);
  const int r1 = std::clamp(static_cast<int>(r.bottom() / cell_), 0, rows_ - 1);
  for (int row = r0; row <= r1; ++row) {
    for (int col = c0; col <= c1; ++col)
      cells_[static_cast<std::size_t>(row * columns_ + col)].push_back(index);
  }
}

void LabelEngine::add_obstacle(const QRectF& rect) {
  if (!rect.isValid()) return;
  const auto index = static_cast<std::uint32_t>(padded_.size());
  padded_.push_back(rect);
  insert(rect, index);
}

std::size_t LabelEngine::place(std::span<const LabelCandidate> candidates,
                               const LabelPlacement& placement) {
  const ScaledFont font(placement.font, placement.font_px);
  const double ascent = font.ascent();
  const double descent = font.descent();
  WidthCache widths(font);
  const double pad = std::max(0.0, placement.padding_px);
  const QRectF inside(0, 0, output_.width(), output_.height());

  std::vector<std::uint32_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0U);
  const auto key = [&](std::uint32_t i) {
    const double p = candidates[i].priority;
    return std::isnan(p) ? -std::numeric_limits<double>::infinity() : p;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return key(a) > key(b); });

  std::size_t count = 0;
  for (std::uint32_t i : order) {
    const LabelCandidate& c = candidates[i];
    if (c.text.isEmpty()) continue;
    // An anchor far outside the output cannot give a label inside it: skip the measuring.
    if (c.anchor.x() < -output_.width() || c.anchor.x() > 2 * output_.width() ||
        c.anchor.y() < -placement.offset_px - 2 * (ascent + descent) ||
        c.anchor.y() > output_.height() + placement.offset_px + 2 * (ascent + descent))
      continue;
    const double width = widths.width(c.text);
    for (LabelPosition position : placement.positions) {
      const QRectF rect =
          label_rect(width, ascent, descent, c.anchor, position, placement.offset_px);
      const QRectF padded = rect.adjusted(-pad, -pad, pad, pad);
      if (!inside.contains(padded) || !is_free(padded)) continue;
      const auto index = static_cast<std::uint32_t>(padded_.size());
      padded_.push_back(padded);
      insert(padded, index);
      placed_.push_back(PlacedLabel{c.text, QPointF(rect.left(), rect.top() + ascent), rect,
                                    placement.font, placement.font_px, c.priority, position,
                                    c.feature});
      ++count;
      break;
    }
  }
  return count;
}

std::vector<LabelCandidate> label_candidates(const StyledLayer& layer, const ViewTransform& view) {
  std::vector<LabelCandidate> out;
  if (!layer.labels.enabled || !layer.source) return out;
  const double metres_per_pixel = 1.0 / view.pixels_per_metre();
  if (!(metres_per_pixel <= layer.labels.max_metres_per_pixel)) return out;
  const core::VectorLayer& source = *layer.source;
  const core::GeometryStore& g = source.geometry;
  const core::Box visible = view.visible_extent();

  const std::vector<std::string>* field =
      layer.labels.field.isEmpty() ? nullptr
                                   : source.attributes.texts(layer.labels.field.toStdString());
  const std::vector<double>* population = source.attributes.numbers("population");
  const std::size_t n = source.feature_count();
  if ((field && field->size() != n) || (population && population->size() != n)) return out;

  for (std::uint32_t f : g.query(visible)) {
    if (!g.has_geometry(f)) continue;
    const core::Point p = g.label_point(f);
    if (!visible.contains(p)) continue;
    const std::string& text = field ? (*field)[f] : source.display_name(f);
    if (text.empty()) continue;
    double priority = g.area(f);
    if (population) {
      const double v = (*population)[f];
      // Below one inhabitant: an unpopulated feature comes after every populated one.
      priority = std::isfinite(v) ? v : g.area(f) * 1e-12 - 1;
    }
    out.push_back(LabelCandidate{QString::fromStdString(text), view.to_device(p), priority, f});
  }
  return out;
}

std::vector<PlacedLabel> place_labels(std::span<const LabelCandidate> candidates,
                                      const LabelPlacement& placement, QSizeF output) {
  LabelEngine engine(output, std::max(16.0, 3 * placement.font_px));
  engine.place(candidates, placement);
  return engine.take();
}

void draw_labels(QPainter& painter, std::span<const PlacedLabel> labels, const LabelStyle& style) {
  if (labels.empty()) return;
  // Labels of one layer share a font: measure it once, not once per label.
  std::optional<ScaledFont> font;
  QFont font_key;
  const auto font_of = [&](const PlacedLabel& l) -> const ScaledFont& {
    if (!font || font->size() != l.font_px || font_key != l.font) {
      font.emplace(l.font, l.font_px);
      font_key = l.font;
    }
    return *font;
  };
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  if (style.halo_px > 0 && style.halo.alpha() > 0) {
    QPen halo(style.halo, style.halo_px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPainterPath halos;
    for (const PlacedLabel& l : labels) halos.addPath(font_of(l).path(l.baseline, l.text));
    // One stroked path: overlapping glyph halos merge instead of piling up translucent layers.
    painter.strokePath(halos, halo);
  }
  painter.setPen(style.text);
  for (const PlacedLabel& l : labels) font_of(l).draw(painter, l.baseline, l.text);
  painter.restore();
}

}  // namespace lumiere::maps
