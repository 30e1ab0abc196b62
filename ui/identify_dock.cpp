#include "identify_dock.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

#include "maps/layer_setup.h"
#include "ui/field_labels.h"

namespace lumiere::ui {

namespace {

using Layers = std::vector<std::shared_ptr<const maps::StyledLayer>>;

QString qs(const std::string& s) { return QString::fromStdString(s); }

bool is_departement_layer(const core::VectorLayer& layer) {
  const std::size_t length = maps::code_length(layer);
  return length == 2 || length == 3;
}

}  // namespace

IdentifyDock::IdentifyDock(QWidget* parent)
    : QDockWidget(tr("Identify"), parent),
      summary_(new QLabel(this)),
      tree_(new QTreeWidget(this)) {
  setObjectName(QStringLiteral("identify"));
  summary_->setObjectName(QStringLiteral("identify_summary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  tree_->setObjectName(QStringLiteral("identify_results"));
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Attribute"), tr("Value")});
  // Long labels (a usage's name) are elided in the middle, whole in their tooltip, so that the
  // values stay in sight in a narrow dock.
  tree_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  tree_->setTextElideMode(Qt::ElideMiddle);
  tree_->setAccessibleName(tr("What lies under the point clicked"));
  tree_->setAccessibleDescription(
      tr("One group per layer under the point, one line per attribute with its unit"));
  summary_->setBuddy(tree_);
  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(summary_);
  layout->addWidget(tree_, 1);
  setWidget(content);
  clear();
}

void IdentifyDock::clear() {
  tree_->clear();
  summary_->setText(
      tr("Click a place on the map (or press Ctrl+I for the centre of the map) to "
         "list what lies there."));
}

QString IdentifyDock::summary() const { return summary_->text(); }

std::vector<IdentifyDock::Hit> IdentifyDock::identify(const Layers& layers, core::Point point) {
  std::vector<Hit> hits;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const maps::StyledLayer& layer = *layers[i];
    if (!layer.visible || !layer.source) continue;
    for (std::uint32_t f : layer.source->geometry.features_at(point)) hits.push_back({i, f});
  }
  // The finest territory first: the commune, then its département, then wider footprints.
  const auto area = [&](const Hit& h) { return layers[h.layer]->source->geometry.area(h.feature); };
  std::stable_sort(hits.begin(), hits.end(),
                   [&](const Hit& a, const Hit& b) { return area(a) < area(b); });
  tree_->clear();
  if (hits.empty()) {
    summary_->setText(tr("Nothing on the visible layers at the point clicked."));
    return hits;
  }
  QStringList names;
  for (const Hit& hit : hits) {
    add_feature(layers, hits, hit);
    names << qs(layers[hit.layer]->source->display_name(hit.feature));
  }
  names.removeDuplicates();
  summary_->setText(names.join(tr(", ")));
  tree_->expandAll();
  fit_label_column();
  return hits;
}

void IdentifyDock::fit_label_column() {
  tree_->resizeColumnToContents(0);
  const int most = std::max(120, tree_->viewport()->width() * 3 / 5);
  if (tree_->columnWidth(0) > most) tree_->setColumnWidth(0, most);
}

void IdentifyDock::resizeEvent(QResizeEvent* event) {
  QDockWidget::resizeEvent(event);
  if (tree_->topLevelItemCount() > 0) fit_label_column();
}

void IdentifyDock::add_feature(const Layers& layers, const std::vector<Hit>& hits, const Hit& hit) {
  const maps::StyledLayer& layer = *layers[hit.layer];
  const core::VectorLayer& source = *layer.source;
  const std::uint32_t f = hit.feature;
  const std::size_t code_length = maps::code_length(source);
  const QString kind = code_length == 5               ? tr("Commune")
                       : is_departement_layer(source) ? tr("Department")
                                                      : layer.title;
  auto* item = new QTreeWidgetItem({kind, qs(source.display_name(f))});
  QFont bold = item->font(0);
  bold.setBold(true);
  item->setFont(0, bold);
  item->setFont(1, bold);
  tree_->addTopLevelItem(item);
  const auto add = [](QTreeWidgetItem* parent, const QString& label, const QString& value) {
    auto* line = new QTreeWidgetItem(parent, {label, value});
    line->setToolTip(0, label);
    line->setToolTip(1, value);
  };
  add(item, tr("Code"), qs(source.codes[f]));
  if (source.display_name(f) != source.names[f])
    add(item, tr("Name in the layer"), qs(source.names[f]));
  add(item, tr("Layer"), layer.title);

  // A département listed under the same point is not named again on its commune.
  const auto departement_listed = [&](const std::string& code) {
    return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) {
      const core::VectorLayer& other = *layers[h.layer]->source;
      return is_departement_layer(other) && other.codes[h.feature] == code;
    });
  };
  const auto departement_name = [&](const std::string& code) -> QString {
    for (const auto& l : layers) {
      if (!l->source || !is_departement_layer(*l->source)) continue;
      if (const auto d = l->source->find(code))
        return tr("%1 (%2)").arg(qs(l->source->display_name(*d)), qs(code));
    }
    return qs(code);
  };

  // One line per fact: the figures, the parents, each usage's coverage then adoption, then the
  // layer's other columns. A text column that says the same as a number column (a count as a
  // category, yes/no as text) is left out.
  struct Line {
    Field field;
    QString value;
  };
  std::vector<Line> lines;
  std::vector<Field> numbers;
  for (const std::string& column : source.attributes.number_columns()) {
    numbers.push_back(field_of(column));
    lines.push_back(
        {numbers.back(), field_value(numbers.back(), (*source.attributes.numbers(column))[f])});
  }
  for (const std::string& column : source.attributes.text_columns()) {
    const Field field = field_of(column);
    if (std::any_of(numbers.begin(), numbers.end(),
                    [&](const Field& n) { return same_fact(n, field); }))
      continue;
    const std::string& value = (*source.attributes.texts(column))[f];
    if (field.kind == FieldKind::Departement && !value.empty()) {
      if (!departement_listed(value)) lines.push_back({field, departement_name(value)});
      continue;
    }
    lines.push_back({field, field_text(field, value)});
  }
  const auto rank = [](const Field& field) {
    return field.kind == FieldKind::Other         ? 3
           : !field.usage.empty()                 ? 2
           : field.kind >= FieldKind::Departement ? 1
                                                  : 0;
  };
  std::stable_sort(lines.begin(), lines.end(), [&](const Line& a, const Line& b) {
    return std::tuple(rank(a.field), a.field.usage, a.field.kind) <
           std::tuple(rank(b.field), b.field.usage, b.field.kind);
  });
  // A usage's lines under its name, spanning both columns so that the name shows whole.
  QTreeWidgetItem* usage_item = nullptr;
  std::string usage;
  for (const Line& line : lines) {
    if (line.field.usage.empty()) {
      add(item, field_label(line.field), line.value);
      continue;
    }
    if (!usage_item || line.field.usage != usage) {
      usage = line.field.usage;
      usage_item = new QTreeWidgetItem(item, {usage_title(line.field)});
      usage_item->setFirstColumnSpanned(true);
      usage_item->setToolTip(0, field_description(line.field));
    }
    add(usage_item, field_label(line.field), line.value);
  }
}

}  // namespace lumiere::ui
