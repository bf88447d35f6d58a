// How much evidence stands behind each jurisdiction: its cited statements and
// which of the 2009 report's 14 issue areas, (a) to (n), have any information.
#pragma once

#include "engine/model/jurisdiction.hpp"
#include "engine/model/taxonomy.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lexgap::report {

struct EvidenceSummary {
  std::string code;
  std::string name;
  std::size_t statements = 0;          // statements with at least one citation
  std::size_t uncited = 0;             // statements without one
  std::size_t mentions = 0;            // `cite ...;` alone: named in a source, no fact
  std::string areas;                   // letters a-n with information, in order
};

// Area of each statement: `child` (b), provisions and `lacks offence` (c),
// `claims jurisdiction` (e), measures and `lacks measure` (the term's area).
EvidenceSummary summarize_evidence(model::Jurisdiction const& jurisdiction, model::Taxonomy const& taxonomy);

std::string evidence_table(std::vector<EvidenceSummary> const& rows);
nlohmann::json to_json(std::vector<EvidenceSummary> const& rows);

}  // namespace lexgap::report
