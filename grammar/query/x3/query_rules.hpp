// The query grammar's top rule, declared for parse_query.cpp; defined in
// query_rules.cpp. Seen only by those two files.
#pragma once

#include "grammar/query/expression.hpp"
#include "grammar/x3/support.hpp"

namespace lexgap::grammar::x3_detail {

struct query_expression_class : annotate_position {};
using query_expression_type = x3::rule<query_expression_class, query::Expression>;
inline query_expression_type const query_expression = "a condition";

BOOST_SPIRIT_DECLARE(query_expression_type)

// What a condition may start with, for the "expected" message and "did you
// mean" (after the '\x1f' separators).
inline constexpr char const* expected_condition =
    "a condition (a field compared with a number, 'offence', 'measure', 'lacks', 'jurisdiction', "
    "'consent.irrelevant', 'consent.presumed-absent', 'no-proof-of', 'aggravated', 'limitation.starts-at', "
    "'not' or '(')"
    "\x1f" "offence\x1f" "measure\x1f" "lacks\x1f" "jurisdiction\x1f" "consent.irrelevant\x1f"
    "consent.presumed-absent\x1f" "no-proof-of\x1f" "aggravated\x1f" "limitation.starts-at\x1f" "not";

}  // namespace lexgap::grammar::x3_detail
