#include "maps/map_choice.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "core/cog/commune_dissolve.h"
#include "core/model/analytics.h"
#include "maps/layer_setup.h"
#include "maps/project_layers.h"

namespace lumiere::maps {
namespace {

bool is_epci_layer(const core::VectorLayer& layer) { return layer.name == kEpciLayer; }
bool is_territories_layer(const core::VectorLayer& layer) {
  return is_epci_layer(layer) || layer.name == kFootprintsLayer;
}
bool is_commune_layer(const core::VectorLayer& layer) {
  return !is_territories_layer(layer) && code_length(layer) == 5 &&
         layer.name != core::kSourceCommunesLayer;
}
bool is_departement_layer(const core::VectorLayer& layer) {
  return !is_territories_layer(layer) && code_length(layer) == 2;
}
// How fine a layer's territories are: communes, EPCI, départements (the footprints of the
// structures apart: drawn over everything).
int fineness(const core::VectorLayer& layer) {
  if (layer.name == kFootprintsLayer) return 0;
  if (is_epci_layer(layer)) return 3;
  return code_length(layer) == 5 ? 4 : 2;
}

// Whether the usage's values of `vintage` are all yes/no (then rates count the communes that
// adopted; otherwise they average the levels).
bool yes_no_values(const core::Model& model, const std::string& usage, int vintage) {
  const auto& values = model.indicators();
  for (auto it = values.lower_bound({usage, vintage, std::string()});
       it != values.end() && std::get<0>(it->first) == usage && std::get<1>(it->first) == vintage;
       ++it) {
    if (!it->second.adopted) return false;
  }
  return true;
}

Style graduated(const QString& field, const QString& ramp) {
  Style style;
  style.kind = StyleKind::Graduated;
  style.field = field;
  style.symbol.stroke = QColor(0xb0, 0xb0, 0xb0);
  style.ramp = ramp;
  style.classification.method = ClassMethod::Quantiles;
  style.classification.classes = 5;
  return style;
}

// A group's figures, in percent of its communes: covered, in a white zone, and adoption.
struct GroupShares {
  std::unordered_map<std::string, double> covered;
  std::unordered_map<std::string, double> white;
};

GroupShares coverage_shares(const core::Model& model, const std::string& usage, MapLevel level) {
  const core::CogRegistry& cog = model.cog();
  const auto cov = core::coverage(model, usage);
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> counts;  // all, covered
  for (std::size_t i = 0; i < cov->codes.size(); ++i) {
    const core::CogCommune* c = cog.commune(cov->codes[i]);
    if (!c) continue;
    const std::string& key = level == MapLevel::Epci ? c->epci : c->departement;
    if (key.empty()) continue;
    auto& [all, covered] = counts[key];
    ++all;
    if (cov->structures[i] > 0) ++covered;
  }
  GroupShares out;
  for (const auto& [key, n] : counts) {
    out.covered[key] = 100.0 * static_cast<double>(n.second) / static_cast<double>(n.first);
    out.white[key] = 100.0 - out.covered[key];
  }
  return out;
}

std::vector<double> per_feature(const core::VectorLayer& layer,
                                const std::unordered_map<std::string, double>& values) {
  std::vector<double> out(layer.feature_count(), std::numeric_limits<double>::quiet_NaN());
  for (std::size_t f = 0; f < out.size(); ++f) {
    const auto it = values.find(layer.codes[f]);
    if (it != values.end()) out[f] = it->second;
  }
  return out;
}

QString measure_text(const core::Model& model, const MapChoice& choice) {
  switch (choice.measure) {
    case Measure::Coverage:
      return QCoreApplication::translate("MapChoice", "coverage");
    case Measure::WhiteZones:
      return QCoreApplication::translate("MapChoice", "white zones");
    case Measure::Adoption:
      if (const int v = shown_vintage(model, choice); v > 0)
        return QCoreApplication::translate("MapChoice", "adoption %1").arg(v);
      return QCoreApplication::translate("MapChoice", "adoption");
  }
  return {};
}

QString level_text(MapLevel level) {
  switch (level) {
    case MapLevel::Commune:
      return QCoreApplication::translate("MapChoice", "by commune");
    case MapLevel::Epci:
      return QCoreApplication::translate("MapChoice", "by EPCI");
    case MapLevel::Departement:
      return QCoreApplication::translate("MapChoice", "by department");
    case MapLevel::Footprint:
      return QCoreApplication::translate("MapChoice",
                                         "by commune, with the structures' territories");
  }
  return {};
}

}  // namespace

std::string covered_share_column(const core::Usage& usage) {
  return usage.label + " : communes couvertes (%)";
}
std::string white_share_column(const core::Usage& usage) {
  return usage.label + " : zones blanches (%)";
}
std::string white_zone_column(const core::Usage& usage) { return usage.label + " : zone blanche"; }

MapChoice default_choice(const core::Model& model) {
  MapChoice choice;
  if (!model.usages().empty()) choice.usage = model.usages().front().id;
  return choice;
}

int shown_vintage(const core::Model& model, const MapChoice& choice) {
  const std::vector<int> vintages = model.vintages(choice.usage);
  if (vintages.empty()) return 0;
  if (std::find(vintages.begin(), vintages.end(), choice.vintage) != vintages.end())
    return choice.vintage;
  return vintages.back();
}

QString choice_title(const core::Model& model, const MapChoice& choice) {
  const core::Usage* usage = model.usage(choice.usage);
  if (!usage) return QCoreApplication::translate("MapChoice", "Communes");
  return QCoreApplication::translate("MapChoice", "%1 — %2 %3")
      .arg(usage_short_label(*usage), measure_text(model, choice), level_text(choice.level));
}

bool colours_layer(const core::VectorLayer& layer, MapLevel level) {
  switch (level) {
    case MapLevel::Commune:
    case MapLevel::Footprint:
      return is_commune_layer(layer);
    case MapLevel::Epci:
      return is_epci_layer(layer);
    case MapLevel::Departement:
      return is_departement_layer(layer);
  }
  return false;
}

core::Result<Style> add_choice_column(core::VectorLayer& layer, const core::Model& model,
                                      const MapChoice& choice) {
  const core::Usage* usage = model.usage(choice.usage);
  if (!usage) return core::Error{core::MessageCode::MapProjectNoUsage};
  const bool communes = choice.level == MapLevel::Commune || choice.level == MapLevel::Footprint;
  if (communes) {
    // Only this usage's columns, and for adoption only the vintage shown.
    ModelColumns columns;
    columns.coverage = choice.measure != Measure::Adoption || shown_vintage(model, choice) == 0;
    columns.adoption = !columns.coverage;
    columns.vintage = shown_vintage(model, choice);
    add_model_attributes(layer, model, std::vector<std::string>{usage->id}, columns);
    switch (choice.measure) {
      case Measure::Coverage:
        return coverage_style(*usage);
      case Measure::WhiteZones: {
        const auto* counts = layer.attributes.numbers(structures_column(*usage));
        std::vector<std::string> white(layer.feature_count());
        for (std::size_t f = 0; f < white.size(); ++f) {
          const double n = counts ? (*counts)[f] : std::numeric_limits<double>::quiet_NaN();
          if (!std::isnan(n)) white[f] = n > 0 ? "non" : "oui";
        }
        layer.attributes.set_texts(white_zone_column(*usage), std::move(white));
        Style style;
        style.kind = StyleKind::Categorized;
        style.field = QString::fromStdString(white_zone_column(*usage));
        style.symbol.stroke = QColor(0xb0, 0xb0, 0xb0);
        style.categories = {
            {QStringLiteral("oui"), QColor(0xe6, 0x55, 0x0d),
             QCoreApplication::translate("MapChoice", "White zone (no structure)")},
            {QStringLiteral("non"), QColor(0xde, 0xde, 0xde),
             QCoreApplication::translate("MapChoice", "Covered by a structure")},
        };
        return style;
      }
      case Measure::Adoption: {
        const int vintage = shown_vintage(model, choice);
        if (vintage == 0) return coverage_style(*usage);  // nothing to show: its coverage
        // A rate, graduated; yes/no values are drawn as oui/non by style_layer.
        return graduated(QString::fromStdString(adoption_column(*usage, vintage)),
                         QStringLiteral("YlGnBu"));
      }
    }
  }
  // A group of communes (EPCI, département): shares in percent.
  switch (choice.measure) {
    case Measure::Coverage: {
      const GroupShares shares = coverage_shares(model, usage->id, choice.level);
      layer.attributes.set_numbers(covered_share_column(*usage),
                                   per_feature(layer, shares.covered));
      return graduated(QString::fromStdString(covered_share_column(*usage)),
                       QStringLiteral("Blues"));
    }
    case Measure::WhiteZones: {
      const GroupShares shares = coverage_shares(model, usage->id, choice.level);
      layer.attributes.set_numbers(white_share_column(*usage), per_feature(layer, shares.white));
      return graduated(QString::fromStdString(white_share_column(*usage)),
                       QStringLiteral("Oranges"));
    }
    case Measure::Adoption: {
      const int vintage = shown_vintage(model, choice);
      if (vintage == 0) {
        const GroupShares shares = coverage_shares(model, usage->id, choice.level);
        layer.attributes.set_numbers(covered_share_column(*usage),
                                     per_feature(layer, shares.covered));
        return graduated(QString::fromStdString(covered_share_column(*usage)),
                         QStringLiteral("Blues"));
      }
      core::AdoptionOptions options;
      options.by =
          choice.level == MapLevel::Epci ? core::Grouping::Epci : core::Grouping::Departement;
      options.measure = yes_no_values(model, usage->id, vintage) ? core::AdoptionMeasure::Binary
                                                                 : core::AdoptionMeasure::Rate;
      options.territory = core::Territory::WithOverseasCollectivities;
      options.min_observed = 1;
      std::unordered_map<std::string, double> rates;
      for (const core::AdoptionGroup& g :
           core::adoption_rates(model, usage->id, vintage, options)) {
        if (g.adoption_rate) rates[g.key] = 100.0 * *g.adoption_rate;
      }
      const std::string column = adoption_column(*usage, vintage) + " (%)";
      layer.attributes.set_numbers(column, per_feature(layer, rates));
      return graduated(QString::fromStdString(column), QStringLiteral("YlGnBu"));
    }
  }
  return core::Error{core::MessageCode::MapProjectNoUsage};
}

MapDocument choice_map(const core::Project& project,
                       const std::vector<std::shared_ptr<const core::VectorLayer>>& sources,
                       const MapChoice& choice, const Style& style) {
  MapDocument doc;
  doc.title = choice_title(project.model(), choice);
  doc.space = project.space;
  // Finer layers first (drawn below), coarser ones over them.
  std::vector<const core::VectorLayer*> layers;
  for (const auto& layer : sources) layers.push_back(layer.get());
  // (The structures' territories are fineness 0: over everything.)
  std::stable_sort(layers.begin(), layers.end(),
                   [](const auto* a, const auto* b) { return fineness(*a) > fineness(*b); });
  const core::VectorLayer* coloured = nullptr;
  for (const core::VectorLayer* layer : layers) {
    if (colours_layer(*layer, choice.level)) coloured = layer;
  }
  const int coloured_fineness = coloured ? fineness(*coloured) : 4;
  for (const core::VectorLayer* layer : layers) {
    MapLayer l;
    l.source = QString::fromStdString(layer->name);
    l.title = layer_title(*layer, &project.cog());
    l.style = outline_style();
    if (layer == coloured) {
      l.title = doc.title;
      l.style = style;
      l.labels.max_metres_per_pixel = fineness(*layer) == 4 ? 250 : 2500;
    } else if (layer->name == core::kSourceCommunesLayer) {
      l.title = QCoreApplication::translate(
          "ProjectLayers", "Communes as the boundaries draw them (before mergers)");
      l.visible = false;
      l.labels.max_metres_per_pixel = 250;
    } else {
      // Coarser than the coloured layer: outlines over it; finer: hidden, ready to show.
      l.visible = fineness(*layer) < coloured_fineness;
      l.labels.max_metres_per_pixel = fineness(*layer) == 4 ? 250 : 2500;
    }
    if (layer->name == kFootprintsLayer) {
      l.visible = choice.level == MapLevel::Footprint;
      l.style.symbol.stroke = QColor(0x54, 0x27, 0x8f);
      l.style.symbol.stroke_width_px = 1.6;
      l.labels.max_metres_per_pixel = 2500;
    }
    doc.layers.push_back(std::move(l));
  }
  return doc;
}

}  // namespace lumiere::maps
