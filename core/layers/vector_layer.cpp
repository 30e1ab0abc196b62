#include "core/layers/vector_layer.h"

namespace lumiere::core {

std::optional<std::size_t> VectorLayer::find(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  if (it == by_code_.end()) return std::nullopt;
  return it->second;
}

const std::string& VectorLayer::display_name(std::size_t f) const {
  if (f < official_names.size() && !official_names[f].empty()) return official_names[f];
  return names[f];
}

void VectorLayer::build_levels() {
  if (levels.level_count() > 0) return;  // built, or read prepared from a project
  const ArcTopology topology = ArcTopology::build(geometry, 0);
  levels = LevelsOfDetail::build(geometry, topology);
}

void VectorLayer::index_codes() {
  by_code_.clear();
  by_code_.reserve(codes.size());
  for (std::size_t f = 0; f < codes.size(); ++f) {
    if (!codes[f].empty()) by_code_.try_emplace(codes[f], f);
  }
}

}  // namespace lumiere::core
