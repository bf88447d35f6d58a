#include "engine/score/rank_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>

namespace lexgap::score {

using nlohmann::json;

namespace {

std::string need_text(ScoringModel model, double need) {
  switch (model) {
    case ScoringModel::weighted: return fmt::format("{:.3f}", need);
    case ScoringModel::flat:
    case ScoringModel::flat_unweighted: return fmt::format("{:.2f}", need);
    case ScoringModel::absolute: return fmt::format("{:.0f}", need);
  }
  return "";
}

std::string score_text(ScoringModel model, JurisdictionNeed const& j) {
  switch (model) {
    case ScoringModel::weighted: return fmt::format("{:.1f}%", j.score);
    case ScoringModel::flat:
    case ScoringModel::flat_unweighted: return fmt::format("{:.2f}/{:.2f}", j.score, j.maximum);
    case ScoringModel::absolute: return fmt::format("{:.0f}", j.score);
  }
  return "";
}

std::string interval_text(std::optional<RankInterval> const& interval) {
  if (!interval) return "-";
  if (interval->low == interval->high) return std::to_string(interval->low);
  return fmt::format("{}-{}", interval->low, interval->high);
}

char const* need_definition(ScoringModel model) {
  switch (model) {
    case ScoringModel::weighted: return "need = weighted share of the known requirements not met";
    case ScoringModel::flat: return "need = weight of the known requirements not met";
    case ScoringModel::flat_unweighted: return "need = number of the known requirements (of non-zero weight) not met";
    case ScoringModel::absolute: return "need = 1 if any known requirement is not met, else 0";
  }
  return "";
}

// "A", "A and B", "A, B and C".
std::string listing(std::vector<std::string> const& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// A gap on a `may` or `endeavour` requirement is not a breach (docs/baselines.md).
std::string shortfall_text(Shortfall const& s, std::map<std::string, model::Requirement const*> const& requirements) {
  auto strength = requirements.at(s.requirement)->strength;
  bool optional = strength == model::Strength::may || strength == model::Strength::endeavour;
  return fmt::format("{} ({}{})", s.requirement, model::to_string(s.result),
                     optional ? fmt::format("; {}: not a breach", model::to_string(strength)) : "");
}

double rounded(double x) { return std::round(x * 1e6) / 1e6; }

json need_json(JurisdictionNeed const& j) {
  json shortfalls = json::array();
  for (auto const& s : j.shortfalls)
    shortfalls.push_back(
        {{"requirement", s.requirement}, {"result", model::to_string(s.result)}, {"loss", rounded(s.loss)}});
  json out = {{"code", j.code},
              {"name", j.name},
              {"need", rounded(j.need)},
              {"score", rounded(j.score)},
              {"maximum", rounded(j.maximum)},
              {"known", j.known},
              {"applicable", j.applicable},
              {"evidence_coverage", rounded(j.evidence_coverage)},
              {"shortfalls", shortfalls}};
  if (j.rank > 0) out["rank"] = j.rank;
  if (j.interval) out["rank_interval"] = {{"low", j.interval->low}, {"high", j.interval->high}};
  return out;
}

std::string csv_field(std::string const& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string ranking_text(CoverageMatrix const& coverage, Ranking const& ranking, Clustering const& clustering) {
  std::map<std::string, model::Requirement const*> requirements;
  for (auto const& r : coverage.requirements) requirements.emplace(r.id, &r);
  auto model = ranking.model;
  std::string out;

  out += fmt::format("Priorities against {} ({} selected requirements), model {}:\n", ranking.baseline,
                     ranking.requirements, to_string(model));
  out += fmt::format("  {}\n  (a partial result counts {} of a met one). Unknown results are left out of the score and\n"
                     "  shown as evidence coverage: known of applicable requirements. Equal needs share a rank,\n"
                     "  listed by code.\n",
                     need_definition(model), partial_credit);
  if (ranking.sensitivity.samples > 0)
    out += fmt::format("  Rank interval: {}th-{}th percentile rank over {} samples, every weight scaled by an\n"
                       "  independent factor in [{}, {}) (seed {}).\n",
                       percentile_low, percentile_high, ranking.sensitivity.samples, factor_low, factor_high,
                       ranking.sensitivity.seed);
  out += "\n";

  if (ranking.ranked.empty()) out += "No jurisdiction has a known requirement that counts: nothing to rank.\n";
  else
    out += fmt::format("{:>4}  {:<28} {:>7} {:>12} {:>14} {:>10}\n", "rank", "jurisdiction", "need", "score",
                       "evidence", "rank 5-95%");
  std::size_t moving = 0;
  for (auto const& j : ranking.ranked) {
    out += fmt::format("{:>4}  {:<28} {:>7} {:>12} {:>14} {:>10}\n", j.rank, j.code + " " + j.name,
                       need_text(model, j.need), score_text(model, j),
                       fmt::format("{}/{} {:.0f}%", j.known, j.applicable, 100 * j.evidence_coverage),
                       interval_text(j.interval));
    if (j.interval && j.interval->low != j.interval->high) ++moving;
    if (j.shortfalls.empty()) continue;
    std::vector<std::string> shown;
    for (std::size_t s = 0; s < j.shortfalls.size() && s < text_shortfalls; ++s)
      shown.push_back(shortfall_text(j.shortfalls[s], requirements));
    if (j.shortfalls.size() > text_shortfalls)
      shown.push_back(fmt::format("{} more", j.shortfalls.size() - text_shortfalls));
    out += fmt::format("        lacks {}\n", listing(shown));
  }
  if (ranking.sensitivity.samples > 0 && !ranking.ranked.empty())
    out += fmt::format("{} of {} ranks move when the weights change (rank interval wider than one place).\n", moving,
                       ranking.ranked.size());

  if (!ranking.insufficient_evidence.empty()) {
    out += "\nInsufficient evidence (no known requirement that counts; neither first nor last, not ranked):\n";
    for (auto const& j : ranking.insufficient_evidence)
      out += fmt::format("      {:<28} {:>14}\n", j.code + " " + j.name,
                         fmt::format("{}/{} {:.0f}%", j.known, j.applicable, 100 * j.evidence_coverage));
  }

  out += "\nRequirements lacked (gap or partial) by the most jurisdictions: the reforms that would help most States.\n";
  std::size_t listed = 0;
  for (auto const& r : ranking.reach) {
    if (r.weight <= 0 || r.lacked() == 0) continue;
    if (listed++ == 0)
      out += fmt::format("{:>7} {:>4} {:>8} {:>4} {:>8} {:>7}  {}\n", "lacking", "gap", "partial", "met", "unknown",
                         "weight", "requirement");
    out += fmt::format("{:>7} {:>4} {:>8} {:>4} {:>8} {:>7.2f}  {}: {}\n", r.lacked(), r.gap, r.partial, r.met,
                       r.unknown, r.weight, r.requirement, requirements.at(r.requirement)->summary);
    out += fmt::format("{:>45}{}\n", "", listing(r.lacking));
  }
  if (listed == 0) out += "  No requirement that counts is known to be lacking anywhere.\n";

  if (clustering.clusters.empty()) {
    out += "\nGap profiles: no jurisdiction has a known gap or partial result that counts, so there is no group.\n";
  } else {
    std::string choice;
    if (clustering.k_given)
      choice = "as given";
    else if (clustering.silhouettes.size() > 1)
      choice = fmt::format("by the best mean silhouette, {:.3f}, among k = {}..{}", clustering.silhouette,
                           clustering.silhouettes.front().first, clustering.silhouettes.back().first);
    else
      choice = "the only choice: different groups share no gap, identical profiles stay together";
    out += fmt::format("\nGap profiles (average-linkage clustering on the Jaccard distance between sets of lacked\n"
                       "requirements; k = {}, {}):\n",
                       clustering.k, choice);
  }
  for (std::size_t c = 0; c < clustering.clusters.size(); ++c) {
    auto const& cluster = clustering.clusters[c];
    out += fmt::format("  Group {} ({}): {}\n", c + 1, cluster.members.size(), listing(cluster.members));
    auto shared = cluster.shared();
    if (cluster.members.size() == 1)
      out += fmt::format("    a group of one; it lacks {}\n", listing(shared));
    else if (shared.empty())
      out += "    no gap shared by all members\n";
    else
      out += fmt::format("    one programme on {} would serve {}\n", listing(shared), listing(cluster.members));
    std::vector<std::string> some;
    for (auto const& g : cluster.gaps)
      if (g.members < cluster.members.size())
        some.push_back(fmt::format("{} ({} of {})", g.requirement, g.members, cluster.members.size()));
    if (!some.empty()) out += fmt::format("    also lacked by some: {}\n", listing(some));
  }
  if (!clustering.without_gaps.empty())
    out += fmt::format("  No known gap, so in no group: {}\n", listing(clustering.without_gaps));
  return out;
}

std::string ranking_csv(Ranking const& ranking, Clustering const& clustering) {
  std::map<std::string, std::size_t> group;
  for (std::size_t c = 0; c < clustering.clusters.size(); ++c)
    for (auto const& m : clustering.clusters[c].members) group[m] = c + 1;
  std::string out =
      "code,name,status,rank,need,score,maximum,known,applicable,evidence_coverage,rank_p5,rank_p95,group,shortfalls\n";
  auto row = [&](JurisdictionNeed const& j, char const* status) {
    std::string shortfalls;
    for (auto const& s : j.shortfalls)
      shortfalls += (shortfalls.empty() ? "" : ";") + s.requirement + ":" + model::to_string(s.result);
    auto g = group.find(j.code);
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(j.code), csv_field(j.name), status,
                       j.rank > 0 ? std::to_string(j.rank) : "", rounded(j.need), rounded(j.score),
                       rounded(j.maximum), j.known, j.applicable, rounded(j.evidence_coverage),
                       j.interval ? std::to_string(j.interval->low) : "",
                       j.interval ? std::to_string(j.interval->high) : "",
                       g != group.end() ? std::to_string(g->second) : "", csv_field(shortfalls));
  };
  for (auto const& j : ranking.ranked) row(j, "ranked");
  for (auto const& j : ranking.insufficient_evidence) row(j, "insufficient-evidence");
  return out;
}

json ranking_json(CoverageMatrix const& coverage, Ranking const& ranking, Clustering const& clustering) {
  json ranked = json::array(), insufficient = json::array(), reach = json::array(), groups = json::array(),
       silhouettes = json::array();
  for (auto const& j : ranking.ranked) ranked.push_back(need_json(j));
  for (auto const& j : ranking.insufficient_evidence) insufficient.push_back(need_json(j));
  std::map<std::string, model::Requirement const*> requirements;
  for (auto const& r : coverage.requirements) requirements.emplace(r.id, &r);
  for (auto const& r : ranking.reach) {
    auto const& req = *requirements.at(r.requirement);
    reach.push_back({{"requirement", r.requirement},
                     {"summary", req.summary},
                     {"strength", model::to_string(req.strength)},
                     {"severity", model::to_string(req.severity)},
                     {"weight", rounded(r.weight)},
                     {"lacking", r.lacking},
                     {"met", r.met},
                     {"partial", r.partial},
                     {"gap", r.gap},
                     {"unknown", r.unknown}});
  }
  for (auto const& c : clustering.clusters) {
    json gaps = json::array();
    for (auto const& g : c.gaps) gaps.push_back({{"requirement", g.requirement}, {"members", g.members}});
    groups.push_back({{"members", c.members}, {"shared", c.shared()}, {"gaps", gaps}});
  }
  for (auto const& [k, s] : clustering.silhouettes) silhouettes.push_back({{"k", k}, {"silhouette", rounded(s)}});
  return {{"schema_version", ranking_schema_version},
          {"baseline", ranking.baseline},
          {"model", to_string(ranking.model)},
          {"partial_credit", partial_credit},
          {"requirements", ranking.requirements},
          {"sensitivity",
           {{"samples", ranking.sensitivity.samples},
            {"seed", ranking.sensitivity.seed},
            {"factor_low", factor_low},
            {"factor_high", factor_high},
            {"percentiles", {percentile_low, percentile_high}}}},
          {"ranked", ranked},
          {"insufficient_evidence", insufficient},
          {"reach", reach},
          {"clusters",
           {{"k", clustering.k},
            {"k_chosen_by", clustering.k_given ? "option" : "silhouette"},
            {"silhouette", rounded(clustering.silhouette)},
            {"silhouettes", silhouettes},
            {"groups", groups},
            {"without_gaps", clustering.without_gaps}}}};
}

}  // namespace lexgap::score
