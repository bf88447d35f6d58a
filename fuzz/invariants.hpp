// The properties every fuzz input must keep; a violation aborts with a
// message, which libFuzzer (or the replay main) reports as a crash.
#pragma once

#include "grammar/diagnostic.hpp"
#include "grammar/source_file.hpp"

#include <string_view>
#include <vector>

namespace lexgap::fuzz {

// Aborts with `what` on stderr unless `condition` holds.
void require(bool condition, std::string_view what);

// Every diagnostic and note points into `file`: line ≥ 1 and within the file,
// column ≥ 1 and within its line (or just past its end), a non-empty
// underline, `line_text` that line (or its start, for an over-long line);
// and it renders.
void require_well_placed(SourceFile const& file, std::vector<Diagnostic> const& diagnostics);

}  // namespace lexgap::fuzz
