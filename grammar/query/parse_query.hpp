// Entry point of the query front end: expression text in, syntax tree and
// diagnostics out. Spirit-free: callers never see the grammar's types.
#pragma once

#include "grammar/diagnostic.hpp"
#include "grammar/query/expression.hpp"
#include "grammar/source_file.hpp"

#include <optional>
#include <vector>

namespace lexgap::query {

// Parentheses nest at most this deep, so that no input can exhaust the stack
// of the recursive-descent parser (docs/query.md, "Limits").
inline constexpr int max_nesting = 64;

struct ParsedQuery {
  std::optional<Expression> expression;  // absent when there is a diagnostic
  std::vector<Diagnostic> diagnostics;   // at most one syntax error
};

// Parses a whole expression; `file` is usually SourceFile("<query>", text).
// Terms are not checked here (engine/query does that against the taxonomy).
ParsedQuery parse_query(SourceFile const& file);

}  // namespace lexgap::query
