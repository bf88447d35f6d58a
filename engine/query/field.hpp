// The numeric fields a query compares with a number, by name: shared by the
// checker (which names exist) and the evaluator (what they read).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgap::query {

enum class Field {
  child_age,        // `child-age`: the general definition of a child
  absolute_below,   // `FAMILY.absolute-below`: end of the absolute band from age 0
  protected_below,  // `FAMILY.protected-below`: end of the band protected at any level from age 0
};

struct FieldName {
  Field field = Field::child_age;
  std::string family;  // for the FAMILY.… fields; it starts the name
};

// What a name denotes by its form alone (the family is not checked here).
std::optional<FieldName> resolve_field(std::string_view name);

// Every field name over the given families, for "did you mean".
std::vector<std::string> field_names(std::vector<std::string> const& families);

}  // namespace lexgap::query
