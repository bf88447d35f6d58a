#include "engine/normalize/checker.hpp"

#include "grammar/suggest.hpp"

#include <fmt/format.h>

namespace lexgap::normalize {

namespace {

// Past this many, a file's diagnostics are a cascade or a file that is not
// .lgl at all; millions of them (a 64 MiB file can hold two million unknown
// terms) would take minutes and gigabytes. clang stops likewise (-ferror-limit).
constexpr std::size_t max_diagnostics_per_file = 1000;

// Adds `d` to the file's diagnostics, or past the limit, one "too many" in its
// place that is an error as soon as any error was left out.
void report(std::vector<Diagnostic>& out, Diagnostic d) {
  if (out.size() < max_diagnostics_per_file) {
    out.push_back(std::move(d));
  } else if (out.size() == max_diagnostics_per_file) {
    d.message = fmt::format("too many diagnostics in this file; only the first {} are shown", max_diagnostics_per_file);
    d.notes.clear();
    d.fix.clear();
    out.push_back(std::move(d));
  } else if (d.severity == Severity::error) {
    out.back().severity = Severity::error;
  }
}

bool over_limit(std::vector<Diagnostic> const& out) { return out.size() >= max_diagnostics_per_file; }

}  // namespace

Checker::Checker(SourceFile const& file, std::map<std::string, model::Source> const& sources,
                 model::Taxonomy const& taxonomy, bool strict, std::vector<Diagnostic>& out)
    : file_(file), sources_(sources), taxonomy_(taxonomy), strict_(strict), out_(out) {}

void Checker::error(syntax::Range range, std::string message, std::vector<DiagnosticNote> notes) {
  auto d = file_.diagnose(Severity::error, range, std::move(message));
  d.notes = std::move(notes);
  report(out_, std::move(d));
}

void Checker::warning(syntax::Range range, std::string message) {
  report(out_, file_.diagnose(Severity::warning, range, std::move(message)));
}

void Checker::strict_warning(syntax::Range range, std::string message) {
  report(out_, file_.diagnose(strict_ ? Severity::error : Severity::warning, range, std::move(message)));
}

model::Origin Checker::origin(syntax::Range range) const {
  auto p = file_.line_column(range.begin);
  return model::Origin{file_.path(), p.line, p.column};
}

std::string Checker::name(syntax::Name const& name) {
  if (name.text.size() > max_name_length)
    error(name.range, fmt::format("name is longer than {} characters", max_name_length));
  return name.text;
}

std::optional<int> Checker::number(syntax::Number const& number) {
  if (number.value > max_number) {
    error(number.range, fmt::format("number is too large (the limit is {})", max_number));
    return std::nullopt;
  }
  return static_cast<int>(number.value);
}

std::optional<int> Checker::age(syntax::Number const& number) {
  auto n = this->number(number);
  if (n && *n > model::max_plausible_age) {
    error(number.range, fmt::format("age {} is not a plausible age (ages run from 0 to {})", *n,
                                    model::max_plausible_age));
    return std::nullopt;
  }
  return n;
}

std::optional<model::AgeBand> Checker::age_band(syntax::AgeBand const& band) {
  auto first = age(band.first);
  if (!first) return std::nullopt;
  switch (band.form) {
    case syntax::AgeBandForm::under:
      if (*first == 0) {
        error(band.range, "empty age band: 'under 0' contains no age");
        return std::nullopt;
      }
      return model::AgeBand{0, *first};
    case syntax::AgeBandForm::not_over: return model::AgeBand{0, *first + 1};
    case syntax::AgeBandForm::from: return model::AgeBand{*first, model::age_unbounded};
    case syntax::AgeBandForm::between: {
      auto second = age(band.second);
      if (!second) return std::nullopt;
      if (*second <= *first) {
        auto d = fmt::format("empty age band: '{} to {}' contains no age; a band 'N to M' runs from age N up to "
                             "(not including) M",
                             *first, *second);
        error(band.range, d);
        return std::nullopt;
      }
      return model::AgeBand{*first, *second};
    }
  }
  return std::nullopt;
}

std::string Checker::date(syntax::Date const& date) {
  auto const& v = date.value;
  auto field = [&](std::size_t at) { return std::stoi(v.substr(at, 2)); };
  bool ok = true;
  if (v.size() >= 7) ok = field(5) >= 1 && field(5) <= 12;
  if (ok && v.size() >= 10) ok = field(8) >= 1 && field(8) <= 31;
  if (!ok) error(date.range, fmt::format("'{}' is not a valid date", v));
  return v;
}

bool Checker::term(model::TermKind kind, syntax::Name const& name) {
  if (taxonomy_.find(kind, name.text)) return true;
  auto others = taxonomy_.find_any_kind(name.text);
  if (!others.empty()) {
    auto with_article = [](char const* noun) {
      return std::string(std::string_view("aeiou").find(noun[0]) == std::string_view::npos ? "a " : "an ") + noun;
    };
    error(name.range, fmt::format("'{}' is {}, not {}", name.text, with_article(model::to_string(others.front()->kind)),
                                  with_article(model::to_string(kind))));
    return false;
  }
  auto message = fmt::format("unknown {} '{}'", model::to_string(kind), name.text);
  Diagnostic d = file_.diagnose(Severity::error, name.range, message);
  if (!over_limit(out_))  // a suggestion costs an edit distance per term of the kind
    if (auto best = closest_match(name.text, taxonomy_.names(kind))) {
      d.message += fmt::format("; did you mean '{}'?", *best);
      d.fix = *best;
    }
  report(out_, std::move(d));
  return false;
}

std::vector<std::string> Checker::terms(model::TermKind kind, syntax::NameList const& names) {
  std::vector<std::string> result;
  for (auto const& n : names)
    if (term(kind, n)) result.push_back(n.text);
  return result;
}

model::Citation Checker::citation(syntax::Citation const& c) {
  model::Citation result;
  result.source = c.source.text;
  result.kind = c.kind;
  result.label = c.label.value;
  auto it = sources_.find(c.source.text);
  if (it == sources_.end()) {
    std::vector<std::string> ids;
    for (auto const& [id, s] : sources_) ids.push_back(id);
    auto d = file_.diagnose(Severity::error, c.source.range, fmt::format("unknown source '{}'", c.source.text));
    if (auto best = closest_match(c.source.text, ids)) {
      d.message += fmt::format("; did you mean '{}'?", *best);
      d.fix = *best;
    }
    report(out_, std::move(d));
  }
  for (auto const& n : c.numbers) {
    auto value = number(n);
    if (!value) continue;
    result.numbers.push_back(static_cast<unsigned>(*value));
    if (it == sources_.end()) continue;
    auto const& source = it->second;
    bool paragraph = c.kind == syntax::LocatorKind::paragraph;
    auto const& range = paragraph ? source.paragraphs : source.footnotes;
    if (range && (static_cast<unsigned>(*value) < range->first || static_cast<unsigned>(*value) > range->second)) {
      error(n.range, fmt::format("{} has {} {} to {}; there is no {} {}", source.id, paragraph ? "paragraphs" : "footnotes",
                                 range->first, range->second, paragraph ? "paragraph" : "footnote", *value),
            {file_.note(c.range, "in this citation")});
    }
  }
  return result;
}

void Checker::add_modifier(model::Provenance& provenance, syntax::Citation const& c) {
  provenance.citations.push_back(citation(c));
}

void Checker::add_modifier(model::Provenance& provenance, syntax::StatusModifier const& s) {
  provenance.status = s.status;
  if (s.since) provenance.since = date(*s.since);
}

void Checker::add_modifier(model::Provenance& provenance, syntax::Note const& n) {
  provenance.notes.push_back(n.text.value);
}

model::Provenance Checker::provenance(syntax::Modifiers const& modifiers, syntax::Range statement) {
  model::Provenance p;
  p.origin = origin(statement);
  for (auto const& m : modifiers) boost::apply_visitor([&](auto const& x) { add_modifier(p, x); }, m);
  return p;
}

void Checker::require_citation(model::Provenance const& provenance, syntax::Range statement, char const* what) {
  if (provenance.citations.empty())
    strict_warning(statement, fmt::format("{} has no citation; add 'cite SOURCE para N'", what));
}

}  // namespace lexgap::normalize
