// Findings of real corpus States, reviewed line by line against the 2009
// report (tests/compare/golden/). Regenerate with LEXGAP_UPDATE_GOLDEN=1 and
// review the diff: a changed line is a changed legal conclusion.
#include "fixture.hpp"

#include "engine/compare/compare.hpp"
#include "engine/report/findings.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace lexgap;

TEST_CASE("golden findings for NL, DE, MX and MA under opsc and lanzarote", "[compare][golden]") {
  for (std::string code : {"NL", "DE", "MX", "MA"}) {
    auto ws = testing::load_files({"corpus/jurisdictions/" + code + ".lgl"}, true);
    REQUIRE(ws.diagnostics.empty());
    REQUIRE(ws.jurisdictions.size() == 1);
    for (std::string baseline : {"opsc", "lanzarote"}) {
      DYNAMIC_SECTION(code << " " << baseline) {
        auto const& b = ws.baselines.at(baseline);
        auto findings = compare::compare_all(ws.jurisdictions, b, ws.taxonomy, ws.overrides);
        auto text = report::findings_text(b, ws.jurisdictions, findings);
        auto difference = testing::compare_with_golden("tests/compare/golden/" + code + "-" + baseline + ".txt", text);
        INFO(difference);
        CHECK(difference.empty());
      }
    }
  }
}

TEST_CASE("findings do not depend on the number of threads", "[compare][parallel]") {
  auto ws = testing::load_files({"corpus/jurisdictions"});
  REQUIRE(ws.jurisdictions.size() == 31);
  auto const& b = ws.baselines.at("lanzarote");
  auto one = compare::compare_all(ws.jurisdictions, b, ws.taxonomy, ws.overrides, {}, 1);
  auto two = compare::compare_all(ws.jurisdictions, b, ws.taxonomy, ws.overrides, {}, 2);
  std::ostringstream json_one, json_two;
  report::write_findings_json(json_one, b, ws.jurisdictions, one, {});
  report::write_findings_json(json_two, b, ws.jurisdictions, two, {});
  CHECK(json_one.str() == json_two.str());
}
