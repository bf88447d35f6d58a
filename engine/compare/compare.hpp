// The comparison engine: for each jurisdiction and each requirement of a
// baseline, a four-valued finding with its evidence and computed explanation.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/taxonomy.hpp"

#include <span>
#include <vector>

namespace lexgap::compare {

struct CompareOptions {
  // Pending bills and drafts count as law ("evaluation with pending legislation").
  bool with_pending = false;
};

// One jurisdiction against one requirement (selected or not).
model::Finding evaluate(model::Jurisdiction const& jurisdiction, model::Requirement const& requirement,
                        model::Taxonomy const& taxonomy, CompareOptions const& options = {});

// Every jurisdiction against every requirement of the baseline, jurisdiction by
// jurisdiction in the given order, requirements in baseline order; reviewer
// overrides attached. Runs on `threads` threads (0 = one per core); the result
// does not depend on the thread count.
std::vector<model::Finding> compare_all(std::span<model::Jurisdiction const> jurisdictions,
                                        model::Baseline const& baseline, model::Taxonomy const& taxonomy,
                                        std::vector<model::Override> const& overrides,
                                        CompareOptions const& options = {}, unsigned threads = 1);

// The result of a conjunction: met only if every part is met; a shortfall in
// any part makes it partial (if some part is satisfied) or gap; otherwise
// unknown if any part is unknown.
model::Result combine(std::vector<model::Result> const& parts);

}  // namespace lexgap::compare
