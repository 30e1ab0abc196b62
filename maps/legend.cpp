#include "legend.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "maps/color_ramp.h"
#include "maps/number_format.h"
#include "maps/scaled_font.h"
#include "maps/styled_layer.h"

namespace lumiere::maps {

// ---- model ------------------------------------------------------------------------------------

int legend_decimals(std::span<const double> bounds) {
  constexpr int kMost = 6;
  double smallest_gap = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
    if (bounds[i + 1] > bounds[i]) smallest_gap = std::min(smallest_gap, bounds[i + 1] - bounds[i]);
  }
  for (int d = 0; d < kMost; ++d) {
    // Neighbouring bounds must read differently, and rounding must not move a bound by more than
    // a hundredth of the narrowest class (0.25 is not written "0,3" beside 0,5).
    const double step = std::pow(10.0, -d);
    bool ok = true;
    for (std::size_t i = 0; i < bounds.size() && ok; ++i) {
      const double rounded = std::round(bounds[i] / step) * step;
      if (std::abs(rounded - bounds[i]) > 0.01 * smallest_gap) ok = false;
      if (i + 1 < bounds.size() && bounds[i] != bounds[i + 1] &&
          format_number(bounds[i], d) == format_number(bounds[i + 1], d))
        ok = false;
    }
    if (ok) return d;
  }
  return kMost;
}

QStringList class_labels(std::span<const double> bounds) {
  return class_labels(bounds, std::span<const double>{});
}

QStringList class_labels(std::span<const double> bounds, std::span<const double> minima) {
  QStringList out;
  int d = legend_decimals(bounds);
  // A class after the first starts at its own smallest value, written with enough decimals to
  // differ from the bound that ends the class before it (20 then 20,4, never 20 twice).
  const auto start = [&](std::size_t i) {
    return i > 0 && i < minima.size() && std::isfinite(minima[i]) ? minima[i] : bounds[i];
  };
  constexpr int kMost = 6;
  for (bool repeats = true; repeats && d < kMost;) {
    repeats = false;
    for (std::size_t i = 1; i + 1 < bounds.size(); ++i) {
      if (start(i) > bounds[i] && format_number(start(i), d) == format_number(bounds[i], d))
        repeats = true;
    }
    if (repeats) ++d;
  }
  for (std::size_t i = 0; i + 1 < bounds.size(); ++i) {
    out << QCoreApplication::translate("Legend", "%1 – %2")
               .arg(format_number(start(i), d), format_number(bounds[i + 1], d));
  }
  return out;
}

namespace {

// The nearest of 1, 2 and 5 times a power of ten to `v` (v > 0), nearest by ratio.
double round_nice(double v) {
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  double best = p;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (std::abs(std::log(m * p / v)) < std::abs(std::log(best / v))) best = m * p;
  }
  return best;
}

QColor legible_stroke(const QColor& stroke, const QColor& fill) {
  // A white outline (the map's choice, to part overlapping circles) vanishes on a legend's paper.
  return stroke.lightness() > 200 ? fill.darker(160) : stroke;
}

}  // namespace

QString no_value_label() { return QCoreApplication::translate("Legend", "no value"); }
QString outside_cog_label() {
  return QCoreApplication::translate("Legend", "commune absent from the COG");
}

std::vector<double> proportional_reference_values(double max_value) {
  if (!(max_value > 0) || !std::isfinite(max_value)) return {};
  std::vector<double> out{max_value};
  for (double fraction : {0.25, 0.05}) {
    const double v = round_nice(max_value * fraction);
    if (v < out.back()) out.push_back(v);
  }
  return out;
}

LegendSection legend_section(const StyledLayer& layer) {
  LegendSection s;
  s.title = layer.title;
  s.kind = layer.style.kind;
  const Style& style = layer.style;
  // The communes absent from the COG are in no class: their own entry, last.
  const std::size_t n =
      (layer.source ? layer.source->feature_count() : 0) - layer.outside_cog_count;
  LegendEntry base;
  base.fill =
      style.symbol.fill_mode == FillMode::Outline ? QColor(Qt::transparent) : style.symbol.fill;
  base.stroke = style.symbol.stroke;
  base.fill_mode = style.symbol.fill_mode;

  switch (style.kind) {
    case StyleKind::Single: {
      LegendEntry e = base;
      e.label = layer.title;
      e.count = n;
      s.entries.push_back(e);
      break;
    }
    case StyleKind::Categorized: {
      const bool counted_all = layer.category_counts.size() == style.categories.size();
      std::size_t counted = 0;
      for (std::size_t c = 0; c < style.categories.size(); ++c) {
        LegendEntry e = base;
        const Category& cat = style.categories[c];
        e.label = cat.label.isEmpty() ? cat.value : cat.label;
        e.fill = cat.color;
        if (counted_all) {
          // A category no feature has says nothing of the map: left out.
          if (layer.category_counts[c] == 0) continue;
          e.count = layer.category_counts[c];
          counted += layer.category_counts[c];
        }
        s.entries.push_back(e);
      }
      if (counted_all && counted + layer.category_missing < n) {
        LegendEntry e = base;
        e.label = QCoreApplication::translate("Legend", "Other values");
        e.count = n - counted - layer.category_missing;
        s.entries.push_back(e);
      }
      if (counted_all && layer.category_missing > 0) {
        LegendEntry e = base;
        e.label = no_value_label();
        e.count = layer.category_missing;
        e.no_data = true;
        s.entries.push_back(e);
      }
      break;
    }
    case StyleKind::Graduated: {
      const std::vector<double>& bounds = layer.classes.bounds;
      const QStringList labels = class_labels(bounds, layer.class_minima);
      for (int c = 0; c < labels.size(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        LegendEntry e = base;
        e.label = labels[c];
        if (i < layer.class_colors.size()) e.fill = layer.class_colors[i];
        if (i < layer.class_counts.size()) {
          // A class with no feature (two equal bounds, a gap in the values) is left out.
          if (layer.class_counts[i] == 0) continue;
          e.count = layer.class_counts[i];
        }
        s.entries.push_back(e);
      }
      if (layer.no_data_count > 0) {
        LegendEntry e = base;
        e.label = no_value_label();
        e.fill = layer.no_data_color;
        e.count = layer.no_data_count;
        e.no_data = true;
        s.entries.push_back(e);
      }
      if (bounds.size() >= 2 && bounds.back() > bounds.front()) {
        LegendRamp ramp;
        const ColorRamp colors = ColorRamp::named(style.ramp.toStdString(), RampKind::Sequential);
        constexpr int kStops = 16;
        for (int i = 0; i <= kStops; ++i) {
          const double t = static_cast<double>(i) / kStops;
          ramp.stops.push_back(colors.at(style.reverse_ramp ? 1 - t : t));
        }
        const int d = legend_decimals(bounds);
        for (double b : bounds) {
          ramp.ticks.push_back((b - bounds.front()) / (bounds.back() - bounds.front()));
          ramp.tick_labels << format_number(b, d);
        }
        s.ramp = std::move(ramp);
      }
      break;
    }
    case StyleKind::Proportional: {
      const std::vector<double> values = proportional_reference_values(layer.max_value);
      std::vector<double> ascending(values.rbegin(), values.rend());
      const int d = std::max(legend_decimals(ascending), layer.max_value >= 100 ? 0 : 1);
      for (double v : values) {
        LegendEntry e;
        e.symbol = LegendSymbol::Circle;
        e.fill = style.circle_fill;
        e.stroke = legible_stroke(style.circle_stroke, style.circle_fill);
        e.radius_px = style.max_radius_px * std::sqrt(v / layer.max_value);
        e.label = format_number(v, v == layer.max_value ? d : legend_decimals(ascending));
        s.entries.push_back(e);
      }
      break;
    }
  }
  if (layer.outside_cog_count > 0) {
    LegendEntry e = base;
    e.label = outside_cog_label();
    e.fill = kOutsideCogColor;
    e.fill_mode = FillMode::Hatched;
    e.symbol = LegendSymbol::Patch;
    e.count = layer.outside_cog_count;
    e.outside_cog = true;
    s.entries.push_back(e);
  }
  // "non renseigné" under "Adopté", "Non adopté": written as its neighbours begin.
  if (!s.entries.empty() && !s.entries.front().no_data && !s.entries.front().outside_cog &&
      !s.entries.front().label.isEmpty() && s.entries.front().label.front().isUpper()) {
    for (LegendEntry& e : s.entries) {
      if ((e.no_data || e.outside_cog) && !e.label.isEmpty())
        e.label.front() = e.label.front().toUpper();
    }
  }
  return s;
}

std::vector<LegendSection> legend_sections(
    std::span<const std::shared_ptr<const StyledLayer>> layers) {
  std::vector<LegendSection> out;
  for (const auto& layer : layers) {
    if (layer && layer->visible) out.push_back(legend_section(*layer));
  }
  return out;
}

// ---- layout -----------------------------------------------------------------------------------

QStringList wrap_text(const QString& text, const ScaledFont& font, double max_width) {
  QStringList lines;
  QString line;
  const auto push_word = [&](QString word) {
    // A word wider than the whole width is cut where it must be.
    while (font.width(word) > max_width && word.size() > 1) {
      int cut = 1;
      while (cut < word.size() && font.width(word.left(cut + 1)) <= max_width) ++cut;
      if (!line.isEmpty()) lines << line;
      lines << word.left(cut);
      line.clear();
      word = word.mid(cut);
    }
    const QString joined = line.isEmpty() ? word : line + u' ' + word;
    if (line.isEmpty() || font.width(joined) <= max_width) {
      line = joined;
    } else {
      lines << line;
      line = word;
    }
  };
  for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) push_word(word);
  if (!line.isEmpty() || lines.isEmpty()) lines << line;
  return lines;
}

namespace {

struct Block {
  double width = 0;
  double height = 0;
};

class LegendBuilder {
 public:
  explicit LegendBuilder(const LegendOptions& o)
      : o_(o), body_(o.font, o.font_size), title_(bold(o.font), o.title_size) {}

  LegendLayout build(const std::vector<LegendSection>& sections) {
    double x = 0;
    double y = 0;
    for (std::size_t s = 0; s < sections.size(); ++s) {
      section_ = static_cast<int>(s);
      const Block b = section(sections[s], x, y);
      if (o_.orientation == LegendOrientation::Vertical)
        y += b.height + o_.section_gap;
      else
        x += b.width + o_.section_gap;
    }
    LegendLayout out;
    out.options = o_;
    for (const LegendItem& i : items_) {
      out.size = out.size.expandedTo(QSizeF(i.rect.right(), i.rect.bottom()));
    }
    out.items = std::move(items_);
    return out;
  }

 private:
  static QFont bold(QFont f) {
    f.setBold(true);
    return f;
  }

  // A text block of wrapped lines with its top-left at (x, y).
  Block text(const QString& s, const ScaledFont& font, double x, double y, int index, int column,
             bool is_bold) {
    LegendItem item;
    item.kind = is_bold ? LegendItemKind::Title : LegendItemKind::Label;
    item.lines = wrap_text(s, font, o_.max_label_width);
    double width = 0;
    for (int i = 0; i < item.lines.size(); ++i) {
      width = std::max(width, font.width(item.lines[i]));
      item.baselines.push_back(y + i * font.line_spacing() + font.ascent());
    }
    const double height = (item.lines.size() - 1) * font.line_spacing() + font.height();
    item.rect = QRectF(x, y, width, height);
    item.section = section_;
    item.index = index;
    item.column = column;
    item.font_size = font.size();
    item.bold = is_bold;
    items_.push_back(std::move(item));
    return {width, height};
  }

  QString entry_text(const LegendEntry& e) const {
    if (o_.counts == LegendCounts::Hidden || !e.count) return e.label;
    return QCoreApplication::translate("Legend", "%1 (%2)")
        .arg(e.label, format_number(static_cast<double>(*e.count), 0));
  }

  // A swatch and its label, top-left at (x, y).
  Block entry(const LegendEntry& e, double x, double y, int index, int column) {
    const QString label = entry_text(e);
    const QStringList lines = wrap_text(label, body_, o_.max_label_width);
    const double text_h = (lines.size() - 1) * body_.line_spacing() + body_.height();
    const double h = std::max(o_.swatch_height, text_h);
    LegendItem sw;
    sw.kind = LegendItemKind::Swatch;
    sw.rect = QRectF(x, y + (h - o_.swatch_height) / 2, o_.swatch_width, o_.swatch_height);
    sw.entry = e;
    sw.section = section_;
    sw.index = index;
    sw.column = column;
    items_.push_back(sw);
    const Block t = text(label, body_, x + o_.swatch_width + o_.gap, y + (h - text_h) / 2, index,
                         column, false);
    return {o_.swatch_width + o_.gap + t.width, h};
  }

  Block entry_size(const LegendEntry& e) const {
    const QStringList lines = wrap_text(entry_text(e), body_, o_.max_label_width);
    double w = 0;
    for (const QString& l : lines) w = std::max(w, body_.width(l));
    const double text_h = (lines.size() - 1) * body_.line_spacing() + body_.height();
    return {o_.swatch_width + o_.gap + w, std::max(o_.swatch_height, text_h)};
  }

  // Entries in balanced columns: column j holds n / c entries, one more for the first n % c.
  Block entries(const std::vector<LegendEntry>& es, std::span<const std::size_t> which, double x0,
                double y0) {
    const std::size_t n = which.size();
    if (n == 0) return {};
    const std::size_t c =
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(1, o_.columns)), 1, n);
    std::vector<std::size_t> column_of(n), row_of(n);
    std::size_t rows = 0;
    if (o_.orientation == LegendOrientation::Vertical) {
      std::size_t k = 0;
      for (std::size_t j = 0; j < c; ++j) {
        const std::size_t m = n / c + (j < n % c ? 1 : 0);
        for (std::size_t r = 0; r < m; ++r, ++k) {
          column_of[k] = j;
          row_of[k] = r;
        }
        rows = std::max(rows, m);
      }
    } else {
      for (std::size_t k = 0; k < n; ++k) {
        column_of[k] = k % c;
        row_of[k] = k / c;
      }
      rows = (n + c - 1) / c;
    }
    std::vector<double> widths(c, 0), heights(rows, 0);
    for (std::size_t k = 0; k < n; ++k) {
      const Block b = entry_size(es[which[k]]);
      widths[column_of[k]] = std::max(widths[column_of[k]], b.width);
      heights[row_of[k]] = std::max(heights[row_of[k]], b.height);
    }
    std::vector<double> xs(c, x0), ys(rows, y0);
    for (std::size_t j = 1; j < c; ++j) xs[j] = xs[j - 1] + widths[j - 1] + o_.column_gap;
    for (std::size_t r = 1; r < rows; ++r) ys[r] = ys[r - 1] + heights[r - 1] + o_.gap;
    for (std::size_t k = 0; k < n; ++k) {
      // Vertically, a column stacks its own entries; across, a row shares its height.
      entry(es[which[k]], xs[column_of[k]], ys[row_of[k]], static_cast<int>(which[k]),
            static_cast<int>(column_of[k]));
    }
    return {xs[c - 1] + widths[c - 1] - x0, ys[rows - 1] + heights[rows - 1] - y0};
  }

  Block ramp(const LegendRamp& r, double x, double y) {
    LegendItem bar;
    bar.kind = LegendItemKind::RampBar;
    bar.rect = QRectF(x, y, o_.ramp_length, o_.ramp_thickness);
    bar.stops = r.stops;
    bar.section = section_;
    items_.push_back(bar);
    const double tick_bottom = y + o_.ramp_thickness + o_.gap / 2;
    double right = x + o_.ramp_length;
    double last_right = -std::numeric_limits<double>::infinity();
    double bottom = tick_bottom;
    // Tick labels left to right, leaving out those that would touch the previous one.
    for (std::size_t i = 0;
         i < r.ticks.size() && i < static_cast<std::size_t>(r.tick_labels.size()); ++i) {
      const double tx = x + r.ticks[i] * o_.ramp_length;
      LegendItem tick;
      tick.kind = LegendItemKind::Tick;
      tick.rect = QRectF(tx, y, 0, tick_bottom - y);
      tick.section = section_;
      items_.push_back(tick);
      const QString& label = r.tick_labels[static_cast<int>(i)];
      const double w = body_.width(label);
      const double left = std::max(x, tx - w / 2);
      if (left < last_right + o_.gap) continue;
      const Block b = text(label, body_, left, tick_bottom, -1, 0, false);
      last_right = left + b.width;
      right = std::max(right, last_right);
      bottom = std::max(bottom, tick_bottom + b.height);
    }
    return {right - x, bottom - y};
  }

  Block circles(const std::vector<LegendEntry>& es, double x, double y) {
    if (es.empty()) return {};
    const double big = es.front().radius_px * o_.symbol_scale;
    const double cx = x + big;
    const double bottom = y + std::max(2 * big, body_.height());
    const double label_x = cx + big + o_.gap;
    double next_top = y;
    double right = x + 2 * big;
    double low = bottom;
    for (std::size_t i = 0; i < es.size(); ++i) {
      const double r = es[i].radius_px * o_.symbol_scale;
      LegendItem c;
      c.kind = LegendItemKind::Circle;
      c.rect = QRectF(cx - r, bottom - 2 * r, 2 * r, 2 * r);
      c.entry = es[i];
      c.section = section_;
      c.index = static_cast<int>(i);
      items_.push_back(c);
      const double top = bottom - 2 * r;
      LegendItem leader;
      leader.kind = LegendItemKind::Tick;
      leader.rect = QRectF(cx, top, label_x - o_.gap / 2 - cx, 0);
      leader.section = section_;
      items_.push_back(leader);
      const double ty = std::max(next_top, top - body_.height() / 2);
      const Block b = text(es[i].label, body_, label_x, ty, static_cast<int>(i), 0, false);
      next_top = ty + b.height;
      right = std::max(right, label_x + b.width);
      low = std::max(low, next_top);
    }
    return {right - x, low - y};
  }

  Block section(const LegendSection& s, double x, double y) {
    double w = 0;
    double cy = y;
    const bool single = s.kind == StyleKind::Single && s.entries.size() == 1;
    if (!single && !s.title.isEmpty()) {
      const Block t = text(s.title, title_, x, cy, -1, 0, true);
      w = t.width;
      cy += t.height + o_.gap;
    }
    if (s.kind == StyleKind::Proportional) {
      // The circles, then any patch under them (the communes absent from the COG).
      std::vector<LegendEntry> round;
      std::vector<std::size_t> patches;
      for (std::size_t i = 0; i < s.entries.size(); ++i) {
        if (s.entries[i].symbol == LegendSymbol::Circle)
          round.push_back(s.entries[i]);
        else
          patches.push_back(i);
      }
      const Block b = circles(round, x, cy);
      w = std::max(w, b.width);
      cy += b.height;
      if (!patches.empty()) {
        cy += o_.gap;
        const Block p = entries(s.entries, patches, x, cy);
        w = std::max(w, p.width);
        cy += p.height;
      }
      return {w, cy - y};
    }
    std::vector<std::size_t> which(s.entries.size());
    std::iota(which.begin(), which.end(), std::size_t{0});
    if (s.kind == StyleKind::Graduated && s.ramp && o_.graduated != LegendGraduated::Classes) {
      const Block b = ramp(*s.ramp, x, cy);
      w = std::max(w, b.width);
      cy += b.height + o_.gap;
      if (o_.graduated == LegendGraduated::RampBar) {
        std::erase_if(which, [&](std::size_t i) {
          return !s.entries[i].no_data && !s.entries[i].outside_cog;
        });
      }
    }
    const Block b = entries(s.entries, which, x, cy);
    if (b.height == 0) cy -= o_.gap;
    return {std::max(w, b.width), cy + b.height - y};
  }

  const LegendOptions& o_;
  ScaledFont body_;
  ScaledFont title_;
  std::vector<LegendItem> items_;
  int section_ = 0;
};

}  // namespace

LegendLayout layout_legend(const std::vector<LegendSection>& sections,
                           const LegendOptions& options) {
  return LegendBuilder(options).build(sections);
}

// ---- drawing ----------------------------------------------------------------------------------

void draw_legend(QPainter& painter, const LegendLayout& layout) {
  const LegendOptions& o = layout.options;
  QFont bold_font = o.font;
  bold_font.setBold(true);
  const ScaledFont body(o.font, o.font_size);
  const ScaledFont title(bold_font, o.title_size);
  const double line = o.font_size / 14;  // about 1 px at 14 px, 0.25 mm at 3.5 mm
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  for (const LegendItem& item : layout.items) {
    switch (item.kind) {
      case LegendItemKind::Title:
      case LegendItemKind::Label: {
        painter.setPen(o.text);
        const ScaledFont& font = item.bold ? title : body;
        for (int i = 0; i < item.lines.size(); ++i) {
          font.draw(painter, QPointF(item.rect.left(), item.baselines[static_cast<std::size_t>(i)]),
                    item.lines[i]);
        }
        break;
      }
      case LegendItemKind::Swatch: {
        const LegendEntry& e = item.entry;
        QBrush brush(e.fill);
        if (e.fill_mode == FillMode::Outline) brush = Qt::NoBrush;
        if (e.fill_mode == FillMode::Hatched) brush = QBrush(e.fill, Qt::BDiagPattern);
        painter.setPen(QPen(e.stroke.isValid() ? e.stroke : QColor(Qt::darkGray), line));
        // The communes absent from the COG: land between the hatches, as on the map.
        if (e.outside_cog) {
          painter.setBrush(kOutsideCogBackground);
          painter.drawRect(item.rect);
        }
        painter.setBrush(brush);
        painter.drawRect(item.rect);
        break;
      }
      case LegendItemKind::Circle:
        painter.setBrush(item.entry.fill);
        painter.setPen(QPen(item.entry.stroke, line));
        painter.drawEllipse(item.rect);
        break;
      case LegendItemKind::RampBar: {
        QLinearGradient g(item.rect.topLeft(), item.rect.topRight());
        for (std::size_t i = 0; i < item.stops.size(); ++i) {
          g.setColorAt(item.stops.size() == 1
                           ? 0.0
                           : static_cast<double>(i) / static_cast<double>(item.stops.size() - 1),
                       item.stops[i]);
        }
        painter.setBrush(g);
        painter.setPen(QPen(QColor(Qt::darkGray), line));
        painter.drawRect(item.rect);
        break;
      }
      case LegendItemKind::Tick:
        painter.setPen(QPen(o.text, line));
        painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
        break;
    }
  }
  painter.restore();
}

}  // namespace lumiere::maps
