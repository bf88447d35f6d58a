// Checking a query against the taxonomy and evaluating it over fixture
// jurisdictions: three-valued, so that silence stays unknown.
#include "fixture.hpp"

#include "engine/query/query.hpp"
#include "grammar/query/parse_query.hpp"

#include <catch2/catch.hpp>

using namespace lexgap;
using query::Truth;

namespace {

// XA says much, XB records explicit absences, XC only appears in the report.
char const* const fixture = R"(
jurisdiction XA "Alpha" {
  child under 18 cite un2009 para 4;
  provision xa-under-12 { offence sexual-abuse; victims under 12; protection absolute; cite un2009 para 13; }
  provision xa-12-to-16 {
    offence sexual-abuse; victims 12 to 16; protection conditional unless peer-consensual; cite un2009 para 13;
  }
  provision xa-16-to-18 {
    offence sexual-abuse; victims 16 to 18; protection circumstantial when abuse-of-authority; cite un2009 para 13;
  }
  provision xa-pornography {
    offence child-pornography; conducts produce, possess; consent irrelevant; no-proof-of violence;
    aggravated when commercial; limitation from age 18; cite un2009 para 55;
  }
  provision xa-pending { offence grooming; status pending; cite un2009 para 60; }
  measure victim.video-link cite un2009 para 44;
  lacks measure isp.must-report cite un2009 para 64;
  claims jurisdiction over offender-national with double-criminality cite un2009 para 23;
  claims jurisdiction over victim-national without double-criminality cite un2009 para 24;
}
jurisdiction XB "Beta" {
  child graded cite un2009 para 4;
  lacks offence child-pornography cite un2009 para 10;
  provision xb-under-14 { offence sexual-abuse; victims under 14; cite un2009 para 11; }
  provision xb-under-16 {
    offence sexual-abuse; victims under 16; protection circumstantial when exploitation; cite un2009 para 11;
  }
}
jurisdiction XC "Gamma" {
  cite un2009 footnote 1;
}
)";

Workspace const& workspace() {
  static Workspace const ws = testing::load_text(fixture, /*strict=*/true);
  return ws;
}

query::Expression checked(std::string const& text) {
  SourceFile file("<query>", text);
  auto parsed = query::parse_query(file);
  REQUIRE(parsed.diagnostics.empty());
  auto faults = query::check(*parsed.expression, file, workspace().taxonomy);
  for (auto const& d : faults) FAIL(render(d));
  return *parsed.expression;
}

Truth truth(std::string const& code, std::string const& text) {
  auto const* j = workspace().find_jurisdiction(code);
  REQUIRE(j);
  return query::evaluate(checked(text), *j);
}

// The rendered diagnostics of check().
std::string faults(std::string const& text) {
  SourceFile file("<query>", text);
  auto parsed = query::parse_query(file);
  REQUIRE(parsed.expression);
  std::string out;
  for (auto const& d : query::check(*parsed.expression, file, workspace().taxonomy)) out += render(d);
  return out;
}

}  // namespace

TEST_CASE("the fixture loads without a diagnostic", "[query][evaluate]") {
  INFO(testing::rendered_diagnostics(workspace()));
  CHECK(workspace().diagnostics.empty());
  CHECK(workspace().jurisdictions.size() == 3);
}

TEST_CASE("a field the sources do not give satisfies no comparison, and neither does its negation",
          "[query][evaluate][three-valued]") {
  CHECK(truth("XA", "child-age >= 18") == Truth::yes);
  CHECK(truth("XA", "child-age < 18") == Truth::no);
  CHECK(truth("XA", "child-age != 18") == Truth::no);
  for (auto const* code : {"XB", "XC"}) {  // graded categories, and silence
    CHECK(truth(code, "child-age >= 18") == Truth::unknown);
    CHECK(truth(code, "not child-age >= 18") == Truth::unknown);
    CHECK(truth(code, "child-age < 18") == Truth::unknown);
  }
}

TEST_CASE("'and', 'or' and 'not' follow Kleene's three-valued logic", "[query][evaluate][three-valued]") {
  // For XA: video link yes, ISP reporting no (explicit absence), MLA unknown.
  std::string const yes = "measure victim.video-link", no = "measure isp.must-report", unknown = "measure mla.legal-basis";
  CHECK(truth("XA", yes) == Truth::yes);
  CHECK(truth("XA", no) == Truth::no);
  CHECK(truth("XA", unknown) == Truth::unknown);

  CHECK(truth("XA", unknown + " and " + no) == Truth::no);
  CHECK(truth("XA", unknown + " and " + yes) == Truth::unknown);
  CHECK(truth("XA", unknown + " or " + yes) == Truth::yes);
  CHECK(truth("XA", unknown + " or " + no) == Truth::unknown);
  CHECK(truth("XA", "not " + unknown) == Truth::unknown);
  CHECK(truth("XA", "not " + no) == Truth::yes);
  CHECK(truth("XA", "not (" + yes + " and " + no + ")") == Truth::yes);
  CHECK(truth("XA", "lacks measure isp.must-report") == Truth::yes);
  CHECK(truth("XA", "lacks measure mla.legal-basis") == Truth::unknown);
}

TEST_CASE("the absolute band from age 0 ends exactly where a weaker level follows it", "[query][evaluate][bands]") {
  CHECK(truth("XA", "sexual-abuse.absolute-below = 12") == Truth::yes);
  CHECK(truth("XA", "sexual-abuse.absolute-below < 14") == Truth::yes);
  CHECK(truth("XA", "sexual-abuse.absolute-below >= 12") == Truth::yes);
  CHECK(truth("XA", "sexual-abuse.absolute-below > 12") == Truth::no);
}

TEST_CASE("a band that ends in silence is known only from below", "[query][evaluate][bands]") {
  // XA is protected at some level up to 18 and nothing is said of 18 and over.
  CHECK(truth("XA", "sexual-abuse.protected-below >= 18") == Truth::yes);
  CHECK(truth("XA", "sexual-abuse.protected-below = 18") == Truth::unknown);
  CHECK(truth("XA", "sexual-abuse.protected-below < 21") == Truth::unknown);
  CHECK(truth("XA", "sexual-abuse.protected-below < 16") == Truth::no);
}

TEST_CASE("an offence whose protection level is not given leaves the absolute band open", "[query][evaluate][bands]") {
  // XB: under 14 an offence of unknown level (it may be absolute); 14 and 15
  // only circumstantial. So the absolute band ends somewhere from 0 to 14.
  CHECK(truth("XB", "sexual-abuse.absolute-below < 14") == Truth::unknown);
  CHECK(truth("XB", "sexual-abuse.absolute-below <= 14") == Truth::yes);
  CHECK(truth("XB", "sexual-abuse.absolute-below > 14") == Truth::no);
  // The offence protects every age under 16 at some level.
  CHECK(truth("XB", "sexual-abuse.protected-below >= 16") == Truth::yes);
}

TEST_CASE("a State that lacks an offence protects no age and has no provision of it", "[query][evaluate]") {
  CHECK(truth("XB", "offence child-pornography") == Truth::no);
  CHECK(truth("XB", "offence child-pornography conducts possess") == Truth::no);
  CHECK(truth("XB", "lacks offence child-pornography") == Truth::yes);
  CHECK(truth("XB", "child-pornography.absolute-below = 0") == Truth::yes);
  CHECK(truth("XB", "child-pornography.protected-below < 18") == Truth::yes);
  CHECK(truth("XB", "consent.irrelevant for child-pornography") == Truth::no);
  CHECK(truth("XB", "no-proof-of violence for child-pornography") == Truth::no);
  // Without the family the condition is about any provision: silence again.
  CHECK(truth("XB", "consent.irrelevant") == Truth::unknown);
  CHECK(truth("XC", "offence child-pornography") == Truth::unknown);
  CHECK(truth("XC", "child-pornography.absolute-below < 18") == Truth::unknown);
}

TEST_CASE("conducts, consent, proof, aggravation and limitation are read from in-force provisions",
          "[query][evaluate]") {
  CHECK(truth("XA", "offence child-pornography") == Truth::yes);
  CHECK(truth("XA", "offence child-pornography conducts possess, produce") == Truth::yes);
  CHECK(truth("XA", "offence child-pornography conducts distribute") == Truth::unknown);  // silent on it
  CHECK(truth("XA", "consent.irrelevant for child-pornography") == Truth::yes);
  CHECK(truth("XA", "consent.irrelevant for sexual-abuse") == Truth::unknown);
  CHECK(truth("XA", "consent.presumed-absent") == Truth::unknown);
  CHECK(truth("XA", "no-proof-of violence") == Truth::yes);
  CHECK(truth("XA", "no-proof-of violence, threat") == Truth::unknown);
  CHECK(truth("XA", "aggravated when commercial for child-pornography") == Truth::yes);
  CHECK(truth("XA", "limitation.starts-at = majority") == Truth::yes);
  CHECK(truth("XA", "limitation.starts-at = offence") == Truth::unknown);
  // A pending bill is not law in force.
  CHECK(truth("XA", "offence grooming") == Truth::unknown);
}

TEST_CASE("a claim of jurisdiction answers the double-criminality question only when the source does",
          "[query][evaluate]") {
  CHECK(truth("XA", "jurisdiction over offender-national") == Truth::yes);
  CHECK(truth("XA", "jurisdiction over offender-national without double-criminality") == Truth::no);
  CHECK(truth("XA", "jurisdiction over victim-national without double-criminality") == Truth::yes);
  CHECK(truth("XA", "jurisdiction over offender-resident") == Truth::unknown);
}

TEST_CASE("an unknown term is reported at its place with 'did you mean'", "[query][check][diagnostics]") {
  CHECK(faults("offence child-pornograpy conducts posess") ==
        "<query>:1:9: error: unknown offence family 'child-pornograpy'; did you mean 'child-pornography'?\n"
        "offence child-pornograpy conducts posess\n        ^~~~~~~~~~~~~~~~\n"
        "<query>:1:35: error: unknown conduct 'posess'; did you mean 'possess'?\n"
        "offence child-pornograpy conducts posess\n                                  ^~~~~~\n");
  CHECK(faults("chlid-age >= 18") ==
        "<query>:1:1: error: unknown field 'chlid-age'; did you mean 'child-age'?\nchlid-age >= 18\n^~~~~~~~~\n");
  CHECK(faults("sexual-abus.absolute-below < 14") ==
        "<query>:1:1: error: unknown offence family 'sexual-abus'; did you mean 'sexual-abuse'?\n"
        "sexual-abus.absolute-below < 14\n^~~~~~~~~~~\n");
  CHECK(faults("measure victim.video-lnk") ==
        "<query>:1:9: error: unknown measure 'victim.video-lnk'; did you mean 'victim.video-link'?\n"
        "measure victim.video-lnk\n        ^~~~~~~~~~~~~~~~\n");
  CHECK(faults("consent.presumed-absnt") ==
        "<query>:1:1: error: unknown measure 'consent.presumed-absnt'; did you mean 'consent.presumed-absent'?\n"
        "consent.presumed-absnt\n^~~~~~~~~~~~~~~~~~~~~~\n");
}

TEST_CASE("a term of the wrong kind, a field without a number and an absurd age are errors",
          "[query][check][diagnostics]") {
  CHECK(faults("jurisdiction over possess") ==
        "<query>:1:19: error: 'possess' is a conduct, not a jurisdictional basis\n"
        "jurisdiction over possess\n                  ^~~~~~~\n");
  CHECK(faults("child-age") ==
        "<query>:1:1: error: 'child-age' is a field: compare it with a number, e.g. 'child-age >= 18'\n"
        "child-age\n^~~~~~~~~\n");
  CHECK(faults("child-age >= 200") ==
        "<query>:1:14: error: age 200 is not a plausible age (ages run from 0 to 130)\n"
        "child-age >= 200\n             ^~~\n");
  CHECK(faults("nothing-like-a-field > 3") ==
        "<query>:1:1: error: unknown field 'nothing-like-a-field' (the fields are child-age, FAMILY.absolute-below "
        "and FAMILY.protected-below)\nnothing-like-a-field > 3\n^~~~~~~~~~~~~~~~~~~~\n");
  CHECK(faults("child-age >= 18 and measure victim.video-link").empty());
}

TEST_CASE("the answer lists satisfied, unknown and not satisfied, in text and JSON", "[query][answer]") {
  auto a = query::answer(checked("child-age >= 18 or lacks offence child-pornography"), workspace().jurisdictions);
  CHECK(query::answer_text(a) ==
        "satisfied (2):\n  XA  Alpha\n  XB  Beta\nunknown (1):\n  XC  Gamma\nnot satisfied (0):\n");
  auto b = query::answer(checked("child-age < 18"), workspace().jurisdictions);
  CHECK(query::answer_json("child-age < 18", b) == nlohmann::json::parse(R"({
    "schema_version": 1, "query": "child-age < 18",
    "satisfied": [],
    "unknown": [{"code": "XB", "name": "Beta"}, {"code": "XC", "name": "Gamma"}],
    "not_satisfied": [{"code": "XA", "name": "Alpha"}]})"));
}
