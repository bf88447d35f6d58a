#include "fixture.hpp"

#include "grammar/diagnostic.hpp"

#include <atomic>
#include <unistd.h>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace lexgap::testing {

namespace fs = std::filesystem;

fs::path corpus_dir() { return fs::path(LEXGAP_SOURCE_DIR) / "corpus"; }

Workspace load_files(std::vector<std::string> const& paths, bool strict) {
  WorkspaceOptions options;
  options.corpus_dir = corpus_dir();
  options.strict = strict;
  options.threads = 1;
  return load_workspace(paths, options);
}

Workspace load_text(std::string const& text, bool strict) {
  static std::atomic<int> counter{0};
  auto dir = fs::path(LEXGAP_BINARY_DIR) / "test-fixtures";
  fs::create_directories(dir);
  auto path = dir / ("fixture-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".lgl");
  std::ofstream(path, std::ios::binary) << text;
  auto ws = load_files({path.string()}, strict);
  fs::remove(path);
  return ws;
}

std::string rendered_diagnostics(Workspace const& ws) {
  std::string out;
  for (auto const& d : ws.diagnostics) out += render(d);
  return out;
}

std::string read_file(fs::path const& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string compare_with_golden(fs::path const& golden, std::string const& actual) {
  if (char const* update = std::getenv("LEXGAP_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << actual;
    return {};
  }
  if (!fs::exists(golden)) return "golden file " + golden.string() + " does not exist";
  auto expected = read_file(golden);
  if (expected == actual) return {};
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool he = static_cast<bool>(std::getline(e, el));
    bool ha = static_cast<bool>(std::getline(a, al));
    if (!he && !ha) break;
    if (el != al || he != ha)
      return golden.string() + ":" + std::to_string(line) + ": expected\n  " + (he ? el : "<end of file>") +
             "\nbut got\n  " + (ha ? al : "<end of output>");
  }
  return golden.string() + ": outputs differ in line endings";
}

}  // namespace lexgap::testing
