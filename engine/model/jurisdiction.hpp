// The normalized rules of one jurisdiction: what everything after
// normalization (comparison, reports, ranking, queries) reads.
#pragma once

#include "engine/model/age_band.hpp"
#include "engine/model/facts.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lexgap::model {

using syntax::ConsentRule;
using syntax::DoubleCriminality;

// Domain model 4: when prescription starts and how long it runs.
struct Limitation {
  enum class Start { none, offence, disclosure, victim_age };
  Start start = Start::none;
  std::optional<int> years;
  int start_age = 0;  // for victim_age

  // "Until what age of the victim can an offence committed at `age` still be
  // prosecuted?" Unbounded when there is no limitation.
  struct Answer {
    enum class Kind { unbounded, until_age, at_least_until_age, unknown };
    Kind kind = Kind::unknown;
    int age = 0;
  };
  Answer prosecutable_until(int age_at_offence) const;
  std::string text() const;  // "none", "10 years from the offence", "from age 18"
};

struct Penalty {
  bool life = false;
  std::optional<int> min_years;
  std::optional<int> max_years;
  std::string text() const;
};

// One provision of criminal law (domain model 2-6).
struct Provision {
  std::string id;
  std::string title;
  std::vector<std::string> families;
  std::optional<AgeBand> victims;
  std::optional<ProtectionLevel> level;
  std::vector<std::string> level_terms;  // exceptions or circumstances
  std::vector<std::string> conducts;
  std::optional<ConsentRule> consent;
  std::vector<std::string> no_proof_of;
  std::optional<Limitation> limitation;
  std::optional<Penalty> penalty;
  std::vector<std::string> aggravations;
  Provenance provenance;
};

// Domain model 1.
struct ChildDefinition {
  std::optional<int> under;  // empty when the law uses graded categories
  std::vector<std::string> families;  // empty: the general definition
  Provenance provenance;
};

// Domain model 7.
struct JurisdictionClaim {
  std::string basis;
  DoubleCriminality double_criminality = DoubleCriminality::unspecified;
  Provenance provenance;
};

// Domain model 8-10: any measure named by the taxonomy.
struct Measure {
  std::string term;
  Provenance provenance;
};

// Explicit absence: the source says the State does not have it.
struct Absence {
  enum class Kind { measure, offence };
  Kind kind = Kind::measure;
  std::string term;
  Provenance provenance;
};

struct Jurisdiction {
  std::string code;  // ISO 3166-1 alpha-2 (or a sub-national code)
  std::string name;
  Origin origin;     // the `jurisdiction` header
  std::vector<Citation> mentions;  // `cite ...;` statements: the State appears in the source
  std::vector<ChildDefinition> child_definitions;
  std::vector<Provision> provisions;
  std::vector<JurisdictionClaim> claims;
  std::vector<Measure> measures;
  std::vector<Absence> absences;

  // Merged in-force protection per offence family, as declared (no taxonomy
  // "covers" applied): the bands `lexgap check` prints.
  std::map<std::string, ProtectionMap> protection;

  std::size_t statement_count() const;
};

}  // namespace lexgap::model
