#include "maps/project_layers.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/cog/cog_match.h"
#include "core/model/analytics.h"
#include "core/project/demo_project.h"
#include "maps/layer_setup.h"

namespace lumiere::maps {

std::string structures_column(const core::Usage& usage) { return usage.label + " : structures"; }
std::string coverage_column(const core::Usage& usage) { return usage.label + " : couverture"; }
std::string adoption_column(const core::Usage& usage, int vintage) {
  return usage.label + " : adoption " + std::to_string(vintage);
}

std::string adoption_text_column(const core::Usage& usage, int vintage) {
  return usage.label + " : adopté " + std::to_string(vintage);
}

QString usage_short_label(const core::Usage& usage) {
  return QString::fromStdString(usage.label.substr(0, usage.label.find(" — ")));
}

int latest_vintage(const core::Model& model, std::string_view usage) {
  const std::vector<int> vintages = model.vintages(usage);
  return vintages.empty() ? 0 : vintages.back();
}

namespace {

// "<usage> : structures" and "<usage> : couverture" on the features, `current` their communes.
void add_coverage(core::VectorLayer& communes, const core::Model& model, const core::Usage& usage,
                  const std::vector<const core::CogCommune*>& current) {
  const std::size_t n = communes.feature_count();
  const auto cov = core::coverage(model, usage.id);
  std::unordered_map<std::string_view, std::uint32_t> count;
  count.reserve(cov->codes.size());
  for (std::size_t i = 0; i < cov->codes.size(); ++i)
    count.emplace(cov->codes[i], cov->structures[i]);
  std::vector<double> structures(n, std::numeric_limits<double>::quiet_NaN());
  std::vector<std::string> categories(n);
  for (std::size_t f = 0; f < n; ++f) {
    if (!current[f]) continue;
    const auto it = count.find(current[f]->code);
    if (it == count.end()) continue;
    structures[f] = it->second;
    categories[f] = it->second >= 3 ? "3+" : std::to_string(it->second);
  }
  communes.attributes.set_numbers(structures_column(usage), std::move(structures));
  communes.attributes.set_texts(coverage_column(usage), std::move(categories));
}

}  // namespace

void add_model_attributes(core::VectorLayer& communes, const core::Model& model,
                          const std::optional<std::vector<std::string>>& usages,
                          const ModelColumns& columns) {
  const core::CogRegistry& cog = model.cog();
  const std::size_t n = communes.feature_count();
  // The current commune of each feature, as its position in the coverage vectors.
  std::vector<const core::CogCommune*> current(n);
  for (std::size_t f = 0; f < n; ++f) current[f] = cog.current_commune(communes.codes[f]);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const core::Usage& usage : model.usages()) {
    if (usages && std::find(usages->begin(), usages->end(), usage.id) == usages->end()) continue;
    if (columns.coverage) add_coverage(communes, model, usage, current);
    const std::vector<int> vintages = model.vintages(usage.id);
    const int vintage =
        std::find(vintages.begin(), vintages.end(), columns.vintage) != vintages.end()
            ? columns.vintage
            : latest_vintage(model, usage.id);
    if (!columns.adoption || vintage == 0) continue;
    // The vintage's values in one pass over the model's ordered map (usage, vintage, commune),
    // then a hash lookup per feature.
    std::unordered_map<std::string_view, const core::IndicatorValue*> values;
    const auto& indicators = model.indicators();
    for (auto it = indicators.lower_bound({usage.id, vintage, std::string()});
         it != indicators.end() && std::get<0>(it->first) == usage.id &&
         std::get<1>(it->first) == vintage;
         ++it) {
      values.emplace(std::get<2>(it->first), &it->second);
    }
    std::vector<double> adoption(n, nan);
    for (std::size_t f = 0; f < n; ++f) {
      if (!current[f]) continue;
      const auto found = values.find(current[f]->code);
      if (found == values.end()) continue;
      const core::IndicatorValue* v = found->second;
      adoption[f] = v->adopted ? (*v->adopted ? 1.0 : 0.0) : v->level.value_or(nan);
    }
    std::vector<std::string> adopted(n);
    for (std::size_t f = 0; f < n; ++f) {
      if (std::isnan(adoption[f])) continue;
      adopted[f] = adoption[f] > 0 ? "oui" : "non";
    }
    communes.attributes.set_numbers(adoption_column(usage, vintage), std::move(adoption));
    communes.attributes.set_texts(adoption_text_column(usage, vintage), std::move(adopted));
  }
}

maps::Style coverage_style(const core::Usage& usage) {
  maps::Style style;
  style.kind = maps::StyleKind::Categorized;
  style.field = QString::fromStdString(coverage_column(usage));
  style.symbol.stroke = QColor(0xb0, 0xb0, 0xb0);
  // White zones stand out in a warm colour; coverage in blues that deepen with overlaps
  // (ColorBrewer Blues, colour-blind safe against the orange).
  style.categories = {
      {QStringLiteral("0"), QColor(0xfd, 0xae, 0x6b),
       QCoreApplication::translate("ProjectLayers", "White zone (no structure)")},
      {QStringLiteral("1"), QColor(0xc6, 0xdb, 0xef),
       QCoreApplication::translate("ProjectLayers", "1 structure")},
      {QStringLiteral("2"), QColor(0x6b, 0xae, 0xd6),
       QCoreApplication::translate("ProjectLayers", "2 structures")},
      {QStringLiteral("3+"), QColor(0x21, 0x71, 0xb5),
       QCoreApplication::translate("ProjectLayers", "3 structures or more")},
  };
  return style;
}

namespace {

// The layers of a default map: the communes in `style`, the départements' outlines over them.
maps::MapDocument communes_map(const core::Project& project, const QString& title,
                               const maps::Style& style) {
  maps::MapDocument doc;
  doc.title = title;
  doc.space = project.space;
  // Finer layers first (drawn below), coarser ones over them.
  std::vector<const core::VectorLayer*> layers;
  for (const core::VectorLayer& layer : project.layers) layers.push_back(&layer);
  std::stable_sort(layers.begin(), layers.end(),
                   [](const auto* a, const auto* b) { return code_length(*a) > code_length(*b); });
  for (const core::VectorLayer* layer : layers) {
    maps::MapLayer l;
    l.source = QString::fromStdString(layer->name);
    if (layer->name == core::kSourceCommunesLayer) {
      // The boundaries as read, older than the COG (the demo's dissolve keeps them): there to
      // be shown on demand, outlines only, never a second thematic layer.
      l.title = QCoreApplication::translate(
          "ProjectLayers", "Communes as the boundaries draw them (before mergers)");
      l.style = outline_style();
      l.visible = false;
      l.labels.max_metres_per_pixel = 250;
      doc.layers.push_back(std::move(l));
      continue;
    }
    const bool communes = code_length(*layer) == 5;
    l.title = communes ? title : layer_title(*layer, &project.cog());
    l.style = communes ? style : outline_style();
    l.labels.max_metres_per_pixel = communes ? 250 : 2500;
    doc.layers.push_back(std::move(l));
  }
  return doc;
}

}  // namespace

std::vector<std::shared_ptr<const core::VectorLayer>> prepare_project_layers(
    core::Project& project, const std::optional<std::vector<std::string>>& usages) {
  std::vector<core::VectorLayer> layers = std::move(project.layers);
  project.layers.clear();
  const core::CogRegistry& cog = project.cog();
  std::vector<std::shared_ptr<const core::VectorLayer>> out;
  for (core::VectorLayer& layer : layers) {
    // (The COG's names and figures are there already: open_project adds them.)
    if (core::detect_kind(layer, cog) == core::TerritoryKind::Commune) {
      add_model_attributes(layer, project.model(), usages);
    }
    layer.build_levels();
    out.push_back(std::make_shared<const core::VectorLayer>(std::move(layer)));
  }
  return out;
}

std::vector<ProjectMap> default_maps(const core::Project& project) {
  std::vector<ProjectMap> out;
  const core::Model& model = project.model();
  for (const core::Usage& usage : model.usages()) {
    const QString label = usage_short_label(usage);
    out.push_back(
        {"couverture-" + usage.id,
         communes_map(
             project,
             QCoreApplication::translate("ProjectLayers", "Communes — coverage: %1").arg(label),
             coverage_style(usage))});
    const int vintage = latest_vintage(model, usage.id);
    if (vintage == 0) continue;
    maps::Style style;
    style.kind = maps::StyleKind::Graduated;
    style.field = QString::fromStdString(adoption_column(usage, vintage));
    style.symbol.stroke = QColor(0xb0, 0xb0, 0xb0);
    style.ramp = QStringLiteral("YlGnBu");
    // Yes/no values (0 or 1) are two classes split in the middle; levels in quintiles.
    bool binary = true;
    const auto& values = model.indicators();
    for (auto it = values.lower_bound({usage.id, vintage, std::string()});
         it != values.end() && std::get<0>(it->first) == usage.id &&
         std::get<1>(it->first) == vintage;
         ++it) {
      if (!it->second.adopted) {
        binary = false;
        break;
      }
    }
    if (binary) {
      style.kind = maps::StyleKind::Categorized;
      style.field = QString::fromStdString(adoption_text_column(usage, vintage));
      style.categories = {
          {QStringLiteral("oui"), QColor(0x22, 0x5e, 0xa8),
           QCoreApplication::translate("ProjectLayers", "Adopted")},
          {QStringLiteral("non"), QColor(0xfe, 0xe3, 0x91),
           QCoreApplication::translate("ProjectLayers", "Not adopted")},
      };
    } else {
      style.classification.method = maps::ClassMethod::Quantiles;
      style.classification.classes = 5;
    }
    out.push_back({"adoption-" + usage.id,
                   communes_map(project,
                                QCoreApplication::translate("ProjectLayers",
                                                            "Communes — adoption of %1 in %2")
                                    .arg(label)
                                    .arg(vintage),
                                style)});
  }
  return out;
}

core::Result<maps::MapDocument> project_map(const core::Project& project, const std::string& name) {
  for (const core::ProjectDocument& d : project.documents) {
    if (d.kind != "map" || d.name != name) continue;
    auto doc = maps::MapDocument::from_json(QByteArray::fromStdString(d.json));
    if (!doc) {
      return core::because(core::Error{core::MessageCode::MapProjectMapInvalid, {name}},
                           doc.error());
    }
    return *doc;
  }
  std::string names;
  for (const core::ProjectDocument& d : project.documents) {
    if (d.kind == "map") names += (names.empty() ? "" : ", ") + d.name;
  }
  for (ProjectMap& m : default_maps(project)) {
    if (m.name == name) return std::move(m.document);
    names += (names.empty() ? "" : ", ") + m.name;
  }
  return core::Error{core::MessageCode::MapProjectHasNoMap, {name, names}};
}

core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> map_layers(
    const maps::MapDocument& document,
    const std::vector<std::shared_ptr<const core::VectorLayer>>& sources, bool labels) {
  std::vector<std::shared_ptr<const maps::StyledLayer>> out;
  for (const maps::MapLayer& l : document.layers) {
    const auto source = std::find_if(sources.begin(), sources.end(), [&](const auto& s) {
      return QString::fromStdString(s->name) == l.source;
    });
    if (source == sources.end()) {
      return core::Error{core::MessageCode::MapLayerSourceMissing,
                         {l.title.toStdString(), l.source.toStdString()}};
    }
    maps::LabelSettings label_settings = l.labels;
    label_settings.enabled = label_settings.enabled || labels;
    auto styled = maps::style_layer(*source, l.style, l.title, label_settings);
    if (!styled) return styled.error();
    auto layer = std::make_shared<maps::StyledLayer>(**styled);
    layer->visible = l.visible;
    layer->opacity = l.opacity;
    out.push_back(std::move(layer));
  }
  return out;
}

maps::MapDocument first_map(const core::Project& project) {
  std::string first;
  for (const core::ProjectDocument& d : project.documents) {
    if (d.kind == "map") {
      first = d.name;
      break;
    }
  }
  if (first.empty() && !project.model().usages().empty()) {
    first = "couverture-" + project.model().usages().front().id;
  }
  auto doc =
      first.empty()
          ? core::Result<maps::MapDocument>(core::Error{core::MessageCode::MapProjectNoUsage})
          : project_map(project, first);
  // A project without usages: its layers in the default cartography.
  return doc ? std::move(*doc)
             : communes_map(project, QCoreApplication::translate("LayerSetup", "Communes"),
                            maps::Style{});
}

std::optional<std::vector<std::string>> map_usages(const core::Project& project,
                                                   const std::string& name) {
  const bool stored = std::any_of(project.documents.begin(), project.documents.end(),
                                  [&](const core::ProjectDocument& d) {
                                    return d.kind == "map" && (name.empty() || d.name == name);
                                  });
  if (stored) return std::nullopt;
  if (name.empty()) {
    if (project.model().usages().empty()) return std::vector<std::string>{};
    return std::vector<std::string>{project.model().usages().front().id};
  }
  for (std::string_view prefix : {"couverture-", "adoption-"}) {
    if (name.starts_with(prefix)) return std::vector<std::string>{name.substr(prefix.size())};
  }
  return std::nullopt;
}

core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> project_styled_layers(
    core::Project& project, bool labels) {
  const maps::MapDocument doc = first_map(project);
  const auto sources = prepare_project_layers(project, map_usages(project, ""));
  return map_layers(doc, sources, labels);
}

}  // namespace lumiere::maps
