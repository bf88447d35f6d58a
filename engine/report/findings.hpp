// Findings as text (terminal) and JSON (docs/json.md); `explain` traces.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lexgap::report {

inline constexpr int findings_schema_version = 1;

// One block per jurisdiction: a line per requirement with its result and
// explanation, evidence citations beneath.
std::string findings_text(model::Baseline const& baseline, std::vector<model::Jurisdiction> const& jurisdictions,
                          std::vector<model::Finding> const& findings);

nlohmann::json to_json(model::Finding const& finding, model::Requirement const& requirement);
nlohmann::json findings_json(model::Baseline const& baseline, std::vector<model::Jurisdiction> const& jurisdictions,
                             std::vector<model::Finding> const& findings);

// The trace of one finding back to provisions and source paragraphs.
std::string explain_text(model::Jurisdiction const& jurisdiction, model::Requirement const& requirement,
                         model::Finding const& finding);

}  // namespace lexgap::report
