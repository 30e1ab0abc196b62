#pragma once
// The history of the commands applied to one Model: do, undo and redo, and a clean index (the
// place of the last save). Owns its commands; the Model must outlive it. One thread.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model_commands.h"

namespace lumiere::core {

class UndoStack {
 public:
  explicit UndoStack(Model& model) : model_(&model) {}

  // Applies the command; on success it becomes the next undo step and drops the redo steps. On
  // failure nothing changes and the error comes back.
  Status push(std::unique_ptr<ModelCommand> command);
  bool can_undo() const { return index_ > 0; }
  bool can_redo() const { return index_ < commands_.size(); }
  // False when there was nothing to undo (redo).
  bool undo();
  Status redo();
  // The name of the step undo (redo) would take back (do again), as a message for the Edit menu;
  // nothing when there is none.
  std::optional<Message> undo_text() const {
    return can_undo() ? std::optional<Message>(commands_[index_ - 1]->text()) : std::nullopt;
  }
  std::optional<Message> redo_text() const {
    return can_redo() ? std::optional<Message>(commands_[index_]->text()) : std::nullopt;
  }

  // The number of commands applied since the start.
  std::size_t index() const { return index_; }
  std::size_t size() const { return commands_.size(); }
  // Marks the current state as saved; clean() is true whenever the stack comes back to it.
  void set_clean() { clean_index_ = index_; }
  bool clean() const { return clean_index_ == index_; }
  // Where the saved state is; nothing once the commands that led to it were dropped.
  std::optional<std::size_t> clean_index() const { return clean_index_; }

 private:
  Model* model_;
  std::vector<std::unique_ptr<ModelCommand>> commands_;
  std::size_t index_ = 0;
  std::optional<std::size_t> clean_index_ = 0;
};

}  // namespace lumiere::core
