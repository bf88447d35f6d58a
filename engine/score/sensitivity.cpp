#include "engine/score/sensitivity.hpp"

#include <algorithm>

namespace lexgap::score {

WeightSampler::WeightSampler(std::uint64_t seed) : engine_(seed) {}

double WeightSampler::factor() {
  double unit = static_cast<double>(engine_() >> 11) * 0x1.0p-53;
  return factor_low + (factor_high - factor_low) * unit;
}

void WeightSampler::draw(Eigen::VectorXd const& weight, Eigen::MatrixXd& columns) {
  for (Eigen::Index s = 0; s < columns.cols(); ++s)
    for (Eigen::Index r = 0; r < columns.rows(); ++r) columns(r, s) = weight(r) * factor();
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
  Eigen::VectorXd weight = model_weights(model, coverage.weight);
  Scorer scorer(coverage, model);
  WeightSampler sampler(options.seed);
  // Allocated once: fresh half-megabyte buffers per batch cost more than the product.
  Eigen::MatrixXd columns(weight.size(), static_cast<Eigen::Index>(std::min(batch_columns, options.samples)));
  // histograms[i][r]: samples in which row i has rank r.
  std::vector<std::vector<std::size_t>> histograms(rows.size(), std::vector<std::size_t>(rows.size() + 1, 0));
  RankBuffers buffers;
  for (std::size_t done = 0; done < options.samples;) {
    auto count = std::min(batch_columns, options.samples - done);
    if (static_cast<std::size_t>(columns.cols()) != count)
      columns.resize(Eigen::NoChange, static_cast<Eigen::Index>(count));
    sampler.draw(weight, columns);
    auto const& needs = scorer.needs(columns);
    for (Eigen::Index s = 0; s < needs.cols(); ++s) {
      auto const& ranks = competition_ranks(needs.col(s), rows, buffers);
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
