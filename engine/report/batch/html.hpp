// The HTML reports: a summary page led by a heatmap (jurisdictions ×
// requirements) and one page per jurisdiction. Self-contained: inline CSS and
// SVG only, no script, and a Content-Security-Policy that forbids loading
// anything, so a page reads offline and prints (in grey too: every cell has a label).
#pragma once

#include "engine/report/batch/batch.hpp"

#include <string>
#include <string_view>

namespace lexgap::report::batch {

// The one escaping function for text and quoted attribute values: & < > " '
// become entities; control characters other than tab and line breaks become
// their visible Unicode pictures (U+2400 block).
std::string escape_html(std::string_view text);

// index.html. Each heatmap cell is `<td class="cell r-RESULT">` linking to
// the finding's anchor (the requirement id) in the jurisdiction's page.
std::string html_summary(Batch const& batch);

// STEM.html for the jurisdiction at `index`.
std::string html_jurisdiction(Batch const& batch, std::size_t index);

}  // namespace lexgap::report::batch
