#include "map_toolbar.h"

#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>

#include "maps/project_layers.h"
#include "ui/form_rows.h"

namespace lumiere::ui {
namespace {

// A label with a mnemonic for `field` in the bar, its text the field's accessible name.
void add_labelled(QToolBar* bar, const QString& text, QComboBox* field) {
  auto* label = new QLabel(text, bar);
  label->setBuddy(field);
  label->setContentsMargins(8, 0, 4, 0);
  field->setAccessibleName(spoken(text));
  field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  bar->addWidget(label);
  bar->addWidget(field);
}

}  // namespace

MapToolbar::MapToolbar(QWidget* parent)
    : QToolBar(parent),
      usage_(new QComboBox(this)),
      measure_(new QComboBox(this)),
      vintage_(new QComboBox(this)),
      level_(new QComboBox(this)) {
  setObjectName(QStringLiteral("map_toolbar"));
  setWindowTitle(tr("What the map shows"));
  setAccessibleName(windowTitle());
  add_labelled(this, tr("&Usage:"), usage_);
  add_labelled(this, tr("&Measure:"), measure_);
  add_labelled(this, tr("&Vintage:"), vintage_);
  add_labelled(this, tr("Le&vel:"), level_);
  measure_->addItem(tr("Coverage"), static_cast<int>(maps::Measure::Coverage));
  measure_->addItem(tr("White zones"), static_cast<int>(maps::Measure::WhiteZones));
  measure_->addItem(tr("Adoption"), static_cast<int>(maps::Measure::Adoption));
  level_->addItem(tr("Communes"), static_cast<int>(maps::MapLevel::Commune));
  level_->addItem(tr("EPCI"), static_cast<int>(maps::MapLevel::Epci));
  level_->addItem(tr("Departments"), static_cast<int>(maps::MapLevel::Departement));
  level_->addItem(tr("Structures' territories"), static_cast<int>(maps::MapLevel::Footprint));
  for (QComboBox* box : {usage_, measure_, vintage_, level_}) {
    connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
      if (updating_) return;
      if (box == usage_) {
        updating_ = true;
        fill_vintages(usage_->currentData().toString().toStdString(), 0);
        updating_ = false;
      }
      changed();
    });
  }
  set_model(nullptr);
}

void MapToolbar::set_model(const core::Model* model) {
  updating_ = true;
  const maps::MapChoice current = choice();
  usage_->clear();
  vintages_.clear();
  if (model) {
    for (const core::Usage& usage : model->usages()) {
      usage_->addItem(maps::usage_short_label(usage), QString::fromStdString(usage.id));
      usage_->setItemData(usage_->count() - 1, QString::fromStdString(usage.label),
                          Qt::ToolTipRole);
      vintages_[usage.id] = model->vintages(usage.id);
    }
  }
  updating_ = false;
  setEnabled(model && usage_->count() > 0);
  if (menu_) menu_->setEnabled(isEnabled());
  show_choice(current);
}

void MapToolbar::fill_vintages(const std::string& usage, int selected) {
  vintage_->clear();
  const auto it = vintages_.find(usage);
  const std::vector<int> none;
  const std::vector<int>& years = it == vintages_.end() ? none : it->second;
  for (auto y = years.rbegin(); y != years.rend(); ++y)
    vintage_->addItem(QString::number(*y), *y);  // the latest first
  if (years.empty()) vintage_->addItem(tr("no values"), 0);
  const int index = vintage_->findData(selected);
  vintage_->setCurrentIndex(index >= 0 ? index : 0);
  // Adoption needs values.
  if (auto* items = qobject_cast<QStandardItemModel*>(measure_->model())) {
    items->item(2)->setEnabled(!years.empty());
    items->item(2)->setToolTip(years.empty() ? tr("This usage has no values imported yet.")
                                             : QString());
  }
  update_enabled();
}

void MapToolbar::update_enabled() {
  vintage_->setEnabled(measure_->currentData().toInt() ==
                           static_cast<int>(maps::Measure::Adoption) &&
                       vintage_->currentData().toInt() > 0);
}

void MapToolbar::show_choice(const maps::MapChoice& choice) {
  updating_ = true;
  const int usage = usage_->findData(QString::fromStdString(choice.usage));
  if (usage >= 0) usage_->setCurrentIndex(usage);
  measure_->setCurrentIndex(measure_->findData(static_cast<int>(choice.measure)));
  level_->setCurrentIndex(level_->findData(static_cast<int>(choice.level)));
  fill_vintages(usage_->currentData().toString().toStdString(), choice.vintage);
  updating_ = false;
}

maps::MapChoice MapToolbar::choice() const {
  maps::MapChoice c;
  c.usage = usage_->currentData().toString().toStdString();
  c.measure = static_cast<maps::Measure>(measure_->currentData().toInt());
  c.vintage = vintage_->currentData().toInt();
  c.level = static_cast<maps::MapLevel>(level_->currentData().toInt());
  return c;
}

void MapToolbar::add_menu_actions(QMenu* menu) {
  // Each action picks an item of its combo, whose change does the rest (and checks the action).
  const auto add_group = [this, menu](QComboBox* box, int key_modifiers) {
    auto* group = new QActionGroup(this);
    for (int i = 0; i < box->count(); ++i) {
      QAction* action = menu->addAction(box->itemText(i));
      action->setCheckable(true);
      action->setShortcut(QKeySequence(key_modifiers | (Qt::Key_1 + i)));
      group->addAction(action);
      connect(action, &QAction::triggered, box, [box, i] { box->setCurrentIndex(i); });
    }
    const auto sync = [box, group] {
      const auto actions = group->actions();
      if (box->currentIndex() >= 0 && box->currentIndex() < actions.size())
        actions[box->currentIndex()]->setChecked(true);
    };
    connect(box, &QComboBox::currentIndexChanged, group, sync);
    sync();
    return group;
  };
  measure_actions_ = add_group(measure_, Qt::CTRL);
  menu->addSeparator();
  level_actions_ = add_group(level_, Qt::CTRL | Qt::SHIFT);
  menu->addSeparator();
  QAction* previous = menu->addAction(tr("&Previous usage"));
  previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
  connect(previous, &QAction::triggered, this, [this] {
    if (usage_->currentIndex() > 0) usage_->setCurrentIndex(usage_->currentIndex() - 1);
  });
  QAction* next = menu->addAction(tr("&Next usage"));
  next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
  connect(next, &QAction::triggered, this, [this] {
    if (usage_->currentIndex() + 1 < usage_->count())
      usage_->setCurrentIndex(usage_->currentIndex() + 1);
  });
  menu_ = menu;
  menu_->setEnabled(isEnabled());
}

void MapToolbar::changed() {
  update_enabled();
  emit choice_changed(choice());
}

}  // namespace lumiere::ui
