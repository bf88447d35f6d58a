// A baseline (a treaty or a profile of one) as requirements with predicates.
// Profiles are resolved: a Baseline holds every requirement it inherits, each
// marked selected or not, with refinements applied (XCCDF-style, prior-art §2).
#pragma once

#include "engine/model/age_band.hpp"
#include "engine/model/facts.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lexgap::model {

using syntax::Severity;
using syntax::Strength;

char const* to_string(Strength strength);
char const* to_string(Severity severity);

struct ExpectChild { int age = 18; };
struct ExpectOffence {
  std::string family;
  std::vector<std::string> conducts;
  std::optional<AgeBand> band;
  ProtectionLevel level = ProtectionLevel::circumstantial;  // the least that counts
};
struct ExpectConsentIrrelevant { std::string family; AgeBand band; };
struct ExpectNoProof { std::vector<std::string> means; std::string family; };
struct ExpectJurisdiction { std::string basis; bool without_double_criminality = false; };
struct ExpectMeasure { std::string measure; };
struct ExpectLimitation { std::string family; int age = 18; };

using Expectation = std::variant<ExpectChild, ExpectOffence, ExpectConsentIrrelevant, ExpectNoProof,
                                 ExpectJurisdiction, ExpectMeasure, ExpectLimitation>;

std::string to_string(Expectation const& expectation);  // as written in the language

struct Requirement {
  std::string id;
  std::string summary;
  std::string article;
  Strength strength = Strength::shall;
  Severity severity = Severity::medium;
  std::optional<double> weight;  // explicit weight; otherwise derived (docs/scoring.md)
  std::vector<Expectation> expectations;
  std::vector<std::string> notes;
  std::vector<Citation> citations;
  std::string defined_in;  // id of the baseline that defines it
  Origin origin;
  bool selected = true;
};

struct Baseline {
  std::string id;
  std::string title;
  std::string extends;  // empty for a root baseline
  std::vector<std::string> instruments;
  std::vector<Requirement> requirements;  // inherited first, in definition order
  Origin origin;

  Requirement const* find(std::string const& requirement_id) const;
  std::size_t selected_count() const;
};

}  // namespace lexgap::model
