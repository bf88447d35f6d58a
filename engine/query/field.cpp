#include "engine/query/field.hpp"

namespace lexgap::query {
namespace {

constexpr std::string_view child_age_name = "child-age";
constexpr std::string_view absolute_suffix = ".absolute-below";
constexpr std::string_view protected_suffix = ".protected-below";

}  // namespace

std::optional<FieldName> resolve_field(std::string_view name) {
  if (name == child_age_name) return FieldName{Field::child_age, {}};
  for (auto [suffix, field] : {std::pair{absolute_suffix, Field::absolute_below},
                               std::pair{protected_suffix, Field::protected_below}})
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
      return FieldName{field, std::string(name.substr(0, name.size() - suffix.size()))};
  return std::nullopt;
}

std::vector<std::string> field_names(std::vector<std::string> const& families) {
  std::vector<std::string> names{std::string(child_age_name)};
  for (auto const& f : families) {
    names.push_back(f + std::string(absolute_suffix));
    names.push_back(f + std::string(protected_suffix));
  }
  return names;
}

}  // namespace lexgap::query
