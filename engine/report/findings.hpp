// Findings as text (terminal) and JSON (docs/json.md); `explain` traces.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

namespace lexgap::report {

inline constexpr int findings_schema_version = 1;

// One block per jurisdiction: a line per requirement with its result and
// explanation, evidence citations beneath.
// `findings` is laid out as compare_all returns it: for each jurisdiction, one
// finding per requirement of the baseline, in baseline order.
std::string findings_text(model::Baseline const& baseline, std::span<model::Jurisdiction const> jurisdictions,
                          std::span<model::Finding const> findings);

nlohmann::json to_json(model::Finding const& finding, model::Requirement const& requirement);
// How the findings were computed, recorded in the document beside them.
struct FindingsRun {
  bool with_pending = false;  // pending bills and drafts counted as law (--with-pending)
  std::string generated;      // UTC time stamp of the run; empty: none written
};

// The findings document (docs/json.md), written as it is computed so that a
// large batch never holds all its findings or all its text: the head when
// constructed, each part's jurisdictions as they come, the tail at finish().
// Jurisdictions are rendered on `threads` threads (0: one per core) and written
// in order; the bytes depend neither on the thread count nor on the parts.
class FindingsJsonWriter {
 public:
  FindingsJsonWriter(std::ostream& out, model::Baseline const& baseline, FindingsRun run, unsigned threads = 1);
  // The next jurisdictions and their findings, laid out as for findings_text.
  void write(std::span<model::Jurisdiction const> jurisdictions, std::span<model::Finding const> findings);
  // Ends the document with a newline; once, after the last write.
  void finish();

 private:
  std::ostream& out_;
  model::Baseline const& baseline_;
  FindingsRun run_;
  unsigned threads_;
  std::size_t written_ = 0;  // jurisdictions written so far
};

// The whole document at once, for findings already in memory.
void write_findings_json(std::ostream& out, model::Baseline const& baseline,
                         std::span<model::Jurisdiction const> jurisdictions, std::span<model::Finding const> findings,
                         FindingsRun const& run);

// The trace of one finding back to provisions and source paragraphs.
std::string explain_text(model::Jurisdiction const& jurisdiction, model::Requirement const& requirement,
                         model::Finding const& finding);

}  // namespace lexgap::report
