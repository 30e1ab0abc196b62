#include "layer_dock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include "maps/message_text.h"
#include "ui/style_dialog.h"

namespace lumiere::ui {
namespace {
// The item's data role that holds the layer's bottom-first index before a drag and drop.
constexpr int kIndexRole = Qt::UserRole + 1;
}  // namespace

LayerDock::LayerDock(QWidget* parent)
    : QDockWidget(tr("Layers"), parent),
      list_(new QListWidget),
      opacity_(new QSlider(Qt::Horizontal)),
      style_button_(new QPushButton(tr("Style…"))) {
  setObjectName(QStringLiteral("layers"));
  list_->setDragDropMode(QAbstractItemView::InternalMove);
  list_->setDefaultDropAction(Qt::MoveAction);
  opacity_->setRange(0, 100);
  opacity_->setValue(100);
  auto* body = new QWidget;
  auto* layout = new QVBoxLayout(body);
  layout->addWidget(list_);
  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Opacity")));
  row->addWidget(opacity_);
  layout->addLayout(row);
  layout->addWidget(style_button_);
  setWidget(body);

  connect(list_, &QListWidget::itemChanged, this, [this] {
    if (!updating_) sync_from_list();
  });
  connect(list_->model(), &QAbstractItemModel::rowsMoved, this, [this] { sync_from_list(); });
  connect(list_, &QListWidget::currentRowChanged, this, [this] {
    const std::size_t i = selected_index();
    const QSignalBlocker block(opacity_);
    opacity_->setValue(i < layers_.size() ? static_cast<int>(std::lround(layers_[i]->opacity * 100))
                                          : 100);
  });
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) {
    const std::size_t i = selected_index();
    if (i >= layers_.size()) return;
    auto copy = std::make_shared<maps::StyledLayer>(*layers_[i]);
    copy->opacity = value / 100.0;
    replace_layer(i, std::move(copy));
  });
  connect(style_button_, &QPushButton::clicked, this, &LayerDock::edit_style);
  connect(list_, &QListWidget::itemDoubleClicked, this, &LayerDock::edit_style);
}

void LayerDock::set_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers) {
  layers_ = std::move(layers);
  rebuild_list();
}

void LayerDock::replace_layer(std::size_t index, std::shared_ptr<const maps::StyledLayer> layer) {
  layers_.at(index) = std::move(layer);
  emit layers_changed(layers_);
}

void LayerDock::rebuild_list() {
  updating_ = true;
  list_->clear();
  // Top of the list is the top of the map: the last layer drawn.
  for (std::size_t i = layers_.size(); i-- > 0;) {
    auto* item = new QListWidgetItem(layers_[i]->title, list_);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
    item->setCheckState(layers_[i]->visible ? Qt::Checked : Qt::Unchecked);
    item->setData(kIndexRole, static_cast<qulonglong>(i));
  }
  updating_ = false;
}

void LayerDock::sync_from_list() {
  std::vector<std::shared_ptr<const maps::StyledLayer>> reordered;
  for (int row = list_->count(); row-- > 0;) {
    const QListWidgetItem* item = list_->item(row);
    const auto old = static_cast<std::size_t>(item->data(kIndexRole).toULongLong());
    std::shared_ptr<const maps::StyledLayer> layer = layers_.at(old);
    const bool visible = item->checkState() == Qt::Checked;
    if (visible != layer->visible) {
      auto copy = std::make_shared<maps::StyledLayer>(*layer);
      copy->visible = visible;
      layer = std::move(copy);
    }
    reordered.push_back(std::move(layer));
  }
  layers_ = std::move(reordered);
  rebuild_list();
  emit layers_changed(layers_);
}

std::size_t LayerDock::selected_index() const {
  const QListWidgetItem* item = list_->currentItem();
  if (!item) return layers_.size();
  return static_cast<std::size_t>(item->data(kIndexRole).toULongLong());
}

void LayerDock::edit_style() {
  const std::size_t i = selected_index();
  if (i >= layers_.size()) return;
  const maps::StyledLayer& current = *layers_[i];
  StyleDialog dialog(current.source, current.style, this);
  if (dialog.exec() != QDialog::Accepted) return;
  auto styled = maps::style_layer(current.source, dialog.style(), current.title, current.labels);
  if (!styled) {
    QMessageBox::warning(this, tr("Style"),
                         maps::message_text(styled.error(), maps::Surface::Window));
    return;
  }
  auto copy = std::make_shared<maps::StyledLayer>(**styled);
  copy->visible = current.visible;
  copy->opacity = current.opacity;
  replace_layer(i, std::move(copy));
}

}  // namespace lumiere::ui
