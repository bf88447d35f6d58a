// findings.sarif: the findings that need attention as SARIF 2.1.0, so that
// code-scanning tools and editors show them in the jurisdiction files.
// Each requirement is a rule; each gap is an "error", each partial finding a
// "warning" and each unknown a "note" (silence calls for review, not for a
// fix); met and not-applicable findings are not results.
#pragma once

#include "engine/report/batch/batch.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace lexgap::report::batch {

// A file path as a SARIF artifact URI: a relative path stays relative
// (percent-encoded), an absolute one becomes a file:// URI.
std::string artifact_uri(std::string_view path);

nlohmann::json findings_sarif(Batch const& batch);

}  // namespace lexgap::report::batch
