// Victims' ages as half-open intervals [lo, hi) of whole years, and the merged
// protection an offence family gives each age (domain model 2).
#pragma once

#include "grammar/syntax.hpp"

#include <boost/icl/interval_map.hpp>

#include <set>
#include <string>

namespace lexgap::model {

using syntax::ProtectionLevel;

// Ages run from 0 to `age_unbounded` (exclusive): "from 14" is [14, age_unbounded).
inline constexpr int age_unbounded = 131;
inline constexpr int max_plausible_age = 130;

struct AgeBand {
  int lo = 0;
  int hi = 0;
  bool empty() const { return hi <= lo; }
  bool operator==(AgeBand const&) const = default;
};

std::string to_string(AgeBand band);      // "12–16", "0–12", "14+"
char const* to_string(ProtectionLevel level);

// What protects one age: the strongest level, the circumstances or exceptions
// that qualify it, and every provision that contributes.
struct Protection {
  ProtectionLevel level = ProtectionLevel::circumstantial;
  std::set<std::string> terms;       // circumstances (circumstantial) or exceptions (conditional)
  std::set<std::string> provisions;  // ids of the contributing provisions

  // The merge used by the interval map: the stronger level wins (its terms
  // kept); equal levels unite their terms; provisions are always united.
  Protection& operator+=(Protection const& other);
  bool operator==(Protection const&) const = default;
};

using ProtectionMap = boost::icl::interval_map<int, Protection>;

boost::icl::discrete_interval<int> to_interval(AgeBand band);
AgeBand to_band(boost::icl::discrete_interval<int> const& interval);

}  // namespace lexgap::model
