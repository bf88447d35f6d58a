#include "engine/workspace/workspace.hpp"

#include "engine/baseline/resolve.hpp"
#include "engine/concurrency/parallel_for.hpp"
#include "engine/normalize/normalize.hpp"
#include "grammar/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace lexgap {

namespace fs = std::filesystem;

bool Workspace::has_errors() const { return count_errors(diagnostics) > 0; }

model::Jurisdiction const* Workspace::find_jurisdiction(std::string const& code) const {
  for (auto const& j : jurisdictions)
    if (j.code == code) return &j;
  return nullptr;
}

fs::path default_corpus_dir() {
  if (char const* env = std::getenv("LEXGAP_CORPUS"); env && *env) return env;
  return LEXGAP_CORPUS_DIR;
}

// One spelling per file, whichever way it was named: relative to the working
// directory when it lies below it, absolute otherwise.
std::string display_path(fs::path const& p) {
  std::error_code ec;
  auto canonical = fs::weakly_canonical(p, ec);
  if (ec) return p.lexically_normal().string();
  auto relative = canonical.lexically_proximate(fs::current_path(ec));
  if (!relative.empty() && *relative.begin() != "..") return relative.string();
  return canonical.string();
}

std::vector<std::string> expand_lgl_paths(std::vector<std::string> const& paths) {
  std::set<std::string> files;
  for (auto const& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto const& entry : fs::recursive_directory_iterator(p, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".lgl") files.insert(display_path(entry.path()));
    } else {
      files.insert(display_path(p));
    }
  }
  return {files.begin(), files.end()};
}

namespace {

struct LoadedSource {
  std::string path;
  std::optional<SourceFile> file;
  ParsedFile parsed;
  bool is_parsed = false;  // read_all parses library files; step 3 the others
  std::vector<Diagnostic> diagnostics;
};

// Whether a file may define part of the library: a source, a taxonomy or a
// baseline block starts with its keyword, matched byte for byte
// (grammar/x3/catalogue.cpp, `kw`), so a text that never spells one cannot.
// A false alarm ("resources") only means the file is parsed early. A new kind
// of library block must be added here.
bool may_define_library(std::string_view text) {
  for (std::string_view keyword : {"source", "taxonomy", "baseline"})
    if (text.find(keyword) != std::string_view::npos) return true;
  return false;
}

void parse_into(LoadedSource& l) {
  l.parsed = parse(*l.file);
  l.is_parsed = true;
  l.diagnostics.insert(l.diagnostics.end(), l.parsed.diagnostics.begin(), l.parsed.diagnostics.end());
}

// Reads every file and parses those that may define part of the library; the
// others wait until the library is normalized (load_workspace, step 3). Both
// are independent per file: spread over the cores.
std::vector<LoadedSource> read_all(std::vector<std::string> const& paths, unsigned threads) {
  std::vector<LoadedSource> loaded(paths.size());
  concurrency::parallel_for(paths.size(), threads, [&](std::size_t i) {
    auto& l = loaded[i];
    l.path = paths[i];
    auto read = load_source_file(paths[i]);
    if (read.error) {
      l.diagnostics.push_back(*read.error);
      return;
    }
    l.file = std::move(read.file);
    if (may_define_library(l.file->text())) parse_into(l);
  });
  return loaded;
}

template <typename Block, typename F>
void for_each_block(std::vector<LoadedSource> const& loaded, F f) {
  for (std::size_t i = 0; i < loaded.size(); ++i)
    for (auto const& item : loaded[i].parsed.syntax.items)
      if (auto const* block = boost::get<Block>(&item)) f(i, *block);
}

}  // namespace

Workspace load_workspace(std::vector<std::string> const& inputs, WorkspaceOptions const& options) {
  std::vector<std::string> library_dirs;
  for (char const* sub : {"sources", "taxonomy", "baselines"})
    library_dirs.push_back((options.corpus_dir / sub).string());
  auto paths = expand_lgl_paths(library_dirs);
  std::set<std::string> seen(paths.begin(), paths.end());
  for (auto const& p : expand_lgl_paths(inputs))
    if (seen.insert(p).second) paths.push_back(p);

  auto loaded = read_all(paths, options.threads);
  Workspace ws;
  for (auto const& l : loaded) ws.files.push_back(l.path);

  static model::Taxonomy const empty_taxonomy;
  static std::map<std::string, model::Source> const no_sources;
  auto checker = [&](std::size_t i, model::Taxonomy const& taxonomy, std::map<std::string, model::Source> const& sources) {
    return normalize::Checker(*loaded[i].file, sources, taxonomy, options.strict, loaded[i].diagnostics);
  };

  // 1. Sources, then the taxonomy: everything else is checked against them.
  std::map<std::string, std::pair<std::size_t, syntax::Range>> source_sites;
  for_each_block<syntax::Source>(loaded, [&](std::size_t i, syntax::Source const& s) {
    auto c = checker(i, empty_taxonomy, no_sources);
    auto source = normalize::normalize_source(c, s);
    if (!source) return;
    if (auto [it, inserted] = source_sites.emplace(source->id, std::make_pair(i, s.id.range)); !inserted) {
      c.error(s.id.range, fmt::format("source '{}' is defined twice", source->id),
              {loaded[it->second.first].file->note(it->second.second, "first defined here")});
      return;
    }
    ws.sources.emplace(source->id, std::move(*source));
  });

  std::vector<std::vector<syntax::Taxonomy const*>> taxonomy_blocks(loaded.size());
  for_each_block<syntax::Taxonomy>(loaded, [&](std::size_t i, syntax::Taxonomy const& t) {
    auto c = checker(i, ws.taxonomy, ws.sources);
    normalize::add_taxonomy(c, t, ws.taxonomy);
    taxonomy_blocks[i].push_back(&t);
  });
  for (std::size_t i = 0; i < loaded.size(); ++i)
    if (!taxonomy_blocks[i].empty()) {
      auto c = checker(i, ws.taxonomy, ws.sources);
      normalize::check_taxonomy(c, taxonomy_blocks[i], ws.taxonomy);
    }

  // 2. Baselines, with profiles resolved.
  std::vector<baseline::DraftSite> drafts;
  for_each_block<syntax::Baseline>(loaded, [&](std::size_t i, syntax::Baseline const& b) {
    auto c = checker(i, ws.taxonomy, ws.sources);
    drafts.push_back({i, normalize::normalize_baseline(c, b)});
  });
  ws.baselines = baseline::resolve(drafts, [&](std::size_t i) { return checker(i, ws.taxonomy, ws.sources); });

  // 3. Jurisdictions and overrides. They only read the library, and each
  // file's diagnostics are its own, so files are parsed (if not yet) and
  // normalized in parallel, and a file's syntax tree is freed as soon as it is
  // normalized: a batch never holds all its trees, and the next file's model
  // reuses the memory instead of touching new pages. Duplicate codes are then
  // found in file order, as if one after another.
  std::vector<std::vector<std::pair<syntax::Range, model::Jurisdiction>>> normalized(loaded.size());
  std::vector<std::vector<model::Override>> overrides(loaded.size());
  concurrency::parallel_for(loaded.size(), options.threads, [&](std::size_t i) {
    if (!loaded[i].file) return;
    if (!loaded[i].is_parsed) parse_into(loaded[i]);
    for (auto const& item : loaded[i].parsed.syntax.items) {
      if (auto const* j = boost::get<syntax::Jurisdiction>(&item)) {
        auto c = checker(i, ws.taxonomy, ws.sources);
        normalized[i].emplace_back(j->code.range, normalize::normalize_jurisdiction(c, *j));
      } else if (auto const* o = boost::get<syntax::Override>(&item)) {
        auto c = checker(i, ws.taxonomy, ws.sources);
        if (auto model = normalize::normalize_override(c, *o)) overrides[i].push_back(std::move(*model));
      }
    }
    loaded[i].parsed.syntax = {};
  });
  std::vector<std::pair<std::size_t, model::Jurisdiction>> jurisdictions;
  std::map<std::string, std::pair<std::size_t, syntax::Range>> code_sites;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    for (auto& [code_range, model] : normalized[i]) {
      if (auto [it, inserted] = code_sites.emplace(model.code, std::make_pair(i, code_range)); !inserted) {
        checker(i, ws.taxonomy, ws.sources)
            .error(code_range, fmt::format("jurisdiction '{}' is described twice", model.code),
                   {loaded[it->second.first].file->note(it->second.second, "first described here")});
        continue;
      }
      jurisdictions.emplace_back(i, std::move(model));
    }
    for (auto& o : overrides[i]) ws.overrides.push_back(std::move(o));
  }

  // 4. Collect diagnostics in file order; leave out the jurisdictions of bad files.
  std::vector<bool> rejected(loaded.size(), false);
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    auto& d = loaded[i].diagnostics;
    std::stable_sort(d.begin(), d.end(), [](auto const& a, auto const& b) {
      return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
    });
    if (count_errors(d) > 0) {
      rejected[i] = true;
      ws.rejected_files.push_back(loaded[i].path);
    }
    ws.diagnostics.insert(ws.diagnostics.end(), d.begin(), d.end());
  }
  for (auto& [i, j] : jurisdictions)
    if (!rejected[i]) ws.jurisdictions.push_back(std::move(j));
  std::sort(ws.jurisdictions.begin(), ws.jurisdictions.end(),
            [](auto const& a, auto const& b) { return a.code < b.code; });
  // The texts are no longer needed; freeing them is spread over the cores too.
  concurrency::parallel_for(loaded.size(), options.threads, [&](std::size_t i) { loaded[i] = LoadedSource{}; });
  return ws;
}

}  // namespace lexgap
