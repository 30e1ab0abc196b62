#pragma once
// The map toolbar: what the map shows — a usage, a measure (coverage, white zones, adoption), a
// vintage (of adoption) and a level (communes, EPCI, départements, structures' territories).
// It lists the project's usages and vintages (set_model) and says each choice of the user
// (choice_changed); the session draws it and tells the bar what is shown (show_choice), which
// never emits. GUI thread.
#include <QToolBar>

#include "core/model/model.h"
#include "maps/map_choice.h"

class QActionGroup;
class QComboBox;
class QMenu;

namespace lumiere::ui {

class MapToolbar : public QToolBar {
  Q_OBJECT

 public:
  explicit MapToolbar(QWidget* parent = nullptr);

  // The usages and, for each, the vintages with values, read now from `model` (call again after
  // an edit); null: no project, the bar disabled.
  void set_model(const core::Model* model);
  // Sets the combos to what the map shows, without emitting choice_changed.
  void show_choice(const maps::MapChoice& choice);
  maps::MapChoice choice() const;
  // The same choices as menu actions with shortcuts (the Map menu): the measures (Ctrl+1..3),
  // the levels (Ctrl+Shift+1..4), the previous and next usage (Ctrl+PgUp, Ctrl+PgDown).
  void add_menu_actions(QMenu* menu);

  QComboBox* usage_box() const { return usage_; }
  QComboBox* measure_box() const { return measure_; }
  QComboBox* vintage_box() const { return vintage_; }
  QComboBox* level_box() const { return level_; }

 signals:
  void choice_changed(const maps::MapChoice& choice);

 private:
  void fill_vintages(const std::string& usage, int selected);
  void update_enabled();
  void changed();

  QComboBox* usage_;
  QComboBox* measure_;
  QComboBox* vintage_;
  QComboBox* level_;
  std::map<std::string, std::vector<int>> vintages_;  // per usage id
  bool updating_ = false;
  QActionGroup* measure_actions_ = nullptr;
  QActionGroup* level_actions_ = nullptr;
  QMenu* menu_ = nullptr;  // the Map menu holding those actions, enabled with the bar
};

}  // namespace lumiere::ui
