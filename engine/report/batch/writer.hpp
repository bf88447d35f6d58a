// Writing a batch of reports into a folder. Layout (docs/usage.md):
//   index.html, STEM.html   summary with heatmap; one page per jurisdiction
//   index.md,   STEM.md     the same as Markdown tables
//   findings.csv            one row per finding
//   findings.json           findings_json (docs/json.md)
//   findings.sarif          SARIF 2.1.0
// STEM is the jurisdiction code made safe as a file name (file_names.hpp).
// Each file is written under a temporary name in the folder and renamed into
// place, so a failure never leaves a half-written report, and what was already
// written stays. Jurisdiction pages come before the index that links to them.
#pragma once

#include "engine/report/batch/batch.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lexgap::report::batch {

enum class Format { html, markdown, csv, json, sarif };

inline constexpr Format all_formats[] = {Format::html, Format::markdown, Format::csv, Format::json, Format::sarif};

// "html", "md", "csv", "json", "sarif".
char const* to_string(Format format);
std::optional<Format> format_from_string(std::string const& word);

// One output file: its name in the folder and how to render it.
struct PlannedFile {
  std::string name;
  std::function<std::string()> render;
};

// The files of the requested formats, in writing order.
std::vector<PlannedFile> plan_files(Batch const& batch, std::vector<Format> const& formats);

// Writes `content` to folder/name through a temporary file and a rename.
// Throws std::runtime_error (naming the file) on failure or an unsafe name.
void write_file_atomically(std::filesystem::path const& folder, std::string const& name, std::string const& content);

struct WriteOutcome {
  std::vector<std::string> written;  // names, in order
  std::vector<std::string> errors;   // one message per file that could not be written
};

// Called before each file: its position (from 1), the total, and its name.
using Progress = std::function<void(std::size_t, std::size_t, std::string const&)>;

// Creates the folder if needed and writes every planned file; a file that
// fails is reported and the others are still written.
WriteOutcome write_batch(Batch const& batch, std::vector<Format> const& formats, std::filesystem::path const& folder,
                         Progress const& progress = {});

}  // namespace lexgap::report::batch
