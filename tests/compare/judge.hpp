// Test helper: one requirement (given by its `expects` clauses) judged against
// one jurisdiction body, through the whole pipeline.
#pragma once

#include "fixture.hpp"

#include "engine/compare/compare.hpp"

#include <catch2/catch.hpp>

namespace lexgap::testing {

inline model::Finding judge(std::string const& body, std::string const& expects, bool with_pending = false) {
  std::string text = "source s \"S\" { kind other; paragraphs 1 to 99; }\n"
                     "baseline t \"T\" { requirement R \"r\" { article \"1\"; " + expects + " } }\n"
                     "jurisdiction XT \"T\" {\n" + body + "\n}\n";
  auto ws = load_text(text);
  INFO(rendered_diagnostics(ws));
  REQUIRE(count_errors(ws.diagnostics) == 0);
  REQUIRE(ws.jurisdictions.size() == 1);
  return compare::evaluate(ws.jurisdictions[0], ws.baselines.at("t").requirements.at(0), ws.taxonomy,
                           compare::CompareOptions{with_pending});
}

}  // namespace lexgap::testing
