// Findings of real corpus States, reviewed line by line against the 2009
// report (tests/compare/golden/). Regenerate with LEXGAP_UPDATE_GOLDEN=1 and
// review the diff: a changed line is a changed legal conclusion.
#include "fixture.hpp"

#include "engine/compare/compare.hpp"
#include "engine/report/findings.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <span>
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

// `lexgap compare` writes a large batch a part at a time, and the writer
// renders 64 jurisdictions at a time on both cores: neither may show in the
// bytes. 93 jurisdictions (the 31, three times) cross the 64 boundary.
TEST_CASE("the findings document does not depend on how it is split into parts", "[compare][parallel]") {
  auto ws = testing::load_files({"corpus/jurisdictions"});
  REQUIRE(ws.jurisdictions.size() == 31);
  auto const& b = ws.baselines.at("opsc");
  std::vector<model::Jurisdiction> batch;
  for (int copy = 0; copy < 3; ++copy) batch.insert(batch.end(), ws.jurisdictions.begin(), ws.jurisdictions.end());
  auto findings = compare::compare_all(batch, b, ws.taxonomy, ws.overrides, {}, 2);
  std::span<model::Jurisdiction const> all(batch);
  std::span<model::Finding const> all_findings(findings);
  std::size_t const per = b.requirements.size();

  std::ostringstream whole;
  report::FindingsJsonWriter at_once(whole, b, {true, "2026-11-29T00:00:00Z"}, 2);
  at_once.write(all, all_findings);
  at_once.finish();

  std::ostringstream parts;
  std::string text_parts;
  report::FindingsJsonWriter in_parts(parts, b, {true, "2026-11-29T00:00:00Z"}, 1);
  for (std::size_t first = 0, size = 1; first < all.size(); first += size, size = size * 2 + 1) {
    std::size_t n = std::min(size, all.size() - first);
    in_parts.write(all.subspan(first, n), all_findings.subspan(first * per, n * per));
    text_parts += report::findings_text(b, all.subspan(first, n), all_findings.subspan(first * per, n * per));
  }
  in_parts.finish();

  CHECK(parts.str() == whole.str());
  CHECK(text_parts == report::findings_text(b, all, all_findings));
  auto document = nlohmann::json::parse(whole.str());
  REQUIRE(document["jurisdictions"].size() == 93);
  CHECK(document["jurisdictions"][64]["code"] == batch[64].code);
  CHECK(document["jurisdictions"][92]["findings"].size() == per);
  CHECK(document["generated"] == "2026-11-29T00:00:00Z");
  CHECK(document["with_pending"] == true);
}

TEST_CASE("a findings document with no jurisdiction has an empty list", "[compare]") {
  auto ws = testing::load_files({});
  auto const& b = ws.baselines.at("opsc");
  std::ostringstream out;
  report::FindingsJsonWriter writer(out, b, {}, 2);
  writer.write({}, {});
  writer.finish();
  auto document = nlohmann::json::parse(out.str());
  CHECK(document["jurisdictions"] == nlohmann::json::array());
  CHECK(document["requirements"].size() == b.requirements.size());
  CHECK(out.str().back() == '\n');
}
