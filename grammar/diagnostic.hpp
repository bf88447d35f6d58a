// Diagnostics are plain values; they are rendered in one place (render.cpp),
// in the gcc/clang form editors understand:
//   corpus/jurisdictions/NL.lgl:14:5: error: expected an age band
//     victims about 12;
//             ^~~~~
#pragma once

#include <string>
#include <vector>

namespace lexgap {

enum class Severity { error, warning, note };

// A position resolved against its file: 1-based line and column (columns count
// Unicode code points), plus the text of the line for the caret display.
struct SourcePosition {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  unsigned end_column = 0;  // one past the last underlined column (same line)
  std::string line_text;    // without the line terminator
};

struct DiagnosticNote {
  SourcePosition where;
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePosition where;
  std::string message;
  std::vector<DiagnosticNote> notes;
  std::string fix;  // suggested replacement text for the range, may be empty
};

struct RenderOptions {
  bool color = false;
};

// `file:line:col: severity: message`, the source line, a caret/underline line,
// then each note in the same form.
std::string render(Diagnostic const& diagnostic, RenderOptions const& options = {});

std::size_t count_errors(std::vector<Diagnostic> const& diagnostics);

}  // namespace lexgap
