// Checking a query's terms against the taxonomy, with the same messages as
// the .lgl checker (engine/normalize/checker.hpp), which does the term lookups.
#include "engine/normalize/checker.hpp"
#include "engine/query/field.hpp"
#include "engine/query/query.hpp"
#include "grammar/suggest.hpp"

#include <fmt/format.h>

namespace lexgap::query {
namespace {

using model::TermKind;

// Words a lone name may be a misspelling of, besides the measures.
std::vector<std::string> const condition_words{"consent.irrelevant", "consent.presumed-absent", "limitation.starts-at"};

class QueryChecker {
 public:
  QueryChecker(SourceFile const& file, model::Taxonomy const& taxonomy, std::vector<Diagnostic>& out)
      : file_(file), taxonomy_(taxonomy), out_(out), terms_(file, no_sources(), taxonomy, false, out) {}

  void check(Expression const& e) {
    if (e.kind == Expression::Kind::condition) std::visit(*this, e.condition);
    for (auto const& operand : e.operands) check(operand);
  }

  void operator()(FieldComparison const& c) {
    field(c.field);
    terms_.age(c.value);
  }

  void operator()(MeasureCondition const& c) {
    auto const& name = c.measure;
    if (resolve_field(name.text)) {
      out_.push_back(file_.diagnose(Severity::error, name.range,
                                    fmt::format("'{}' is a field: compare it with a number, e.g. '{} >= 18'",
                                                name.text, name.text)));
      return;
    }
    if (taxonomy_.find(TermKind::measure, name.text) || !taxonomy_.find_any_kind(name.text).empty()) {
      terms_.term(TermKind::measure, name);  // defined, or of another kind: the checker says which
      return;
    }
    // A lone name may also be a misspelt condition keyword or field.
    auto candidates = taxonomy_.names(TermKind::measure);
    candidates.insert(candidates.end(), condition_words.begin(), condition_words.end());
    for (auto& f : field_names(taxonomy_.names(TermKind::family))) candidates.push_back(std::move(f));
    auto d = file_.diagnose(Severity::error, name.range, fmt::format("unknown measure '{}'", name.text));
    suggest(d, name.text, candidates);
    out_.push_back(std::move(d));
  }

  void operator()(OffenceCondition const& c) {
    terms_.term(TermKind::family, c.family);
    terms_.terms(TermKind::conduct, c.conducts);
  }
  void operator()(JurisdictionCondition const& c) { terms_.term(TermKind::basis, c.basis); }
  void operator()(ConsentCondition const& c) { family(c.family); }
  void operator()(NoProofCondition const& c) {
    terms_.terms(TermKind::means, c.means);
    family(c.family);
  }
  void operator()(AggravationCondition const& c) {
    terms_.terms(TermKind::aggravation, c.aggravations);
    family(c.family);
  }
  void operator()(LimitationCondition const& c) { family(c.family); }

 private:
  static std::map<std::string, model::Source> const& no_sources() {
    static std::map<std::string, model::Source> const none;
    return none;
  }

  void field(syntax::Name const& name) {
    auto resolved = resolve_field(name.text);
    if (!resolved) {
      auto d = file_.diagnose(Severity::error, name.range, fmt::format("unknown field '{}'", name.text));
      if (!suggest(d, name.text, field_names(taxonomy_.names(TermKind::family))))
        d.message += " (the fields are child-age, FAMILY.absolute-below and FAMILY.protected-below)";
      out_.push_back(std::move(d));
      return;
    }
    if (resolved->field == Field::child_age) return;
    // The family begins the name: report it at its own place.
    auto family_end = name.range.begin + static_cast<std::uint32_t>(resolved->family.size());
    terms_.term(TermKind::family, syntax::Name{{{name.range.begin, family_end}}, resolved->family});
  }

  void family(std::optional<syntax::Name> const& name) {
    if (name) terms_.term(TermKind::family, *name);
  }

  static bool suggest(Diagnostic& d, std::string const& word, std::vector<std::string> const& candidates) {
    auto best = closest_match(word, candidates);
    if (!best) return false;
    d.message += fmt::format("; did you mean '{}'?", *best);
    d.fix = *best;
    return true;
  }

  SourceFile const& file_;
  model::Taxonomy const& taxonomy_;
  std::vector<Diagnostic>& out_;
  normalize::Checker terms_;
};

}  // namespace

std::vector<Diagnostic> check(Expression const& expression, SourceFile const& file, model::Taxonomy const& taxonomy) {
  std::vector<Diagnostic> diagnostics;
  QueryChecker(file, taxonomy, diagnostics).check(expression);
  return diagnostics;
}

}  // namespace lexgap::query
