#include "styled_layer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "maps/color_ramp.h"

namespace lumiere::maps {
namespace {

enum class Expected { Text, Numeric };

core::Error missing_field(const core::VectorLayer& layer, const QString& field, Expected expected) {
  QStringList columns;
  for (const std::string& c : layer.attributes.number_columns())
    columns << QString::fromStdString(c);
  for (const std::string& c : layer.attributes.text_columns()) columns << QString::fromStdString(c);
  const bool text = expected == Expected::Text;
  if (columns.isEmpty()) {
    return core::Error{text ? core::MessageCode::StyleNoTextColumnNoColumns
                            : core::MessageCode::StyleNoNumericColumnNoColumns,
                       {layer.name, field.toStdString()}};
  }
  return core::Error{
      text ? core::MessageCode::StyleNoTextColumn : core::MessageCode::StyleNoNumericColumn,
      {layer.name, field.toStdString(), columns.join(QStringLiteral(", ")).toStdString()}};
}

// A number as a category value: "1", "0", "2.5"; nothing for a missing value.
std::string category_text(double v) {
  if (!std::isfinite(v)) return {};
  if (v == std::floor(v) && std::abs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  return QString::number(v, 'g', 15).toStdString();
}

}  // namespace

bool is_yes_no(std::span<const double> values) {
  bool any = false;
  for (double v : values) {
    if (std::isnan(v)) continue;
    if (v != 0 && v != 1) return false;
    any = true;
  }
  return any;
}

bool is_yes_no_column(const core::VectorLayer& layer, const QString& field) {
  const auto* values = layer.attributes.numbers(field.toStdString());
  return values != nullptr && is_yes_no(*values);
}

Style yes_no_style(const Style& base, const QString& field) {
  Style s;
  s.kind = StyleKind::Categorized;
  s.symbol = base.symbol;
  s.field = field;
  s.categories = {
      {QStringLiteral("1"), QColor(0x22, 0x5e, 0xa8), QCoreApplication::translate("Legend", "yes")},
      {QStringLiteral("0"), QColor(0xfe, 0xe3, 0x91), QCoreApplication::translate("Legend", "no")},
  };
  return s;
}

core::Result<std::shared_ptr<const StyledLayer>> style_layer(
    std::shared_ptr<const core::VectorLayer> source, const Style& requested, const QString& title,
    const LabelSettings& labels) {
  auto out = std::make_shared<StyledLayer>();
  const core::VectorLayer& layer = *source;
  // A yes/no measure has two values: classes would only repeat them ("0 – 0", "0 – 1").
  const Style style =
      requested.kind == StyleKind::Graduated && is_yes_no_column(layer, requested.field)
          ? yes_no_style(requested, requested.field)
          : requested;
  out->source = source;
  out->title = title.isEmpty() ? QString::fromStdString(layer.name) : title;
  out->style = style;
  out->labels = labels;
  const std::size_t n = layer.feature_count();
  // Hatched and outline-only fills draw in the fill colour too (as hatches, as a thick outline).
  const QRgb base = style.symbol.fill.rgba();
  out->fills.assign(n, base);
  // The communes absent from the COG take no colour of the style and no place in its counts.
  const auto outside = [&](std::size_t f) { return layer.is_outside_cog(f); };
  for (std::size_t f = 0; f < n; ++f) {
    if (!outside(f)) continue;
    out->fills[f] = kOutsideCogColor.rgba();
    ++out->outside_cog_count;
  }

  switch (style.kind) {
    case StyleKind::Single:
      break;
    case StyleKind::Categorized: {
      const auto* texts = layer.attributes.texts(style.field.toStdString());
      const auto* numbers = layer.attributes.numbers(style.field.toStdString());
      if (texts == nullptr && numbers == nullptr && style.field != QLatin1String("code"))
        return missing_field(layer, style.field, Expected::Text);
      // A number column is categorised on its numbers written plainly ("1", "0").
      std::vector<std::string> written;
      if (texts == nullptr && numbers != nullptr) {
        written.reserve(n);
        for (double v : *numbers) written.push_back(category_text(v));
      }
      const std::vector<std::string>& values = texts ? *texts : (numbers ? written : layer.codes);
      out->category_counts.assign(style.categories.size(), 0);
      for (std::size_t f = 0; f < n; ++f) {
        if (outside(f)) continue;
        const QString v = QString::fromStdString(values[f]);
        bool listed = false;
        for (std::size_t c = 0; c < style.categories.size(); ++c) {
          if (style.categories[c].value == v) {
            out->fills[f] = style.categories[c].color.rgba();
            ++out->category_counts[c];
            listed = true;
            break;
          }
        }
        if (!listed && v.trimmed().isEmpty()) ++out->category_missing;
      }
      break;
    }
    case StyleKind::Graduated: {
      const auto* values = layer.attributes.numbers(style.field.toStdString());
      if (values == nullptr) return missing_field(layer, style.field, Expected::Numeric);
      auto classes = classify(*values, style.classification);
      if (!classes) {
        return core::because(core::Error{core::MessageCode::StyleCannotClassify,
                                         {layer.name, style.field.toStdString()}},
                             classes.error());
      }
      out->classes = *classes;
      const int k = out->classes.class_count();
      const ColorRamp ramp = ColorRamp::named(style.ramp.toStdString(), RampKind::Sequential);
      out->class_colors = ramp.colors(k);
      if (out->class_colors.size() != static_cast<std::size_t>(k)) {
        return core::Error{core::MessageCode::StyleRampTooFewClasses,
                           {layer.name, std::string(ramp.name()), std::to_string(k),
                            std::to_string(ramp.max_classes())}};
      }
      if (style.reverse_ramp) std::reverse(out->class_colors.begin(), out->class_colors.end());
      out->no_data_color = style.no_data.isValid() ? style.no_data : ramp.no_data_color(k);
      out->class_counts.assign(static_cast<std::size_t>(k), 0);
      out->class_minima.assign(static_cast<std::size_t>(k),
                               std::numeric_limits<double>::quiet_NaN());
      for (std::size_t f = 0; f < n; ++f) {
        if (outside(f)) continue;
        const double v = (*values)[f];
        const int c = out->classes.class_of(v);
        if (c < 0) {
          out->fills[f] = out->no_data_color.rgba();
          ++out->no_data_count;
        } else {
          const auto i = static_cast<std::size_t>(c);
          out->fills[f] = out->class_colors[i].rgba();
          ++out->class_counts[i];
          if (!(out->class_minima[i] <= v)) out->class_minima[i] = v;
        }
      }
      break;
    }
    case StyleKind::Proportional: {
      const auto* values = layer.attributes.numbers(style.field.toStdString());
      if (values == nullptr) return missing_field(layer, style.field, Expected::Numeric);
      for (double v : *values) {
        if (std::isfinite(v)) out->max_value = std::max(out->max_value, std::abs(v));
      }
      out->radii_px.assign(n, 0.0F);
      if (out->max_value > 0) {
        for (std::size_t f = 0; f < n; ++f) {
          const double v = (*values)[f];
          // Area proportional to the value: the radius grows with its square root.
          if (std::isfinite(v) && !outside(f))
            out->radii_px[f] =
                static_cast<float>(style.max_radius_px * std::sqrt(std::abs(v) / out->max_value));
        }
      }
      break;
    }
  }
  return std::shared_ptr<const StyledLayer>(std::move(out));
}

}  // namespace lumiere::maps
