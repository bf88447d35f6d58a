// The query grammar: what it accepts, how it groups, and its syntax errors,
// rendered exactly as `lexgap query` prints them.
#include "grammar/query/parse_query.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace lexgap;

namespace {

query::ParsedQuery parse(std::string const& text) { return query::parse_query(SourceFile("<query>", text)); }

// The tree written out again, or the rendered diagnostics.
std::string shape(std::string const& text) {
  auto parsed = parse(text);
  std::string out;
  for (auto const& d : parsed.diagnostics) out += render(d);
  if (parsed.expression) out += query::to_string(*parsed.expression);
  return out;
}

std::string repeat(std::string const& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("every kind of condition parses, each to its own form", "[query][parse]") {
  CHECK(shape("child-age >= 18") == "child-age >= 18");
  CHECK(shape("sexual-abuse.absolute-below<14") == "sexual-abuse.absolute-below < 14");
  CHECK(shape("isp.must-report") == "measure isp.must-report");
  CHECK(shape("measure victim.video-link") == "measure victim.video-link");
  CHECK(shape("lacks measure recidivism.offender-treatment") == "not measure recidivism.offender-treatment");
  CHECK(shape("lacks offence child-pornography") == "not offence child-pornography");
  CHECK(shape("jurisdiction over offender-national") == "jurisdiction over offender-national");
  CHECK(shape("jurisdiction over victim-national without double-criminality") ==
        "jurisdiction over victim-national without double-criminality");
  CHECK(shape("offence child-pornography conducts possess, distribute") ==
        "offence child-pornography conducts possess, distribute");
  CHECK(shape("consent.presumed-absent for sexual-violence") == "consent.presumed-absent for sexual-violence");
  CHECK(shape("consent.irrelevant") == "consent.irrelevant");
  CHECK(shape("no-proof-of violence, threat for sexual-violence") == "no-proof-of violence, threat for sexual-violence");
  CHECK(shape("aggravated when victim-age") == "aggravated when victim-age");
  CHECK(shape("limitation.starts-at = majority for sexual-abuse") == "limitation.starts-at = majority for sexual-abuse");
}

TEST_CASE("every comparison operator is read, the longest first", "[query][parse]") {
  for (std::string op : {"<", "<=", "=", "!=", ">=", ">"}) CHECK(shape("child-age" + op + "18") == "child-age " + op + " 18");
}

TEST_CASE("'and' binds tighter than 'or', 'not' tighter than both; parentheses group", "[query][parse]") {
  CHECK(shape("measure a or measure b and not measure c") == "(measure a or (measure b and not measure c))");
  CHECK(shape("(measure a or measure b) and measure c") == "((measure a or measure b) and measure c)");
  CHECK(shape("not (measure a or measure b)") == "not (measure a or measure b)");
  CHECK(shape("measure a and measure b and measure c") == "(measure a and measure b and measure c)");
  CHECK(shape("((measure a))") == "measure a");
}

TEST_CASE("'not' twice cancels out, and 'lacks' is 'not' spelt as in the .lgl language", "[query][parse]") {
  CHECK(shape("not not measure a") == "measure a");
  CHECK(shape("not lacks measure a") == "measure a");
  CHECK(shape("not (not measure a and measure b)") == "not (not measure a and measure b)");
}

TEST_CASE("the written-out tree parses back to the same tree", "[query][parse]") {
  for (std::string text : {"not (child-age >= 18 or lacks measure a) and offence f conducts c, d",
                           "consent.irrelevant for f or limitation.starts-at = never and x.protected-below != 3"}) {
    auto once = shape(text);
    CHECK(shape(once) == once);
  }
}

TEST_CASE("a query may span lines and carry comments, as .lgl files do", "[query][parse]") {
  CHECK(shape("child-age >= 18  # para 4\n  and measure a") == "(child-age >= 18 and measure a)");
  CHECK(shape("child-age >= 18\nand (measure") ==
        "<query>:2:13: error: expected a name at end of query\nand (measure\n            ^\n");
}

TEST_CASE("a syntax error says what was expected, with the query and a caret", "[query][parse][diagnostics]") {
  CHECK(shape("child-age >= ") == "<query>:1:13: error: expected a number at end of query\nchild-age >= \n            ^\n");
  CHECK(shape("child-age >= x") == "<query>:1:14: error: expected a number\nchild-age >= x\n             ^\n");
  CHECK(shape("(child-age >= 18") ==
        "<query>:1:17: error: expected 'and', 'or' or ')' at end of query\n(child-age >= 18\n                ^\n");
  CHECK(shape("child-age >= 18)") ==
        "<query>:1:16: error: expected 'and', 'or' or the end of the query\nchild-age >= 18)\n               ^\n");
  CHECK(shape("jurisdiction offender-national") ==
        "<query>:1:14: error: expected 'over'\njurisdiction offender-national\n             ^~~~~~~~~~~~~~~~~\n");
}

TEST_CASE("a misspelt keyword is named with 'did you mean'", "[query][parse][diagnostics]") {
  CHECK(shape("lacks offense child-pornography") ==
        "<query>:1:7: error: expected 'measure' or 'offence'; did you mean 'offence'?\n"
        "lacks offense child-pornography\n      ^~~~~~~\n");
  CHECK(shape("limitation.starts-at = majorty") ==
        "<query>:1:24: error: expected 'offence', 'disclosure', 'majority' or 'never'; did you mean 'majority'?\n"
        "limitation.starts-at = majorty\n                       ^~~~~~~\n");
  // A lone name followed by another reads as a misspelt keyword, not a missing 'and'.
  auto typo = parse("child-age >= 18 or ofence child-pornography");
  REQUIRE(typo.diagnostics.size() == 1);
  CHECK(typo.diagnostics[0].where.column == 20);
  CHECK(typo.diagnostics[0].fix == "offence");
  // A measure then a name is a missing connective.
  CHECK(shape("isp.must-report child-age >= 18") ==
        "<query>:1:17: error: expected 'and', 'or' or the end of the query\n"
        "isp.must-report child-age >= 18\n                ^~~~~~~~~\n");
}

TEST_CASE("'and' and 'or' are never read as the name of a measure", "[query][parse][diagnostics]") {
  auto parsed = parse("measure a and and");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].where.column == 15);
  CHECK(parsed.diagnostics[0].message.rfind("expected a condition (", 0) == 0);
}

TEST_CASE("an empty query is a syntax error", "[query][parse][diagnostics]") {
  auto parsed = parse("  ");
  REQUIRE(parsed.diagnostics.size() == 1);
  CHECK(parsed.diagnostics[0].where.column == 1);
  CHECK_FALSE(parsed.expression.has_value());
}

TEST_CASE("parentheses nest up to the limit and no deeper", "[query][parse][limits]") {
  int const limit = query::max_nesting;
  CHECK(shape(repeat("(", limit) + "measure a" + repeat(")", limit)) == "measure a");
  CHECK(shape(repeat("(", limit + 1) + "measure a" + repeat(")", limit + 1)) ==
        "<query>:1:65: error: parentheses are nested more than 64 deep\n" + repeat("(", limit + 1) + "measure a" +
            repeat(")", limit + 1) + "\n" + repeat(" ", 64) + "^\n");
  // Closed groups do not add up: depth is what is open at once.
  CHECK(parse(repeat("(measure a) and ", 1000) + "measure b").expression.has_value());
}

TEST_CASE("long chains of 'not', 'and' and 'or' parse without deep recursion", "[query][parse][limits]") {
  CHECK(shape(repeat("not ", 200'001) + "measure a") == "not measure a");
  auto chain = parse(repeat("measure a and measure b or ", 50'000) + "measure c");
  REQUIRE(chain.expression.has_value());
  CHECK(chain.expression->operands.size() == 50'001);
}

TEST_CASE("a byte the grammar does not know is reported where it stands", "[query][parse][diagnostics]") {
  CHECK(shape("measure a \xff") == "<query>:1:11: error: expected 'and', 'or' or the end of the query\nmeasure a \xff\n          ^\n");
  CHECK(shape(std::string("measure a\0", 10)).rfind("<query>:1:10: error: expected 'and', 'or'", 0) == 0);
}
