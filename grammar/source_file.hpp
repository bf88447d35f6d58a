// A loaded .lgl file: its text (BOM removed) and the line table that turns byte
// offsets into line:column positions for diagnostics.
#pragma once

#include "grammar/diagnostic.hpp"
#include "grammar/syntax.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgap {

inline constexpr std::size_t max_file_bytes = 64u * 1024u * 1024u;

class SourceFile {
 public:
  // Takes the bytes as read; a leading UTF-8 byte-order mark is dropped.
  SourceFile(std::string path, std::string bytes);

  std::string const& path() const { return path_; }
  std::string_view text() const { return text_; }

  SourcePosition position(syntax::Range range) const;
  // Only the 1-based line and column (in code points) of a byte offset: what a
  // normalized fact keeps of where it was written.
  struct LineColumn {
    unsigned line = 0;
    unsigned column = 0;
  };
  LineColumn line_column(std::uint32_t offset) const;
  Diagnostic diagnose(Severity severity, syntax::Range range, std::string message) const;
  DiagnosticNote note(syntax::Range range, std::string message) const;

  // The first fault that makes the text unparseable as UTF-8 source: a NUL byte
  // or an invalid UTF-8 sequence. Nothing if the text is clean.
  std::optional<Diagnostic> encoding_fault() const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Reads a file; on failure returns a diagnostic (no such file, too large, ...).
struct LoadedFile {
  std::optional<SourceFile> file;
  std::optional<Diagnostic> error;
};
LoadedFile load_source_file(std::string const& path);

}  // namespace lexgap
