#pragma once
// The changes of a Model as command objects, so that the UI can undo and redo them (UndoStack).
// apply() checks everything first and changes nothing when it fails; revert() puts the model back
// exactly as it was before the matching apply(). A command is applied to one Model only.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model/model.h"

namespace lumiere::core {

class ModelCommand {
 public:
  virtual ~ModelCommand() = default;
  // What the UI shows after "Undo" / "Redo" (a Message: the window formats it in its language).
  virtual Message text() const = 0;
  // Does (or redoes) the change; an Error changes nothing.
  virtual Status apply(Model& model) = 0;
  // Undoes a successful apply().
  virtual void revert(Model& model) = 0;

 protected:
  // The raw changes of Model, for the commands only.
  static void insert_usage(Model& m, std::size_t pos, Usage u) {
    m.insert_usage(pos, std::move(u));
  }
  static void erase_usage(Model& m, std::size_t pos) { m.erase_usage(pos); }
  static void insert_structure(Model& m, std::size_t pos, Structure s) {
    m.insert_structure(pos, std::move(s));
  }
  static void replace_structure(Model& m, std::size_t pos, Structure s) {
    m.replace_structure(pos, std::move(s));
  }
  static void erase_structure(Model& m, std::size_t pos) { m.erase_structure(pos); }
  static void insert_membership(Model& m, std::size_t pos, Membership x) {
    m.insert_membership(pos, std::move(x));
  }
  static void erase_membership(Model& m, std::size_t pos) { m.erase_membership(pos); }
  static void put_indicator(Model& m, IndicatorValue v) { m.put_indicator(std::move(v)); }
  static void erase_indicator(Model& m, const Model::IndicatorKey& k) { m.erase_indicator(k); }
};

// Adds a usage at the end of the catalogue.
class AddUsage : public ModelCommand {
 public:
  explicit AddUsage(Usage usage) : usage_(std::move(usage)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  Usage usage_;
};

// Adds a structure at the end of the list.
class AddStructure : public ModelCommand {
 public:
  explicit AddStructure(Structure structure) : structure_(std::move(structure)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  Structure structure_;
};

// Removes a structure and its memberships (restored in their places by revert).
class RemoveStructure : public ModelCommand {
 public:
  explicit RemoveStructure(std::string id) : id_(std::move(id)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  std::string id_;
  std::size_t position_ = 0;
  std::optional<Structure> removed_;
  std::vector<std::pair<std::size_t, Membership>> removed_memberships_;  // ascending positions
};

// Replaces the fields of a structure (same id); it must still offer what its members subscribe.
class EditStructure : public ModelCommand {
 public:
  explicit EditStructure(Structure structure) : structure_(std::move(structure)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  Structure structure_;
  std::size_t position_ = 0;
  std::optional<Structure> previous_;
};

class AddMembership : public ModelCommand {
 public:
  explicit AddMembership(Membership membership) : membership_(std::move(membership)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  Membership membership_;
  std::size_t position_ = 0;
};

class RemoveMembership : public ModelCommand {
 public:
  RemoveMembership(std::string structure_id, MemberKind kind, std::string member_code)
      : structure_id_(std::move(structure_id)), kind_(kind), code_(std::move(member_code)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  std::string structure_id_;
  MemberKind kind_;
  std::string code_;
  std::size_t position_ = 0;
  std::optional<Membership> removed_;
};

// Sets many indicator values at once (an import): each replaces the value of the same commune,
// usage and vintage. All are checked first; one bad value rejects the whole batch.
class SetIndicatorValues : public ModelCommand {
 public:
  explicit SetIndicatorValues(std::vector<IndicatorValue> values) : values_(std::move(values)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  std::vector<IndicatorValue> values_;
  // Per value, what was there before (nothing when the key was new).
  std::vector<std::optional<IndicatorValue>> previous_;
};

// Applies a change set read back (the window's recovery file, core/project/project.h): the rows
// it puts and removes, by key. Every row is checked on a copy first; one that no longer fits the
// model rejects the whole set. Not undoable (the model it came from is gone): revert does nothing.
class ApplyChanges : public ModelCommand {
 public:
  explicit ApplyChanges(ModelChanges changes) : changes_(std::move(changes)) {}
  Message text() const override;
  Status apply(Model& model) override;
  void revert(Model&) override {}

 private:
  Status apply_unchecked(Model& model) const;
  ModelChanges changes_;
};

// Several commands applied as one step (an import is one undo step). apply() applies them in
// order; on the first error it reverts those already applied, in reverse order, and returns that
// error, so the model is left as it was. revert() reverts them all in reverse order. Owns them.
class ModelBatch : public ModelCommand {
 public:
  explicit ModelBatch(Message text) : text_(std::move(text)) {}
  void add(std::unique_ptr<ModelCommand> command) { commands_.push_back(std::move(command)); }
  std::size_t size() const { return commands_.size(); }
  bool empty() const { return commands_.empty(); }
  const ModelCommand& operator[](std::size_t i) const { return *commands_[i]; }
  Message text() const override { return text_; }
  Status apply(Model& model) override;
  void revert(Model& model) override;

 private:
  Message text_;
  std::vector<std::unique_ptr<ModelCommand>> commands_;
};

}  // namespace lumiere::core
