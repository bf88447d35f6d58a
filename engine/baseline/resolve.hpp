// Profiles: a baseline that `extends` another inherits its requirements, then
// selects, unselects and refines them (XCCDF profiles, prior-art §2).
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/normalize/normalize.hpp"

#include <functional>
#include <map>
#include <vector>

namespace lexgap::baseline {

struct DraftSite {
  std::size_t file = 0;
  normalize::BaselineDraft draft;
};

// Resolves every baseline; reports unknown or cyclic `extends`, and unknown
// requirement ids in select/unselect/refine, through the checker of the file
// where they are written.
std::map<std::string, model::Baseline> resolve(std::vector<DraftSite> const& drafts,
                                               std::function<normalize::Checker(std::size_t file)> const& checker);

}  // namespace lexgap::baseline
