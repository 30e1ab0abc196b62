// Fuzzes core::import_structures end to end on a temporary CSV file, against a Model of the real
// COG (loaded once), then applies the batch it builds to a copy of the model and reverts it.
// Findings: crashes, sanitizer reports, uncaught exceptions and broken promises: a batch the
// model refuses although the import checked it, a revert that does not restore the model
// exactly, a report that is not JSON.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/model/model.h"
#include "core/tables/structure_import.h"
#include "fuzz_support.h"

using namespace lumiere;

namespace {
const core::Model& empty_model() {
  static const core::Model* model = new core::Model(fuzz::cog());
  return *model;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)empty_model();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = fuzz::temp_file("-structures.csv");
  fuzz::write_bytes(path, data, size);
  const core::Model& model = empty_model();
  auto imported = core::import_structures(path, model);
  if (!imported) {
    if (imported.error().code == core::MessageCode::Internal) fuzz::fail("an internal error");
    return 0;
  }
  if (nlohmann::json::parse(core::report_json(imported->report), nullptr, false).is_discarded())
    fuzz::fail("the report is not JSON");
  if (!imported->command) fuzz::fail("an import without a command");
  core::Model copy = model;
  auto applied = imported->command->apply(copy);
  if (!applied) fuzz::fail("the model refused the batch the import built");
  if (copy.structures().size() != imported->added.size())
    fuzz::fail("structures added differ from the import's list");
  imported->command->revert(copy);
  if (!(copy == model)) fuzz::fail("revert does not restore the model exactly");
  return 0;
}
