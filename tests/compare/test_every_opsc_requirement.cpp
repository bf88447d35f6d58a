// For every requirement of the bundled `opsc` baseline: a jurisdiction that
// states exactly what the requirement asks is `met`; one the sources say
// nothing about is `unknown`; one whose sources say it lacks the thing, or
// fall short of it, is `gap` (or `partial` where only part falls short).
//
// The fixtures are written as .lgl text from each requirement's predicates and
// go through the whole pipeline (parse, check, normalize, compare).
#include "judge.hpp"

#include <fmt/format.h>

using namespace lexgap;
using model::Result;

namespace {

std::string band_words(model::AgeBand b) {
  if (b.lo == 0) return fmt::format("under {}", b.hi);
  if (b.hi >= model::age_unbounded) return fmt::format("from {}", b.lo);
  return fmt::format("{} to {}", b.lo, b.hi);
}

std::string protection_words(model::ProtectionLevel level) {
  switch (level) {
    case model::ProtectionLevel::absolute: return "absolute";
    case model::ProtectionLevel::conditional: return "conditional unless close-in-age";
    case model::ProtectionLevel::circumstantial: return "circumstantial when force";
  }
  return "absolute";
}

std::string join(std::vector<std::string> const& v) {
  std::string out;
  for (auto const& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

struct Fixtures {
  std::vector<std::string> met;
  std::vector<std::string> shortfall;  // empty: no way to state a shortfall for this predicate
  bool shortfall_is_partial = false;
};

// Statements that satisfy, and statements that fall short of, one expectation.
struct Writer {
  int& counter;
  std::string provision_id() { return fmt::format("p{}", counter++); }

  Fixtures operator()(model::ExpectChild const& e) {
    return {{fmt::format("child under {} cite s para 4;", e.age)},
            {fmt::format("child under {} cite s para 4;", e.age - 2)}};
  }
  Fixtures operator()(model::ExpectOffence const& e) {
    std::string clauses;
    if (!e.conducts.empty()) clauses += " conducts " + join(e.conducts) + ";";
    if (e.band)
      clauses += fmt::format(" victims {}; protection {};", band_words(*e.band), protection_words(e.level));
    Fixtures f;
    f.met = {fmt::format("provision {} {{ offence {};{} cite s para 1; }}", provision_id(), e.family, clauses)};
    if (e.band && e.level != model::ProtectionLevel::circumstantial) {
      // Weaker protection over the whole band: the sources describe a shortfall.
      std::string weaker = e.conducts.empty() ? "" : " conducts " + join(e.conducts) + ";";
      weaker += fmt::format(" victims {}; protection circumstantial when force;", band_words(*e.band));
      f.shortfall = {fmt::format("provision {} {{ offence {};{} cite s para 1; }}", provision_id(), e.family, weaker)};
      f.shortfall_is_partial = !e.conducts.empty();  // the conducts are still met
    } else if (e.conducts.empty() && !e.band) {
      f.shortfall = {fmt::format("lacks offence {} cite s para 1;", e.family)};
    }
    return f;
  }
  Fixtures operator()(model::ExpectConsentIrrelevant const& e) {
    return {{fmt::format("provision {} {{ offence {}; victims {}; consent irrelevant; cite s para 1; }}", provision_id(),
                         e.family, band_words(e.band))},
            {fmt::format("provision {} {{ offence {}; victims {}; consent presumed-absent; cite s para 1; }}",
                         provision_id(), e.family, band_words(e.band))},
            true};
  }
  Fixtures operator()(model::ExpectNoProof const& e) {
    return {{fmt::format("provision {} {{ offence {}; no-proof-of {}; cite s para 1; }}", provision_id(), e.family,
                         join(e.means))},
            {}};
  }
  Fixtures operator()(model::ExpectJurisdiction const& e) {
    if (!e.without_double_criminality)
      return {{fmt::format("claims jurisdiction over {} cite s para 1;", e.basis)}, {}};
    return {{fmt::format("claims jurisdiction over {} without double-criminality cite s para 1;", e.basis)},
            {fmt::format("claims jurisdiction over {} with double-criminality cite s para 1;", e.basis)},
            true};
  }
  Fixtures operator()(model::ExpectMeasure const& e) {
    return {{fmt::format("measure {} cite s para 1;", e.measure)}, {fmt::format("lacks measure {} cite s para 1;", e.measure)}};
  }
  Fixtures operator()(model::ExpectLimitation const& e) {
    return {{fmt::format("provision {} {{ offence {}; limitation none; cite s para 1; }}", provision_id(), e.family)},
            {fmt::format("provision {} {{ offence {}; victims under {}; limitation 1 year from offence; cite s para 1; }}",
                         provision_id(), e.family, e.age)}};
  }
};

std::string lines(std::vector<std::string> const& v) {
  std::string out;
  for (auto const& s : v) out += "  " + s + "\n";
  return out;
}

}  // namespace

TEST_CASE("every opsc requirement can be met, is unknown on silence, and shows shortfalls", "[compare][opsc]") {
  auto library = testing::load_files({});
  REQUIRE(library.diagnostics.empty());
  auto const& opsc = library.baselines.at("opsc");
  REQUIRE(opsc.requirements.size() >= 40);

  std::size_t with_shortfall = 0;
  for (auto const& requirement : opsc.requirements) {
    int counter = 0;
    Writer writer{counter};
    std::vector<std::string> met, shortfall;
    bool every_part_has_shortfall = true, any_partial = false;
    for (auto const& e : requirement.expectations) {
      auto f = std::visit(writer, e);
      met.insert(met.end(), f.met.begin(), f.met.end());
      if (f.shortfall.empty()) every_part_has_shortfall = false;
      shortfall.insert(shortfall.end(), f.shortfall.begin(), f.shortfall.end());
      any_partial = any_partial || f.shortfall_is_partial;
    }
    if (every_part_has_shortfall) ++with_shortfall;
    DYNAMIC_SECTION(requirement.id) {
      auto judge = [&](std::string const& body) {
        auto ws = testing::load_text("source s \"S\" { kind other; paragraphs 1 to 99; }\n"
                                     "jurisdiction XT \"T\" {\n" + body + "}\n");
        INFO(body << testing::rendered_diagnostics(ws));
        REQUIRE(count_errors(ws.diagnostics) == 0);
        REQUIRE(ws.jurisdictions.size() == 1);
        return compare::evaluate(ws.jurisdictions[0], requirement, ws.taxonomy);
      };

      auto satisfied = judge(lines(met));
      INFO("met fixture:\n" << lines(met) << "explanation: " << satisfied.explanation);
      CHECK(satisfied.computed == Result::met);
      CHECK_FALSE(satisfied.evidence.empty());

      auto silent = judge("");
      CHECK(silent.computed == Result::unknown);
      CHECK(silent.evidence.empty());

      if (every_part_has_shortfall) {
        auto short_of = judge(lines(shortfall));
        INFO("shortfall fixture:\n" << lines(shortfall) << "explanation: " << short_of.explanation);
        CHECK(short_of.computed == (any_partial ? Result::partial : Result::gap));
        CHECK_FALSE(short_of.explanation.empty());
      }
    }
  }
  // Most requirements can be shown to fall short; the rest (a jurisdictional
  // basis or a proof rule, which the language can only affirm) cannot.
  CHECK(with_shortfall >= 30);
}
