// The top-level blocks: jurisdiction (jurisdiction.cpp), and source, taxonomy,
// baseline, override (catalogue.cpp). Declared here so item.cpp can combine them.
#pragma once

#include "grammar/x3/support.hpp"

namespace lexgap::grammar::x3_detail {

struct jurisdiction_class : annotate_position {};
struct source_class : annotate_position {};
struct taxonomy_class : annotate_position {};
struct baseline_class : annotate_position {};
struct override_class : annotate_position {};

using jurisdiction_type = x3::rule<jurisdiction_class, syntax::Jurisdiction>;
using source_type = x3::rule<source_class, syntax::Source>;
using taxonomy_type = x3::rule<taxonomy_class, syntax::Taxonomy>;
using baseline_type = x3::rule<baseline_class, syntax::Baseline>;
using override_type = x3::rule<override_class, syntax::Override>;

inline jurisdiction_type const jurisdiction = "'jurisdiction'";
inline source_type const source = "'source'";
inline taxonomy_type const taxonomy = "'taxonomy'";
inline baseline_type const baseline = "'baseline'";
inline override_type const override_block = "'override'";

BOOST_SPIRIT_DECLARE(jurisdiction_type, source_type, taxonomy_type, baseline_type, override_type)

// A block body: statements until the closing brace. At end of file the fault is
// the missing '}', not a missing statement.
template <typename Statement>
auto block_body(Statement const& statement, char const* what_statement) {
  return x3::lit('{') > *(!x3::lit('}') >> !x3::eoi >> (statement | expected(what_statement))) >
         (x3::lit('}') | expected("'}' to close the block"));
}

}  // namespace lexgap::grammar::x3_detail
