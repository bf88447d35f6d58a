#include "engine/compare/compare.hpp"

#include "engine/concurrency/parallel_for.hpp"

#include <map>

namespace lexgap::compare {

std::vector<model::Finding> compare_all(std::span<model::Jurisdiction const> jurisdictions,
                                        model::Baseline const& baseline, model::Taxonomy const& taxonomy,
                                        std::vector<model::Override> const& overrides, CompareOptions const& options,
                                        unsigned threads) {
  std::map<std::pair<std::string, std::string>, model::Override const*> by_key;
  for (auto const& o : overrides) by_key[{o.jurisdiction, o.requirement}] = &o;

  std::size_t per = baseline.requirements.size();
  std::vector<model::Finding> findings(jurisdictions.size() * per);
  concurrency::parallel_for(jurisdictions.size(), threads, [&](std::size_t j) {
    for (std::size_t r = 0; r < per; ++r) {
      auto& f = findings[j * per + r];
      f = evaluate(jurisdictions[j], baseline.requirements[r], taxonomy, options);
      if (auto it = by_key.find({f.jurisdiction, f.requirement}); it != by_key.end()) f.override_ = *it->second;
    }
  });
  return findings;
}

}  // namespace lexgap::compare
