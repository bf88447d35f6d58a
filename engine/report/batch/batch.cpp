#include "engine/report/batch/batch.hpp"

#include "engine/report/batch/file_names.hpp"

#include <fmt/format.h>

#include <set>

namespace lexgap::report::batch {

Batch make_batch(Workspace const& ws, model::Baseline const& baseline, std::vector<model::Finding> const& findings,
                 BatchOptions const& options) {
  Batch batch{baseline, ws.jurisdictions, findings, ws.sources, {}, {}, {}, options.with_pending, options.generated};
  for (auto const& path : ws.rejected_files) {
    RejectedFile file{path, {}, 0};
    for (auto const& d : ws.diagnostics) {
      if (d.severity != Severity::error || d.where.file != path) continue;
      if (file.errors++ == 0)
        file.first_error = d.where.line ? fmt::format("{}:{}:{}: error: {}", d.where.file, d.where.line, d.where.column,
                                                      d.message)
                                        : fmt::format("{}: error: {}", d.where.file, d.message);
    }
    batch.rejected.push_back(std::move(file));
  }
  std::vector<std::string> codes;
  for (auto const& j : ws.jurisdictions) codes.push_back(j.code);
  batch.stems = file_stems(codes);
  for (std::size_t r = 0; r < baseline.requirements.size(); ++r)
    if (baseline.requirements[r].selected) batch.columns.push_back(r);
  return batch;
}

Tally tally(Batch const& batch, std::size_t j) {
  Tally t{};
  for (auto r : batch.columns) ++t[static_cast<std::size_t>(batch.finding(j, r).result())];
  return t;
}

Tally tally_requirement(Batch const& batch, std::size_t r) {
  Tally t{};
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j) ++t[static_cast<std::size_t>(batch.finding(j, r).result())];
  return t;
}

char const* result_mark(model::Result result) {
  switch (result) {
    case model::Result::met: return "M";
    case model::Result::partial: return "P";
    case model::Result::gap: return "G";
    case model::Result::unknown: return "?";
    case model::Result::not_applicable: return "\u2013";
    case model::Result::not_selected: break;
  }
  return "";
}

char const* counted_law(Batch const& batch) {
  return batch.with_pending ? "Pending bills and drafts are counted as law (--with-pending)."
                            : "Only law in force is counted; pending bills and drafts are not.";
}

std::string rejected_heading(Batch const& batch) {
  auto n = batch.rejected.size();
  if (n == 0) return {};
  return fmt::format("{} {} could not be read; {} left out of this report", n, n == 1 ? "file" : "files",
                     n == 1 ? "its jurisdictions are" : "their jurisdictions are");
}

std::vector<model::Source const*> cited_sources(Batch const& batch) {
  std::set<std::string> ids;
  for (std::size_t j = 0; j < batch.jurisdictions.size(); ++j)
    for (auto r : batch.columns)
      for (auto const& e : batch.finding(j, r).evidence)
        for (auto const& c : e.provenance.citations) ids.insert(c.source);
  std::vector<model::Source const*> out;
  for (auto const& id : ids)
    if (auto it = batch.sources.find(id); it != batch.sources.end()) out.push_back(&it->second);
  return out;
}

std::string evidence_citations(model::Finding const& finding) {
  std::string out;
  for (auto const& e : finding.evidence)
    out += fmt::format("{}{} ({})", out.empty() ? "" : "; ", e.statement,
                       e.provenance.citations.empty() ? "no citation" : e.provenance.citation_text());
  return out;
}

}  // namespace lexgap::report::batch
