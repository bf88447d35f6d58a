#include "engine/score/clusters.hpp"

#include <algorithm>
#include <numeric>

namespace lexgap::score {

namespace {

using Eigen::Index;

Index at(std::size_t i) { return static_cast<Index>(i); }

// 1 - |A∩B| / |A∪B| for every pair of rows of a 0/1 matrix, from one product.
Eigen::MatrixXd jaccard_distances(Eigen::MatrixXd const& sets) {
  Eigen::MatrixXd intersection = sets * sets.transpose();
  Eigen::VectorXd size = intersection.diagonal();
  Eigen::MatrixXd unions = (size.replicate(1, size.size()) + size.transpose().replicate(size.size(), 1)) - intersection;
  return (1.0 - intersection.array() / unions.array()).matrix();
}

struct Merge {
  std::size_t into = 0, from = 0;
  double height = 0;  // average distance between the two groups
};

// Average linkage (UPGMA) by the Lance-Williams update; the merges in order.
// Equal distances merge the pair met first (lowest rows; the workspace orders rows by code).
std::vector<Merge> average_linkage(Eigen::MatrixXd distance) {
  auto n = static_cast<std::size_t>(distance.rows());
  std::vector<std::size_t> size(n, 1);
  std::vector<bool> active(n, true);
  std::vector<Merge> merges;
  for (std::size_t step = 1; step < n; ++step) {
    std::size_t a = 0, b = 0;
    double best = 2;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j)
        if (active[i] && active[j] && distance(at(i), at(j)) < best) {
          best = distance(at(i), at(j));
          a = i;
          b = j;
        }
    for (std::size_t k = 0; k < n; ++k) {
      if (!active[k] || k == a || k == b) continue;
      double d = (static_cast<double>(size[a]) * distance(at(a), at(k)) +
                  static_cast<double>(size[b]) * distance(at(b), at(k))) /
                 static_cast<double>(size[a] + size[b]);
      distance(at(a), at(k)) = distance(at(k), at(a)) = d;
    }
    size[a] += size[b];
    active[b] = false;
    merges.push_back({a, b, best});
  }
  return merges;
}

// Cluster labels after the first n - k merges: each row's lowest member.
std::vector<std::size_t> cut(std::vector<Merge> const& merges, std::size_t n, std::size_t k) {
  std::vector<std::size_t> label(n);
  std::iota(label.begin(), label.end(), std::size_t{0});
  for (std::size_t m = 0; m + k < n; ++m) {
    auto from = label[merges[m].from], to = label[merges[m].into];
    for (auto& l : label)
      if (l == from) l = to;
  }
  return label;
}

// Mean silhouette (Rousseeuw 1987); a member alone in its cluster scores 0,
// so one cluster, and n clusters of one, score 0.
double mean_silhouette(Eigen::MatrixXd const& distance, std::vector<std::size_t> const& label) {
  auto n = label.size();
  double total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<double> sum(n, 0);
    std::vector<std::size_t> count(n, 0);
    for (std::size_t j = 0; j < n; ++j)
      if (j != i) {
        sum[label[j]] += distance(at(i), at(j));
        ++count[label[j]];
      }
    if (count[label[i]] == 0) continue;
    double a = sum[label[i]] / static_cast<double>(count[label[i]]);
    double b = 2;
    for (std::size_t c = 0; c < n; ++c)
      if (c != label[i] && count[c] > 0) b = std::min(b, sum[c] / static_cast<double>(count[c]));
    if (b > 1) continue;  // no other cluster
    double larger = std::max(a, b);
    if (larger > 0) total += (b - a) / larger;
  }
  return total / static_cast<double>(n);
}

std::size_t distinct_sets(Eigen::MatrixXd const& distance) {
  std::size_t distinct = 0;
  for (Index i = 0; i < distance.rows(); ++i) {
    bool seen = false;
    for (Index j = 0; j < i && !seen; ++j) seen = distance(i, j) == 0;
    distinct += !seen;
  }
  return distinct;
}

}  // namespace

std::vector<std::string> Cluster::shared() const {
  std::vector<std::string> out;
  for (auto const& g : gaps)
    if (g.members == members.size()) out.push_back(g.requirement);
  return out;
}

Clustering cluster(CoverageMatrix const& coverage, ClusterOptions const& options) {
  Clustering out;
  // Gap sets over the requirements that count (positive weight).
  Eigen::MatrixXd lacks = ((coverage.gap + coverage.partial).array() > 0).cast<double>().matrix() *
                          (coverage.weight.array() > 0).cast<double>().matrix().asDiagonal();
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < coverage.rows(); ++i) {
    if (lacks.row(at(i)).sum() > 0)
      rows.push_back(i);
    else
      out.without_gaps.push_back(coverage.codes[i]);
  }
  std::sort(out.without_gaps.begin(), out.without_gaps.end());
  auto n = rows.size();
  if (n == 0) return out;

  Eigen::MatrixXd sets(at(n), lacks.cols());
  for (std::size_t p = 0; p < n; ++p) sets.row(at(p)) = lacks.row(at(rows[p]));
  auto distance = jaccard_distances(sets);
  auto merges = average_linkage(distance);

  // Candidates: identical gap sets are never split (at most as many groups
  // as distinct sets), and groups that share no gap at all (average distance
  // 1) are never joined. Best mean silhouette wins; equal ones, fewer groups.
  auto most = distinct_sets(distance);
  auto fewest = n - static_cast<std::size_t>(std::count_if(merges.begin(), merges.end(),
                                                            [](Merge const& m) { return m.height < 1; }));
  out.k = fewest;
  out.silhouette = -2;
  for (auto k = fewest; k <= most; ++k) {
    double s = mean_silhouette(distance, cut(merges, n, k));
    out.silhouettes.emplace_back(k, s);
    if (s > out.silhouette) {
      out.silhouette = s;
      out.k = k;
    }
  }
  if (options.k) {
    out.k = std::clamp<std::size_t>(*options.k, 1, n);
    out.k_given = true;
    out.silhouette = mean_silhouette(distance, cut(merges, n, out.k));
  }

  auto label = cut(merges, n, out.k);
  for (std::size_t l = 0; l < n; ++l) {
    Cluster c;
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(sets.cols());
    for (std::size_t p = 0; p < n; ++p)
      if (label[p] == l) {
        c.members.push_back(coverage.codes[rows[p]]);
        counts += sets.row(at(p)).transpose();
      }
    if (c.members.empty()) continue;
    std::sort(c.members.begin(), c.members.end());
    for (Index r = 0; r < counts.size(); ++r)
      if (counts(r) > 0)
        c.gaps.push_back({coverage.requirements[static_cast<std::size_t>(r)].id, static_cast<std::size_t>(counts(r))});
    std::stable_sort(c.gaps.begin(), c.gaps.end(), [](auto const& a, auto const& b) { return a.members > b.members; });
    out.clusters.push_back(std::move(c));
  }
  std::sort(out.clusters.begin(), out.clusters.end(), [](auto const& a, auto const& b) {
    return a.members.size() != b.members.size() ? a.members.size() > b.members.size() : a.members < b.members;
  });
  return out;
}

}  // namespace lexgap::score
