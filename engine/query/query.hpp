// Queries over the normalized rules (docs/query.md): which jurisdictions
// satisfy an expression. Three-valued: a condition the sources do not settle
// is unknown, never "no" — silence is not a gap.
#pragma once

#include "engine/model/jurisdiction.hpp"
#include "engine/model/taxonomy.hpp"
#include "grammar/diagnostic.hpp"
#include "grammar/query/expression.hpp"
#include "grammar/source_file.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lexgap::query {

inline constexpr int answer_schema_version = 1;

// Ordered so that `and` is the least of its operands and `or` the greatest
// (Kleene); `not` swaps yes and no and leaves unknown.
enum class Truth { no, unknown, yes };

// Every term checked against the taxonomy (spelling and kind, with "did you
// mean"), every field name and number. Errors point into `file`, the query text.
std::vector<Diagnostic> check(Expression const& expression, SourceFile const& file, model::Taxonomy const& taxonomy);

// The expression over one jurisdiction's in-force rules, in Kleene's strong
// three-valued logic. The expression must have passed check().
Truth evaluate(Expression const& expression, model::Jurisdiction const& jurisdiction);

// The jurisdictions sorted by truth, each list in the order given.
struct Answer {
  std::vector<model::Jurisdiction const*> satisfied, unknown, not_satisfied;
};
Answer answer(Expression const& expression, std::vector<model::Jurisdiction> const& jurisdictions);

// Three sections, "satisfied (N):", "unknown (N):" and "not satisfied (N):",
// each with a line per jurisdiction: code, name.
std::string answer_text(Answer const& answer);
// {"schema_version", "query", "satisfied", "unknown", "not_satisfied"}; each
// list holds {"code", "name"} objects.
nlohmann::json answer_json(std::string const& query, Answer const& answer);

}  // namespace lexgap::query
