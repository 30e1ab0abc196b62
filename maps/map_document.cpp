#include "map_document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/layers/layer_writer.h"

namespace lumiere::maps {
namespace {

// Enum <-> text tables: the JSON speaks words, never numbers, so files stay readable and stable.
template <class E>
struct Names {
  E value;
  const char* name;
};
constexpr Names<StyleKind> kKinds[] = {{StyleKind::Single, "single"},
                                       {StyleKind::Categorized, "categorized"},
                                       {StyleKind::Graduated, "graduated"},
                                       {StyleKind::Proportional, "proportional"}};
constexpr Names<FillMode> kFills[] = {
    {FillMode::Solid, "solid"}, {FillMode::Outline, "outline"}, {FillMode::Hatched, "hatched"}};
constexpr Names<ClassMethod> kMethods[] = {{ClassMethod::Quantiles, "quantiles"},
                                           {ClassMethod::Jenks, "jenks"},
                                           {ClassMethod::EqualIntervals, "equal"},
                                           {ClassMethod::StandardDeviation, "stddev"},
                                           {ClassMethod::Q6, "q6"},
                                           {ClassMethod::HeadTail, "headtail"},
                                           {ClassMethod::Manual, "manual"}};

template <class E, std::size_t N>
QString name_of(const Names<E> (&table)[N], E value) {
  for (const auto& n : table) {
    if (n.value == value) return QString::fromLatin1(n.name);
  }
  return QString::fromLatin1(table[0].name);
}

template <class E, std::size_t N>
bool value_of(const Names<E> (&table)[N], const QString& name, E& out) {
  for (const auto& n : table) {
    if (name == QLatin1String(n.name)) {
      out = n.value;
      return true;
    }
  }
  return false;
}

QString color_text(const QColor& c) {
  return c.isValid() ? c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb) : QString();
}

QJsonObject style_object(const Style& s) {
  QJsonObject o{{"kind", name_of(kKinds, s.kind)},
                {"fill", color_text(s.symbol.fill)},
                {"stroke", color_text(s.symbol.stroke)},
                {"stroke_width_px", s.symbol.stroke_width_px},
                {"fill_mode", name_of(kFills, s.symbol.fill_mode)}};
  if (!s.field.isEmpty()) o["field"] = s.field;
  if (s.kind == StyleKind::Categorized) {
    QJsonArray categories;
    for (const Category& c : s.categories)
      categories.append(
          QJsonObject{{"value", c.value}, {"color", color_text(c.color)}, {"label", c.label}});
    o["categories"] = categories;
  }
  if (s.kind == StyleKind::Graduated) {
    QJsonArray breaks;
    for (double b : s.classification.manual_breaks) breaks.append(b);
    o["method"] = name_of(kMethods, s.classification.method);
    o["classes"] = s.classification.classes;
    o["ramp"] = s.ramp;
    o["reverse_ramp"] = s.reverse_ramp;
    if (!breaks.isEmpty()) o["breaks"] = breaks;
    if (s.no_data.isValid()) o["no_data"] = color_text(s.no_data);
  }
  if (s.kind == StyleKind::Proportional) {
    o["max_radius_px"] = s.max_radius_px;
    o["circle_fill"] = color_text(s.circle_fill);
    o["circle_stroke"] = color_text(s.circle_stroke);
  }
  return o;
}

core::Result<QColor> color_from(const QJsonObject& o, const char* key, const QColor& fallback) {
  if (!o.contains(QLatin1String(key))) return fallback;
  const QColor c(o.value(QLatin1String(key)).toString());
  if (!c.isValid()) return core::Error{core::MessageCode::StyleNotAColour, {key}};
  return c;
}

// A style as JSON; the errors say what is wrong, the callers say where (a style, a layer).
core::Result<Style> style_from(const QJsonObject& o) {
  Style s;
  if (!value_of(kKinds, o.value("kind").toString(QStringLiteral("single")), s.kind)) {
    return core::Error{core::MessageCode::StyleBadKind};
  }
  auto fill = color_from(o, "fill", s.symbol.fill);
  if (!fill) return fill.error();
  auto stroke = color_from(o, "stroke", s.symbol.stroke);
  if (!stroke) return stroke.error();
  s.symbol.fill = *fill;
  s.symbol.stroke = *stroke;
  s.symbol.stroke_width_px = o.value("stroke_width_px").toDouble(s.symbol.stroke_width_px);
  if (o.contains("fill_mode") &&
      !value_of(kFills, o.value("fill_mode").toString(), s.symbol.fill_mode)) {
    return core::Error{core::MessageCode::StyleBadFillMode};
  }
  s.field = o.value("field").toString();
  for (const QJsonValue& v : o.value("categories").toArray()) {
    const QJsonObject c = v.toObject();
    auto color = color_from(c, "color", QColor(Qt::gray));
    if (!color) return color.error();
    s.categories.push_back({c.value("value").toString(), *color, c.value("label").toString()});
  }
  if (o.contains("method") &&
      !value_of(kMethods, o.value("method").toString(), s.classification.method)) {
    return core::Error{core::MessageCode::StyleBadMethod};
  }
  s.classification.classes = o.value("classes").toInt(s.classification.classes);
  for (const QJsonValue& b : o.value("breaks").toArray())
    s.classification.manual_breaks.push_back(b.toDouble());
  s.ramp = o.value("ramp").toString(s.ramp);
  s.reverse_ramp = o.value("reverse_ramp").toBool(false);
  auto no_data = color_from(o, "no_data", QColor());
  if (!no_data) return no_data.error();
  s.no_data = *no_data;
  s.max_radius_px = o.value("max_radius_px").toDouble(s.max_radius_px);
  auto circle_fill = color_from(o, "circle_fill", s.circle_fill);
  if (!circle_fill) return circle_fill.error();
  auto circle_stroke = color_from(o, "circle_stroke", s.circle_stroke);
  if (!circle_stroke) return circle_stroke.error();
  s.circle_fill = *circle_fill;
  s.circle_stroke = *circle_stroke;
  if (s.kind != StyleKind::Single && s.field.isEmpty() && !(s.kind == StyleKind::Categorized)) {
    return core::Error{core::MessageCode::StyleNeedsField, {name_of(kKinds, s.kind).toStdString()}};
  }
  return s;
}

// A JSON object; `not_json` and `not_object` are the errors (a style's, a map document's).
core::Result<QJsonObject> parse_object(const QByteArray& json, core::MessageCode not_json,
                                       core::MessageCode not_object) {
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (error.error != QJsonParseError::NoError) {
    return core::Error{not_json, {error.errorString().toStdString(), std::to_string(error.offset)}};
  }
  if (!doc.isObject()) return core::Error{not_object};
  return doc.object();
}

}  // namespace

QByteArray style_to_json(const Style& style) {
  return QJsonDocument(style_object(style)).toJson(QJsonDocument::Indented);
}

core::Result<Style> style_from_json(const QByteArray& json) {
  auto o =
      parse_object(json, core::MessageCode::StyleNotValidJson, core::MessageCode::StyleNotAnObject);
  if (!o) return o.error();
  auto style = style_from(*o);
  if (!style) return core::because(core::Error{core::MessageCode::StyleInvalid}, style.error());
  return style;
}

QByteArray MapDocument::to_json() const {
  QJsonArray layer_array;
  for (const MapLayer& l : layers) {
    layer_array.append(
        QJsonObject{{"source", l.source},
                    {"title", l.title},
                    {"visible", l.visible},
                    {"opacity", l.opacity},
                    {"style", style_object(l.style)},
                    {"labels", QJsonObject{{"enabled", l.labels.enabled},
                                           {"field", l.labels.field},
                                           {"max_metres_per_pixel", l.labels.max_metres_per_pixel},
                                           {"font_px", l.labels.font_px}}}});
  }
  const QJsonObject root{
      {"lumiere_map", 1},
      {"title", title},
      {"layers", layer_array},
      {"insets",
       QJsonDocument::fromJson(QByteArray::fromStdString(core::insets_to_json(space))).array()}};
  return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Result<MapDocument> MapDocument::from_json(const QByteArray& json) {
  auto root =
      parse_object(json, core::MessageCode::MapNotValidJson, core::MessageCode::MapNotAnObject);
  if (!root) return root.error();
  if (!root->contains("lumiere_map")) {
    return core::Error{core::MessageCode::MapNotAMapDocument};
  }
  if (root->value("lumiere_map").toInt() > 1) {
    return core::Error{core::MessageCode::MapNewerVersion};
  }
  MapDocument doc;
  doc.title = root->value("title").toString();
  const QJsonArray layer_array = root->value("layers").toArray();
  for (qsizetype i = 0; i < layer_array.size(); ++i) {
    const QJsonObject o = layer_array[i].toObject();
    MapLayer l;
    l.source = o.value("source").toString();
    l.title = o.value("title").toString();
    l.visible = o.value("visible").toBool(true);
    l.opacity = std::clamp(o.value("opacity").toDouble(1.0), 0.0, 1.0);
    auto style = style_from(o.value("style").toObject());
    if (!style) {
      return core::because(core::Error{core::MessageCode::MapLayerInvalid, {std::to_string(i + 1)}},
                           style.error());
    }
    l.style = *style;
    const QJsonObject labels = o.value("labels").toObject();
    l.labels.enabled = labels.value("enabled").toBool(false);
    l.labels.field = labels.value("field").toString();
    l.labels.max_metres_per_pixel =
        labels.value("max_metres_per_pixel").toDouble(l.labels.max_metres_per_pixel);
    l.labels.font_px = labels.value("font_px").toDouble(l.labels.font_px);
    doc.layers.push_back(std::move(l));
  }
  if (root->contains("insets")) {
    const QByteArray insets = QJsonDocument(root->value("insets").toArray()).toJson();
    auto space = core::insets_from_json(insets.toStdString());
    if (!space) return core::because(core::Error{core::MessageCode::MapBadInsets}, space.error());
    doc.space = *space;
  }
  return doc;
}

}  // namespace lumiere::maps
