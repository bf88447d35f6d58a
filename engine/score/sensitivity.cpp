#include "engine/score/sensitivity.hpp"

#include <algorithm>

namespace lexgap::score {

WeightSampler::WeightSampler(std::uint64_t seed) : engine_(seed) {}

double WeightSampler::factor() {
  double unit = static_cast<double>(engine_() >> 11) * 0x1.0p-53;
  return factor_low + (factor_high - factor_low) * unit;
}

Eigen::MatrixXd WeightSampler::draw(Eigen::VectorXd const& weight, std::size_t count) {
  Eigen::MatrixXd out(weight.size(), static_cast<Eigen::Index>(count));
  for (Eigen::Index s = 0; s < out.cols(); ++s)
    for (Eigen::Index r = 0; r < out.rows(); ++r) out(r, s) = weight(r) * factor();
  return out;
}

int percentile_rank(std::vector<std::size_t> const& histogram, std::size_t total, int percent) {
  auto threshold = std::max<std::size_t>(1, (static_cast<std::size_t>(percent) * total + 99) / 100);
  std::size_t seen = 0;
  for (std::size_t r = 0; r < histogram.size(); ++r) {
    seen += histogram[r];
    if (seen >= threshold) return static_cast<int>(r);
  }
  return 0;
}

std::vector<RankInterval> rank_intervals(ScoringModel model, CoverageMatrix const& coverage,
                                         std::vector<std::size_t> const& rows, SensitivityOptions const& options) {
  std::vector<RankInterval> intervals(rows.size());
  if (options.samples == 0 || rows.empty()) return intervals;
  auto weight = model_weights(model, coverage.weight);
  auto stacked = stacked_indicators(coverage);
  WeightSampler sampler(options.seed);
  // histograms[i][r]: samples in which row i has rank r.
  std::vector<std::vector<std::size_t>> histograms(rows.size(), std::vector<std::size_t>(rows.size() + 1, 0));
  for (std::size_t done = 0; done < options.samples;) {
    auto count = std::min(batch_columns, options.samples - done);
    auto needs = need(model, tally(stacked, sampler.draw(weight, count)));
    for (Eigen::Index s = 0; s < needs.cols(); ++s) {
      auto ranks = competition_ranks(needs.col(s), rows);
      for (std::size_t i = 0; i < rows.size(); ++i) ++histograms[i][static_cast<std::size_t>(ranks[i])];
    }
    done += count;
  }
  for (std::size_t i = 0; i < rows.size(); ++i)
    intervals[i] = {percentile_rank(histograms[i], options.samples, percentile_low),
                    percentile_rank(histograms[i], options.samples, percentile_high)};
  return intervals;
}

}  // namespace lexgap::score
