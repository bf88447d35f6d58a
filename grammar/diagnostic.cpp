#include "grammar/diagnostic.hpp"

#include "grammar/visible_text.hpp"

#include <algorithm>

namespace lexgap {
namespace {

char const* severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

char const* severity_color(Severity s) {
  switch (s) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;35m";
    case Severity::note: return "\033[1;36m";
  }
  return "";
}

// The caret line keeps the source's tabs so the caret stays under the right
// character whatever the terminal's tab width.
std::string caret_line(SourcePosition const& p) {
  std::string out;
  unsigned column = 1;
  for (std::size_t i = 0; i < p.line_text.size() && column < p.column; ++i) {
    unsigned char c = static_cast<unsigned char>(p.line_text[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same column
    out += (c == '\t') ? '\t' : ' ';
    ++column;
  }
  out += '^';
  unsigned width = p.end_column > p.column ? p.end_column - p.column : 1;
  out.append(width > 1 ? width - 1 : 0, '~');
  return out;
}

void render_one(std::string& out, Severity severity, SourcePosition const& p, std::string const& message,
                RenderOptions const& options) {
  if (options.color) out += "\033[1m";
  out += visible_controls(p.file);
  if (p.line > 0) out += ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
  out += ": ";
  if (options.color) {
    out += "\033[0m";
    out += severity_color(severity);
  }
  out += severity_word(severity);
  out += ": ";
  if (options.color) out += "\033[0m\033[1m";
  out += visible_controls(message);
  if (options.color) out += "\033[0m";
  out += '\n';
  if (p.line > 0) {
    out += visible_controls(p.line_text);
    out += '\n';
    if (options.color) out += "\033[1;32m";
    out += caret_line(p);
    if (options.color) out += "\033[0m";
    out += '\n';
  }
}

}  // namespace

std::string render(Diagnostic const& d, RenderOptions const& options) {
  std::string out;
  render_one(out, d.severity, d.where, d.message, options);
  for (auto const& n : d.notes) render_one(out, Severity::note, n.where, n.message, options);
  return out;
}

std::size_t count_errors(std::vector<Diagnostic> const& diagnostics) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [](auto const& d) { return d.severity == Severity::error; }));
}

}  // namespace lexgap
