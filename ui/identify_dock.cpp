#include "identify_dock.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <cmath>

#include "maps/number_format.h"

namespace lumiere::ui {

IdentifyDock::IdentifyDock(QWidget* parent)
    : QDockWidget(tr("Identify"), parent), tree_(new QTreeWidget(this)) {
  setObjectName(QStringLiteral("identify"));
  tree_->setColumnCount(2);
  tree_->setHeaderLabels({tr("Attribute"), tr("Value")});
  tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  tree_->setRootIsDecorated(false);
  setWidget(tree_);
}

void IdentifyDock::show_feature(const maps::StyledLayer& layer, std::uint32_t f) {
  const core::VectorLayer& source = *layer.source;
  tree_->clear();
  const auto add = [this](const QString& name, const QString& value) {
    tree_->addTopLevelItem(new QTreeWidgetItem({name, value}));
  };
  add(tr("Layer"), layer.title);
  add(tr("Code"), QString::fromStdString(source.codes[f]));
  add(tr("Name"), QString::fromStdString(source.display_name(f)));
  if (source.display_name(f) != source.names[f])
    add(tr("Name in the layer"), QString::fromStdString(source.names[f]));
  for (const std::string& column : source.attributes.number_columns()) {
    const double v = (*source.attributes.numbers(column))[f];
    add(QString::fromStdString(column), maps::format_fr(v, std::abs(v) < 100 ? 2 : 0));
  }
  for (const std::string& column : source.attributes.text_columns())
    add(QString::fromStdString(column),
        QString::fromStdString((*source.attributes.texts(column))[f]));
}

}  // namespace lumiere::ui
