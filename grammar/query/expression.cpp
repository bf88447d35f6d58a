#include "grammar/query/expression.hpp"

#include <string>

namespace lexgap::query {
namespace {

std::string join(syntax::NameList const& names) {
  std::string out;
  for (auto const& n : names) out += (out.empty() ? "" : ", ") + n.text;
  return out;
}

std::string for_family(std::optional<syntax::Name> const& family) {
  return family ? " for " + family->text : "";
}

struct ConditionText {
  std::string operator()(FieldComparison const& c) const {
    return c.field.text + " " + to_string(c.op) + " " + std::to_string(c.value.value);
  }
  std::string operator()(MeasureCondition const& c) const { return "measure " + c.measure.text; }
  std::string operator()(OffenceCondition const& c) const {
    return "offence " + c.family.text + (c.conducts.empty() ? "" : " conducts " + join(c.conducts));
  }
  std::string operator()(JurisdictionCondition const& c) const {
    return "jurisdiction over " + c.basis.text + (c.without_double_criminality ? " without double-criminality" : "");
  }
  std::string operator()(ConsentCondition const& c) const {
    return std::string(c.rule == syntax::ConsentRule::irrelevant ? "consent.irrelevant" : "consent.presumed-absent") +
           for_family(c.family);
  }
  std::string operator()(NoProofCondition const& c) const { return "no-proof-of " + join(c.means) + for_family(c.family); }
  std::string operator()(AggravationCondition const& c) const {
    return "aggravated when " + join(c.aggravations) + for_family(c.family);
  }
  std::string operator()(LimitationCondition const& c) const {
    char const* start = "";
    switch (c.start) {
      case LimitationStart::offence: start = "offence"; break;
      case LimitationStart::disclosure: start = "disclosure"; break;
      case LimitationStart::majority: start = "majority"; break;
      case LimitationStart::never: start = "never"; break;
    }
    return std::string("limitation.starts-at = ") + start + for_family(c.family);
  }
};

}  // namespace

char const* to_string(Comparison comparison) {
  switch (comparison) {
    case Comparison::less: return "<";
    case Comparison::less_equal: return "<=";
    case Comparison::equal: return "=";
    case Comparison::not_equal: return "!=";
    case Comparison::greater_equal: return ">=";
    case Comparison::greater: return ">";
  }
  return "=";
}

std::string to_string(Expression const& expression) {
  std::string out = expression.negated ? "not " : "";
  if (expression.kind == Expression::Kind::condition) return out + std::visit(ConditionText{}, expression.condition);
  char const* connective = expression.kind == Expression::Kind::all_of ? " and " : " or ";
  std::string inner;
  for (auto const& operand : expression.operands) inner += (inner.empty() ? "" : connective) + to_string(operand);
  return out + "(" + inner + ")";
}

}  // namespace lexgap::query
