#include "engine/score/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace lexgap::score {

char const* to_string(ScoringModel model) {
  switch (model) {
    case ScoringModel::weighted: return "weighted";
    case ScoringModel::flat: return "flat";
    case ScoringModel::flat_unweighted: return "flat-unweighted";
    case ScoringModel::absolute: return "absolute";
  }
  return "?";
}

std::optional<ScoringModel> scoring_model_from_string(std::string const& word) {
  for (auto m : {ScoringModel::weighted, ScoringModel::flat, ScoringModel::flat_unweighted, ScoringModel::absolute})
    if (word == to_string(m)) return m;
  return std::nullopt;
}

Eigen::VectorXd model_weights(ScoringModel model, Eigen::VectorXd const& weight) {
  if (model != ScoringModel::flat_unweighted) return weight;
  return weight.unaryExpr([](double w) { return w != 0 ? 1.0 : 0.0; });
}

Scorer::Scorer(CoverageMatrix const& coverage, ScoringModel model)
    : model_(model), rows_(static_cast<Eigen::Index>(coverage.rows())) {
  stacked_.resize(2 * rows_, static_cast<Eigen::Index>(coverage.columns()));
  stacked_.topRows(rows_) = coverage.lacking();
  stacked_.bottomRows(rows_) = coverage.known();
}

Eigen::MatrixXd const& Scorer::needs(Eigen::MatrixXd const& weights) {
  product_.noalias() = stacked_ * weights;
  auto L = shortfall().array();
  auto m = maximum().array();
  switch (model_) {
    case ScoringModel::weighted: needs_ = (m > 0).select(L / m, 0.0).matrix(); break;
    case ScoringModel::flat:
    case ScoringModel::flat_unweighted: needs_ = (m > 0).select(L, 0.0).matrix(); break;
    case ScoringModel::absolute: needs_ = (m > 0 && L > 0).cast<double>().matrix(); break;
  }
  return needs_;
}

double score(ScoringModel model, double shortfall, double maximum) {
  if (maximum <= 0) return 0;
  switch (model) {
    case ScoringModel::weighted: return 100 * (maximum - shortfall) / maximum;
    case ScoringModel::flat:
    case ScoringModel::flat_unweighted: return maximum - shortfall;
    case ScoringModel::absolute: return shortfall > 0 ? 0 : 1;
  }
  return 0;
}

std::vector<int> const& competition_ranks(Eigen::Ref<Eigen::VectorXd const> needs, std::vector<std::size_t> const& rows,
                                          RankBuffers& buffers) {
  // Quantized so that needs equal but for rounding (sums taken in another
  // order) tie, as the documented tie rule says.
  auto& keyed = buffers.keyed;
  keyed.clear();
  for (std::size_t i = 0; i < rows.size(); ++i)
    keyed.emplace_back(std::llround(needs(static_cast<Eigen::Index>(rows[i])) * 1e9), i);
  std::sort(keyed.begin(), keyed.end(), [](auto const& a, auto const& b) { return a.first > b.first; });
  auto& ranks = buffers.ranks;
  ranks.assign(rows.size(), 0);
  for (std::size_t p = 0; p < keyed.size(); ++p)
    ranks[keyed[p].second] =
        p > 0 && keyed[p].first == keyed[p - 1].first ? ranks[keyed[p - 1].second] : static_cast<int>(p) + 1;
  return ranks;
}

}  // namespace lexgap::score
