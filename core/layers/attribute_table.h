#pragma once
// Per-feature attributes of a layer as named columns of numbers or of text, one value per
// feature (NaN or "" where a feature has none). A value type; read-only once its layer is built.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lumiere::core {

class AttributeTable {
 public:
  void set_numbers(const std::string& name, std::vector<double> values) {
    numbers_[name] = std::move(values);
  }
  void set_texts(const std::string& name, std::vector<std::string> values) {
    texts_[name] = std::move(values);
  }
  const std::vector<double>* numbers(std::string_view name) const {
    const auto it = numbers_.find(name);
    return it == numbers_.end() ? nullptr : &it->second;
  }
  const std::vector<std::string>* texts(std::string_view name) const {
    const auto it = texts_.find(name);
    return it == texts_.end() ? nullptr : &it->second;
  }
  std::vector<std::string> number_columns() const { return keys(numbers_); }
  std::vector<std::string> text_columns() const { return keys(texts_); }

 private:
  template <class Map>
  static std::vector<std::string> keys(const Map& m) {
    std::vector<std::string> out;
    for (const auto& [k, v] : m) out.push_back(k);
    return out;
  }
  std::map<std::string, std::vector<double>, std::less<>> numbers_;
  std::map<std::string, std::vector<std::string>, std::less<>> texts_;
};

}  // namespace lumiere::core
