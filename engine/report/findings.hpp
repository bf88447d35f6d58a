// Findings as text (terminal) and JSON (docs/json.md); `explain` traces.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace lexgap::report {

inline constexpr int findings_schema_version = 1;

// One block per jurisdiction: a line per requirement with its result and
// explanation, evidence citations beneath.
std::string findings_text(model::Baseline const& baseline, std::vector<model::Jurisdiction> const& jurisdictions,
                          std::vector<model::Finding> const& findings);

nlohmann::json to_json(model::Finding const& finding, model::Requirement const& requirement);
// How the findings were computed, recorded in the document beside them.
struct FindingsRun {
  bool with_pending = false;  // pending bills and drafts counted as law (--with-pending)
  std::string generated;      // UTC time stamp of the run; empty: none written
};

// The findings document (docs/json.md), written to `out` one jurisdiction at
// a time, ending with a newline.
void write_findings_json(std::ostream& out, model::Baseline const& baseline,
                         std::vector<model::Jurisdiction> const& jurisdictions,
                         std::vector<model::Finding> const& findings, FindingsRun const& run);

// The trace of one finding back to provisions and source paragraphs.
std::string explain_text(model::Jurisdiction const& jurisdiction, model::Requirement const& requirement,
                         model::Finding const& finding);

}  // namespace lexgap::report
