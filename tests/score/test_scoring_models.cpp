// Every scoring model on a coverage matrix small enough to compute by hand
// (docs/scoring.md): weights from the tables, an explicit weight, a weight-0
// row, an unselected row, an override and a not-applicable cell.
#include "hand_built.hpp"

#include "engine/score/ranking.hpp"

#include <catch2/catch.hpp>

using namespace lexgap;
using score::ScoringModel;

namespace {

Approx exactly(double x) { return Approx(x).margin(1e-12); }

// R1 high shall = 3; R2 medium subject-to-national-law = 2 × 0.75 = 1.5;
// R3 low may = 0.25; R4 info = 0; R5 explicit weight 4 (the table would say
// medium × where-appropriate = 1); R6 not selected.
model::Baseline hand_baseline() {
  using model::Severity, model::Strength;
  return testing::baseline({testing::requirement("R1", Severity::high, Strength::shall),
                            testing::requirement("R2", Severity::medium, Strength::shall_subject_to_national_law),
                            testing::requirement("R3", Severity::low, Strength::may),
                            testing::requirement("R4", Severity::info, Strength::shall),
                            testing::requirement("R5", Severity::medium, Strength::where_appropriate, 4.0),
                            testing::requirement("R6", Severity::high, Strength::shall, std::nullopt, false)});
}

// D's R1 is a computed gap that a reviewer overrode to met.
score::CoverageMatrix hand_coverage() {
  auto b = hand_baseline();
  std::vector<testing::Row> rows{{"A", "mgpgug"}, {"B", "mmmumg"}, {"C", "uuumnu"}, {"D", "guuugu"}};
  auto fs = testing::findings(b, rows);
  for (auto& f : fs)
    if (f.jurisdiction == "D" && f.requirement == "R1")
      f.override_ = model::Override{"D", "R1", model::Result::met, "reviewer", "", "", {}};
  return score::coverage_matrix(b, testing::jurisdictions(rows), fs);
}

score::JurisdictionNeed find(score::Ranking const& ranking, std::string const& code) {
  score::JurisdictionNeed const* found = nullptr;
  for (auto const* list : {&ranking.ranked, &ranking.insufficient_evidence})
    for (auto const& j : *list)
      if (j.code == code) found = &j;
  REQUIRE(found);
  return *found;
}

std::vector<std::pair<std::string, int>> order(score::Ranking const& ranking) {
  std::vector<std::pair<std::string, int>> out;
  for (auto const& j : ranking.ranked) out.emplace_back(j.code, j.rank);
  return out;
}

score::Ranking ranked(ScoringModel model) { return score::rank(hand_coverage(), {model, {0, 1}}); }

}  // namespace

TEST_CASE("the coverage matrix keeps selected requirements, results with overrides, and table weights", "[score]") {
  auto c = hand_coverage();
  REQUIRE(c.columns() == 5);
  CHECK(c.requirements.back().id == "R5");
  CHECK(c.weight == (Eigen::VectorXd(5) << 3, 1.5, 0.25, 0, 4).finished());
  CHECK(c.met.row(0) == Eigen::RowVectorXd::Unit(5, 0));
  CHECK(c.gap.row(0) == (Eigen::RowVectorXd(5) << 0, 1, 0, 1, 0).finished());
  CHECK(c.partial.row(0) == Eigen::RowVectorXd::Unit(5, 2));
  CHECK(c.unknown.row(0) == Eigen::RowVectorXd::Unit(5, 4));
  // not applicable: in none of the four indicators
  CHECK(c.known().row(2) == Eigen::RowVectorXd::Unit(5, 3));
  CHECK(c.unknown.row(2) == (Eigen::RowVectorXd(5) << 1, 1, 1, 0, 0).finished());
  // the override, not the computed gap
  CHECK(c.met(3, 0) == 1);
  CHECK(c.gap(3, 0) == 0);
  CHECK(c.lacking().row(0) == (Eigen::RowVectorXd(5) << 0, 1, 0.5, 1, 0).finished());
}

TEST_CASE("weighted: need is the weighted share of known requirements not met", "[score]") {
  auto r = ranked(ScoringModel::weighted);
  // A: m = 3 + 1.5 + 0.25 + 0 = 4.75; L = 1.5 + 0.5 × 0.25 = 1.625
  CHECK(find(r, "A").maximum == exactly(4.75));
  CHECK(find(r, "A").need == exactly(1.625 / 4.75));
  CHECK(find(r, "A").score == exactly(100 * 3.125 / 4.75));
  // B: everything known is met; m = 3 + 1.5 + 0.25 + 4
  CHECK(find(r, "B").need == 0);
  CHECK(find(r, "B").score == exactly(100));
  CHECK(find(r, "B").maximum == exactly(8.75));
  // D: R1 met by override (3), R5 gap (4)
  CHECK(find(r, "D").need == exactly(4.0 / 7));
  CHECK(find(r, "D").score == exactly(300.0 / 7));
  CHECK(order(r) == decltype(order(r)){{"D", 1}, {"A", 2}, {"B", 3}});
}

TEST_CASE("flat: need is the weight of known requirements not met", "[score]") {
  auto r = ranked(ScoringModel::flat);
  CHECK(find(r, "A").need == exactly(1.625));
  CHECK(find(r, "A").score == exactly(3.125));
  CHECK(find(r, "A").maximum == exactly(4.75));
  CHECK(find(r, "B").score == exactly(8.75));
  CHECK(find(r, "D").need == exactly(4));
  CHECK(find(r, "D").score == exactly(3));
  CHECK(order(r) == decltype(order(r)){{"D", 1}, {"A", 2}, {"B", 3}});
}

TEST_CASE("flat-unweighted: every non-zero weight counts 1, weight 0 stays 0", "[score]") {
  auto r = ranked(ScoringModel::flat_unweighted);
  // A: R1 met, R2 gap, R3 partial count; R4 (weight 0) does not
  CHECK(find(r, "A").maximum == exactly(3));
  CHECK(find(r, "A").need == exactly(1.5));
  CHECK(find(r, "A").score == exactly(1.5));
  CHECK(find(r, "B").maximum == exactly(4));
  CHECK(find(r, "D").need == exactly(1));
  CHECK(find(r, "D").score == exactly(1));
  // the order differs from the weighted one: A lacks more requirements, D more weight
  CHECK(order(r) == decltype(order(r)){{"A", 1}, {"D", 2}, {"B", 3}});
}

TEST_CASE("absolute: need 1 unless every known requirement is met", "[score]") {
  auto r = ranked(ScoringModel::absolute);
  CHECK(find(r, "A").need == 1);
  CHECK(find(r, "A").score == 0);
  CHECK(find(r, "D").need == 1);
  CHECK(find(r, "B").need == 0);
  CHECK(find(r, "B").score == 1);
  CHECK(order(r) == decltype(order(r)){{"A", 1}, {"D", 1}, {"B", 3}});
}

TEST_CASE("a jurisdiction without a known requirement of positive weight is listed apart, in every model", "[score]") {
  for (auto model : {ScoringModel::weighted, ScoringModel::flat, ScoringModel::flat_unweighted, ScoringModel::absolute}) {
    auto r = ranked(model);
    REQUIRE(r.insufficient_evidence.size() == 1);
    auto const& c = r.insufficient_evidence.front();
    CHECK(c.code == "C");
    CHECK(c.rank == 0);
    // R4 (weight 0) is known; R5 is not applicable: 1 of 4
    CHECK(c.known == 1);
    CHECK(c.applicable == 4);
    CHECK(c.evidence_coverage == 0.25);
  }
}

TEST_CASE("evidence coverage is the share of applicable selected requirements with a known result", "[score]") {
  auto r = ranked(ScoringModel::weighted);
  CHECK(find(r, "A").evidence_coverage == 0.8);
  CHECK(find(r, "B").evidence_coverage == 0.8);
  CHECK(find(r, "D").evidence_coverage == 0.4);
}

TEST_CASE("shortfalls are listed by their loss, weight-0 rows left out", "[score]") {
  auto a = find(ranked(ScoringModel::weighted), "A");
  REQUIRE(a.shortfalls.size() == 2);
  CHECK(a.shortfalls[0].requirement == "R2");
  CHECK(a.shortfalls[0].result == model::Result::gap);
  CHECK(a.shortfalls[0].loss == exactly(1.5));
  CHECK(a.shortfalls[1].requirement == "R3");
  CHECK(a.shortfalls[1].result == model::Result::partial);
  CHECK(a.shortfalls[1].loss == exactly(0.125));
}

TEST_CASE("per requirement: how many jurisdictions lack it, most first, weight-0 rows last", "[score]") {
  auto r = ranked(ScoringModel::weighted);
  std::vector<std::string> ids;
  for (auto const& x : r.reach) ids.push_back(x.requirement);
  // R2 (A) and R3 (A) and R5 (D) are lacked once; then by weight: R5 4, R2 1.5, R3 0.25;
  // R1 lacked by none (D's gap was overridden); R4 (weight 0, lacked by A) last.
  CHECK(ids == std::vector<std::string>{"R5", "R2", "R3", "R1", "R4"});
  CHECK(r.reach[0].lacking == std::vector<std::string>{"D"});
  CHECK(r.reach[3].met == 3);
  CHECK(r.reach[3].unknown == 1);
}
