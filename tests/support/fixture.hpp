// Test support: run fixture text through the whole pipeline (parse, check,
// normalize) with the bundled corpus's sources, taxonomy and baselines.
#pragma once

#include "engine/workspace/workspace.hpp"

#include <string>

namespace lexgap::testing {

// The repository's corpus folder.
std::filesystem::path corpus_dir();

// Writes `text` to a fresh file under the build folder and loads it.
Workspace load_text(std::string const& text, bool strict = false);

// Loads files (paths relative to the source folder) with the bundled corpus.
Workspace load_files(std::vector<std::string> const& paths, bool strict = false);

// Every diagnostic rendered as `lexgap check` prints it (no colour).
std::string rendered_diagnostics(Workspace const& workspace);

// The whole of a file, or "" if it does not exist.
std::string read_file(std::filesystem::path const& path);

// Compares `actual` with the golden file; with LEXGAP_UPDATE_GOLDEN=1 set,
// rewrites the golden file instead (review the diff before committing).
// Returns an empty string when they match, else a description of the first difference.
std::string compare_with_golden(std::filesystem::path const& golden, std::string const& actual);

}  // namespace lexgap::testing
