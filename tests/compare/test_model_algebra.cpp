// The algebra under the comparison: merging protection, limitation answers,
// the conjunction of results, and coverage through the taxonomy graph.
#include "fixture.hpp"

#include "engine/compare/compare.hpp"
#include "engine/normalize/normalize.hpp"

#include <catch2/catch.hpp>

using namespace lexgap;
using model::Result;

namespace {
model::Provision provision(std::string id, model::AgeBand band, model::ProtectionLevel level,
                           std::vector<std::string> terms = {}) {
  model::Provision p;
  p.id = std::move(id);
  p.families = {"sexual-abuse"};
  p.victims = band;
  p.level = level;
  p.level_terms = std::move(terms);
  return p;
}
std::vector<std::pair<model::AgeBand, model::ProtectionLevel>> bands(model::ProtectionMap const& map) {
  std::vector<std::pair<model::AgeBand, model::ProtectionLevel>> out;
  for (auto const& [interval, p] : map) out.emplace_back(model::to_band(interval), p.level);
  return out;
}
auto const all = [](model::Provision const&) { return true; };
using L = model::ProtectionLevel;
}  // namespace

TEST_CASE("the Netherlands pattern yields exactly three bands", "[bands]") {
  std::vector<model::Provision> ps{provision("a", {0, 12}, L::absolute),
                                   provision("b", {12, 16}, L::conditional, {"peer-consensual"}),
                                   provision("c", {0, 18}, L::circumstantial, {"deception"})};
  auto map = normalize::merge_protection(ps, "sexual-abuse", all);
  using B = model::AgeBand;
  CHECK(bands(map) == decltype(bands(map)){{B{0, 12}, L::absolute}, {B{12, 16}, L::conditional}, {B{16, 18}, L::circumstantial}});
}

TEST_CASE("overlapping provisions merge to the strongest protection, both cited", "[bands]") {
  std::vector<model::Provision> ps{provision("weak", {0, 16}, L::circumstantial, {"payment"}),
                                   provision("strong", {0, 14}, L::absolute)};
  auto map = normalize::merge_protection(ps, "sexual-abuse", all);
  REQUIRE(map.iterative_size() == 2);
  auto const& first = map.begin()->second;
  CHECK(first.level == L::absolute);
  CHECK(first.provisions == std::set<std::string>{"strong", "weak"});
  CHECK(first.terms.empty());
  CHECK(std::next(map.begin())->second.level == L::circumstantial);
}

TEST_CASE("equal levels unite their circumstances", "[bands]") {
  std::vector<model::Provision> ps{provision("x", {14, 18}, L::circumstantial, {"dependence"}),
                                   provision("y", {14, 18}, L::circumstantial, {"payment"})};
  auto map = normalize::merge_protection(ps, "sexual-abuse", all);
  REQUIRE(map.iterative_size() == 1);
  CHECK(map.begin()->second.terms == std::set<std::string>{"dependence", "payment"});
}

TEST_CASE("provisions of other families or without a level do not enter the bands", "[bands]") {
  auto other = provision("other", {0, 18}, L::absolute);
  other.families = {"child-pornography"};
  auto unleveled = provision("unleveled", {0, 18}, L::absolute);
  unleveled.level.reset();
  auto map = normalize::merge_protection(std::vector<model::Provision>{other, unleveled}, "sexual-abuse", all);
  CHECK(map.empty());
}

TEST_CASE("'not over 15' is [0,16) and 'from 14' is unbounded", "[bands]") {
  auto ws = testing::load_text(
      "source s \"S\" { kind other; paragraphs 1 to 9; }\n"
      "jurisdiction XL \"L\" { provision p { offence sexual-abuse; victims not over 15; protection absolute; cite s para 1; }\n"
      "provision q { offence sexual-violence; victims from 14; protection absolute; cite s para 1; } }\n");
  REQUIRE(ws.jurisdictions.size() == 1);
  auto const& j = ws.jurisdictions[0];
  CHECK(*j.provisions[0].victims == model::AgeBand{0, 16});
  CHECK(*j.provisions[1].victims == model::AgeBand{14, model::age_unbounded});
}

TEST_CASE("limitation answers until what age of the victim prosecution is possible", "[limitation]") {
  using Kind = model::Limitation::Answer::Kind;
  model::Limitation from_offence{model::Limitation::Start::offence, 10, 0};
  CHECK(from_offence.prosecutable_until(8).kind == Kind::until_age);
  CHECK(from_offence.prosecutable_until(8).age == 18);
  model::Limitation from_majority{model::Limitation::Start::victim_age, 10, 18};
  CHECK(from_majority.prosecutable_until(5).age == 28);
  CHECK(from_majority.prosecutable_until(20).age == 30);
  model::Limitation none{model::Limitation::Start::none, std::nullopt, 0};
  CHECK(none.prosecutable_until(3).kind == Kind::unbounded);
  model::Limitation open_period{model::Limitation::Start::victim_age, std::nullopt, 18};
  CHECK(open_period.prosecutable_until(3).kind == Kind::at_least_until_age);
  CHECK(open_period.prosecutable_until(3).age == 18);
}

TEST_CASE("a conjunction is met only when every part is met", "[combine]") {
  using compare::combine;
  CHECK(combine({Result::met, Result::met}) == Result::met);
  CHECK(combine({Result::met, Result::unknown}) == Result::unknown);
  CHECK(combine({Result::gap, Result::unknown}) == Result::gap);
  CHECK(combine({Result::gap, Result::met}) == Result::partial);
  CHECK(combine({Result::partial, Result::unknown}) == Result::partial);
  CHECK(combine({Result::gap, Result::gap}) == Result::gap);
  CHECK(combine({Result::unknown}) == Result::unknown);
}

TEST_CASE("coverage follows 'covers' edges: full along full edges, else partial", "[taxonomy]") {
  model::Taxonomy t;
  for (auto name : {"a", "b", "c", "d"}) t.add_term({model::TermKind::conduct, name, "", "", {}});
  t.add_cover(model::TermKind::conduct, "a", "b", false);
  t.add_cover(model::TermKind::conduct, "b", "c", true);
  CHECK(t.coverage(model::TermKind::conduct, "a", "b") == model::Coverage::full);
  CHECK(t.coverage(model::TermKind::conduct, "a", "c") == model::Coverage::partial);
  CHECK(t.coverage(model::TermKind::conduct, "c", "a") == model::Coverage::none);
  CHECK(t.coverage(model::TermKind::conduct, "d", "d") == model::Coverage::full);
  CHECK(t.coverage(model::TermKind::family, "a", "b") == model::Coverage::none);
  CHECK_FALSE(t.find_cycle().has_value());
  t.add_cover(model::TermKind::conduct, "c", "a", false);
  auto cycle = t.find_cycle();
  REQUIRE(cycle.has_value());
  CHECK(cycle->size() == 4);
  CHECK(cycle->front() == cycle->back());
}

TEST_CASE("the bundled taxonomy has no cycle and simple possession covers possession for supply", "[taxonomy]") {
  auto ws = testing::load_files({});
  CHECK(ws.diagnostics.empty());
  CHECK_FALSE(ws.taxonomy.find_cycle().has_value());
  CHECK(ws.taxonomy.coverage(model::TermKind::conduct, "possess", "possess-for-supply") == model::Coverage::full);
  CHECK(ws.taxonomy.coverage(model::TermKind::conduct, "possess-for-supply", "possess") == model::Coverage::none);
  CHECK(ws.taxonomy.coverage(model::TermKind::family, "trafficking", "sale-of-children") == model::Coverage::partial);
}
