// Sensitivity of the ranking to the weights: every weight scaled by an
// independent uniform factor in [0.5, 1.5), N samples, each jurisdiction's
// 5th-95th percentile rank (docs/scoring.md).
#pragma once

#include "engine/score/scoring.hpp"

#include <Eigen/Dense>

#include <cstdint>
#include <random>
#include <vector>

namespace lexgap::score {

inline constexpr double factor_low = 0.5;
inline constexpr double factor_high = 1.5;
inline constexpr int percentile_low = 5;
inline constexpr int percentile_high = 95;
// Samples scored by one matrix product.
inline constexpr std::size_t batch_columns = 1024;

// The standard fixes mt19937_64's output but not uniform_real_distribution's,
// so the factor is mapped by hand: the top 53 bits as a fraction in [0, 1).
// The same seed gives the same weights with every standard library.
class WeightSampler {
 public:
  explicit WeightSampler(std::uint64_t seed);
  double factor();
  // Fills every column of `columns` (requirements × samples) with perturbed
  // weights: column by column, one factor per requirement in order.
  void draw(Eigen::VectorXd const& weight, Eigen::MatrixXd& columns);

 private:
  std::mt19937_64 engine_;
};

struct RankInterval {
  int low = 0;   // 5th percentile rank
  int high = 0;  // 95th percentile rank
};

struct SensitivityOptions {
  std::size_t samples = 10000;
  std::uint64_t seed = 1;
};

// The competition rank of each listed row (by need under `model`) in every
// sample, summarized as its 5th-95th percentile interval; one per row.
std::vector<RankInterval> rank_intervals(ScoringModel model, CoverageMatrix const& coverage,
                                         std::vector<std::size_t> const& rows, SensitivityOptions const& options);

// Nearest-rank percentile: the smallest rank r such that at least
// ceil(percent·total/100) samples have a rank ≤ r. histogram[r] counts rank r.
int percentile_rank(std::vector<std::size_t> const& histogram, std::size_t total, int percent);

}  // namespace lexgap::score
