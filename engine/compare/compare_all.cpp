#include "engine/compare/compare.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

namespace lexgap::compare {

std::vector<model::Finding> compare_all(std::vector<model::Jurisdiction> const& jurisdictions,
                                        model::Baseline const& baseline, model::Taxonomy const& taxonomy,
                                        std::vector<model::Override> const& overrides, CompareOptions const& options,
                                        unsigned threads) {
  std::map<std::pair<std::string, std::string>, model::Override const*> by_key;
  for (auto const& o : overrides) by_key[{o.jurisdiction, o.requirement}] = &o;

  std::size_t per = baseline.requirements.size();
  std::vector<model::Finding> findings(jurisdictions.size() * per);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t j = next++; j < jurisdictions.size(); j = next++)
      for (std::size_t r = 0; r < per; ++r) {
        auto& f = findings[j * per + r];
        f = evaluate(jurisdictions[j], baseline.requirements[r], taxonomy, options);
        if (auto it = by_key.find({f.jurisdiction, f.requirement}); it != by_key.end()) f.override_ = *it->second;
      }
  };
  unsigned n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
  n = std::min<unsigned>(n, static_cast<unsigned>(std::max<std::size_t>(jurisdictions.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return findings;
}

}  // namespace lexgap::compare
