#include "library.hpp"

#include "engine/normalize/normalize.hpp"
#include "engine/workspace/workspace.hpp"

#include <cstdlib>
#include <iostream>

namespace lexgap::fuzz {

namespace {

template <typename Block, typename F>
void for_each_block(ParsedFile const& parsed, F f) {
  for (auto const& item : parsed.syntax.items)
    if (auto const* block = boost::get<Block>(&item)) f(*block);
}

template <typename Block>
bool has_block(ParsedFile const& parsed) {
  bool found = false;
  for_each_block<Block>(parsed, [&](Block const&) { found = true; });
  return found;
}

model::Taxonomy const empty_taxonomy;
std::map<std::string, model::Source> const no_sources;

}  // namespace

Library::Library(std::filesystem::path const& corpus_dir) {
  std::vector<std::string> dirs;
  for (char const* sub : {"sources", "taxonomy", "baselines"}) dirs.push_back((corpus_dir / sub).string());
  std::vector<Diagnostic> diagnostics;
  for (auto const& path : expand_lgl_paths(dirs)) {
    auto read = load_source_file(path);
    if (!read.file) {
      std::cerr << render(*read.error);
      std::abort();
    }
    auto parsed = parse(*read.file);
    files_.push_back(std::make_unique<File>(File{std::move(*read.file), std::move(parsed)}));
  }
  for (auto const& f : files_)
    for_each_block<syntax::Source>(f->parsed, [&](syntax::Source const& s) {
      normalize::Checker c(f->source, no_sources, empty_taxonomy, false, diagnostics);
      if (auto source = normalize::normalize_source(c, s)) sources_.emplace(source->id, std::move(*source));
    });
  for (auto const& f : files_)
    for_each_block<syntax::Taxonomy>(f->parsed, [&](syntax::Taxonomy const& t) {
      normalize::Checker c(f->source, sources_, taxonomy_, false, diagnostics);
      normalize::add_taxonomy(c, t, taxonomy_);
    });
  for (std::size_t i = 0; i < files_.size(); ++i)
    for_each_block<syntax::Baseline>(files_[i]->parsed, [&](syntax::Baseline const& b) {
      normalize::Checker c(files_[i]->source, sources_, taxonomy_, false, diagnostics);
      drafts_.push_back({i + 1, normalize::normalize_baseline(c, b)});
    });

  // A library that does not check cleanly would make every input fail alike.
  if (count_errors(diagnostics) > 0) {
    for (auto const& d : diagnostics) std::cerr << render(d);
    std::abort();
  }

  WorkspaceOptions options;
  options.corpus_dir = corpus_dir;
  options.threads = 1;
  jurisdictions_ = load_workspace({(corpus_dir / "jurisdictions").string()}, options).jurisdictions;
}

std::vector<Diagnostic> Library::check(SourceFile const& input, ParsedFile const& parsed) const {
  std::vector<Diagnostic> out;
  std::vector<Diagnostic> library_out;  // the library was checked once already
  auto input_checker = [&](std::map<std::string, model::Source> const& sources, model::Taxonomy const& taxonomy) {
    return normalize::Checker(input, sources, taxonomy, false, out);
  };

  auto sources = sources_;
  for_each_block<syntax::Source>(parsed, [&](syntax::Source const& s) {
    auto c = input_checker(no_sources, empty_taxonomy);
    if (auto source = normalize::normalize_source(c, s)) sources.emplace(source->id, std::move(*source));
  });

  // The input's taxonomy blocks are checked on their own: rebuilding the
  // library's taxonomy with them would cost milliseconds per execution. Its
  // other blocks are checked against the library's taxonomy.
  if (has_block<syntax::Taxonomy>(parsed)) {
    model::Taxonomy own;
    std::vector<syntax::Taxonomy const*> blocks;
    for_each_block<syntax::Taxonomy>(parsed, [&](syntax::Taxonomy const& t) {
      auto c = input_checker(sources, own);
      normalize::add_taxonomy(c, t, own);
      blocks.push_back(&t);
    });
    auto c = input_checker(sources, own);
    normalize::check_taxonomy(c, blocks, own);
  }

  // The input's baselines, resolved with the library baselines they extend
  // (directly or not), and with no other.
  if (has_block<syntax::Baseline>(parsed)) {
    std::vector<baseline::DraftSite> drafts;
    for_each_block<syntax::Baseline>(parsed, [&](syntax::Baseline const& b) {
      auto c = input_checker(sources, taxonomy_);
      drafts.push_back({0, normalize::normalize_baseline(c, b)});
    });
    std::vector<bool> taken(drafts_.size(), false);
    for (std::size_t next = 0; next < drafts.size(); ++next)
      for (std::size_t k = 0; k < drafts_.size(); ++k)
        if (!taken[k] && drafts_[k].draft.own.id == drafts[next].draft.own.extends) {
          taken[k] = true;
          drafts.push_back(drafts_[k]);
        }
    baseline::resolve(drafts, [&](std::size_t file) {
      if (file == 0) return input_checker(sources, taxonomy_);
      return normalize::Checker(files_[file - 1]->source, sources, taxonomy_, false, library_out);
    });
  }

  for_each_block<syntax::Jurisdiction>(parsed, [&](syntax::Jurisdiction const& j) {
    auto c = input_checker(sources, taxonomy_);
    normalize::normalize_jurisdiction(c, j);
  });
  for_each_block<syntax::Override>(parsed, [&](syntax::Override const& o) {
    auto c = input_checker(sources, taxonomy_);
    normalize::normalize_override(c, o);
  });
  return out;
}

Library const& bundled_library() {
  static Library const library(default_corpus_dir());
  return library;
}

}  // namespace lexgap::fuzz
