// The syntax tree of a query expression (docs/query.md), as written: which
// facts a name denotes is decided by engine/query against the taxonomy.
// Spirit-free, like grammar/syntax.hpp.
#pragma once

#include "grammar/syntax.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lexgap::query {

enum class Comparison { less, less_equal, equal, not_equal, greater_equal, greater };

char const* to_string(Comparison comparison);  // "<", "<=", "=", "!=", ">=", ">"

// `FIELD OP N`: a numeric field (`child-age`, `FAMILY.absolute-below`, ...)
// compared with a whole number.
struct FieldComparison : syntax::Located {
  syntax::Name field;
  Comparison op = Comparison::equal;
  syntax::Number value;
};

// `measure M`, or `M` alone.
struct MeasureCondition : syntax::Located {
  syntax::Name measure;
};

// `offence F [conducts C, …]`
struct OffenceCondition : syntax::Located {
  syntax::Name family;
  syntax::NameList conducts;
};

// `jurisdiction over B [without double-criminality]`
struct JurisdictionCondition : syntax::Located {
  syntax::Name basis;
  bool without_double_criminality = false;
};

// `consent.irrelevant [for F]`, `consent.presumed-absent [for F]`
struct ConsentCondition : syntax::Located {
  syntax::ConsentRule rule = syntax::ConsentRule::irrelevant;
  std::optional<syntax::Name> family;
};

// `no-proof-of M, … [for F]`
struct NoProofCondition : syntax::Located {
  syntax::NameList means;
  std::optional<syntax::Name> family;
};

// `aggravated when A, … [for F]`
struct AggravationCondition : syntax::Located {
  syntax::NameList aggravations;
  std::optional<syntax::Name> family;
};

// `limitation.starts-at = W [for F]`
enum class LimitationStart { offence, disclosure, majority, never };

struct LimitationCondition : syntax::Located {
  LimitationStart start = LimitationStart::offence;
  std::optional<syntax::Name> family;
};

using Condition = std::variant<FieldComparison, MeasureCondition, OffenceCondition, JurisdictionCondition,
                               ConsentCondition, NoProofCondition, AggravationCondition, LimitationCondition>;

// One node: a condition, or `and` / `or` over two or more operands. `not`
// (and `lacks`, which is `not` spelt as in the .lgl language) is folded into
// `negated`: `not not X` is X in three-valued logic too, and a chain of `not`
// then costs no recursion.
struct Expression : syntax::Located {
  enum class Kind { condition, all_of, any_of };
  Kind kind = Kind::condition;
  bool negated = false;
  Condition condition;               // when kind == condition
  std::vector<Expression> operands;  // when kind is all_of (`and`) or any_of (`or`)
};

// The expression written out again, every `and` / `or` in parentheses and
// every measure with its `measure` keyword: "(child-age >= 18 or not measure
// isp.must-report)". Parsing the text gives the same tree.
std::string to_string(Expression const& expression);

}  // namespace lexgap::query
