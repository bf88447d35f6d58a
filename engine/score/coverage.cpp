#include "engine/score/coverage.hpp"

#include <map>

namespace lexgap::score {

double severity_points(model::Severity severity) {
  switch (severity) {
    case model::Severity::info: return 0;
    case model::Severity::low: return 1;
    case model::Severity::medium: return 2;
    case model::Severity::high: return 3;
  }
  return 0;
}

double strength_factor(model::Strength strength) {
  switch (strength) {
    case model::Strength::shall: return 1.0;
    case model::Strength::shall_subject_to_national_law: return 0.75;
    case model::Strength::where_appropriate: return 0.5;
    case model::Strength::may: return 0.25;
    case model::Strength::endeavour: return 0.25;
  }
  return 0;
}

double requirement_weight(model::Requirement const& requirement) {
  if (requirement.weight) return *requirement.weight;
  return severity_points(requirement.severity) * strength_factor(requirement.strength);
}

Eigen::MatrixXd CoverageMatrix::known() const { return met + partial + gap; }

Eigen::MatrixXd CoverageMatrix::lacking() const { return gap + (1 - partial_credit) * partial; }

CoverageMatrix coverage_matrix(model::Baseline const& baseline, std::vector<model::Jurisdiction> const& jurisdictions,
                               std::vector<model::Finding> const& findings) {
  CoverageMatrix m;
  m.baseline = baseline.id;
  for (auto const& j : jurisdictions) {
    m.codes.push_back(j.code);
    m.names.push_back(j.name);
  }
  for (auto const& r : baseline.requirements)
    if (r.selected) m.requirements.push_back(r);

  auto rows = static_cast<Eigen::Index>(m.rows());
  auto columns = static_cast<Eigen::Index>(m.columns());
  m.met = Eigen::MatrixXd::Zero(rows, columns);
  m.partial = Eigen::MatrixXd::Zero(rows, columns);
  m.gap = Eigen::MatrixXd::Zero(rows, columns);
  m.unknown = Eigen::MatrixXd::Constant(rows, columns, 1.0);
  m.weight.resize(columns);

  std::map<std::string, Eigen::Index> row_of, column_of;
  for (Eigen::Index i = 0; i < rows; ++i) row_of.emplace(m.codes[static_cast<std::size_t>(i)], i);
  for (Eigen::Index c = 0; c < columns; ++c) {
    auto const& r = m.requirements[static_cast<std::size_t>(c)];
    column_of.emplace(r.id, c);
    m.weight(c) = requirement_weight(r);
  }

  for (auto const& f : findings) {
    auto row = row_of.find(f.jurisdiction);
    auto column = column_of.find(f.requirement);
    if (row == row_of.end() || column == column_of.end()) continue;
    auto i = row->second;
    auto c = column->second;
    m.met(i, c) = m.partial(i, c) = m.gap(i, c) = m.unknown(i, c) = 0;
    switch (f.result()) {
      case model::Result::met: m.met(i, c) = 1; break;
      case model::Result::partial: m.partial(i, c) = 1; break;
      case model::Result::gap: m.gap(i, c) = 1; break;
      case model::Result::unknown: m.unknown(i, c) = 1; break;
      // A reviewer may declare a selected requirement not applicable (or
      // unselect it for one State): the cell leaves every figure.
      case model::Result::not_applicable:
      case model::Result::not_selected: break;
    }
  }
  return m;
}

}  // namespace lexgap::score
