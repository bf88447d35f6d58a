#include "invariants.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace lexgap::fuzz {

namespace {

unsigned code_points(std::string_view s) {
  unsigned n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Line `number` (1-based) of the text without its terminator (LF or CRLF).
std::string_view line_of(std::string_view text, unsigned number) {
  std::size_t start = 0;
  for (unsigned k = 1; k < number; ++k) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  auto end = text.find('\n', start);
  auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

void require_well_placed(SourceFile const& file, unsigned lines, SourcePosition const& p) {
  std::string_view text = file.text();
  require(p.file == file.path(), "diagnostic names another file");
  require(p.line >= 1 && p.line <= lines, "diagnostic line outside the file");
  // A line over the length limit is shown only up to the limit.
  require(line_of(text, p.line).substr(0, p.line_text.size()) == p.line_text,
          "diagnostic source line differs from the file's line");
  require(p.column >= 1 && p.column <= code_points(p.line_text) + 1, "diagnostic column outside its line");
  require(p.end_column > p.column, "diagnostic underline is empty");
}

}  // namespace

void require(bool condition, std::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void require_well_placed(SourceFile const& file, std::vector<Diagnostic> const& diagnostics) {
  if (diagnostics.empty()) return;
  std::string_view text = file.text();
  auto lines = static_cast<unsigned>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (auto const& d : diagnostics) {
    require(!d.message.empty(), "diagnostic without a message");
    require_well_placed(file, lines, d.where);
    for (auto const& n : d.notes) require_well_placed(file, lines, n.where);
    auto rendered = render(d);
    auto prefix = file.path() + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": ";
    require(rendered.rfind(prefix, 0) == 0, "rendered diagnostic does not start with file:line:col");
  }
}

}  // namespace lexgap::fuzz
