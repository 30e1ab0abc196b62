#include "project_layers.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

#include "app/layer_setup.h"
#include "core/analytics.h"
#include "core/cog_match.h"

namespace lumiere::app {

std::string structures_column(const core::Usage& usage) { return usage.label + " : structures"; }
std::string coverage_column(const core::Usage& usage) { return usage.label + " : couverture"; }
std::string adoption_column(const core::Usage& usage, int vintage) {
  return usage.label + " : adoption " + std::to_string(vintage);
}

int latest_vintage(const core::Model& model, std::string_view usage) {
  // Keys are ordered by (usage, vintage, commune): the last key of the usage has its latest vintage.
  const auto& values = model.indicators();
  auto it = values.lower_bound({std::string(usage) + '\x01', 0, std::string()});
  if (it == values.begin()) return 0;
  --it;
  return std::get<0>(it->first) == usage ? std::get<1>(it->first) : 0;
}

void add_model_attributes(core::VectorLayer& communes, const core::Model& model) {
  const core::CogRegistry& cog = model.cog();
  const std::size_t n = communes.feature_count();
  // The current commune of each feature, as its position in the coverage vectors.
  std::vector<const core::CogCommune*> current(n);
  for (std::size_t f = 0; f < n; ++f) current[f] = cog.current_commune(communes.codes[f]);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const core::Usage& usage : model.usages()) {
    const auto cov = core::coverage(model, usage.id);
    std::unordered_map<std::string_view, std::uint32_t> count;
    count.reserve(cov->codes.size());
    for (std::size_t i = 0; i < cov->codes.size(); ++i) count.emplace(cov->codes[i], cov->structures[i]);
    std::vector<double> structures(n, nan);
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

    const int vintage = latest_vintage(model, usage.id);
    if (vintage == 0) continue;
    std::vector<double> adoption(n, nan);
    for (std::size_t f = 0; f < n; ++f) {
      if (!current[f]) continue;
      const core::IndicatorValue* v = model.indicator(current[f]->code, usage.id, vintage);
      if (!v) continue;
      adoption[f] = v->adopted ? (*v->adopted ? 1.0 : 0.0) : v->level.value_or(nan);
    }
    communes.attributes.set_numbers(adoption_column(usage, vintage), std::move(adoption));
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

core::Result<std::vector<std::shared_ptr<const maps::StyledLayer>>> project_styled_layers(
    core::Project& project, bool labels) {
  std::vector<core::VectorLayer> layers = std::move(project.layers);
  project.layers.clear();
  std::stable_sort(layers.begin(), layers.end(), [](const auto& a, const auto& b) {
    return code_length(a) > code_length(b);
  });
  const core::CogRegistry& cog = project.cog();
  const core::Usage* first_usage =
      project.model().usages().empty() ? nullptr : &project.model().usages().front();
  std::vector<std::shared_ptr<const maps::StyledLayer>> out;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    core::VectorLayer& layer = layers[i];
    core::apply_official_names(layer, cog);
    core::add_cog_attributes(layer, cog);
    const bool communes = core::detect_kind(layer, cog) == core::TerritoryKind::Commune;
    if (communes) add_model_attributes(layer, project.model());
    maps::LabelSettings label_settings;
    label_settings.enabled = labels;
    label_settings.max_metres_per_pixel = code_length(layer) == 5 ? 250 : 2500;
    layer.build_levels();
    maps::Style style = i > 0 ? outline_style() : maps::Style{};
    if (communes && i == 0 && first_usage) style = coverage_style(*first_usage);
    auto source = std::make_shared<const core::VectorLayer>(std::move(layer));
    QString title = layer_title(*source, &cog);
    if (communes && i == 0 && first_usage) {
      // The short name of the usage: "Actes" of "Actes — contrôle de légalité dématérialisé".
      const std::string& label = first_usage->label;
      title = QCoreApplication::translate("ProjectLayers", "Communes — coverage: %1")
                  .arg(QString::fromStdString(label.substr(0, label.find(" — "))));
    }
    auto styled = maps::style_layer(source, style, title, label_settings);
    if (!styled) return styled.error();
    out.push_back(std::move(*styled));
  }
  return out;
}

}  // namespace lumiere::app
