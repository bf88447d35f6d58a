// Gap profiles: average-linkage clustering on Jaccard distances, k by
// silhouette, and the gaps each group shares.
#include "hand_built.hpp"

#include "engine/score/clusters.hpp"

#include <catch2/catch.hpp>

using namespace lexgap;

namespace {

// A, B, C lack R1-R4; D, E, F lack R7-R10; G meets everything; H is unknown.
std::vector<testing::Row> two_groups() {
  return {{"A", "gggmmmmmmm"}, {"B", "ggmmmmmmmm"}, {"C", "gggpmmmmmm"}, {"D", "mmmmmmgggm"},
          {"E", "mmmmmmggmm"}, {"F", "mmmmmmgmgg"}, {"G", "mmmmmmmmmm"}, {"H", "uuuuuuuuuu"}};
}

std::vector<std::vector<std::string>> members(score::Clustering const& c) {
  std::vector<std::vector<std::string>> out;
  for (auto const& cluster : c.clusters) out.push_back(cluster.members);
  return out;
}

}  // namespace

TEST_CASE("two obvious gap profiles are found, k = 2 by silhouette", "[score][clusters]") {
  auto c = score::cluster(testing::coverage(testing::uniform_baseline(10), two_groups()));
  CHECK(c.k == 2);
  CHECK_FALSE(c.k_given);
  CHECK(members(c) == std::vector<std::vector<std::string>>{{"A", "B", "C"}, {"D", "E", "F"}});
  // Silhouettes by hand: A 17/24, B 7/12, C 5/8, D 7/12, E 11/24, F 3/8; mean 5/9.
  CHECK(c.silhouette == Approx(5.0 / 9).margin(1e-12));
  // candidates: from 2 (the two groups share nothing) to 6 (distinct sets)
  REQUIRE(c.silhouettes.size() == 5);
  CHECK(c.silhouettes.front().first == 2);
  CHECK(c.silhouettes.back() == std::pair<std::size_t, double>{6, 0.0});
  for (auto const& [k, s] : c.silhouettes) CHECK(s <= c.silhouette);
  CHECK(c.without_gaps == std::vector<std::string>{"G", "H"});
}

TEST_CASE("each group names the gaps its members share", "[score][clusters]") {
  auto c = score::cluster(testing::coverage(testing::uniform_baseline(10), two_groups()));
  REQUIRE(c.clusters.size() == 2);
  CHECK(c.clusters[0].shared() == std::vector<std::string>{"R1", "R2"});
  CHECK(c.clusters[1].shared() == std::vector<std::string>{"R7"});
  std::vector<std::pair<std::string, std::size_t>> gaps;
  for (auto const& g : c.clusters[0].gaps) gaps.emplace_back(g.requirement, g.members);
  // partial counts as lacking (C's R4)
  CHECK(gaps == decltype(gaps){{"R1", 3}, {"R2", 3}, {"R3", 2}, {"R4", 1}});
}

TEST_CASE("a given k cuts the same tree", "[score][clusters]") {
  auto coverage = testing::coverage(testing::uniform_baseline(10), two_groups());
  auto c = score::cluster(coverage, {3});
  CHECK(c.k == 3);
  CHECK(c.k_given);
  // A-C (1/4) merge first, then D-E (1/3), then B joins A-C (5/12): F is left alone
  CHECK(members(c) == std::vector<std::vector<std::string>>{{"A", "B", "C"}, {"D", "E"}, {"F"}});
  CHECK(score::cluster(coverage, {100}).k == 6);
  CHECK(score::cluster(coverage, {1}).clusters.size() == 1);
}

TEST_CASE("identical gap profiles are never split", "[score][clusters]") {
  auto c = score::cluster(
      testing::coverage(testing::uniform_baseline(4), {{"A", "ggmm"}, {"B", "ggmu"}, {"C", "ggum"}, {"D", "mmmm"}}));
  CHECK(c.k == 1);
  CHECK(c.silhouettes == std::vector<std::pair<std::size_t, double>>{{1, 0.0}});
  CHECK(members(c) == std::vector<std::vector<std::string>>{{"A", "B", "C"}});
  CHECK(c.clusters[0].shared() == std::vector<std::string>{"R1", "R2"});
  CHECK(c.without_gaps == std::vector<std::string>{"D"});
}

TEST_CASE("States that share no gap are never grouped", "[score][clusters]") {
  auto c = score::cluster(testing::coverage(testing::uniform_baseline(3), {{"A", "gmm"}, {"B", "mgm"}, {"C", "mmg"}}));
  CHECK(c.k == 3);
  CHECK(members(c) == std::vector<std::vector<std::string>>{{"A"}, {"B"}, {"C"}});
}

TEST_CASE("two States sharing a gap form one group", "[score][clusters]") {
  auto c = score::cluster(testing::coverage(testing::uniform_baseline(3), {{"A", "ggm"}, {"B", "gmg"}}));
  // k = 1 and k = 2 both have silhouette 0: fewer groups win
  CHECK(c.k == 1);
  CHECK(c.clusters[0].shared() == std::vector<std::string>{"R1"});
}

TEST_CASE("gaps on weight-0 requirements form no profile", "[score][clusters]") {
  auto b = testing::baseline(
      {testing::requirement("R1", model::Severity::info, model::Strength::shall),
       testing::requirement("R2", model::Severity::high, model::Strength::shall)});
  auto c = score::cluster(testing::coverage(b, {{"A", "gm"}, {"B", "gg"}}));
  CHECK(members(c) == std::vector<std::vector<std::string>>{{"B"}});
  CHECK(c.clusters[0].shared() == std::vector<std::string>{"R2"});
  CHECK(c.without_gaps == std::vector<std::string>{"A"});
}

TEST_CASE("no State with a known gap: no group", "[score][clusters]") {
  auto c = score::cluster(testing::coverage(testing::uniform_baseline(2), {{"A", "mm"}, {"B", "uu"}}));
  CHECK(c.clusters.empty());
  CHECK(c.k == 0);
  CHECK(c.without_gaps == std::vector<std::string>{"A", "B"});
}
