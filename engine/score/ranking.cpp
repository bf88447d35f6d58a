#include "engine/score/ranking.hpp"

#include <algorithm>
#include <tuple>

namespace lexgap::score {

namespace {

using Eigen::Index;

Index at(std::size_t i) { return static_cast<Index>(i); }

std::vector<Shortfall> shortfalls(CoverageMatrix const& coverage, Eigen::MatrixXd const& lacking,
                                  Eigen::VectorXd const& weight, std::size_t row) {
  std::vector<Shortfall> out;
  for (std::size_t c = 0; c < coverage.columns(); ++c) {
    auto cell = lacking(at(row), at(c));
    if (cell == 0 || weight(at(c)) == 0) continue;  // a weight-0 row does not count
    auto result = coverage.gap(at(row), at(c)) != 0 ? model::Result::gap : model::Result::partial;
    out.push_back({coverage.requirements[c].id, result, weight(at(c)) * cell});
  }
  // Stable: equal losses stay in baseline order.
  std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.loss > b.loss; });
  return out;
}

std::vector<RequirementReach> reach(CoverageMatrix const& coverage, Eigen::VectorXd const& weight) {
  std::vector<RequirementReach> out;
  for (std::size_t c = 0; c < coverage.columns(); ++c) {
    RequirementReach r;
    r.requirement = coverage.requirements[c].id;
    r.weight = weight(at(c));
    for (std::size_t i = 0; i < coverage.rows(); ++i) {
      r.met += coverage.met(at(i), at(c)) != 0;
      r.partial += coverage.partial(at(i), at(c)) != 0;
      r.gap += coverage.gap(at(i), at(c)) != 0;
      r.unknown += coverage.unknown(at(i), at(c)) != 0;
      if (coverage.partial(at(i), at(c)) != 0 || coverage.gap(at(i), at(c)) != 0) r.lacking.push_back(coverage.codes[i]);
    }
    std::sort(r.lacking.begin(), r.lacking.end());
    out.push_back(std::move(r));
  }
  // Weight-0 rows (umbrella and info rows) are not scored: listed last.
  std::stable_sort(out.begin(), out.end(), [](auto const& a, auto const& b) {
    return std::make_tuple(a.weight > 0, a.lacked(), a.weight) > std::make_tuple(b.weight > 0, b.lacked(), b.weight);
  });
  return out;
}

}  // namespace

Ranking rank(CoverageMatrix const& coverage, RankOptions const& options) {
  Ranking out;
  out.baseline = coverage.baseline;
  out.model = options.model;
  out.sensitivity = options.sensitivity;
  out.requirements = coverage.columns();

  Eigen::VectorXd weight = model_weights(options.model, coverage.weight);
  Scorer scorer(coverage, options.model);
  Eigen::VectorXd needs = scorer.needs(weight).col(0);
  Eigen::VectorXd shortfall = scorer.shortfall().col(0);
  Eigen::VectorXd maximum = scorer.maximum().col(0);
  Eigen::MatrixXd lacking = coverage.lacking();
  Eigen::VectorXd known = coverage.known().rowwise().sum();
  Eigen::VectorXd applicable = known + coverage.unknown.rowwise().sum();

  std::vector<JurisdictionNeed> all(coverage.rows());
  std::vector<std::size_t> rankable;
  for (std::size_t i = 0; i < coverage.rows(); ++i) {
    auto& j = all[i];
    j.code = coverage.codes[i];
    j.name = coverage.names[i];
    j.need = needs(at(i));
    j.maximum = maximum(at(i));
    j.score = score(options.model, shortfall(at(i)), j.maximum);
    j.known = static_cast<std::size_t>(known(at(i)));
    j.applicable = static_cast<std::size_t>(applicable(at(i)));
    j.evidence_coverage = j.applicable ? static_cast<double>(j.known) / static_cast<double>(j.applicable) : 0.0;
    j.shortfalls = shortfalls(coverage, lacking, weight, i);
    if (j.maximum > 0) rankable.push_back(i);
  }

  RankBuffers buffers;
  auto const& ranks = competition_ranks(needs, rankable, buffers);
  std::vector<RankInterval> intervals;
  if (options.sensitivity.samples > 0)
    intervals = rank_intervals(options.model, coverage, rankable, options.sensitivity);
  for (std::size_t p = 0; p < rankable.size(); ++p) {
    auto& j = all[rankable[p]];
    j.rank = ranks[p];
    if (!intervals.empty()) j.interval = intervals[p];
  }

  for (auto& j : all) (j.rank > 0 ? out.ranked : out.insufficient_evidence).push_back(std::move(j));
  // The documented tie rule: equal needs share a rank and are listed by code.
  std::sort(out.ranked.begin(), out.ranked.end(),
            [](auto const& a, auto const& b) { return std::tie(a.rank, a.code) < std::tie(b.rank, b.code); });
  std::sort(out.insufficient_evidence.begin(), out.insufficient_evidence.end(),
            [](auto const& a, auto const& b) { return a.code < b.code; });
  out.reach = reach(coverage, weight);
  return out;
}

}  // namespace lexgap::score
