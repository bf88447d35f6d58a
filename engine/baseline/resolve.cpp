#include "engine/baseline/resolve.hpp"

#include "grammar/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lexgap::baseline {

namespace {

class Resolver {
 public:
  Resolver(std::vector<DraftSite> const& drafts, std::function<normalize::Checker(std::size_t)> const& checker)
      : drafts_(drafts), checker_(checker) {
    for (std::size_t k = 0; k < drafts.size(); ++k) {
      auto const& id = drafts[k].draft.own.id;
      if (auto [it, inserted] = index_.emplace(id, k); !inserted) {
        auto c = checker_(drafts[k].file);
        c.error(drafts[k].draft.range, fmt::format("baseline '{}' is defined twice", id));
      }
    }
  }

  std::map<std::string, model::Baseline> run() {
    for (auto const& [id, k] : index_) resolve(k);
    return std::move(done_);
  }

 private:
  std::optional<model::Baseline> resolve(std::size_t k) {
    auto const& site = drafts_[k];
    auto const& draft = site.draft;
    if (auto it = done_.find(draft.own.id); it != done_.end()) return it->second;
    if (failed_.count(draft.own.id)) return std::nullopt;
    auto c = checker_(site.file);

    model::Baseline result;
    if (!draft.own.extends.empty()) {
      if (draft.own.extends == draft.own.id) {
        c.error(draft.extends_range, fmt::format("baseline '{}' extends itself", draft.own.id));
        return fail(draft.own.id);
      }
      if (std::find(stack_.begin(), stack_.end(), draft.own.extends) != stack_.end()) {
        std::string path;
        for (auto const& s : stack_) path += s + " -> ";
        c.error(draft.extends_range, fmt::format("baselines extend each other in a cycle: {}{}", path, draft.own.extends));
        return fail(draft.own.id);
      }
      auto parent_index = index_.find(draft.own.extends);
      if (parent_index == index_.end()) {
        std::vector<std::string> ids;
        for (auto const& [id, i] : index_) ids.push_back(id);
        auto message = fmt::format("baseline '{}' extends unknown baseline '{}'", draft.own.id, draft.own.extends);
        if (auto best = closest_match(draft.own.extends, ids)) message += fmt::format("; did you mean '{}'?", *best);
        c.error(draft.extends_range, message);
        return fail(draft.own.id);
      }
      stack_.push_back(draft.own.id);
      auto parent = resolve(parent_index->second);
      stack_.pop_back();
      if (!parent) return fail(draft.own.id);
      result.requirements = parent->requirements;
      result.instruments = parent->instruments;
    }
    result.id = draft.own.id;
    result.title = draft.own.title;
    result.extends = draft.own.extends;
    result.origin = draft.own.origin;
    result.instruments.insert(result.instruments.end(), draft.own.instruments.begin(), draft.own.instruments.end());
    for (auto const& r : draft.own.requirements) {
      if (result.find(r.id)) {
        c.error(syntax::Range{}, fmt::format("requirement '{}' is already defined by baseline '{}'; use 'refine'", r.id,
                                             result.extends));
        continue;
      }
      result.requirements.push_back(r);
    }

    auto lookup = [&](std::string const& id, syntax::Range where) -> model::Requirement* {
      for (auto& r : result.requirements)
        if (r.id == id) return &r;
      std::vector<std::string> ids;
      for (auto const& r : result.requirements) ids.push_back(r.id);
      auto message = fmt::format("baseline '{}' has no requirement '{}'", result.id, id);
      if (auto best = closest_match(id, ids)) message += fmt::format("; did you mean '{}'?", *best);
      c.error(where, message);
      return nullptr;
    };
    for (auto const& id : draft.unselect)
      if (auto* r = lookup(id, draft.range)) r->selected = false;
    for (auto const& id : draft.select)
      if (auto* r = lookup(id, draft.range)) r->selected = true;
    for (auto const& f : draft.refinements)
      if (auto* r = lookup(f.requirement, f.range)) {
        if (f.severity) r->severity = *f.severity;
        if (f.weight) r->weight = *f.weight;
      }
    done_.emplace(result.id, result);
    return result;
  }

  std::optional<model::Baseline> fail(std::string const& id) {
    failed_.insert(id);
    return std::nullopt;
  }

  std::vector<DraftSite> const& drafts_;
  std::function<normalize::Checker(std::size_t)> const& checker_;
  std::map<std::string, std::size_t> index_;
  std::map<std::string, model::Baseline> done_;
  std::set<std::string> failed_;
  std::vector<std::string> stack_;
};

}  // namespace

std::map<std::string, model::Baseline> resolve(std::vector<DraftSite> const& drafts,
                                               std::function<normalize::Checker(std::size_t)> const& checker) {
  return Resolver(drafts, checker).run();
}

}  // namespace lexgap::baseline
