// Baselines, jurisdictions and findings built by hand, so that every figure
// of a test can be computed on paper (no corpus needed).
#pragma once

#include "engine/score/coverage.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexgap::testing {

inline model::Requirement requirement(std::string id, model::Severity severity, model::Strength strength,
                                      std::optional<double> weight = std::nullopt, bool selected = true) {
  model::Requirement r;
  r.id = std::move(id);
  r.summary = "summary of " + r.id;
  r.severity = severity;
  r.strength = strength;
  r.weight = weight;
  r.selected = selected;
  return r;
}

inline model::Baseline baseline(std::vector<model::Requirement> requirements) {
  model::Baseline b;
  b.id = "hand";
  b.requirements = std::move(requirements);
  return b;
}

// R1, R2, ...: every requirement high and `shall` (weight 3).
inline model::Baseline uniform_baseline(std::size_t count) {
  std::vector<model::Requirement> rs;
  for (std::size_t i = 0; i < count; ++i)
    rs.push_back(requirement("R" + std::to_string(i + 1), model::Severity::high, model::Strength::shall));
  return baseline(std::move(rs));
}

// A State and its results, one letter per requirement in baseline order:
// m met, p partial, g gap, u unknown, n not applicable.
struct Row {
  std::string code;
  std::string results;
};

inline model::Result result_of(char letter) {
  switch (letter) {
    case 'm': return model::Result::met;
    case 'p': return model::Result::partial;
    case 'g': return model::Result::gap;
    case 'n': return model::Result::not_applicable;
    default: return model::Result::unknown;
  }
}

inline std::vector<model::Jurisdiction> jurisdictions(std::vector<Row> const& rows) {
  std::vector<model::Jurisdiction> out;
  for (auto const& row : rows) {
    model::Jurisdiction j;
    j.code = row.code;
    j.name = "State " + row.code;
    out.push_back(j);
  }
  return out;
}

inline std::vector<model::Finding> findings(model::Baseline const& b, std::vector<Row> const& rows) {
  std::vector<model::Finding> out;
  for (auto const& row : rows)
    for (std::size_t r = 0; r < b.requirements.size() && r < row.results.size(); ++r) {
      model::Finding f;
      f.jurisdiction = row.code;
      f.requirement = b.requirements[r].id;
      f.computed = result_of(row.results[r]);
      out.push_back(f);
    }
  return out;
}

inline score::CoverageMatrix coverage(model::Baseline const& b, std::vector<Row> const& rows) {
  return score::coverage_matrix(b, jurisdictions(rows), findings(b, rows));
}

}  // namespace lexgap::testing
