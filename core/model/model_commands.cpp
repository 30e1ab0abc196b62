#include "core/model/model_commands.h"

#include <set>

namespace lumiere::core {

Message AddUsage::text() const { return Message{MessageCode::UndoAddUsage, {usage_.id}}; }

Status AddUsage::apply(Model& model) {
  LUMIERE_TRY(model.check_usage(usage_));
  insert_usage(model, model.usages().size(), usage_);
  return Done{};
}

void AddUsage::revert(Model& model) { erase_usage(model, model.usages().size() - 1); }

Message AddStructure::text() const {
  return Message{MessageCode::UndoAddStructure, {structure_.name}};
}

Status AddStructure::apply(Model& model) {
  LUMIERE_TRY(model.check_structure(structure_, std::nullopt));
  insert_structure(model, model.structures().size(), structure_);
  return Done{};
}

void AddStructure::revert(Model& model) { erase_structure(model, model.structures().size() - 1); }

Message RemoveStructure::text() const { return Message{MessageCode::UndoRemoveStructure, {id_}}; }

Status RemoveStructure::apply(Model& model) {
  const auto pos = model.structure_index(id_);
  if (!pos) return Error{MessageCode::StructureMissingToRemove, {id_}};
  position_ = *pos;
  removed_ = model.structures()[*pos];
  removed_memberships_.clear();
  for (std::size_t i = 0; i < model.memberships().size(); ++i) {
    if (model.memberships()[i].structure_id == id_) {
      removed_memberships_.emplace_back(i, model.memberships()[i]);
    }
  }
  for (auto it = removed_memberships_.rbegin(); it != removed_memberships_.rend(); ++it) {
    erase_membership(model, it->first);
  }
  erase_structure(model, position_);
  return Done{};
}

void RemoveStructure::revert(Model& model) {
  insert_structure(model, position_, *removed_);
  for (const auto& [pos, m] : removed_memberships_) insert_membership(model, pos, m);
}

Message EditStructure::text() const {
  return Message{MessageCode::UndoEditStructure, {structure_.name}};
}

Status EditStructure::apply(Model& model) {
  const auto pos = model.structure_index(structure_.id);
  if (!pos) return Error{MessageCode::StructureMissingToEdit, {structure_.id}};
  LUMIERE_TRY(model.check_structure(structure_, pos));
  position_ = *pos;
  previous_ = model.structures()[*pos];
  replace_structure(model, position_, structure_);
  return Done{};
}

void EditStructure::revert(Model& model) { replace_structure(model, position_, *previous_); }

Message AddMembership::text() const {
  return Message{MessageCode::UndoAddMembership,
                 {membership_.member_code, membership_.structure_id}};
}

Status AddMembership::apply(Model& model) {
  LUMIERE_TRY(model.check_membership(membership_));
  position_ = model.memberships().size();
  insert_membership(model, position_, membership_);
  return Done{};
}

void AddMembership::revert(Model& model) { erase_membership(model, position_); }

Message RemoveMembership::text() const {
  return Message{MessageCode::UndoRemoveMembership, {code_, structure_id_}};
}

Status RemoveMembership::apply(Model& model) {
  const auto pos = model.membership_index(structure_id_, kind_, code_);
  if (!pos) {
    return Error{MessageCode::MembershipMissingToRemove, {structure_id_, code_}};
  }
  position_ = *pos;
  removed_ = model.memberships()[*pos];
  erase_membership(model, position_);
  return Done{};
}

void RemoveMembership::revert(Model& model) { insert_membership(model, position_, *removed_); }

Message SetIndicatorValues::text() const {
  return Message{MessageCode::UndoSetIndicatorValues, {std::to_string(values_.size())}};
}

Status SetIndicatorValues::apply(Model& model) {
  std::set<Model::IndicatorKey> seen;
  for (const IndicatorValue& v : values_) {
    LUMIERE_TRY(model.check_indicator(v));
    if (!seen.insert(Model::key_of(v)).second) {
      return Error{MessageCode::ValueTwice, {v.commune, v.usage, std::to_string(v.vintage)}};
    }
  }
  previous_.clear();
  previous_.reserve(values_.size());
  for (const IndicatorValue& v : values_) {
    const IndicatorValue* old = model.indicator(v.commune, v.usage, v.vintage);
    previous_.push_back(old ? std::optional<IndicatorValue>(*old) : std::nullopt);
  }
  for (const IndicatorValue& v : values_) put_indicator(model, v);
  return Done{};
}

void SetIndicatorValues::revert(Model& model) {
  for (std::size_t i = 0; i < values_.size(); ++i) {
    if (previous_[i]) {
      put_indicator(model, *previous_[i]);
    } else {
      erase_indicator(model, Model::key_of(values_[i]));
    }
  }
}

Message ApplyChanges::text() const {
  return Message{MessageCode::UndoSetIndicatorValues, {std::to_string(changes_.size())}};
}

Status ApplyChanges::apply_unchecked(Model& model) const {
  if (changes_.usages) {
    while (!model.usages().empty()) erase_usage(model, model.usages().size() - 1);
    for (const Usage& u : *changes_.usages) {
      LUMIERE_TRY(model.check_usage(u));
      insert_usage(model, model.usages().size(), u);
    }
  }
  for (const auto& key : changes_.memberships_removed) {
    const auto& [structure, kind, code] = key;
    if (const auto i = model.membership_index(structure, kind, code)) erase_membership(model, *i);
  }
  for (const std::string& id : changes_.structures_removed) {
    if (const auto i = model.structure_index(id)) erase_structure(model, *i);
  }
  for (const Structure& s : changes_.structures_put) {
    const auto i = model.structure_index(s.id);
    LUMIERE_TRY(model.check_structure(s, i));
    if (i) {
      replace_structure(model, *i, s);
    } else {
      insert_structure(model, model.structures().size(), s);
    }
  }
  for (const Membership& m : changes_.memberships_put) {
    if (const auto i = model.membership_index(m.structure_id, m.member_kind, m.member_code))
      erase_membership(model, *i);
    LUMIERE_TRY(model.check_membership(m));
    insert_membership(model, model.memberships().size(), m);
  }
  for (const auto& key : changes_.indicators_removed) erase_indicator(model, key);
  for (const IndicatorValue& v : changes_.indicators_put) {
    LUMIERE_TRY(model.check_indicator(v));
    put_indicator(model, v);
  }
  return Done{};
}

Status ApplyChanges::apply(Model& model) {
  Model trial = model;
  LUMIERE_TRY(apply_unchecked(trial));
  return apply_unchecked(model);
}

Status ModelBatch::apply(Model& model) {
  for (std::size_t i = 0; i < commands_.size(); ++i) {
    Status st = commands_[i]->apply(model);
    if (!st) {
      while (i > 0) commands_[--i]->revert(model);
      return st;
    }
  }
  return Done{};
}

void ModelBatch::revert(Model& model) {
  for (auto it = commands_.rbegin(); it != commands_.rend(); ++it) (*it)->revert(model);
}

}  // namespace lumiere::core
