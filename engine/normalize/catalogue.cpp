// Sources, taxonomy blocks, baselines and overrides: the frame of a comparison.
#include "engine/normalize/normalize.hpp"

#include <fmt/format.h>

namespace lexgap::normalize {

std::optional<model::Source> normalize_source(Checker& c, syntax::Source const& s) {
  model::Source out;
  out.id = c.name(s.id);
  out.title = s.title.value;
  out.kind = s.kind;
  auto text = [](auto const& optional_text) { return optional_text ? optional_text->value : std::string(); };
  out.symbol = text(s.symbol);
  out.body = text(s.body);
  out.session = text(s.session);
  out.url = text(s.url);
  out.note = text(s.note);
  if (s.date) out.date = c.date(*s.date);
  auto range = [&](auto const& first, auto const& last, char const* what)
      -> std::optional<std::pair<unsigned, unsigned>> {
    if (!first || !last) return std::nullopt;
    auto a = c.number(*first);
    auto b = c.number(*last);
    if (!a || !b) return std::nullopt;
    if (*b < *a) {
      c.error(last->range, fmt::format("{} range is inverted: {} to {}", what, *a, *b));
      return std::nullopt;
    }
    return std::make_pair(static_cast<unsigned>(*a), static_cast<unsigned>(*b));
  };
  out.paragraphs = range(s.first_paragraph, s.last_paragraph, "paragraph");
  out.footnotes = range(s.first_footnote, s.last_footnote, "footnote");
  out.origin = c.origin(s.id.range);
  return out;
}

void add_taxonomy(Checker& c, syntax::Taxonomy const& block, model::Taxonomy& taxonomy) {
  for (auto const& e : block.entries) {
    model::Term term;
    term.kind = e.kind;
    term.name = c.name(e.name);
    if (e.description) term.description = e.description->value;
    if (e.area) {
      term.area = e.area->text;
      if (term.area.size() != 1 || term.area[0] < 'a' || term.area[0] > 'n')
        c.error(e.area->range, fmt::format("unknown issue area '{}'; areas are the letters a to n of the 2009 report",
                                           term.area));
    }
    if (!e.defined_by.empty() && e.kind != model::TermKind::family)
      c.error(e.defined_by.front().range, "only an offence family can be 'defined-by' circumstances");
    for (auto const& d : e.defined_by) term.defined_by.push_back(d.text);
    if (!taxonomy.add_term(term))
      c.error(e.name.range, fmt::format("{} '{}' is defined twice", model::to_string(e.kind), term.name));
    for (auto const& covered : e.covers) taxonomy.add_cover(e.kind, term.name, covered.term.text, covered.partially);
  }
}

void check_taxonomy(Checker& c, std::vector<syntax::Taxonomy const*> const& blocks, model::Taxonomy const& taxonomy) {
  for (auto const* block : blocks)
    for (auto const& e : block->entries)
      for (auto const& covered : e.covers) c.term(e.kind, covered.term);
  for (auto const* block : blocks)
    for (auto const& e : block->entries)
      for (auto const& d : e.defined_by) c.term(model::TermKind::circumstance, d);
  if (auto cycle = taxonomy.find_cycle()) {
    // The cycle is the whole taxonomy's, and this runs once per file: report
    // it once, at the entry where the named cycle starts (an entry with
    // 'covers', since every term on a cycle covers the next).
    for (auto const* block : blocks)
      for (auto const& e : block->entries)
        if (e.name.text == cycle->front() && !e.covers.empty()) {
          std::string path;
          for (auto const& n : *cycle) path += (path.empty() ? "" : " -> ") + n;
          c.error(e.name.range, "the 'covers' relation has a cycle: " + path);
          return;
        }
  }
}

namespace {

class RequirementBuilder {
 public:
  RequirementBuilder(Checker& c, syntax::Requirement const& r, std::string const& baseline) : c_(c), source_(r) {
    out_.id = c.name(r.id);
    out_.summary = r.summary.value;
    out_.defined_in = baseline;
    out_.origin = c.origin(r.id.range);
  }

  model::Requirement build() {
    for (auto const& part : source_.parts) boost::apply_visitor(*this, part);
    if (out_.expectations.empty())
      c_.error(source_.id.range, fmt::format("requirement '{}' has no 'expects' clause", out_.id));
    if (out_.article.empty())
      c_.strict_warning(source_.id.range, fmt::format("requirement '{}' has no 'article'", out_.id));
    return std::move(out_);
  }

  void operator()(syntax::ArticleClause const& x) { out_.article = x.article.value; }
  void operator()(syntax::StrengthClause const& x) { out_.strength = x.strength; }
  void operator()(syntax::SeverityClause const& x) { out_.severity = x.severity; }
  void operator()(syntax::WeightClause const& x) { out_.weight = x.weight.value; }
  void operator()(syntax::Note const& x) { out_.notes.push_back(x.text.value); }
  void operator()(syntax::Citation const& x) { out_.citations.push_back(c_.citation(x)); }
  void operator()(syntax::ExpectsClause const& x) {
    if (auto e = boost::apply_visitor(*this, x.expectation)) out_.expectations.push_back(*e);
  }

  using Expected = std::optional<model::Expectation>;
  Expected operator()(syntax::ExpectChild const& x) {
    auto age = c_.age(x.age);
    return age ? Expected(model::ExpectChild{*age}) : std::nullopt;
  }
  Expected operator()(syntax::ExpectOffence const& x) {
    model::ExpectOffence e;
    bool ok = c_.term(model::TermKind::family, x.family);
    e.family = x.family.text;
    e.conducts = c_.terms(model::TermKind::conduct, x.conducts);
    if (x.band) {
      e.band = c_.age_band(*x.band);
      if (!e.band) ok = false;
    }
    if (x.level) e.level = *x.level;
    return ok ? Expected(e) : std::nullopt;
  }
  Expected operator()(syntax::ExpectConsentIrrelevant const& x) {
    bool ok = c_.term(model::TermKind::family, x.family);
    auto band = c_.age_band(x.band);
    return ok && band ? Expected(model::ExpectConsentIrrelevant{x.family.text, *band}) : std::nullopt;
  }
  Expected operator()(syntax::ExpectNoProof const& x) {
    bool ok = c_.term(model::TermKind::family, x.family);
    auto means = c_.terms(model::TermKind::means, x.means);
    return ok ? Expected(model::ExpectNoProof{means, x.family.text}) : std::nullopt;
  }
  Expected operator()(syntax::ExpectJurisdiction const& x) {
    bool ok = c_.term(model::TermKind::basis, x.basis);
    return ok ? Expected(model::ExpectJurisdiction{x.basis.text, x.without_double_criminality}) : std::nullopt;
  }
  Expected operator()(syntax::ExpectMeasure const& x) {
    bool ok = c_.term(model::TermKind::measure, x.measure);
    return ok ? Expected(model::ExpectMeasure{x.measure.text}) : std::nullopt;
  }
  Expected operator()(syntax::ExpectLimitation const& x) {
    bool ok = c_.term(model::TermKind::family, x.family);
    auto age = c_.age(x.age);
    return ok && age ? Expected(model::ExpectLimitation{x.family.text, *age}) : std::nullopt;
  }

 private:
  Checker& c_;
  syntax::Requirement const& source_;
  model::Requirement out_;
};

}  // namespace

BaselineDraft normalize_baseline(Checker& c, syntax::Baseline const& b) {
  BaselineDraft draft;
  draft.own.id = c.name(b.id);
  draft.own.title = b.title.value;
  draft.own.origin = c.origin(b.id.range);
  draft.range = b.id.range;
  if (b.extends) {
    draft.own.extends = b.extends->text;
    draft.extends_range = b.extends->range;
  }
  std::map<std::string, syntax::Range> seen;
  for (auto const& statement : b.statements) {
    if (auto const* r = boost::get<syntax::Requirement>(&statement)) {
      auto [it, inserted] = seen.emplace(r->id.text, r->id.range);
      if (!inserted)
        c.error(r->id.range, fmt::format("duplicate requirement id '{}'", r->id.text),
                {c.note(it->second, "first defined here")});
      draft.own.requirements.push_back(RequirementBuilder(c, *r, draft.own.id).build());
    } else if (auto const* i = boost::get<syntax::InstrumentStatement>(&statement)) {
      draft.own.instruments.push_back(i->instrument.value);
    } else if (auto const* s = boost::get<syntax::SelectStatement>(&statement)) {
      for (auto const& n : s->requirements) (s->select ? draft.select : draft.unselect).push_back(n.text);
    } else if (auto const* f = boost::get<syntax::RefineStatement>(&statement)) {
      BaselineDraft::Refinement refinement;
      refinement.requirement = f->requirement.text;
      if (f->severity) refinement.severity = *f->severity;
      if (f->weight) refinement.weight = f->weight->value;
      refinement.range = f->requirement.range;
      draft.refinements.push_back(refinement);
    } else if (auto const* ci = boost::get<syntax::Citation>(&statement)) {
      c.citation(*ci);
    }
  }
  return draft;
}

std::optional<model::Override> normalize_override(Checker& c, syntax::Override const& o) {
  model::Override out;
  out.jurisdiction = o.jurisdiction.text;
  out.requirement = o.requirement.text;
  out.origin = c.origin(o.range);
  if (!o.result) {
    c.error(o.jurisdiction.range, "override has no 'result'");
    return std::nullopt;
  }
  if (!o.authority) c.error(o.jurisdiction.range, "override has no 'authority': say who reviewed the finding");
  switch (*o.result) {
    case syntax::Result::met: out.result = model::Result::met; break;
    case syntax::Result::partial: out.result = model::Result::partial; break;
    case syntax::Result::gap: out.result = model::Result::gap; break;
    case syntax::Result::unknown: out.result = model::Result::unknown; break;
    case syntax::Result::not_applicable: out.result = model::Result::not_applicable; break;
  }
  if (o.authority) out.authority = o.authority->value;
  if (o.date) out.date = c.date(*o.date);
  if (o.remark) out.remark = o.remark->value;
  return out;
}

}  // namespace lexgap::normalize
