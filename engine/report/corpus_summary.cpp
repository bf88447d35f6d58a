#include "engine/report/corpus_summary.hpp"

#include <fmt/format.h>

#include <set>

namespace lexgap::report {

EvidenceSummary summarize_evidence(model::Jurisdiction const& j, model::Taxonomy const& taxonomy) {
  EvidenceSummary s{j.code, j.name, 0, 0, j.mentions.size(), ""};
  std::set<char> areas;
  auto count = [&](model::Provenance const& p, std::string const& area) {
    (p.citations.empty() ? s.uncited : s.statements) += 1;
    if (area.size() == 1) areas.insert(area[0]);
  };
  auto measure_area = [&](std::string const& term) {
    auto const* t = taxonomy.find(model::TermKind::measure, term);
    return t ? t->area : std::string();
  };
  for (auto const& d : j.child_definitions) count(d.provenance, "b");
  for (auto const& p : j.provisions) count(p.provenance, "c");
  for (auto const& c : j.claims) count(c.provenance, "e");
  for (auto const& m : j.measures) count(m.provenance, measure_area(m.term));
  for (auto const& a : j.absences)
    count(a.provenance, a.kind == model::Absence::Kind::offence ? "c" : measure_area(a.term));
  for (char c = 'a'; c <= 'n'; ++c) s.areas += areas.count(c) ? c : '.';
  return s;
}

std::string evidence_table(std::vector<EvidenceSummary> const& rows) {
  std::string out = fmt::format("{:<6} {:<26} {:>10} {:>8}  {}\n", "code", "name", "statements", "mentions",
                                "areas a-n with information");
  for (auto const& r : rows) {
    out += fmt::format("{:<6} {:<26} {:>10} {:>8}  {}", r.code, r.name.substr(0, 26), r.statements, r.mentions, r.areas);
    if (r.uncited) out += fmt::format("  ({} without citation)", r.uncited);
    out += "\n";
  }
  out += "areas: a prevention, b child, c criminalization, d recidivism, e extraterritorial, f extradition/MLA,\n"
         "       g humanitarian, h awareness/training, i technical assistance, j victims, k cooperation,\n"
         "       l NGOs, m private sector, n ICT/ISPs (the issue areas of the 2009 report)\n";
  return out;
}

nlohmann::json to_json(std::vector<EvidenceSummary> const& rows) {
  auto list = nlohmann::json::array();
  for (auto const& r : rows) {
    std::vector<std::string> areas;
    for (char c : r.areas)
      if (c != '.') areas.emplace_back(1, c);
    list.push_back({{"code", r.code}, {"name", r.name}, {"statements", r.statements}, {"uncited", r.uncited}, {"mentions", r.mentions},
                    {"areas", areas}});
  }
  return list;
}

}  // namespace lexgap::report
