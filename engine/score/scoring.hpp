// Scoring models after XCCDF 1.2 §7.3 (weighted = "default" without groups,
// flat, flat-unweighted, absolute) and the need each one ranks by; formulas
// in docs/scoring.md. Unknown cells are outside every score.
#pragma once

#include "engine/score/coverage.hpp"

#include <Eigen/Dense>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lexgap::score {

enum class ScoringModel { weighted, flat, flat_unweighted, absolute };

char const* to_string(ScoringModel model);
std::optional<ScoringModel> scoring_model_from_string(std::string const& word);

// The weights a model scores with: the coverage weights, except that
// flat-unweighted turns every non-zero weight into 1.
Eigen::VectorXd model_weights(ScoringModel model, Eigen::VectorXd const& weight);

// Scores weight columns against one coverage matrix. [lacking; known] is
// stacked once, so that ONE product with a batch of weight columns yields the
// known shortfall L and the known maximum m of every jurisdiction under every
// column; its storage is reused from batch to batch.
class Scorer {
 public:
  Scorer(CoverageMatrix const& coverage, ScoringModel model);

  // The need of each jurisdiction (rows) under each column of `weights`
  // (requirements × columns, already the model's weights):
  //   weighted: L/m; flat, flat-unweighted: L; absolute: 1 if L > 0 else 0;
  // 0 where m = 0 (insufficient evidence: such rows are never ranked).
  Eigen::MatrixXd const& needs(Eigen::MatrixXd const& weights);

  // L and m of the last call.
  auto shortfall() const { return product_.topRows(rows_); }
  auto maximum() const { return product_.bottomRows(rows_); }

 private:
  ScoringModel model_;
  Eigen::Index rows_;
  Eigen::MatrixXd stacked_;  // [lacking; known]
  Eigen::MatrixXd product_;  // [L; m]
  Eigen::MatrixXd needs_;
};

// The score XCCDF would print: weighted 100·(m-L)/m; flat and
// flat-unweighted m-L (out of m); absolute 1 if L = 0 else 0.
double score(ScoringModel model, double shortfall, double maximum);

// The buffers competition_ranks works in, kept by a caller that ranks many
// samples: allocating them per sample was a fifth of `lexgap rank`.
struct RankBuffers {
  std::vector<std::pair<long long, std::size_t>> keyed;
  std::vector<int> ranks;
};

// Standard competition ranks ("1224"), 1 = greatest need, for the rows listed;
// needs equal to 9 decimal places tie. Returns one rank per listed row (a
// reference into `buffers`, valid until their next use).
std::vector<int> const& competition_ranks(Eigen::Ref<Eigen::VectorXd const> needs, std::vector<std::size_t> const& rows,
                                          RankBuffers& buffers);

}  // namespace lexgap::score
