// Priorities for technical assistance: jurisdictions ordered by need, each
// with its evidence coverage, its gaps and a rank interval under weight
// perturbation; and per requirement, how many jurisdictions lack it. Plain
// structs, for every renderer (docs/scoring.md).
#pragma once

#include "engine/score/coverage.hpp"
#include "engine/score/scoring.hpp"
#include "engine/score/sensitivity.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexgap::score {

// One requirement of positive weight a jurisdiction lacks (gap or partial).
struct Shortfall {
  std::string requirement;
  model::Result result = model::Result::gap;
  double loss = 0;  // its share of the jurisdiction's shortfall L: weight × lacking
};

struct JurisdictionNeed {
  std::string code;
  std::string name;
  int rank = 0;  // competition rank, 1 = greatest need; 0 = not ranked (insufficient evidence)
  double need = 0;
  double score = 0;     // as the model prints it (scoring.hpp)
  double maximum = 0;   // m: the weight of the known requirements
  std::size_t known = 0;       // selected requirements met, partial or gap
  std::size_t applicable = 0;  // selected requirements not declared not-applicable
  double evidence_coverage = 0;  // known / applicable
  std::optional<RankInterval> interval;  // absent when no samples were drawn
  std::vector<Shortfall> shortfalls;     // by loss, then baseline order
};

// How many jurisdictions lack one requirement: "the single reform that would
// help most States".
struct RequirementReach {
  std::string requirement;
  double weight = 0;  // the model's weight
  std::size_t met = 0, partial = 0, gap = 0, unknown = 0;
  std::vector<std::string> lacking;  // codes with gap or partial, by code

  std::size_t lacked() const { return partial + gap; }
};

struct RankOptions {
  ScoringModel model = ScoringModel::weighted;
  SensitivityOptions sensitivity;
};

struct Ranking {
  std::string baseline;
  ScoringModel model = ScoringModel::weighted;
  SensitivityOptions sensitivity;
  std::size_t requirements = 0;  // selected
  // By need (greatest first); equal needs share a rank and are listed by code.
  std::vector<JurisdictionNeed> ranked;
  // No known requirement of positive weight (m = 0): neither first nor last, by code.
  std::vector<JurisdictionNeed> insufficient_evidence;
  // Every selected requirement: those of positive weight first, then by
  // jurisdictions lacking it (most first), weight (greatest first), baseline order.
  std::vector<RequirementReach> reach;
};

Ranking rank(CoverageMatrix const& coverage, RankOptions const& options);

}  // namespace lexgap::score
