#include "engine/report/batch/sarif.hpp"

#include <fmt/format.h>

#include <cctype>

namespace lexgap::report::batch {

using nlohmann::json;

std::string artifact_uri(std::string_view path) {
  std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

namespace {

char const* sarif_level(model::Result result) {
  switch (result) {
    case model::Result::gap: return "error";
    case model::Result::partial: return "warning";
    case model::Result::unknown: return "note";
    default: return nullptr;
  }
}

// Where a finding points: the first evidence's statement, else the jurisdiction header.
model::Origin finding_origin(model::Jurisdiction const& jurisdiction, model::Finding const& finding) {
  for (auto const& e : finding.evidence)
    if (e.provenance.origin.line) return e.provenance.origin;
  return jurisdiction.origin;
}

json physical_location(model::Origin const& origin) {
  json location = {{"artifactLocation", {{"uri", artifact_uri(origin.file)}}}};
  if (origin.line) {
    location["region"] = {{"startLine", origin.line}};
    if (origin.column) location["region"]["startColumn"] = origin.column;
  }
  return location;
}

json rule(model::Requirement const& req) {
  json out = {{"id", req.id},
              {"shortDescription", {{"text", req.summary}}},
              {"properties",
               {{"article", req.article},
                {"strength", model::to_string(req.strength)},
                {"severity", model::to_string(req.severity)},
                {"baseline", req.defined_in}}}};
  std::string notes;
  for (auto const& n : req.notes) notes += (notes.empty() ? "" : " ") + n;
  if (!notes.empty()) out["fullDescription"] = {{"text", notes}};
  return out;
}

}  // namespace

json findings_sarif(Batch const& batch) {
  auto const& reqs = batch.baseline.requirements;
  json rules = json::array();
  for (auto r : batch.columns) rules.push_back(rule(reqs[r]));

  json results = json::array();
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) {
    auto const& jur = batch.jurisdictions[j];
    for (std::size_t c = 0; c < batch.columns.size(); ++c) {
      auto const& f = batch.finding(j, batch.columns[c]);
      auto const* level = sarif_level(f.result());
      if (!level) continue;
      auto const& req = reqs[batch.columns[c]];
      json result = {
          {"ruleId", req.id},
          {"ruleIndex", c},
          {"level", level},
          {"message", {{"text", fmt::format("{} {}: {} ({}): {}", jur.code, jur.name, model::to_string(f.result()),
                                            req.summary, f.explanation)}}},
          {"locations", json::array({{{"physicalLocation", physical_location(finding_origin(jur, f))},
                                      {"logicalLocations", json::array({{{"name", jur.code}, {"kind", "module"}}})}}})},
          {"partialFingerprints", {{"lexgapFinding/v1", jur.code + "/" + req.id}}},
          {"properties",
           {{"jurisdiction", jur.code}, {"result", model::to_string(f.result())}, {"computed", model::to_string(f.computed)},
            {"severity", model::to_string(req.severity)}, {"evidence", evidence_citations(f)}}}};
      if (f.override_)
        result["properties"]["override"] = {{"result", model::to_string(f.override_->result)},
                                            {"authority", f.override_->authority},
                                            {"date", f.override_->date},
                                            {"remark", f.override_->remark}};
      results.push_back(std::move(result));
    }
  }

  json notifications = json::array();
  for (auto const& file : batch.rejected)
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", file.first_error.empty() ? file.path + ": could not be read" : file.first_error}}},
         {"locations", json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", artifact_uri(file.path)}}}}}}})}});
  json invocation = {{"executionSuccessful", batch.rejected.empty()}, {"toolExecutionNotifications", notifications}};
  if (!batch.generated.empty()) invocation["endTimeUtc"] = batch.generated;

  return {{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", json::array({{{"tool", {{"driver", {{"name", "lexgap"}, {"rules", rules}}}}},
                                 {"invocations", json::array({invocation})},
                                 {"properties", {{"baseline", batch.baseline.id}, {"withPending", batch.with_pending}}},
                                 {"results", results}}})}};
}

}  // namespace lexgap::report::batch
