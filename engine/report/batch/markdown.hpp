// The Markdown reports: the same content as the HTML ones, as tables.
// index.md turns the heatmap round (requirements as rows, jurisdictions as
// columns) so that its lines stay readable as plain text.
#pragma once

#include "engine/report/batch/batch.hpp"

#include <string>
#include <string_view>

namespace lexgap::report::batch {

// Corpus text for a Markdown table cell or line: characters that Markdown
// would read as markup (\ ` * _ [ ] < > | ~ &) are backslash-escaped, line
// breaks become <br>, control characters their visible pictures.
std::string escape_markdown(std::string_view text);

std::string markdown_summary(Batch const& batch);
std::string markdown_jurisdiction(Batch const& batch, std::size_t index);

}  // namespace lexgap::report::batch
