// What every batch renderer reads: one baseline's findings for many
// jurisdictions, the files that could not be read, and the output file name
// of each jurisdiction. Reports show the selected requirements only; the JSON
// (write_findings_json) keeps the not-selected ones too.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/source.hpp"
#include "grammar/visible_text.hpp"
#include "engine/workspace/workspace.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace lexgap::report::batch {

// A file left out of the batch, with its first error.
struct RejectedFile {
  std::string path;
  std::string first_error;  // "file:line:col: error: message", or empty if none was recorded
  std::size_t errors = 0;
};

struct Batch {
  model::Baseline const& baseline;
  std::vector<model::Jurisdiction> const& jurisdictions;
  std::vector<model::Finding> const& findings;  // as compare_all orders them
  std::map<std::string, model::Source> const& sources;
  std::vector<RejectedFile> rejected;
  std::vector<std::string> stems;  // output file-name stem of each jurisdiction (file_names.hpp)
  std::vector<std::size_t> columns;  // indices of the selected requirements, in baseline order
  bool with_pending = false;
  std::string generated;  // UTC time of the run; empty (the default) keeps outputs byte-identical

  model::Finding const& finding(std::size_t jurisdiction, std::size_t requirement) const {
    return findings[jurisdiction * baseline.requirements.size() + requirement];
  }
};

struct BatchOptions {
  bool with_pending = false;
  std::string generated;
};

Batch make_batch(Workspace const& workspace, model::Baseline const& baseline,
                 std::vector<model::Finding> const& findings, BatchOptions const& options);

// How many of a jurisdiction's reported findings have each result (indexed by model::Result).
using Tally = std::array<std::size_t, 6>;
Tally tally(Batch const& batch, std::size_t jurisdiction);
Tally tally_requirement(Batch const& batch, std::size_t requirement);

// The short label a heatmap cell carries, so that it reads without colour:
// M met, P partial, G gap, ? unknown, – not applicable.
char const* result_mark(model::Result result);

// The results a report shows, in the order its legends and counts use.
inline constexpr std::array<model::Result, 5> reported_results{model::Result::met, model::Result::partial,
                                                               model::Result::gap, model::Result::unknown,
                                                               model::Result::not_applicable};

// Which law the findings count, as a sentence for the reports.
char const* counted_law(Batch const& batch);

// What every report says before its results (after "Unknown is not a gap.").
inline constexpr char const* unknown_caveat =
    "A “?” means the sources say nothing on the requirement. Only a source saying that the law lacks something, or "
    "describing law that falls short, makes a gap.";

// "2 files could not be read" and the like; empty when every file was read.
std::string rejected_heading(Batch const& batch);

// The sources any reported finding's evidence cites, by id.
std::vector<model::Source const*> cited_sources(Batch const& batch);


// Evidence citations of one finding, "provision xa-1 (un2009 para 13); ...".
std::string evidence_citations(model::Finding const& finding);

}  // namespace lexgap::report::batch
