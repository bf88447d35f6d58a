// Loading a comparison's inputs: the library (sources, taxonomy, baselines
// from the corpus) and the jurisdiction files named on the command line, each
// parsed, checked and normalized. A bad file is reported and left out; every
// good one is kept.
#pragma once

#include "engine/model/baseline.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/source.hpp"
#include "engine/model/taxonomy.hpp"
#include "grammar/diagnostic.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lexgap {

struct WorkspaceOptions {
  std::filesystem::path corpus_dir;  // its sources/, taxonomy/ and baselines/ are always loaded
  bool strict = false;               // missing citations are errors
  unsigned threads = 0;              // parsing threads; 0 = one per core
};

struct Workspace {
  std::map<std::string, model::Source> sources;
  model::Taxonomy taxonomy;
  std::map<std::string, model::Baseline> baselines;  // resolved profiles
  std::vector<model::Jurisdiction> jurisdictions;   // from files without errors, ordered by code
  std::vector<model::Override> overrides;
  std::vector<Diagnostic> diagnostics;            // every file's, in file order
  std::vector<std::string> files;                 // every file read, in order
  std::vector<std::string> rejected_files;        // files with errors; their jurisdictions are left out

  bool has_errors() const;
  model::Jurisdiction const* find_jurisdiction(std::string const& code) const;
};

// Files and folders to .lgl files: folders are walked recursively; the result
// is sorted and free of duplicates. A path that does not exist is kept, so
// that loading reports it.
std::vector<std::string> expand_lgl_paths(std::vector<std::string> const& paths);

Workspace load_workspace(std::vector<std::string> const& inputs, WorkspaceOptions const& options);

// The corpus compiled into the program (LEXGAP_CORPUS_DIR), or $LEXGAP_CORPUS.
std::filesystem::path default_corpus_dir();

}  // namespace lexgap
