// Each kind of expectation, evaluated against the normalized rules. Silence is
// unknown; only explicit absence or a described shortfall is a gap.
#include "engine/compare/compare.hpp"
#include "engine/normalize/normalize.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace lexgap::compare {

using model::Coverage;
using model::Result;
using model::TermKind;

model::Result combine(std::vector<model::Result> const& parts) {
  bool any_shortfall = false, any_satisfied = false, any_unknown = false;
  for (auto r : parts) {
    if (r == Result::gap || r == Result::partial) any_shortfall = true;
    if (r == Result::met || r == Result::partial) any_satisfied = true;
    if (r == Result::unknown) any_unknown = true;
  }
  if (any_shortfall) return any_satisfied ? Result::partial : Result::gap;
  if (any_unknown) return Result::unknown;
  return Result::met;
}

namespace {

std::string join(std::vector<std::string> const& items, std::string const& separator = ", ") {
  std::string out;
  for (auto const& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

std::string ages(model::AgeBand band) {
  if (band.hi >= model::age_unbounded) return fmt::format("ages {} and over", band.lo);
  if (band.hi == band.lo + 1) return fmt::format("age {}", band.lo);
  return fmt::format("ages {}\u2013{}", band.lo, band.hi);
}

std::string describe(model::Protection const& p) {
  std::string s = model::to_string(p.level);
  std::vector<std::string> terms(p.terms.begin(), p.terms.end());
  if (p.level == model::ProtectionLevel::conditional && !terms.empty()) s += " unless " + join(terms);
  if (p.level == model::ProtectionLevel::circumstantial && !terms.empty()) s += " (only when " + join(terms, ", ") + ")";
  return s;
}

// The items in first-seen order, without repeats.
std::vector<std::string> unique(std::vector<std::string> const& items) {
  std::vector<std::string> out;
  for (auto const& s : items)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

struct Outcome {
  Result result = Result::unknown;
  std::string explanation;
  std::vector<model::Evidence> evidence;
};

class Evaluator {
 public:
  Evaluator(model::Jurisdiction const& j, model::Taxonomy const& t, CompareOptions const& o) : j_(j), t_(t), o_(o) {}

  bool counts(model::Provenance const& p) const {
    return p.in_force() || (o_.with_pending && (p.status == model::Status::pending || p.status == model::Status::draft));
  }

  static model::Evidence evidence(model::Provision const& p) {
    std::string summary = join(p.families);
    if (p.victims) summary += ", victims " + ages(*p.victims);
    if (p.level) summary += std::string(", ") + model::to_string(*p.level);
    if (!p.provenance.in_force()) summary += std::string(" [") + model::to_string(p.provenance.status) + "]";
    return {"provision " + p.id, summary, p.provenance};
  }

  // Provisions whose family covers `family`, with the best coverage.
  std::vector<std::pair<model::Provision const*, Coverage>> provisions_for(std::string const& family,
                                                                           bool counted) const {
    std::vector<std::pair<model::Provision const*, Coverage>> out;
    for (auto const& p : j_.provisions) {
      if (counts(p.provenance) != counted) continue;
      Coverage best = Coverage::none;
      for (auto const& f : p.families) best = std::max(best, t_.coverage(TermKind::family, f, family));
      if (best != Coverage::none) out.emplace_back(&p, best);
    }
    return out;
  }

  Outcome operator()(model::ExpectChild const& e) const {
    Outcome o;
    std::vector<std::string> short_of, reaching;
    bool graded = false;
    for (auto const& d : j_.child_definitions) {
      if (!counts(d.provenance)) continue;
      o.evidence.push_back({"child", d.under ? fmt::format("under {}", *d.under) : "graded", d.provenance});
      std::string scope = d.families.empty() ? "" : " (for " + join(d.families) + ")";
      if (!d.under) graded = true;
      else if (*d.under >= e.age) reaching.push_back(fmt::format("under {}{}", *d.under, scope));
      else short_of.push_back(fmt::format("under {}{}", *d.under, scope));
    }
    if (!short_of.empty()) {
      o.result = reaching.empty() ? Result::gap : Result::partial;
      o.explanation = fmt::format("the law defines a child as a person {}; the requirement is every person under {}",
                                  join(short_of, " and "), e.age);
    } else if (!reaching.empty()) {
      o.result = Result::met;
      o.explanation = fmt::format("a child is a person {}", join(reaching, " and "));
    } else if (graded) {
      o.explanation = "the State reports graded categories of minors without a single threshold";
    } else {
      o.explanation = "the sources do not say how the law defines a child";
    }
    return o;
  }

  Outcome operator()(model::ExpectOffence const& e) const {
    Outcome o;
    auto matches = provisions_for(e.family, true);
    for (auto const& [p, c] : matches) o.evidence.push_back(evidence(*p));
    if (matches.empty()) return no_offence(e.family);

    std::vector<Result> parts;
    std::vector<std::string> said;
    bool any_full = std::any_of(matches.begin(), matches.end(), [](auto const& m) { return m.second == Coverage::full; });
    if (!any_full) {
      std::set<std::string> families;
      for (auto const& [p, c] : matches) families.insert(p->families.begin(), p->families.end());
      parts.push_back(Result::partial);
      said.push_back(fmt::format("{} is covered only partially, through {}", e.family,
                                 join({families.begin(), families.end()})));
    } else if (e.conducts.empty() && !e.band) {
      parts.push_back(Result::met);  // the offence exists: all that was asked
    }

    for (auto const& conduct : e.conducts) {
      auto [result, text] = conduct_outcome(matches, e.family, conduct);
      parts.push_back(result);
      said.push_back(text);
    }
    if (e.band) {
      auto [result, text] = band_outcome(matches, e.family, *e.band, e.level);
      parts.push_back(result);
      said.push_back(text);
    }
    o.result = combine(parts);
    if (said.empty()) said.push_back(fmt::format("{} is an offence", e.family));
    o.explanation = join(unique(said), "; ");
    return o;
  }

  Outcome operator()(model::ExpectConsentIrrelevant const& e) const {
    Outcome o;
    auto matches = provisions_for(e.family, true);
    model::ProtectionMap irrelevant;  // ages where consent is no defence
    std::set<std::string> presumed;
    for (auto const& [p, c] : matches) {
      if (c != Coverage::full) continue;
      bool no_defence = p->consent == model::ConsentRule::irrelevant || p->level == model::ProtectionLevel::absolute;
      if (!no_defence && p->consent != model::ConsentRule::presumed_absent) continue;
      o.evidence.push_back(evidence(*p));
      auto band = p->victims ? *p->victims : general_child_band().value_or(model::AgeBand{});
      if (band.empty()) continue;
      if (!no_defence) {
        presumed.insert(p->id);
        continue;
      }
      model::Protection mark;
      mark.level = model::ProtectionLevel::absolute;
      mark.provisions.insert(p->id);
      irrelevant += std::make_pair(model::to_interval(band), mark);
    }
    auto wanted = boost::icl::interval_set<int>(model::to_interval(e.band));
    auto covered = boost::icl::interval_set<int>();
    for (auto const& seg : irrelevant) covered += seg.first;
    covered &= wanted;
    auto missing = wanted - covered;
    if (missing.empty()) {
      o.result = Result::met;
      o.explanation = fmt::format("consent is no defence for {} at {}", e.family, ages(e.band));
    } else if (!covered.empty() || !presumed.empty()) {
      o.result = presumed.empty() ? Result::unknown : Result::partial;
      std::vector<std::string> gaps;
      for (auto const& i : missing) gaps.push_back(ages(model::to_band(i)));
      o.explanation = fmt::format("consent is no defence for {} only at part of {}; for {} the sources {}", e.family,
                                  ages(e.band), join(gaps),
                                  presumed.empty() ? "say nothing" : "say only that lack of consent is presumed");
    } else {
      o.explanation = fmt::format("the sources do not say whether consent is a defence to {}", e.family);
    }
    return o;
  }

  Outcome operator()(model::ExpectNoProof const& e) const {
    Outcome o;
    std::vector<std::string> found, missing;
    for (auto const& means : e.means) {
      bool ok = false;
      for (auto const& [p, c] : provisions_for(e.family, true)) {
        if (c != Coverage::full) continue;
        for (auto const& m : p->no_proof_of)
          if (t_.coverage(TermKind::means, m, means) == Coverage::full) {
            ok = true;
            o.evidence.push_back(evidence(*p));
          }
      }
      (ok ? found : missing).push_back(means);
    }
    if (missing.empty()) {
      o.result = Result::met;
      o.explanation = fmt::format("{} is established without proof of {}", e.family, join(found));
    } else {
      o.result = Result::unknown;  // silence on the rest: unknown, never a gap
      o.explanation = fmt::format("the sources do not say that {} is established without proof of {}", e.family,
                                  join(missing));
    }
    return o;
  }

  Outcome operator()(model::ExpectJurisdiction const& e) const {
    Outcome o;
    std::vector<model::JurisdictionClaim const*> claims;
    for (auto const& c : j_.claims)
      if (counts(c.provenance) && t_.coverage(TermKind::basis, c.basis, e.basis) == Coverage::full) {
        claims.push_back(&c);
        o.evidence.push_back({"claims jurisdiction over " + c.basis, double_criminality_text(c.double_criminality),
                              c.provenance});
      }
    if (claims.empty()) {
      o.explanation = fmt::format("the sources do not say whether the State claims jurisdiction over {}", e.basis);
      return o;
    }
    if (!e.without_double_criminality) {
      o.result = Result::met;
      o.explanation = fmt::format("the State claims jurisdiction over {}", e.basis);
      return o;
    }
    using DC = model::DoubleCriminality;
    bool free = std::any_of(claims.begin(), claims.end(), [](auto* c) { return c->double_criminality == DC::not_required; });
    bool bound = std::any_of(claims.begin(), claims.end(), [](auto* c) { return c->double_criminality == DC::required; });
    if (free) {
      o.result = Result::met;
      o.explanation = fmt::format("the State claims jurisdiction over {} without requiring double criminality", e.basis);
    } else if (bound) {
      o.result = Result::partial;
      o.explanation = fmt::format("the State claims jurisdiction over {} but requires double criminality", e.basis);
    } else {
      o.explanation = fmt::format(
          "the State claims jurisdiction over {}, but the sources do not say whether double criminality is required",
          e.basis);
    }
    return o;
  }

  Outcome operator()(model::ExpectMeasure const& e) const {
    Outcome o;
    std::vector<std::string> pending, partly;
    for (auto const& m : j_.measures) {
      auto coverage = t_.coverage(TermKind::measure, m.term, e.measure);
      if (coverage == Coverage::none) continue;
      o.evidence.push_back({"measure " + m.term, model::to_string(m.provenance.status), m.provenance});
      if (!counts(m.provenance)) {
        pending.push_back(fmt::format("{} ({})", m.term, model::to_string(m.provenance.status)));
      } else if (coverage == Coverage::full) {
        o.result = Result::met;
        o.explanation = fmt::format("the State has {}", m.term);
        o.evidence = {o.evidence.back()};
        return o;
      } else {
        partly.push_back(m.term);
      }
    }
    if (!partly.empty()) {
      o.result = Result::partial;
      o.explanation = fmt::format("the State has {}, which covers {} only in part", join(partly), e.measure);
      return o;
    }
    for (auto const& a : j_.absences)
      if (a.kind == model::Absence::Kind::measure && a.term == e.measure && a.provenance.in_force()) {
        o.evidence.push_back({"lacks measure " + a.term, "explicit absence", a.provenance});
        o.result = Result::gap;
        o.explanation = fmt::format("the source reports that the State has no {}", a.term);
        return o;
      }
    o.explanation = pending.empty() ? fmt::format("the sources do not say whether the State has {}", e.measure)
                                    : fmt::format("only not yet in force: {}", join(pending));
    return o;
  }

  Outcome operator()(model::ExpectLimitation const& e) const {
    Outcome o;
    std::vector<std::string> failures, passes, unknowns;
    bool some_age_passes = false;  // for some victim age prosecution stays possible past e.age
    for (auto const& [p, c] : provisions_for(e.family, true)) {
      if (c != Coverage::full || !p->limitation) continue;
      o.evidence.push_back(evidence(*p));
      auto const& l = *p->limitation;
      model::AgeBand band = p->victims.value_or(model::AgeBand{0, e.age});
      band.hi = std::min(band.hi, e.age);
      std::optional<int> oldest_failing;
      bool any_unknown = false;
      for (int a = band.lo; a < band.hi; ++a) {
        auto answer = l.prosecutable_until(a);
        using Kind = model::Limitation::Answer::Kind;
        if (answer.kind == Kind::unbounded || (answer.kind != Kind::unknown && answer.age > e.age)) {
          some_age_passes = true;
          continue;
        }
        if (answer.kind == Kind::until_age) oldest_failing = a;
        else any_unknown = true;
      }
      if (oldest_failing) {
        auto until = l.prosecutable_until(*oldest_failing).age;
        failures.push_back(fmt::format("{} ({}): an offence against a child of {} can no longer be prosecuted after the "
                                       "child turns {}",
                                       p->id, l.text(), *oldest_failing, until));
      } else if (any_unknown) {
        unknowns.push_back(fmt::format("{} ({})", p->id, l.text()));
      } else {
        passes.push_back(fmt::format("{} ({})", p->id, l.text()));
      }
    }
    if (!failures.empty()) {
      o.result = some_age_passes ? Result::partial : Result::gap;
      o.explanation = join(failures, "; ") + fmt::format("; the requirement is that prosecution remain possible past age {}", e.age);
    } else if (!unknowns.empty()) {
      o.explanation = fmt::format("the period is not given, so it is unknown whether prosecution remains possible past "
                                  "age {}: {}",
                                  e.age, join(unknowns, "; "));
    } else if (!passes.empty()) {
      o.result = Result::met;
      o.explanation = fmt::format("prosecution remains possible past age {}: {}", e.age, join(passes, "; "));
    } else {
      o.explanation = fmt::format("the sources do not say when prosecution of {} is time-barred", e.family);
    }
    return o;
  }

 private:
  static std::string double_criminality_text(model::DoubleCriminality d) {
    switch (d) {
      case model::DoubleCriminality::required: return "double criminality required";
      case model::DoubleCriminality::not_required: return "without double criminality";
      case model::DoubleCriminality::unspecified: break;
    }
    return "double criminality not stated";
  }

  std::optional<model::AgeBand> general_child_band() const {
    for (auto const& d : j_.child_definitions)
      if (d.families.empty() && d.under && counts(d.provenance)) return model::AgeBand{0, *d.under};
    return std::nullopt;
  }

  Outcome no_offence(std::string const& family) const {
    Outcome o;
    for (auto const& a : j_.absences)
      if (a.kind == model::Absence::Kind::offence && a.term == family && a.provenance.in_force()) {
        o.evidence.push_back({"lacks offence " + a.term, "explicit absence", a.provenance});
        o.result = Result::gap;
        o.explanation = fmt::format("the source reports that the law has no offence of {}", family);
        return o;
      }
    auto later = provisions_for(family, false);
    std::vector<std::string> names;
    for (auto const& [p, c] : later) {
      o.evidence.push_back(evidence(*p));
      names.push_back(fmt::format("{} ({})", p->id, model::to_string(p->provenance.status)));
    }
    o.explanation = names.empty() ? fmt::format("the sources describe no provision on {}", family)
                                  : fmt::format("no provision on {} in force is described; not yet in force: {}",
                                                family, join(names));
    return o;
  }

  std::pair<Result, std::string> conduct_outcome(
      std::vector<std::pair<model::Provision const*, Coverage>> const& matches, std::string const& family,
      std::string const& conduct) const {
    Coverage best = Coverage::none;
    std::set<std::string> named;
    for (auto const& [p, c] : matches) {
      if (c != Coverage::full) continue;
      for (auto const& x : p->conducts) {
        named.insert(x);
        best = std::max(best, t_.coverage(TermKind::conduct, x, conduct));
      }
    }
    if (best == Coverage::full)
      return {Result::met, fmt::format("the conduct '{}' is an offence for {}", conduct, family)};
    if (best == Coverage::partial)
      return {Result::partial, fmt::format("the conduct '{}' is covered only partially by the conducts described for {} ({})",
                                           conduct, family, join({named.begin(), named.end()}))};
    if (named.empty()) return {Result::unknown, fmt::format("the sources name no conducts for {}", family)};
    return {Result::unknown, fmt::format("the conducts described for {} ({}) do not include {}; the sources are silent "
                                         "on it",
                                         family, join({named.begin(), named.end()}), conduct)};
  }

  // Interval arithmetic over the merged protection: which ages of the band are
  // protected at the required level, which fall short, which are unknown.
  std::pair<Result, std::string> band_outcome(std::vector<std::pair<model::Provision const*, Coverage>> const& matches,
                                              std::string const& family, model::AgeBand band,
                                              model::ProtectionLevel level) const {
    std::set<std::string> ids;
    for (auto const& [p, c] : matches)
      if (c == Coverage::full) ids.insert(p->id);
    // Merge under the requirement's family name: every fully covering provision counts.
    std::vector<model::Provision> renamed;
    for (auto const& [p, c] : matches)
      if (c == Coverage::full) {
        renamed.push_back(*p);
        renamed.back().families = {family};
      }
    auto map = normalize::merge_protection(renamed, family, [](auto const&) { return true; });
    map &= model::to_interval(band);
    // Protection "when C", where C is part of the family's own definition,
    // reaches every act of that offence: it is as good as absolute for it.
    std::set<std::string> inherent;
    if (auto const* term = t_.find(TermKind::family, family))
      inherent.insert(term->defined_by.begin(), term->defined_by.end());
    auto inherent_in = [&](model::Protection const& p) {
      if (p.level != model::ProtectionLevel::circumstantial) return std::string();
      for (auto const& c : p.terms)
        if (inherent.count(c)) return c;
      return std::string();
    };

    // Offences described with their ages but not their protection level: where
    // they reach, a weaker known level is not a shortfall, only unknown.
    std::map<std::string, boost::icl::interval_set<int>> unleveled;
    for (auto const& [p, c] : matches)
      if (c == Coverage::full && p->victims && !p->level) unleveled[p->id] += model::to_interval(*p->victims);
    boost::icl::interval_set<int> level_unknown;
    for (auto const& [id, set] : unleveled) level_unknown += set;
    level_unknown &= model::to_interval(band);

    std::vector<std::string> enough, short_of, silent;
    boost::icl::interval_set<int> known;
    for (auto const& [interval, protection] : map) {
      auto text = fmt::format("{} {}", ages(model::to_band(interval)), describe(protection));
      if (auto c = inherent_in(protection); !c.empty()) {
        known += interval;
        enough.push_back(text + fmt::format(", which is every act of {}: {} is part of its definition", family, c));
        continue;
      }
      if (protection.level >= level) {
        // "Only under certain circumstances", none named: whether they are the
        // ones the requirement needs is unknown.
        if (protection.level == model::ProtectionLevel::circumstantial && protection.terms.count("unspecified")) {
          known += interval;
          silent.push_back(fmt::format("{} (an offence exists, {}, but only in circumstances the source does not name)",
                                       ages(model::to_band(interval)),
                                       join({protection.provisions.begin(), protection.provisions.end()})));
          continue;
        }
        known += interval;
        enough.push_back(text);
        continue;
      }
      auto weaker = boost::icl::interval_set<int>(interval) - level_unknown;
      known += weaker;
      auto provisions = join({protection.provisions.begin(), protection.provisions.end()});
      for (auto const& i : weaker)
        short_of.push_back(fmt::format("{} {} ({})", ages(model::to_band(i)), describe(protection), provisions));
    }
    auto unknown = boost::icl::interval_set<int>(model::to_interval(band)) - known;
    for (auto const& [id, set] : unleveled) {
      auto part = unknown & set;
      for (auto const& i : part)
        silent.push_back(fmt::format("{} (an offence exists, {}, but its protection level is not given)",
                                     ages(model::to_band(i)), id));
      unknown -= part;
    }
    for (auto const& i : unknown) silent.push_back(ages(model::to_band(i)));

    auto required = fmt::format("the requirement is protection of {} at least {}", ages(band), model::to_string(level));
    if (!short_of.empty()) {
      std::string text = join(short_of, "; ") + " — " + required;
      if (!silent.empty()) text += fmt::format("; nothing is known for {}", join(silent));
      return {enough.empty() ? Result::gap : Result::partial, text};
    }
    if (!silent.empty()) {
      bool any_ages = !enough.empty() || std::any_of(matches.begin(), matches.end(), [](auto const& m) {
        return m.first->victims.has_value();
      });
      if (!any_ages) return {Result::unknown, fmt::format("the sources give no victim ages for {}", family)};
      std::string known = enough.empty() ? "" : "protected: " + join(enough, "; ") + "; ";
      return {Result::unknown, known + fmt::format("nothing is known for {}", join(silent))};
    }
    return {Result::met, "protected: " + join(enough, "; ")};
  }

  model::Jurisdiction const& j_;
  model::Taxonomy const& t_;
  CompareOptions const& o_;
};

}  // namespace

model::Finding evaluate(model::Jurisdiction const& jurisdiction, model::Requirement const& requirement,
                        model::Taxonomy const& taxonomy, CompareOptions const& options) {
  model::Finding f;
  f.jurisdiction = jurisdiction.code;
  f.requirement = requirement.id;
  if (!requirement.selected) {
    f.computed = Result::not_selected;
    f.explanation = "not selected by this profile";
    return f;
  }
  Evaluator evaluator(jurisdiction, taxonomy, options);
  std::vector<Result> parts;
  std::vector<std::string> shortfalls, all;
  std::set<std::string> seen;
  for (auto const& e : requirement.expectations) {
    Outcome o = std::visit(evaluator, e);
    parts.push_back(o.result);
    f.trace.push_back(fmt::format("expects {} \u2192 {}: {}", model::to_string(e), model::to_string(o.result),
                                  o.explanation));
    (o.result == Result::met ? all : shortfalls).push_back(o.explanation);
    for (auto& ev : o.evidence)
      if (seen.insert(ev.statement).second) f.evidence.push_back(std::move(ev));
  }
  f.computed = combine(parts);
  f.explanation = join(shortfalls.empty() ? all : shortfalls, "; ");
  return f;
}

}  // namespace lexgap::compare
