// The coverage matrix: jurisdictions (rows) × selected requirements (columns)
// of one baseline, one cell per finding (its result with overrides), kept as
// Eigen indicator matrices so that every score is a matrix product
// (docs/scoring.md).
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace lexgap::score {

// Credit for a partial result: half of a met one.
inline constexpr double partial_credit = 0.5;

// The weight tables of docs/scoring.md: severity points × strength factor,
// unless the baseline or profile gives an explicit `weight`, which replaces it
// (as XCCDF's refine-rule weight does).
double severity_points(model::Severity severity);
double strength_factor(model::Strength strength);
double requirement_weight(model::Requirement const& requirement);

struct CoverageMatrix {
  std::string baseline;
  std::vector<std::string> codes;  // rows, in the order given
  std::vector<std::string> names;
  std::vector<model::Requirement> requirements;  // columns: the selected ones, in baseline order

  // 0/1 indicators per result value. A not-applicable cell is 0 in all four:
  // it is out of every score and of the evidence coverage.
  Eigen::MatrixXd met, partial, gap, unknown;
  Eigen::VectorXd weight;  // per column, requirement_weight()

  std::size_t rows() const { return codes.size(); }
  std::size_t columns() const { return requirements.size(); }

  // The evidence mask: 1 where the result is known (met, partial or gap).
  Eigen::MatrixXd known() const;
  // What each known cell falls short by: 1 for gap, 1 - partial_credit for partial.
  Eigen::MatrixXd lacking() const;
};

// One row per jurisdiction, in the given order. A cell without a finding is
// unknown; findings of other jurisdictions or of unselected requirements are
// ignored.
CoverageMatrix coverage_matrix(model::Baseline const& baseline, std::vector<model::Jurisdiction> const& jurisdictions,
                               std::vector<model::Finding> const& findings);

}  // namespace lexgap::score
