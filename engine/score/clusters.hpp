// Gap profiles: jurisdictions grouped by the requirements they lack, so that
// one assistance programme can serve a group. Average-linkage hierarchical
// clustering on the Jaccard distance between sets of gap/partial
// requirements; k by mean silhouette unless given, between the number of
// groups that share nothing and the number of distinct gap sets
// (docs/scoring.md).
#pragma once

#include "engine/score/coverage.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lexgap::score {

struct ClusterGap {
  std::string requirement;
  std::size_t members = 0;  // how many members lack it
};

struct Cluster {
  std::vector<std::string> members;  // by code
  std::vector<ClusterGap> gaps;      // most members first, then baseline order

  // The gaps every member has: what one programme would serve them all on.
  std::vector<std::string> shared() const;
};

struct Clustering {
  std::vector<Cluster> clusters;          // largest first, then by first member
  std::vector<std::string> without_gaps;  // no known gap or partial of positive weight: in no cluster
  std::size_t k = 0;
  bool k_given = false;
  double silhouette = 0;  // mean silhouette of the chosen k (0 for one group, or groups of one)
  std::vector<std::pair<std::size_t, double>> silhouettes;  // every candidate k, ascending
};

struct ClusterOptions {
  std::optional<std::size_t> k;  // otherwise chosen by silhouette
};

Clustering cluster(CoverageMatrix const& coverage, ClusterOptions const& options = {});

}  // namespace lexgap::score
