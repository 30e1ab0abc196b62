#include "core/model/undo_stack.h"

namespace lumiere::core {

Status UndoStack::push(std::unique_ptr<ModelCommand> command) {
  LUMIERE_TRY(command->apply(*model_));
  commands_.resize(index_);
  if (clean_index_ && *clean_index_ > index_) clean_index_.reset();
  commands_.push_back(std::move(command));
  ++index_;
  return Done{};
}

bool UndoStack::undo() {
  if (!can_undo()) return false;
  --index_;
  commands_[index_]->revert(*model_);
  return true;
}

Status UndoStack::redo() {
  if (!can_redo()) return Error{MessageCode::UndoNothingToRedo, {}};
  LUMIERE_TRY(commands_[index_]->apply(*model_));
  ++index_;
  return Done{};
}

}  // namespace lumiere::core
