#include "engine/report/findings.hpp"

#include "engine/concurrency/parallel_for.hpp"
#include "engine/report/model_json.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>

namespace lexgap::report {

using nlohmann::json;

namespace {
std::string result_column(model::Finding const& f) {
  if (f.override_)
    return fmt::format("{} (computed {})", model::to_string(f.override_->result), model::to_string(f.computed));
  return model::to_string(f.computed);
}
}  // namespace

std::string findings_text(model::Baseline const& baseline, std::span<model::Jurisdiction const> jurisdictions,
                          std::span<model::Finding const> findings) {
  std::string out;
  std::size_t per = baseline.requirements.size();
  for (std::size_t j = 0; j < jurisdictions.size(); ++j) {
    std::map<model::Result, int> counts;
    for (std::size_t r = 0; r < per; ++r) ++counts[findings[j * per + r].result()];
    out += fmt::format("{} {} against {}: {} met, {} partial, {} gap, {} unknown\n", jurisdictions[j].code,
                       jurisdictions[j].name, baseline.id, counts[model::Result::met], counts[model::Result::partial],
                       counts[model::Result::gap], counts[model::Result::unknown]);
    for (std::size_t r = 0; r < per; ++r) {
      auto const& f = findings[j * per + r];
      auto const& req = baseline.requirements[r];
      if (f.computed == model::Result::not_selected) continue;
      out += fmt::format("  {:<8} {} [{}]\n", result_column(f), req.id, req.article);
      out += fmt::format("           {}\n", f.explanation);
      for (auto const& e : f.evidence)
        out += fmt::format("           evidence: {} ({})\n", e.statement,
                           e.provenance.citations.empty() ? "no citation" : e.provenance.citation_text());
      if (f.override_)
        out += fmt::format("           override by {}{}: {}\n", f.override_->authority,
                           f.override_->date.empty() ? "" : " on " + f.override_->date, f.override_->remark);
    }
    out += "\n";
  }
  return out;
}

json to_json(model::Finding const& f, model::Requirement const& req) {
  json evidence = json::array();
  for (auto const& e : f.evidence)
    evidence.push_back({{"statement", e.statement}, {"summary", e.summary}, {"provenance", to_json(e.provenance)}});
  json out = {{"jurisdiction", f.jurisdiction},
              {"requirement", f.requirement},
              {"article", req.article},
              {"strength", model::to_string(req.strength)},
              {"severity", model::to_string(req.severity)},
              {"result", model::to_string(f.result())},
              {"computed", model::to_string(f.computed)},
              {"explanation", f.explanation},
              {"trace", f.trace},
              {"evidence", std::move(evidence)}};
  if (f.override_)
    out["override"] = {{"result", model::to_string(f.override_->result)},
                       {"authority", f.override_->authority},
                       {"date", f.override_->date},
                       {"remark", f.override_->remark}};
  return out;
}

namespace {

// A value dumped as it would sit `depth` spaces deep in the whole document's
// dump(2), appended to `out`: JSON strings hold no raw newline, so every '\n'
// is a line break.
void append_nested(std::string& out, json const& value, std::size_t depth) {
  std::string text = value.dump(2, ' ', false, json::error_handler_t::replace);
  std::string const indent(depth, ' ');
  std::size_t from = 0;
  for (auto newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', from)) {
    out.append(text, from, newline + 1 - from);
    out += indent;
    from = newline + 1;
  }
  out.append(text, from);
}

json requirement_json(model::Requirement const& r) {
  json x = {{"id", r.id},
            {"summary", r.summary},
            {"article", r.article},
            {"strength", model::to_string(r.strength)},
            {"severity", model::to_string(r.severity)},
            {"selected", r.selected},
            {"defined_in", r.defined_in}};
  json expects = json::array();
  for (auto const& e : r.expectations) expects.push_back(model::to_string(e));
  x["expects"] = std::move(expects);
  if (r.weight) x["weight"] = *r.weight;
  return x;
}

}  // namespace

// Written member by member in the order nlohmann's dump(2) would write one
// tree (keys sorted), but one jurisdiction at a time: the whole document as a
// tree was most of the time and memory of a large batch (bench/README.md).
FindingsJsonWriter::FindingsJsonWriter(std::ostream& out, model::Baseline const& baseline, FindingsRun run,
                                       unsigned threads)
    : out_(out), baseline_(baseline), run_(std::move(run)), threads_(threads) {
  std::string head = "{\n  \"baseline\": ";
  append_nested(head, {{"id", baseline.id}, {"title", baseline.title}, {"extends", baseline.extends}}, 2);
  if (!run_.generated.empty()) {
    head += ",\n  \"generated\": ";
    append_nested(head, run_.generated, 2);
  }
  head += ",\n  \"jurisdictions\": ";
  out_ << head;
}

void FindingsJsonWriter::write(std::span<model::Jurisdiction const> jurisdictions,
                               std::span<model::Finding const> findings) {
  std::size_t const per = baseline_.requirements.size();
  // Rendered a block at a time: the text in memory stays a few megabytes.
  constexpr std::size_t block = 64;
  std::vector<std::string> rendered;
  for (std::size_t first = 0; first < jurisdictions.size(); first += block) {
    std::size_t const count = std::min(block, jurisdictions.size() - first);
    rendered.assign(count, {});
    concurrency::parallel_for(count, threads_, [&](std::size_t k) {
      std::size_t const j = first + k;
      json items = json::array();
      for (std::size_t r = 0; r < per; ++r) items.push_back(to_json(findings[j * per + r], baseline_.requirements[r]));
      json jurisdiction = {{"code", jurisdictions[j].code}, {"name", jurisdictions[j].name}};
      jurisdiction["findings"] = std::move(items);
      rendered[k] = written_ + j == 0 ? "[\n    " : ",\n    ";
      append_nested(rendered[k], jurisdiction, 4);
    });
    for (auto const& text : rendered) out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  written_ += jurisdictions.size();
}

void FindingsJsonWriter::finish() {
  std::string tail = written_ == 0 ? "[]" : "\n  ]";
  tail += ",\n  \"requirements\": ";
  json requirements = json::array();
  for (auto const& r : baseline_.requirements) requirements.push_back(requirement_json(r));
  append_nested(tail, requirements, 2);
  tail += fmt::format(",\n  \"schema_version\": {}", findings_schema_version);
  tail += fmt::format(",\n  \"with_pending\": {}\n}}\n", run_.with_pending ? "true" : "false");
  out_ << tail;
}

void write_findings_json(std::ostream& out, model::Baseline const& baseline,
                         std::span<model::Jurisdiction const> jurisdictions, std::span<model::Finding const> findings,
                         FindingsRun const& run) {
  FindingsJsonWriter writer(out, baseline, run);
  writer.write(jurisdictions, findings);
  writer.finish();
}

std::string explain_text(model::Jurisdiction const& j, model::Requirement const& req, model::Finding const& f) {
  std::string out = fmt::format("{} {} — {} [{}] ({}, severity {})\n", j.code, j.name, req.id, req.article,
                                model::to_string(req.strength), model::to_string(req.severity));
  out += fmt::format("  requirement: {}\n", req.summary);
  for (auto const& n : req.notes) out += fmt::format("  note: {}\n", n);
  out += fmt::format("  result: {}\n", result_column(f));
  for (auto const& t : f.trace) out += fmt::format("  {}\n", t);
  if (f.evidence.empty()) out += "  evidence: none — the sources say nothing on this\n";
  for (auto const& e : f.evidence) {
    out += fmt::format("  evidence: {} — {}\n", e.statement, e.summary);
    out += fmt::format("    written at {}:{}:{}; cited to {}\n", e.provenance.origin.file, e.provenance.origin.line,
                       e.provenance.origin.column,
                       e.provenance.citations.empty() ? "nothing" : e.provenance.citation_text());
    for (auto const& n : e.provenance.notes) out += fmt::format("    note: {}\n", n);
  }
  if (f.override_)
    out += fmt::format("  override: {} by {}{} — {}\n", model::to_string(f.override_->result), f.override_->authority,
                       f.override_->date.empty() ? "" : " on " + f.override_->date, f.override_->remark);
  return out;
}

}  // namespace lexgap::report
