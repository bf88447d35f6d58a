#include "engine/report/rules_text.hpp"

#include <fmt/format.h>

namespace lexgap::report {

namespace {
std::string join(std::vector<std::string> const& v) {
  std::string out;
  for (auto const& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}
std::string join(std::set<std::string> const& v) { return join(std::vector<std::string>(v.begin(), v.end())); }
std::string status_suffix(model::Provenance const& p) {
  return p.in_force() ? "" : fmt::format(" [{}]", model::to_string(p.status));
}
std::string cite(model::Provenance const& p) {
  return p.citations.empty() ? "  (no citation)" : "  (" + p.citation_text() + ")";
}
}  // namespace

std::string rules_text(model::Jurisdiction const& j) {
  std::string out = fmt::format("{} {}  ({} statements)\n", j.code, j.name, j.statement_count());
  for (auto const& d : j.child_definitions)
    out += fmt::format("  child: {}{}{}{}\n", d.under ? fmt::format("under {}", *d.under) : "graded categories",
                       d.families.empty() ? "" : " for " + join(d.families), status_suffix(d.provenance),
                       cite(d.provenance));
  for (auto const& [family, map] : j.protection) {
    out += fmt::format("  {}:\n", family);
    for (auto const& [interval, p] : map) {
      std::string terms;
      if (!p.terms.empty())
        terms = (p.level == model::ProtectionLevel::conditional ? " unless " : " when ") + join(p.terms);
      out += fmt::format("    ages {:<7} {}{}  [{}]\n", model::to_string(model::to_band(interval)),
                         model::to_string(p.level), terms, join(p.provisions));
    }
  }
  for (auto const& p : j.provisions) {
    std::vector<std::string> facts;
    if (!p.conducts.empty()) facts.push_back("conducts " + join(p.conducts));
    if (p.consent) facts.push_back(*p.consent == model::ConsentRule::irrelevant ? "consent irrelevant" : "lack of consent presumed");
    if (!p.no_proof_of.empty()) facts.push_back("no proof of " + join(p.no_proof_of));
    if (p.limitation) facts.push_back("limitation: " + p.limitation->text());
    if (p.penalty) facts.push_back("penalty " + p.penalty->text());
    if (!p.aggravations.empty()) facts.push_back("aggravated when " + join(p.aggravations));
    if (!p.victims) facts.push_back("victim ages unknown");
    out += fmt::format("  provision {} ({}){}: {}{}\n", p.id, join(p.families), status_suffix(p.provenance),
                       facts.empty() ? "offence exists" : join(facts), cite(p.provenance));
  }
  for (auto const& c : j.claims) {
    char const* dc = c.double_criminality == model::DoubleCriminality::not_required ? " without double criminality"
                     : c.double_criminality == model::DoubleCriminality::required  ? " with double criminality"
                                                                                   : "";
    out += fmt::format("  jurisdiction over {}{}{}{}\n", c.basis, dc, status_suffix(c.provenance), cite(c.provenance));
  }
  for (auto const& m : j.measures)
    out += fmt::format("  measure {}{}{}\n", m.term, status_suffix(m.provenance), cite(m.provenance));
  for (auto const& a : j.absences)
    out += fmt::format("  lacks {} {}{}\n", a.kind == model::Absence::Kind::measure ? "measure" : "offence", a.term,
                       cite(a.provenance));
  return out;
}

}  // namespace lexgap::report
