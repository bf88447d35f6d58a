// The normalized model as JSON: the contract of `lexgap check --format json`
// (docs/json.md), which tests and later stages rely on.
#pragma once

#include "engine/model/jurisdiction.hpp"
#include "grammar/diagnostic.hpp"

#include <nlohmann/json.hpp>

namespace lexgap::report {

inline constexpr int model_schema_version = 1;

nlohmann::json to_json(model::Provenance const& provenance);
nlohmann::json to_json(model::Jurisdiction const& jurisdiction);
nlohmann::json to_json(Diagnostic const& diagnostic);

}  // namespace lexgap::report
