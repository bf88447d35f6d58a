// findings.sarif against what SARIF 2.1.0 requires of a log, and the mapping
// of findings to results: gap error, partial warning, unknown note, located
// at the statement the finding rests on.
#include "engine/report/batch/sarif.hpp"
#include "reports_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace lexgap;
using nlohmann::json;

namespace {

// The 1-based line of the first line of a file that contains `text`.
unsigned line_of(std::string const& file, std::string const& text) {
  std::ifstream in(file);
  std::string line;
  for (unsigned n = 1; std::getline(in, line); ++n)
    if (line.find(text) != std::string::npos) return n;
  return 0;
}

json const* result_for(json const& log, std::string const& jurisdiction, std::string const& rule) {
  for (auto const& r : log["runs"][0]["results"])
    if (r["properties"]["jurisdiction"] == jurisdiction && r["ruleId"] == rule) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("the SARIF log has the structure SARIF 2.1.0 requires", "[report][sarif]") {
  testing::FixtureReports fixture;
  // Through text, as a consumer reads it.
  auto log = json::parse(report::batch::findings_sarif(fixture.batch()).dump());
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["$schema"].is_string());
  CHECK(log["$schema"].get<std::string>().find("sarif-schema-2.1.0.json") != std::string::npos);
  REQUIRE(log["runs"].is_array());
  REQUIRE(log["runs"].size() == 1);
  auto const& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "lexgap");

  auto const& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.is_array());
  CHECK(rules.size() == 51);
  std::set<std::string> rule_ids;
  for (auto const& rule : rules) {
    REQUIRE(rule["id"].is_string());
    CHECK(rule_ids.insert(rule["id"].get<std::string>()).second);
    REQUIRE(rule["shortDescription"]["text"].is_string());
    CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  }

  REQUIRE(run["results"].is_array());
  REQUIRE_FALSE(run["results"].empty());
  for (auto const& result : run["results"]) {
    INFO(result.dump());
    REQUIRE(result["ruleId"].is_string());
    CHECK(rule_ids.count(result["ruleId"].get<std::string>()) == 1);
    REQUIRE(result["ruleIndex"].is_number_unsigned());
    CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    CHECK(std::set<std::string>{"error", "warning", "note"}.count(result["level"].get<std::string>()) == 1);
    REQUIRE(result["message"]["text"].is_string());
    CHECK_FALSE(result["message"]["text"].get<std::string>().empty());
    REQUIRE(result["locations"].is_array());
    REQUIRE(result["locations"].size() >= 1);
    auto const& location = result["locations"][0]["physicalLocation"];
    REQUIRE(location["artifactLocation"]["uri"].is_string());
    CHECK(location["artifactLocation"]["uri"].get<std::string>().rfind("tests/report/fixtures/X", 0) == 0);
    REQUIRE(location["region"]["startLine"].is_number_unsigned());
    CHECK(location["region"]["startLine"].get<unsigned>() >= 1);
  }
  REQUIRE(run["invocations"].is_array());
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("every gap, partial and unknown finding is a SARIF result, and nothing else is", "[report][sarif]") {
  testing::FixtureReports fixture;
  auto const& b = fixture.batch();
  auto log = report::batch::findings_sarif(b);
  std::map<model::Result, std::string> const level{
      {model::Result::gap, "error"}, {model::Result::partial, "warning"}, {model::Result::unknown, "note"}};
  std::size_t expected = 0;
  for (std::size_t j = 0; j < b.jurisdictions.size(); ++j)
    for (auto r : b.columns) {
      auto const& f = b.finding(j, r);
      auto const* result = result_for(log, f.jurisdiction, f.requirement);
      INFO(f.jurisdiction << " " << f.requirement << " " << model::to_string(f.result()));
      if (auto it = level.find(f.result()); it != level.end()) {
        ++expected;
        REQUIRE(result);
        CHECK((*result)["level"] == it->second);
      } else {
        CHECK_FALSE(result);
      }
    }
  CHECK(log["runs"][0]["results"].size() == expected);
  // The overridden findings follow their override: met and not-applicable are not results.
  CHECK_FALSE(result_for(log, "XA", "OPSC-3.1.c.sell"));
  CHECK_FALSE(result_for(log, "XB", "OPSC-9.5.advertising"));
}

TEST_CASE("a SARIF result points at the statement its finding rests on, else at the jurisdiction", "[report][sarif]") {
  testing::FixtureReports fixture;
  auto log = report::batch::findings_sarif(fixture.batch());
  auto region = [&](std::string const& j, std::string const& rule) {
    auto const* result = result_for(log, j, rule);
    REQUIRE(result);
    auto const& location = (*result)["locations"][0]["physicalLocation"];
    return std::make_pair(location["artifactLocation"]["uri"].get<std::string>(),
                          location["region"]["startLine"].get<unsigned>());
  };
  CHECK(region("XA", "OPSC-3.1.a.i.sale-sexual-exploitation") ==
        std::make_pair(std::string("tests/report/fixtures/XA.lgl"),
                       line_of("tests/report/fixtures/XA.lgl", "lacks offence sale-of-children")));
  CHECK(region("XB", "OPSC-3.1.b.child-prostitution") ==
        std::make_pair(std::string("tests/report/fixtures/XB.lgl"),
                       line_of("tests/report/fixtures/XB.lgl", "provision xb-exploitation")));
  CHECK(region("XC", "CRC-1.child-under-18") ==
        std::make_pair(std::string("tests/report/fixtures/XC.lgl"),
                       line_of("tests/report/fixtures/XC.lgl", "jurisdiction XC")));
  CHECK((*result_for(log, "XA", "OPSC-9.4.compensation"))["level"] == "error");
  CHECK((*result_for(log, "XA", "OPSC-3.1.b.child-prostitution"))["level"] == "warning");
}

TEST_CASE("artifact URIs are percent-encoded; absolute paths become file URIs", "[report][sarif]") {
  CHECK(report::batch::artifact_uri("corpus/jurisdictions/NL.lgl") == "corpus/jurisdictions/NL.lgl");
  CHECK(report::batch::artifact_uri("my drafts/Côte.lgl") == "my%20drafts/C%C3%B4te.lgl");
  CHECK(report::batch::artifact_uri("/home/a/#1.lgl") == "file:///home/a/%231.lgl");
}
