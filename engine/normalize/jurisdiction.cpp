// From a `jurisdiction` block to model::Jurisdiction.
#include "engine/normalize/normalize.hpp"

#include <fmt/format.h>

#include <regex>
#include <set>

namespace lexgap::normalize {
namespace {

using model::TermKind;

// Clause by clause into a model::Provision; each clause kind at most once.
class ProvisionBuilder {
 public:
  ProvisionBuilder(Checker& checker, syntax::Provision const& source) : c_(checker), source_(source) {
    p_.id = c_.name(source.id);
    if (source.title) p_.title = source.title->value;
    p_.provenance.origin = c_.origin(source.range);
  }

  model::Provision build() {
    for (auto const& clause : source_.clauses) boost::apply_visitor(*this, clause);
    if (!seen_.count("offence"))
      c_.error(source_.id.range, fmt::format("provision '{}' has no 'offence' clause", p_.id));
    if (p_.level && !p_.victims)
      c_.warning(source_.id.range,
                 fmt::format("provision '{}' gives a protection level but no 'victims' band; its age coverage is "
                             "unknown",
                             p_.id));
    c_.require_citation(p_.provenance, source_.id.range, fmt::format("provision '{}'", p_.id).c_str());
    return std::move(p_);
  }

  void operator()(syntax::OffenceClause const& x) {
    if (once("offence", x.range)) p_.families = c_.terms(TermKind::family, x.families);
  }
  void operator()(syntax::VictimsClause const& x) {
    if (once("victims", x.range))
      if (auto band = c_.age_band(x.band)) p_.victims = band;
  }
  void operator()(syntax::ProtectionClause const& x) {
    if (!once("protection", x.range)) return;
    p_.level = x.level;
    auto kind = x.level == syntax::ProtectionLevel::conditional ? TermKind::exception : TermKind::circumstance;
    p_.level_terms = c_.terms(kind, x.terms);
  }
  void operator()(syntax::ConductsClause const& x) {
    if (once("conducts", x.range)) p_.conducts = c_.terms(TermKind::conduct, x.conducts);
  }
  void operator()(syntax::ConsentClause const& x) {
    if (once("consent", x.range)) p_.consent = x.rule;
  }
  void operator()(syntax::NoProofClause const& x) {
    if (once("no-proof-of", x.range)) p_.no_proof_of = c_.terms(TermKind::means, x.means);
  }
  void operator()(syntax::LimitationClause const& x) {
    if (!once("limitation", x.range)) return;
    model::Limitation l;
    if (x.years)
      if (auto y = c_.number(*x.years)) l.years = *y;
    switch (x.start) {
      case syntax::LimitationStart::none: l.start = model::Limitation::Start::none; break;
      case syntax::LimitationStart::offence: l.start = model::Limitation::Start::offence; break;
      case syntax::LimitationStart::disclosure: l.start = model::Limitation::Start::disclosure; break;
      case syntax::LimitationStart::victim_age:
        l.start = model::Limitation::Start::victim_age;
        if (auto a = c_.age(x.age)) l.start_age = *a;
        break;
    }
    p_.limitation = l;
  }
  void operator()(syntax::PenaltyClause const& x) {
    if (!once("penalty", x.range)) return;
    model::Penalty pen;
    pen.life = x.life;
    if (x.min_years) pen.min_years = c_.number(*x.min_years);
    if (x.max_years) pen.max_years = c_.number(*x.max_years);
    if (pen.min_years && pen.max_years && *pen.min_years > *pen.max_years)
      c_.error(x.range, fmt::format("penalty range is inverted: {} to {} years", *pen.min_years, *pen.max_years));
    p_.penalty = pen;
  }
  void operator()(syntax::AggravationClause const& x) {
    if (once("aggravated", x.range)) p_.aggravations = c_.terms(TermKind::aggravation, x.aggravations);
  }
  void operator()(syntax::Citation const& x) { c_.add_modifier(p_.provenance, x); }
  void operator()(syntax::StatusModifier const& x) {
    if (once("status", x.range)) c_.add_modifier(p_.provenance, x);
  }
  void operator()(syntax::Note const& x) { c_.add_modifier(p_.provenance, x); }

 private:
  bool once(std::string const& clause, syntax::Range range) {
    auto [it, inserted] = seen_.emplace(clause, range);
    if (!inserted)
      c_.error(range, fmt::format("duplicate '{}' clause in provision '{}'", clause, p_.id),
               {c_.note(it->second, "first given here")});
    return inserted;
  }

  Checker& c_;
  syntax::Provision const& source_;
  model::Provision p_;
  std::map<std::string, syntax::Range> seen_;
};

class JurisdictionBuilder {
 public:
  JurisdictionBuilder(Checker& checker, syntax::Jurisdiction const& source) : c_(checker), source_(source) {}

  model::Jurisdiction build() {
    j_.code = c_.name(source_.code);
    static std::regex const code_pattern("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    if (!std::regex_match(j_.code, code_pattern))
      c_.error(source_.code.range,
               fmt::format("jurisdiction code '{}' is not an ISO 3166 code (two capital letters, optionally "
                           "followed by '-' and a subdivision)",
                           j_.code));
    j_.name = source_.name.value;
    j_.origin = c_.origin(source_.code.range);
    for (auto const& s : source_.statements) boost::apply_visitor(*this, s);
    check_contradictions();
    for (auto const& family : families()) {
      auto map = merge_protection(j_.provisions, family, [](auto const& p) { return p.provenance.in_force(); });
      if (!map.empty()) j_.protection.emplace(family, std::move(map));
    }
    return std::move(j_);
  }

  void operator()(syntax::Provision const& x) {
    auto p = ProvisionBuilder(c_, x).build();
    auto [it, inserted] = provision_ranges_.emplace(p.id, x.id.range);
    if (!inserted)
      c_.error(x.id.range, fmt::format("duplicate provision id '{}'", p.id), {c_.note(it->second, "first defined here")});
    j_.provisions.push_back(std::move(p));
  }
  void operator()(syntax::ChildStatement const& x) {
    model::ChildDefinition d;
    if (!x.graded) d.under = c_.age(x.age);
    d.families = c_.terms(TermKind::family, x.families);
    d.provenance = c_.provenance(x.modifiers, x.range);
    c_.require_citation(d.provenance, x.range, "'child' statement");
    child_ranges_.push_back(x.range);
    j_.child_definitions.push_back(std::move(d));
  }
  void operator()(syntax::ClaimsStatement const& x) {
    auto provenance = c_.provenance(x.modifiers, x.range);
    c_.require_citation(provenance, x.range, "'claims jurisdiction' statement");
    for (auto const& basis : c_.terms(TermKind::basis, x.bases))
      j_.claims.push_back(model::JurisdictionClaim{basis, x.double_criminality, provenance});
  }
  void operator()(syntax::MeasureStatement const& x) {
    model::Measure m;
    c_.term(TermKind::measure, x.measure);
    m.term = x.measure.text;
    m.provenance = c_.provenance(x.modifiers, x.range);
    c_.require_citation(m.provenance, x.range, "'measure' statement");
    measure_ranges_.emplace(m.term, x.range);
    j_.measures.push_back(std::move(m));
  }
  void operator()(syntax::LacksStatement const& x) {
    model::Absence a;
    a.kind = x.kind == syntax::AbsentKind::measure ? model::Absence::Kind::measure : model::Absence::Kind::offence;
    c_.term(x.kind == syntax::AbsentKind::measure ? TermKind::measure : TermKind::family, x.term);
    a.term = x.term.text;
    a.provenance = c_.provenance(x.modifiers, x.range);
    c_.require_citation(a.provenance, x.range, "'lacks' statement");
    absence_ranges_.push_back(x.range);
    j_.absences.push_back(std::move(a));
  }
  void operator()(syntax::MentionStatement const& x) {
    j_.mentions.push_back(c_.citation(x.citation));
    for (auto const& m : x.modifiers)
      if (auto const* extra = boost::get<syntax::Citation>(&m)) j_.mentions.push_back(c_.citation(*extra));
  }

 private:
  std::set<std::string> families() const {
    std::set<std::string> all;
    for (auto const& p : j_.provisions) all.insert(p.families.begin(), p.families.end());
    return all;
  }

  // "lacks X" beside an in-force X; two different in-force child ages.
  void check_contradictions() {
    for (std::size_t i = 0; i < j_.absences.size(); ++i) {
      auto const& a = j_.absences[i];
      if (!a.provenance.in_force()) continue;
      if (a.kind == model::Absence::Kind::measure) {
        for (auto const& m : j_.measures)
          if (m.term == a.term && m.provenance.in_force())
            c_.error(absence_ranges_[i], fmt::format("contradictory statements: 'lacks measure {}' beside 'measure {}'",
                                                     a.term, a.term),
                     {c_.note(measure_ranges_.at(a.term), "the measure is stated here")});
      } else {
        for (auto const& p : j_.provisions)
          if (p.provenance.in_force() && std::count(p.families.begin(), p.families.end(), a.term))
            c_.error(absence_ranges_[i],
                     fmt::format("contradictory statements: 'lacks offence {}' beside in-force provision '{}'", a.term,
                                 p.id),
                     {c_.note(provision_ranges_.at(p.id), "the provision is here")});
      }
    }
    for (std::size_t i = 0; i < j_.child_definitions.size(); ++i)
      for (std::size_t k = 0; k < i; ++k) {
        auto const& a = j_.child_definitions[i];
        auto const& b = j_.child_definitions[k];
        if (a.under && b.under && *a.under != *b.under && a.families == b.families && a.provenance.in_force() &&
            b.provenance.in_force())
          c_.error(child_ranges_[i],
                   fmt::format("contradictory statements: a child is defined as under {} here and as under {} before, "
                               "for the same offences",
                               *a.under, *b.under),
                   {c_.note(child_ranges_[k], "the other definition")});
      }
  }

  Checker& c_;
  syntax::Jurisdiction const& source_;
  model::Jurisdiction j_;
  std::map<std::string, syntax::Range> provision_ranges_;
  std::map<std::string, syntax::Range> measure_ranges_;
  std::vector<syntax::Range> absence_ranges_;
  std::vector<syntax::Range> child_ranges_;
};

}  // namespace

model::Jurisdiction normalize_jurisdiction(Checker& checker, syntax::Jurisdiction const& jurisdiction) {
  return JurisdictionBuilder(checker, jurisdiction).build();
}

}  // namespace lexgap::normalize
