#include "engine/report/model_json.hpp"

namespace lexgap::report {

using nlohmann::json;

json to_json(model::Provenance const& p) {
  json citations = json::array();
  for (auto const& c : p.citations) citations.push_back(c.text());
  json out = {{"status", model::to_string(p.status)}, {"citations", citations},
              {"at", p.origin.file + ":" + std::to_string(p.origin.line) + ":" + std::to_string(p.origin.column)}};
  if (!p.since.empty()) out["since"] = p.since;
  if (!p.notes.empty()) out["notes"] = p.notes;
  return out;
}

namespace {

json band_json(model::AgeBand b) {
  json hi = b.hi >= model::age_unbounded ? json(nullptr) : json(b.hi);
  return {{"from", b.lo}, {"below", hi}};
}

char const* consent_text(model::ConsentRule r) {
  return r == model::ConsentRule::irrelevant ? "irrelevant" : "presumed-absent";
}

char const* double_criminality_text(model::DoubleCriminality d) {
  switch (d) {
    case model::DoubleCriminality::required: return "required";
    case model::DoubleCriminality::not_required: return "not-required";
    case model::DoubleCriminality::unspecified: break;
  }
  return "unspecified";
}

json limitation_json(model::Limitation const& l) {
  static char const* starts[] = {"none", "offence", "disclosure", "victim-age"};
  json out = {{"starts", starts[static_cast<int>(l.start)]}, {"text", l.text()}};
  if (l.years) out["years"] = *l.years;
  if (l.start == model::Limitation::Start::victim_age) out["start_age"] = l.start_age;
  return out;
}

}  // namespace

json to_json(model::Jurisdiction const& j) {
  json provisions = json::array();
  for (auto const& p : j.provisions) {
    json x = {{"id", p.id}, {"families", p.families}, {"provenance", to_json(p.provenance)}};
    if (!p.title.empty()) x["title"] = p.title;
    if (p.victims) x["victims"] = band_json(*p.victims);
    if (p.level) {
      x["protection"] = model::to_string(*p.level);
      if (!p.level_terms.empty())
        x[*p.level == model::ProtectionLevel::conditional ? "exceptions" : "circumstances"] = p.level_terms;
    }
    if (!p.conducts.empty()) x["conducts"] = p.conducts;
    if (p.consent) x["consent"] = consent_text(*p.consent);
    if (!p.no_proof_of.empty()) x["no_proof_of"] = p.no_proof_of;
    if (p.limitation) x["limitation"] = limitation_json(*p.limitation);
    if (p.penalty) x["penalty"] = p.penalty->text();
    if (!p.aggravations.empty()) x["aggravated_when"] = p.aggravations;
    provisions.push_back(x);
  }
  json protection = json::object();
  for (auto const& [family, map] : j.protection) {
    json bands = json::array();
    for (auto const& [interval, prot] : map) {
      json b = band_json(model::to_band(interval));
      b["level"] = model::to_string(prot.level);
      if (!prot.terms.empty())
        b[prot.level == model::ProtectionLevel::conditional ? "exceptions" : "circumstances"] = prot.terms;
      b["provisions"] = prot.provisions;
      bands.push_back(b);
    }
    protection[family] = bands;
  }
  json children = json::array();
  for (auto const& d : j.child_definitions) {
    json x = {{"provenance", to_json(d.provenance)}};
    if (d.under) x["under"] = *d.under;
    else x["graded"] = true;
    if (!d.families.empty()) x["families"] = d.families;
    children.push_back(x);
  }
  json claims = json::array();
  for (auto const& c : j.claims)
    claims.push_back({{"basis", c.basis},
                      {"double_criminality", double_criminality_text(c.double_criminality)},
                      {"provenance", to_json(c.provenance)}});
  json measures = json::array();
  for (auto const& m : j.measures) measures.push_back({{"term", m.term}, {"provenance", to_json(m.provenance)}});
  json absences = json::array();
  for (auto const& a : j.absences)
    absences.push_back({{"kind", a.kind == model::Absence::Kind::measure ? "measure" : "offence"},
                        {"term", a.term},
                        {"provenance", to_json(a.provenance)}});
  json mentions = json::array();
  for (auto const& c : j.mentions) mentions.push_back(c.text());
  return {{"code", j.code},         {"name", j.name},       {"mentions", mentions},
          {"child", children},      {"provisions", provisions}, {"protection", protection},
          {"jurisdiction_claims", claims}, {"measures", measures}, {"absences", absences}};
}

json to_json(Diagnostic const& d) {
  static char const* words[] = {"error", "warning", "note"};
  json notes = json::array();
  for (auto const& n : d.notes)
    notes.push_back({{"file", n.where.file}, {"line", n.where.line}, {"column", n.where.column}, {"message", n.message}});
  json out = {{"severity", words[static_cast<int>(d.severity)]},
              {"file", d.where.file},
              {"line", d.where.line},
              {"column", d.where.column},
              {"end_column", d.where.end_column},
              {"message", d.message},
              {"notes", notes}};
  if (!d.fix.empty()) out["fix"] = d.fix;
  return out;
}

}  // namespace lexgap::report
