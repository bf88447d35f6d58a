// Profiles (XCCDF-style): extends, select/unselect, refine; and overrides.
#include "judge.hpp"

using namespace lexgap;
using model::Result;

namespace {
char const* const profile_text = R"(
source s "S" { kind other; paragraphs 1 to 99; }
baseline root "Root" {
  requirement R-a "a" { article "1"; severity low; expects measure victim.video-link; }
  requirement R-b "b" { article "2"; severity medium; expects measure victim.privacy; }
}
baseline child "Child" extends root {
  unselect R-a;
  refine R-b severity high weight 2.5;
  requirement C-c "c" { article "3"; expects measure isp.must-report; }
}
baseline grandchild "Grandchild" extends child {
  select R-a;
}
jurisdiction XP "P" { measure victim.video-link cite s para 1; }
override XP R-b { result gap; authority "Reviewer, fixture"; date 2026-11-28; remark "Known from another source."; }
)";
}  // namespace

TEST_CASE("a profile inherits, unselects and refines requirements", "[profiles]") {
  auto ws = testing::load_text(profile_text);
  INFO(testing::rendered_diagnostics(ws));
  REQUIRE(ws.diagnostics.empty());
  auto const& child = ws.baselines.at("child");
  REQUIRE(child.requirements.size() == 3);
  CHECK(child.find("R-a")->selected == false);
  CHECK(child.find("R-b")->severity == model::Severity::high);
  CHECK(child.find("R-b")->weight == std::optional<double>(2.5));
  CHECK(child.find("C-c")->defined_in == "child");
  CHECK(child.selected_count() == 2);
  CHECK(ws.baselines.at("root").find("R-b")->severity == model::Severity::medium);
  CHECK(ws.baselines.at("grandchild").find("R-a")->selected == true);
}

TEST_CASE("an unselected requirement is not-selected, even when the law meets it", "[profiles]") {
  auto ws = testing::load_text(profile_text);
  auto findings = compare::compare_all(ws.jurisdictions, ws.baselines.at("child"), ws.taxonomy, ws.overrides);
  REQUIRE(findings.size() == 3);
  CHECK(findings[0].requirement == "R-a");
  CHECK(findings[0].result() == Result::not_selected);
  auto root = compare::compare_all(ws.jurisdictions, ws.baselines.at("root"), ws.taxonomy, ws.overrides);
  CHECK(root[0].result() == Result::met);
}

TEST_CASE("a reviewer override is shown beside the computed result", "[overrides]") {
  auto ws = testing::load_text(profile_text);
  auto findings = compare::compare_all(ws.jurisdictions, ws.baselines.at("root"), ws.taxonomy, ws.overrides);
  auto const& b = findings[1];
  CHECK(b.requirement == "R-b");
  CHECK(b.computed == Result::unknown);
  REQUIRE(b.override_.has_value());
  CHECK(b.result() == Result::gap);
  CHECK(b.override_->authority == "Reviewer, fixture");
  CHECK(b.override_->date == "2026-11-28");
}

TEST_CASE("a baseline that extends itself, or an unknown one, is an error", "[profiles]") {
  auto self = testing::load_text("baseline loop \"L\" extends loop { }\n");
  REQUIRE(self.diagnostics.size() == 1);
  CHECK(self.diagnostics[0].message == "baseline 'loop' extends itself");
  auto cycle = testing::load_text("baseline a1 \"A\" extends b1 { }\nbaseline b1 \"B\" extends a1 { }\n");
  REQUIRE_FALSE(cycle.diagnostics.empty());
  CHECK(cycle.diagnostics[0].message.find("cycle") != std::string::npos);
  auto unknown = testing::load_text("baseline a2 \"A\" extends opsk { }\n");
  REQUIRE(unknown.diagnostics.size() == 1);
  CHECK(unknown.diagnostics[0].message == "baseline 'a2' extends unknown baseline 'opsk'; did you mean 'opsc'?");
}
