// The query grammar (docs/query.md). Precedence, loosest first: `or`, `and`,
// `not`; parentheses group. Names and numbers are the .lgl language's own
// rules (grammar/x3/common.hpp), so a term is spelt the same in both.
#include "grammar/query/x3/query_rules.hpp"
#include "grammar/x3/common.hpp"

namespace lexgap::grammar::x3_detail {
namespace {

using namespace query;
using x3::lit;

// ---- actions -------------------------------------------------------------------

// The rule's Expression becomes the condition just parsed.
inline constexpr auto set_condition = [](auto& ctx) {
  x3::_val(ctx).kind = Expression::Kind::condition;
  x3::_val(ctx).condition = std::move(x3::_attr(ctx));
};

// `lacks`: the condition, negated.
inline constexpr auto set_lacking = [](auto& ctx) {
  set_condition(ctx);
  x3::_val(ctx).negated = true;
};

// The node becomes the one just parsed, moved rather than copied: a tree is
// moved up once per parenthesis around it.
inline constexpr auto move_in = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

inline constexpr auto flip_negation = [](auto& ctx) { x3::_val(ctx).negated = !x3::_val(ctx).negated; };

// The operand replaces the node, keeping the `not`s already read before it.
inline constexpr auto take_negated = [](auto& ctx) {
  bool negated = x3::_val(ctx).negated;
  x3::_val(ctx) = std::move(x3::_attr(ctx));
  x3::_val(ctx).negated = x3::_val(ctx).negated != negated;
};

inline constexpr auto push_operand = [](auto& ctx) { x3::_val(ctx).operands.push_back(std::move(x3::_attr(ctx))); };

// After `a and b and …`: one operand is that operand itself; more make a node.
template <Expression::Kind Kind>
inline constexpr auto finish_operands = [](auto& ctx) {
  auto& node = x3::_val(ctx);
  if (node.operands.size() == 1) {
    Expression only = std::move(node.operands.front());
    node = std::move(only);
    return;
  }
  set_range(ctx);
  node.kind = Kind;
};

// ---- conditions ----------------------------------------------------------------

struct comparison_symbols : x3::symbols<Comparison> {
  comparison_symbols() {
    add("<", Comparison::less)("<=", Comparison::less_equal)("=", Comparison::equal)("!=", Comparison::not_equal)(
        ">=", Comparison::greater_equal)(">", Comparison::greater);
  }
};
comparison_symbols const comparison_symbol_table;

struct comparison_class : annotate_position {};
struct field_comparison_class : annotate_position {};
struct measure_condition_class : annotate_position {};
struct measure_shorthand_class : annotate_position {};
struct lacks_class : annotate_position {};
struct offence_condition_class : annotate_position {};
struct jurisdiction_condition_class : annotate_position {};
struct consent_condition_class : annotate_position {};
struct no_proof_condition_class : annotate_position {};
struct aggravation_condition_class : annotate_position {};
struct limitation_condition_class : annotate_position {};
struct condition_class : annotate_position {};
struct unary_class : annotate_position {};
struct all_of_class : annotate_position {};

x3::rule<comparison_class, Comparison> const comparison = "a comparison ('<', '<=', '=', '!=', '>=' or '>')";
x3::rule<field_comparison_class, FieldComparison> const field_comparison = "a field compared with a number";
x3::rule<measure_condition_class, MeasureCondition> const measure_condition = "'measure'";
x3::rule<measure_shorthand_class, MeasureCondition> const measure_shorthand = "a measure";
x3::rule<lacks_class, Expression> const lacks_condition = "'lacks'";
x3::rule<offence_condition_class, OffenceCondition> const offence_condition = "'offence'";
x3::rule<jurisdiction_condition_class, JurisdictionCondition> const jurisdiction_condition = "'jurisdiction'";
x3::rule<consent_condition_class, ConsentCondition> const consent_condition = "'consent.irrelevant'";
x3::rule<no_proof_condition_class, NoProofCondition> const no_proof_condition = "'no-proof-of'";
x3::rule<aggravation_condition_class, AggravationCondition> const aggravation_condition = "'aggravated'";
x3::rule<limitation_condition_class, LimitationCondition> const limitation_condition = "'limitation.starts-at'";
x3::rule<condition_class, Expression> const condition = "a condition";
x3::rule<unary_class, Expression> const unary = "a condition";
x3::rule<all_of_class, Expression> const all_of = "a condition";

// `and` and `or` are never names of terms: `x and and` is a fault, not a measure called "and".
auto const connective = kw("and") | kw("or");
auto const not_connective = !connective;

auto const comparison_def = comparison_symbol_table;

auto const field_comparison_def = located(not_connective >> name[assign<&FieldComparison::field>] >>
                                          comparison[assign<&FieldComparison::op>] >
                                          number[assign<&FieldComparison::value>]);

auto const measure_condition_def = located(kw("measure") > name[assign<&MeasureCondition::measure>]);
auto const measure_shorthand_def = located(not_connective >> name[assign<&MeasureCondition::measure>]);

// `lacks measure M` and `lacks offence F` are `not measure M` and `not offence F`,
// spelt as the .lgl statements that record an explicit absence.
auto const lacks_condition_def = located(kw("lacks") >
    (measure_condition[set_lacking] | offence_condition[set_lacking] |
     expected("'measure' or 'offence'\x1f" "measure\x1f" "offence")));

auto const for_family = kw("for") > name;

auto const offence_condition_def = located(kw("offence") > name[assign<&OffenceCondition::family>] >
                                           -(kw("conducts") > name_list[assign<&OffenceCondition::conducts>]));

auto const jurisdiction_condition_def = located(
    kw("jurisdiction") > kw("over") > name[assign<&JurisdictionCondition::basis>] >
    -(kw("without") > kw("double-criminality"))[set_to<&JurisdictionCondition::without_double_criminality, true>]);

using syntax::ConsentRule;
auto const consent_condition_def = located(
    (kw("consent.irrelevant")[set_to<&ConsentCondition::rule, ConsentRule::irrelevant>] |
     kw("consent.presumed-absent")[set_to<&ConsentCondition::rule, ConsentRule::presumed_absent>]) >
    -for_family[assign<&ConsentCondition::family>]);

auto const no_proof_condition_def = located(kw("no-proof-of") > name_list[assign<&NoProofCondition::means>] >
                                            -for_family[assign<&NoProofCondition::family>]);

auto const aggravation_condition_def =
    located(kw("aggravated") > kw("when") > name_list[assign<&AggravationCondition::aggravations>] >
            -for_family[assign<&AggravationCondition::family>]);

auto const limitation_condition_def = located(kw("limitation.starts-at") > lit('=') >
    (kw("offence")[set_to<&LimitationCondition::start, LimitationStart::offence>] |
     kw("disclosure")[set_to<&LimitationCondition::start, LimitationStart::disclosure>] |
     kw("majority")[set_to<&LimitationCondition::start, LimitationStart::majority>] |
     kw("never")[set_to<&LimitationCondition::start, LimitationStart::never>] |
     expected("'offence', 'disclosure', 'majority' or 'never'\x1f" "offence\x1f" "disclosure\x1f" "majority\x1f"
              "never")) >
    -for_family[assign<&LimitationCondition::family>]);

// Keyword conditions first; a name is then a field if a comparison follows,
// else a measure. The last alternative names everything that was possible.
auto const condition_def = located(
    lacks_condition[move_in] | measure_condition[set_condition] | offence_condition[set_condition] |
    jurisdiction_condition[set_condition] | consent_condition[set_condition] | no_proof_condition[set_condition] |
    aggravation_condition[set_condition] | limitation_condition[set_condition] | field_comparison[set_condition] |
    measure_shorthand[set_condition] |
    (lit('(') > query_expression[move_in] > (lit(')') | expected("'and', 'or' or ')'\x1f" "and\x1f" "or"))) |
    expected(expected_condition));

// `not` repeated is read in a loop, not by recursion.
auto const unary_def = located(*kw("not")[flip_negation] >> condition[take_negated]);

auto const all_of_def =
    x3::raw[unary[push_operand] >> *(kw("and") > unary[push_operand])][finish_operands<Expression::Kind::all_of>];

auto const query_expression_def =
    x3::raw[all_of[push_operand] >> *(kw("or") > all_of[push_operand])][finish_operands<Expression::Kind::any_of>];

BOOST_SPIRIT_DEFINE(comparison, field_comparison, measure_condition, measure_shorthand, lacks_condition,
                    offence_condition, jurisdiction_condition, consent_condition, no_proof_condition,
                    aggravation_condition, limitation_condition, condition, unary, all_of)

}  // namespace

BOOST_SPIRIT_DEFINE(query_expression)
BOOST_SPIRIT_INSTANTIATE(query_expression_type, iterator_type, context_type)

}  // namespace lexgap::grammar::x3_detail
