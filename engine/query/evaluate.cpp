// Each condition over one jurisdiction's in-force rules, as declared (the
// taxonomy's "covers" relation is not applied: a query asks what the sources
// say, `lexgap compare` what that means for a treaty). A condition is "no"
// only where the sources say so: an explicit absence (`lacks`), or a fact that
// settles it the other way.
#include "engine/query/field.hpp"
#include "engine/query/query.hpp"

#include <algorithm>

namespace lexgap::query {
namespace {

using model::Jurisdiction;
using model::Provision;

// CRC art. 1: a child is a person below the age of 18; majority is reached at 18.
constexpr int age_of_majority = 18;

Truth negate(Truth t) {
  return t == Truth::yes ? Truth::no : t == Truth::no ? Truth::yes : Truth::unknown;
}

Truth known(bool settled_yes) { return settled_yes ? Truth::yes : Truth::unknown; }

// A value known to lie in [lo, hi].
struct Bounds {
  int lo = 0;
  int hi = 0;
};

Truth compare(Bounds v, Comparison op, int n) {
  switch (op) {
    case Comparison::less: return v.hi < n ? Truth::yes : v.lo >= n ? Truth::no : Truth::unknown;
    case Comparison::less_equal: return v.hi <= n ? Truth::yes : v.lo > n ? Truth::no : Truth::unknown;
    case Comparison::greater: return v.lo > n ? Truth::yes : v.hi <= n ? Truth::no : Truth::unknown;
    case Comparison::greater_equal: return v.lo >= n ? Truth::yes : v.hi < n ? Truth::no : Truth::unknown;
    case Comparison::equal: return v.lo == n && v.hi == n ? Truth::yes : n < v.lo || n > v.hi ? Truth::no : Truth::unknown;
    case Comparison::not_equal: return negate(compare(v, Comparison::equal, n));
  }
  return Truth::unknown;
}

bool has(std::vector<std::string> const& names, std::string const& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

class ConditionEvaluator {
 public:
  explicit ConditionEvaluator(Jurisdiction const& j) : j_(j) {}

  Truth operator()(FieldComparison const& c) const {
    auto field = resolve_field(c.field.text);
    if (!field) return Truth::unknown;
    auto value = field->field == Field::child_age ? child_age() : band_end(field->family, field->field);
    if (!value) return Truth::unknown;
    return compare(*value, c.op, static_cast<int>(c.value.value));
  }

  Truth operator()(MeasureCondition const& c) const {
    for (auto const& m : j_.measures)
      if (m.term == c.measure.text && m.provenance.in_force()) return Truth::yes;
    for (auto const& a : j_.absences)
      if (a.kind == model::Absence::Kind::measure && a.term == c.measure.text && a.provenance.in_force())
        return Truth::no;
    return Truth::unknown;
  }

  Truth operator()(OffenceCondition const& c) const {
    if (lacks_offence(c.family.text)) return Truth::no;
    auto provisions = in_force(c.family.text);
    if (provisions.empty()) return Truth::unknown;
    // Each conduct named by some provision of the family: silence on a conduct is unknown.
    return known(std::all_of(c.conducts.begin(), c.conducts.end(), [&](auto const& conduct) {
      return std::any_of(provisions.begin(), provisions.end(), [&](auto* p) { return has(p->conducts, conduct.text); });
    }));
  }

  Truth operator()(JurisdictionCondition const& c) const {
    std::vector<model::JurisdictionClaim const*> claims;
    for (auto const& claim : j_.claims)
      if (claim.basis == c.basis.text && claim.provenance.in_force()) claims.push_back(&claim);
    if (claims.empty()) return Truth::unknown;
    if (!c.without_double_criminality) return Truth::yes;
    using DC = model::DoubleCriminality;
    auto requires_it = [](auto* claim) { return claim->double_criminality == DC::required; };
    if (std::any_of(claims.begin(), claims.end(), [](auto* claim) { return claim->double_criminality == DC::not_required; }))
      return Truth::yes;
    return std::all_of(claims.begin(), claims.end(), requires_it) ? Truth::no : Truth::unknown;
  }

  Truth operator()(ConsentCondition const& c) const {
    return some_provision(c.family, [&](Provision const& p) { return p.consent == c.rule; });
  }

  Truth operator()(NoProofCondition const& c) const {
    return every_term_named(c.means, c.family, &Provision::no_proof_of);
  }

  Truth operator()(AggravationCondition const& c) const {
    return every_term_named(c.aggravations, c.family, &Provision::aggravations);
  }

  Truth operator()(LimitationCondition const& c) const {
    using Start = model::Limitation::Start;
    return some_provision(c.family, [&](Provision const& p) {
      if (!p.limitation) return false;
      switch (c.start) {
        case LimitationStart::offence: return p.limitation->start == Start::offence;
        case LimitationStart::disclosure: return p.limitation->start == Start::disclosure;
        case LimitationStart::majority:
          return p.limitation->start == Start::victim_age && p.limitation->start_age >= age_of_majority;
        case LimitationStart::never: return p.limitation->start == Start::none;
      }
      return false;
    });
  }

 private:
  bool lacks_offence(std::string const& family) const {
    return std::any_of(j_.absences.begin(), j_.absences.end(), [&](auto const& a) {
      return a.kind == model::Absence::Kind::offence && a.term == family && a.provenance.in_force();
    });
  }

  // In-force provisions of the family, or of any family when none is named.
  std::vector<Provision const*> in_force(std::optional<std::string> const& family) const {
    std::vector<Provision const*> out;
    for (auto const& p : j_.provisions)
      if (p.provenance.in_force() && (!family || has(p.families, *family))) out.push_back(&p);
    return out;
  }

  // Yes if an in-force provision (of the family) qualifies; no if the State
  // lacks the offence altogether; else unknown.
  template <typename Qualifies>
  Truth some_provision(std::optional<syntax::Name> const& family, Qualifies qualifies) const {
    if (family && lacks_offence(family->text)) return Truth::no;
    auto provisions = in_force(family ? std::optional(family->text) : std::nullopt);
    return known(std::any_of(provisions.begin(), provisions.end(), [&](auto* p) { return qualifies(*p); }));
  }

  Truth every_term_named(syntax::NameList const& terms, std::optional<syntax::Name> const& family,
                         std::vector<std::string> Provision::*member) const {
    if (family && lacks_offence(family->text)) return Truth::no;
    auto provisions = in_force(family ? std::optional(family->text) : std::nullopt);
    return known(std::all_of(terms.begin(), terms.end(), [&](auto const& term) {
      return std::any_of(provisions.begin(), provisions.end(), [&](auto* p) { return has(p->*member, term.text); });
    }));
  }

  // The general definition of a child (not one restricted to some offences).
  std::optional<Bounds> child_age() const {
    for (auto const& d : j_.child_definitions)
      if (d.families.empty() && d.under && d.provenance.in_force()) return Bounds{*d.under, *d.under};
    return std::nullopt;
  }

  // The end of the band [0, end) of ages protected absolutely (or at any
  // level), as a range: the sources may leave it open. An age counts as
  // protected absolutely where the merged in-force protection says so, and as
  // not so where it gives a weaker level and no provision of the family whose
  // level or ages are not given could reach it. At any level, an age counts as
  // protected where any in-force provision of the family covers it; the
  // sources never say an age is unprotected, except when the State lacks the
  // offence altogether: then the end is 0.
  std::optional<Bounds> band_end(std::string const& family, Field field) const {
    if (lacks_offence(family)) return Bounds{0, 0};
    auto provisions = in_force(family);
    if (provisions.empty()) return std::nullopt;
    auto const map = j_.protection.find(family);
    auto level_at = [&](int age) -> std::optional<model::ProtectionLevel> {
      if (map == j_.protection.end()) return std::nullopt;
      auto it = map->second.find(age);
      if (it == map->second.end()) return std::nullopt;
      return it->second.level;
    };
    auto covers = [](Provision const* p, int age) { return p->victims && p->victims->lo <= age && age < p->victims->hi; };
    auto protected_at = [&](int age) {
      if (field == Field::absolute_below) return level_at(age) == model::ProtectionLevel::absolute;
      return std::any_of(provisions.begin(), provisions.end(), [&](auto* p) { return covers(p, age); });
    };
    auto known_unprotected_at = [&](int age) {
      auto level = level_at(age);
      if (field == Field::protected_below || !level || *level == model::ProtectionLevel::absolute) return false;
      return std::none_of(provisions.begin(), provisions.end(), [&](auto* p) {
        bool may_be_absolute = !p->level || *p->level == model::ProtectionLevel::absolute;
        return may_be_absolute && (!p->victims || covers(p, age));
      });
    };
    Bounds end{0, model::age_unbounded};
    while (end.lo < model::age_unbounded && protected_at(end.lo)) ++end.lo;
    for (int age = end.lo; age < model::age_unbounded; ++age)
      if (known_unprotected_at(age)) {
        end.hi = age;
        break;
      }
    return end;
  }

  Jurisdiction const& j_;
};

}  // namespace

Truth evaluate(Expression const& expression, Jurisdiction const& jurisdiction) {
  Truth t = Truth::unknown;
  switch (expression.kind) {
    case Expression::Kind::condition: t = std::visit(ConditionEvaluator(jurisdiction), expression.condition); break;
    case Expression::Kind::all_of:  // no if any is no; else unknown if any is unknown
      t = Truth::yes;
      for (auto const& operand : expression.operands) t = std::min(t, evaluate(operand, jurisdiction));
      break;
    case Expression::Kind::any_of:  // yes if any is yes; else unknown if any is unknown
      t = Truth::no;
      for (auto const& operand : expression.operands) t = std::max(t, evaluate(operand, jurisdiction));
      break;
  }
  return expression.negated ? negate(t) : t;
}

}  // namespace lexgap::query
