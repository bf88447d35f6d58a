// Entry point of the front end: text in, syntax tree and diagnostics out.
// Spirit-free: callers never see the grammar's types.
#pragma once

#include "grammar/diagnostic.hpp"
#include "grammar/source_file.hpp"
#include "grammar/syntax.hpp"

#include <vector>

namespace lexgap {

struct ParsedFile {
  syntax::File syntax;
  std::vector<Diagnostic> diagnostics;  // syntax errors only; one per faulty top-level block
};

// Parses every top-level block. After a syntax error the parser skips to the
// next line that starts a top-level block, so independent faults are all
// reported in one run; blocks that parsed are kept.
ParsedFile parse(SourceFile const& file);

// The keywords that may start a top-level block.
std::vector<std::string> top_level_keywords();

}  // namespace lexgap
