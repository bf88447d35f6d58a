// The batch reports of the fixture corpus (tests/report/fixtures: three
// fictional States and a reviewer's overrides) in every format, compared byte
// for byte with reviewed golden files. To regenerate after a deliberate
// change: LEXGAP_UPDATE_GOLDEN=1 ctest -R report_tests, then review `git diff tests/report/golden`.
#include "engine/report/batch/csv.hpp"
#include "engine/report/batch/html.hpp"
#include "engine/report/batch/markdown.hpp"
#include "engine/report/batch/writer.hpp"
#include "engine/report/findings.hpp"
#include "reports_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>

using namespace lexgap;
using namespace lexgap::report::batch;
namespace fs = std::filesystem;

namespace {

std::vector<Format> every_format() { return {std::begin(all_formats), std::end(all_formats)}; }

std::size_t count(std::string const& text, std::string const& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The CSV row of one finding, or "" if there is none.
std::string csv_row(std::string const& csv, std::string const& jurisdiction, std::string const& requirement) {
  auto at = csv.find("\r\n" + jurisdiction + ",");
  for (; at != std::string::npos; at = csv.find("\r\n" + jurisdiction + ",", at + 2)) {
    auto end = csv.find("\r\n", at + 2);
    auto row = csv.substr(at + 2, end - at - 2);
    if (row.find("," + requirement + ",") != std::string::npos) return row;
  }
  return {};
}

}  // namespace

TEST_CASE("the fixture corpus gives the reviewed golden reports in every format", "[report][golden]") {
  testing::FixtureReports fixture;
  auto out = testing::fresh_folder("golden");
  auto outcome = write_batch(fixture.batch(), every_format(), out);
  REQUIRE(outcome.errors.empty());
  CHECK(outcome.written == std::vector<std::string>{"XA.html", "XB.html", "XC.html", "index.html", "XA.md", "XB.md",
                                                    "XC.md", "index.md", "findings.csv", "findings.json",
                                                    "findings.sarif"});
  fs::path golden = "tests/report/golden";
  for (auto const& name : outcome.written) {
    auto difference = testing::compare_with_golden(golden / name, testing::read_file(out / name));
    INFO(difference);
    CHECK(difference.empty());
  }
  auto expected = outcome.written;
  std::sort(expected.begin(), expected.end());
  CHECK(testing::names_in(golden) == expected);
}

TEST_CASE("the heatmap has one cell per finding, each linking to its finding's anchor", "[report][html]") {
  testing::FixtureReports fixture;
  auto const& b = fixture.batch();
  auto summary = html_summary(b);
  std::regex cell(R"re(<td class="cell r-([a-z-]+)"><a href="([^"#]+)#([^"]+)")re");
  std::size_t cells = 0;
  for (auto it = std::sregex_iterator(summary.begin(), summary.end(), cell); it != std::sregex_iterator(); ++it) {
    ++cells;
    auto page = (*it)[2].str();
    auto stem = page.substr(0, page.size() - 5);
    auto j = static_cast<std::size_t>(std::find(b.stems.begin(), b.stems.end(), stem) - b.stems.begin());
    REQUIRE(j < b.stems.size());
    INFO(page << "#" << (*it)[3]);
    CHECK(count(html_jurisdiction(b, j), "id=\"" + (*it)[3].str() + "\"") == 1);
  }
  CHECK(cells == 3 * 51);
  CHECK(count(summary, "class=\"cell ") == cells);
}

TEST_CASE("gaps, partial and overridden findings are marked in every human-readable format", "[report][html]") {
  testing::FixtureReports fixture;
  auto const& b = fixture.batch();
  auto summary = html_summary(b);
  CHECK(summary.find("<td class=\"cell r-gap\"><a href=\"XA.html#OPSC-3.1.a.i.sale-sexual-exploitation\"") !=
        std::string::npos);
  CHECK(summary.find("<td class=\"cell r-met\"><a href=\"XA.html#OPSC-3.1.c.sell\" title=\"XA Alphaland — "
                     "OPSC-3.1.c.sell: met (reviewer&#39;s override; computed unknown)\">M<sup>*</sup></a>") !=
        std::string::npos);
  auto xb = html_jurisdiction(b, 1);
  CHECK(xb.find("Reviewer's override: <strong>not-applicable</strong> (computed gap) by Fixture reviewer") !=
        std::string::npos);
  auto md = markdown_summary(b);
  CHECK(md.find("| OPSC-9.5.advertising | 9(5) | ? | –\\* | ? |") != std::string::npos);
  CHECK(csv_row(findings_csv(b), "XB", "OPSC-9.5.advertising") ==
        "XB,Betaland,OPSC-9.5.advertising,9(5),shall,medium,not-applicable,gap,not-applicable by Fixture reviewer: "
        "The fixture State has no advertising market.,the source reports that the State has no advertising.prohibited,"
        "lacks measure advertising.prohibited (un2009 para 15)");
}

TEST_CASE("a profile's reports show its selected requirements only", "[report][profile]") {
  testing::FixtureReports::Options options;
  options.baseline = "lanzarote";
  testing::FixtureReports fixture(options);
  auto const& b = fixture.batch();
  auto selected = b.baseline.selected_count();
  REQUIRE(selected < b.baseline.requirements.size());
  CHECK(b.columns.size() == selected);
  CHECK(count(html_summary(b), "class=\"cell ") == 3 * selected);
  CHECK(count(findings_csv(b), "\r\n") == 1 + 3 * selected);
  auto left_out = b.baseline.requirements.size() - selected;
  CHECK(html_summary(b).find(std::to_string(left_out) + " inherited requirements not selected by this profile are left out") !=
        std::string::npos);
}

TEST_CASE("with pending legislation the pending bill counts, and the reports say so", "[report][pending]") {
  testing::FixtureReports in_force;
  testing::FixtureReports::Options options;
  options.with_pending = true;
  testing::FixtureReports pending(options);
  CHECK(csv_row(findings_csv(in_force.batch()), "XA", "OPSC-3.1.a.ii.illegal-adoption").find(",unknown,unknown,") !=
        std::string::npos);
  CHECK(csv_row(findings_csv(pending.batch()), "XA", "OPSC-3.1.a.ii.illegal-adoption").find(",met,met,") !=
        std::string::npos);
  CHECK(html_summary(pending.batch()).find("Pending bills and drafts are counted as law") != std::string::npos);
  CHECK(markdown_summary(in_force.batch()).find("Only law in force is counted") != std::string::npos);
}

TEST_CASE("the time of the run appears only when it is asked for", "[report][timestamp]") {
  testing::FixtureReports::Options options;
  options.generated = "2026-11-28T12:00:00Z";
  testing::FixtureReports stamped(options);
  auto out = testing::fresh_folder("timestamp");
  REQUIRE(write_batch(stamped.batch(), every_format(), out).errors.empty());
  CHECK(testing::read_file(out / "index.html").find("generated 2026-11-28T12:00:00Z") != std::string::npos);
  CHECK(testing::read_file(out / "XA.md").find("Generated 2026-11-28T12:00:00Z.") != std::string::npos);
  CHECK(nlohmann::json::parse(testing::read_file(out / "findings.json"))["generated"] == "2026-11-28T12:00:00Z");
  CHECK(nlohmann::json::parse(testing::read_file(out / "findings.sarif"))["runs"][0]["invocations"][0]["endTimeUtc"] ==
        "2026-11-28T12:00:00Z");
  for (auto const& name : testing::names_in("tests/report/golden")) {
    INFO(name);
    CHECK(testing::read_file(fs::path("tests/report/golden") / name).find("2026-11-28T12:00:00Z") == std::string::npos);
  }
}

TEST_CASE("the JSON report is findings_json with its schema version", "[report][json]") {
  testing::FixtureReports fixture;
  auto out = testing::fresh_folder("json");
  REQUIRE(write_batch(fixture.batch(), {Format::json}, out).written == std::vector<std::string>{"findings.json"});
  auto json = nlohmann::json::parse(testing::read_file(out / "findings.json"));
  CHECK(json["schema_version"] == report::findings_schema_version);
  CHECK(json["baseline"]["id"] == "opsc");
  REQUIRE(json["jurisdictions"].size() == 3);
  CHECK(json["jurisdictions"][0]["findings"].size() == 51);
  CHECK_FALSE(json.contains("generated"));
  CHECK(json["with_pending"] == false);
}
