// What the fuzz targets check an input against: the bundled corpus's sources,
// taxonomy and baselines, parsed and normalized once per process, so that each
// execution only pays for its own input.
#pragma once

#include "engine/baseline/resolve.hpp"
#include "engine/model/jurisdiction.hpp"
#include "engine/model/source.hpp"
#include "engine/model/taxonomy.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/parse.hpp"
#include "grammar/source_file.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <vector>

namespace lexgap::fuzz {

class Library {
 public:
  explicit Library(std::filesystem::path const& corpus_dir);

  // Runs every normalization pass over a parsed input in the order of
  // load_workspace (sources, taxonomy, baselines, jurisdictions, overrides),
  // with the library's sources, taxonomy and the baselines the input extends.
  // Unlike `lexgap check`, the input's own taxonomy blocks are checked apart
  // and do not extend the taxonomy its other blocks are checked against (see
  // library.cpp). Returns the input's semantic diagnostics.
  std::vector<Diagnostic> check(SourceFile const& input, ParsedFile const& parsed) const;

  model::Taxonomy const& taxonomy() const { return taxonomy_; }
  std::vector<model::Jurisdiction> const& jurisdictions() const { return jurisdictions_; }

 private:
  struct File {
    SourceFile source;
    ParsedFile parsed;
  };
  std::vector<std::unique_ptr<File>> files_;  // baseline draft i's file is files_[i - 1]; 0 is the input
  std::map<std::string, model::Source> sources_;
  model::Taxonomy taxonomy_;
  std::vector<baseline::DraftSite> drafts_;
  std::vector<model::Jurisdiction> jurisdictions_;  // corpus/jurisdictions, for the query target
};

// The one library of the process, loaded from the bundled corpus on first use.
Library const& bundled_library();

}  // namespace lexgap::fuzz
