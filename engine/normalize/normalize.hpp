// Normalization: syntax trees in, the model out (engine/model/), with the
// semantic diagnostics of docs/language.md. Never sees a Spirit header.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/source.hpp"
#include "engine/model/taxonomy.hpp"
#include "engine/normalize/checker.hpp"

#include <map>
#include <optional>
#include <vector>

namespace lexgap::normalize {

std::optional<model::Source> normalize_source(Checker& checker, syntax::Source const& source);

// Adds the entries of one taxonomy block (duplicates are reported).
void add_taxonomy(Checker& checker, syntax::Taxonomy const& block, model::Taxonomy& taxonomy);
// After every block is added: undefined "covers" targets and cycles.
void check_taxonomy(Checker& checker, std::vector<syntax::Taxonomy const*> const& blocks,
                    model::Taxonomy const& taxonomy);

// One baseline as written (inheritance is resolved by resolve_baselines).
struct BaselineDraft {
  model::Baseline own;  // own requirements only
  std::vector<std::string> select, unselect;
  struct Refinement {
    std::string requirement;
    std::optional<model::Severity> severity;
    std::optional<double> weight;
    syntax::Range range;
  };
  std::vector<Refinement> refinements;
  syntax::Range extends_range;
  syntax::Range range;
};
BaselineDraft normalize_baseline(Checker& checker, syntax::Baseline const& baseline);

model::Jurisdiction normalize_jurisdiction(Checker& checker, syntax::Jurisdiction const& jurisdiction);

std::optional<model::Override> normalize_override(Checker& checker, syntax::Override const& block);

// The merged protection an offence family gives each age (domain model 2),
// from the provisions that pass `include`. This is where age bands are merged.
template <typename Include>
model::ProtectionMap merge_protection(std::vector<model::Provision> const& provisions, std::string const& family,
                                      Include include) {
  model::ProtectionMap map;
  for (auto const& p : provisions) {
    if (!include(p) || !p.victims || !p.level) continue;
    if (std::find(p.families.begin(), p.families.end(), family) == p.families.end()) continue;
    model::Protection protection;
    protection.level = *p.level;
    protection.terms.insert(p.level_terms.begin(), p.level_terms.end());
    protection.provisions.insert(p.id);
    map += std::make_pair(model::to_interval(*p.victims), protection);
  }
  return map;
}

}  // namespace lexgap::normalize
