// The normalized rules of a jurisdiction as text, for `lexgap check`.
#pragma once

#include "engine/model/jurisdiction.hpp"

#include <string>

namespace lexgap::report {

std::string rules_text(model::Jurisdiction const& jurisdiction);

}  // namespace lexgap::report
