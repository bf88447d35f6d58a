// The corpus is evidence: every State of the 2009 report's footnote 1 is
// there, every statement is cited to a paragraph that exists, and the
// normalized facts are what the report says (tests/corpus/expected-facts.tsv,
// plus the reference facts written out below).
#include "fixture.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

using namespace lexgap;

namespace {

Workspace const& corpus() {
  static Workspace ws = testing::load_files({"corpus/jurisdictions"}, /*strict=*/true);
  return ws;
}

model::Jurisdiction const& state(std::string const& code) {
  auto const* j = corpus().find_jurisdiction(code);
  if (!j) FAIL("no jurisdiction " << code);
  return *j;
}

// The merged in-force band of `family` at exactly `level`, as [lo, hi) pairs.
std::vector<model::AgeBand> bands_at(model::Jurisdiction const& j, std::string const& family, model::ProtectionLevel level) {
  std::vector<model::AgeBand> out;
  auto it = j.protection.find(family);
  if (it == j.protection.end()) return out;
  for (auto const& [interval, p] : it->second) {
    if (p.level != level) continue;
    auto b = model::to_band(interval);
    if (!out.empty() && out.back().hi == b.lo) out.back().hi = b.hi;
    else out.push_back(b);
  }
  return out;
}

bool cites(model::Provenance const& p, std::string const& where) {
  if (where == "fn1") {
    for (auto const& c : p.citations)
      if (c.kind == model::LocatorKind::footnote && c.numbers == std::vector<unsigned>{1}) return true;
    return false;
  }
  std::stringstream list(where);
  std::string number;
  while (std::getline(list, number, ',')) {
    bool found = false;
    for (auto const& c : p.citations)
      for (auto n : c.numbers)
        if (c.kind == model::LocatorKind::paragraph && std::to_string(n) == number) found = true;
    if (!found) return false;
  }
  return true;
}

model::Status status_named(std::string const& word) {
  for (auto s : {model::Status::in_force, model::Status::pending, model::Status::draft, model::Status::proposed,
                 model::Status::repealed})
    if (word == model::to_string(s)) return s;
  FAIL("unknown status " << word);
  return model::Status::in_force;
}

std::vector<std::string> split(std::string const& s, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, separator)) parts.push_back(part);
  return parts;
}

// Whether the normalized model of `j` holds the fact, cited to `para`.
std::string check_fact(model::Jurisdiction const& j, std::string const& fact, std::string const& value,
                       std::string const& para) {
  auto parts = split(fact, ':');
  auto const& kind = parts[0];
  auto has = [](auto const& list, std::string const& x) { return std::find(list.begin(), list.end(), x) != list.end(); };
  if (kind == "child-under" || kind == "child-graded") {
    for (auto const& d : j.child_definitions)
      if (d.families.empty() && cites(d.provenance, para) &&
          (kind == "child-graded" ? !d.under : d.under && std::to_string(*d.under) == value))
        return {};
    return "no such child definition";
  }
  if (kind == "band") {
    auto level = parts[2] == "absolute" ? model::ProtectionLevel::absolute
                 : parts[2] == "conditional" ? model::ProtectionLevel::conditional
                                            : model::ProtectionLevel::circumstantial;
    auto bounds = split(value, '-');
    model::AgeBand expected{std::stoi(bounds[0]), bounds[1] == "inf" ? model::age_unbounded : std::stoi(bounds[1])};
    auto got = bands_at(j, parts[1], level);
    if (got.size() == 1 && got[0] == expected) {
      for (auto const& p : j.provisions)
        if (has(p.families, parts[1]) && cites(p.provenance, para)) return {};
      return "band right but not cited to " + para;
    }
    std::string text;
    for (auto b : got) text += model::to_string(b) + " ";
    return "bands at that level: " + (text.empty() ? std::string("none") : text);
  }
  if (kind == "offence" || kind == "conduct" || kind == "consent" || kind == "no-proof-of") {
    for (auto const& p : j.provisions) {
      if (!has(p.families, parts[1]) || !cites(p.provenance, para)) continue;
      if (kind == "offence" && p.provenance.status == status_named(value)) return {};
      if (kind == "conduct" && has(p.conducts, parts[2])) return {};
      if (kind == "consent" && p.consent &&
          value == (*p.consent == model::ConsentRule::irrelevant ? "irrelevant" : "presumed-absent"))
        return {};
      if (kind == "no-proof-of" && has(p.no_proof_of, parts[2])) return {};
    }
    return "no provision with that fact";
  }
  if (kind == "basis") {
    for (auto const& c : j.claims)
      if (c.basis == parts[1] && cites(c.provenance, para) &&
          (value == "yes" || c.double_criminality == model::DoubleCriminality::not_required))
        return {};
    return "no such claim";
  }
  if (kind == "measure") {
    for (auto const& m : j.measures)
      if (m.term == parts[1] && m.provenance.status == status_named(value) && cites(m.provenance, para)) return {};
    return "no such measure";
  }
  if (kind == "lacks") {
    for (auto const& a : j.absences)
      if (a.term == parts[1] && cites(a.provenance, para)) return {};
    return "no such absence";
  }
  if (kind == "nothing") {
    if (j.statement_count() == j.mentions.size()) return {};
    return "the State has statements beyond being named";
  }
  return "unknown fact kind " + kind;
}

}  // namespace

TEST_CASE("the corpus has exactly the 31 States of footnote 1, each named there", "[corpus]") {
  std::vector<std::string> footnote{"AR", "AT", "BG", "BH", "BI", "CA", "CO", "CR", "DE", "DZ", "EE",
                                    "GR", "HU", "LB", "LI", "LV", "MA", "MU", "MX", "NG", "NI", "NL",
                                    "PH", "QA", "SM", "SV", "SY", "TH", "TN", "TT", "UA"};
  std::vector<std::string> codes;
  for (auto const& j : corpus().jurisdictions) codes.push_back(j.code);
  CHECK(codes == footnote);
  for (auto const& j : corpus().jurisdictions) {
    INFO(j.code);
    bool in_footnote = false;
    for (auto const& m : j.mentions) in_footnote |= m.kind == model::LocatorKind::footnote && m.source == "un2009";
    CHECK(in_footnote);
  }
}

TEST_CASE("every statement is cited, and every citation points to a paragraph of the report", "[corpus]") {
  // --strict turns a missing citation into an error; citations outside
  // paragraphs 1-73 and footnotes 1-6 are errors in any mode.
  INFO(testing::rendered_diagnostics(corpus()));
  CHECK(corpus().diagnostics.empty());
  CHECK(corpus().rejected_files.empty());
  std::size_t citations = 0;
  auto count = [&](model::Provenance const& p) {
    CHECK_FALSE(p.citations.empty());
    for (auto const& c : p.citations) {
      CHECK(c.source == "un2009");
      for (auto n : c.numbers) CHECK((c.kind == model::LocatorKind::paragraph ? n >= 1 && n <= 73 : n >= 1 && n <= 6));
      ++citations;
    }
  };
  for (auto const& j : corpus().jurisdictions) {
    for (auto const& p : j.provisions) count(p.provenance);
    for (auto const& c : j.child_definitions) count(c.provenance);
    for (auto const& c : j.claims) count(c.provenance);
    for (auto const& m : j.measures) count(m.provenance);
    for (auto const& a : j.absences) count(a.provenance);
  }
  CHECK(citations > 300);
}

TEST_CASE("the reference facts of the corpus issue hold", "[corpus]") {
  using L = model::ProtectionLevel;
  using B = std::vector<model::AgeBand>;
  auto const& nl = state("NL");
  CHECK(bands_at(nl, "sexual-abuse", L::absolute) == B{{0, 12}});
  CHECK(bands_at(nl, "sexual-abuse", L::conditional) == B{{12, 16}});
  CHECK(bands_at(nl, "sexual-abuse", L::circumstantial) == B{{16, 18}});
  CHECK(bands_at(state("DE"), "sexual-abuse", L::absolute) == B{{0, 14}});
  CHECK(bands_at(state("LB"), "sexual-abuse", L::absolute) == B{{0, 16}});
  bool mexico = false;
  for (auto const& p : state("MX").provisions)
    mexico |= p.victims == model::AgeBand{0, 18} &&
              std::count(p.no_proof_of.begin(), p.no_proof_of.end(), "means-of-commission") == 1;
  CHECK(mexico);
  bool bahrain = false;
  for (auto const& p : state("BH").provisions) bahrain |= p.consent == model::ConsentRule::presumed_absent;
  CHECK(bahrain);
  CHECK(state("MA").statement_count() == state("MA").mentions.size());
  CHECK(state("NI").statement_count() == state("NI").mentions.size());
  // Explicit absence only where the report says so (paras 20 and 46).
  std::set<std::string> absent;
  for (auto const& j : corpus().jurisdictions)
    for (auto const& a : j.absences) absent.insert(j.code + ":" + a.term);
  CHECK(absent.count("SV:investigation.specialized-cyber-unit") == 1);
  for (auto const& entry : absent) CHECK((entry.rfind("SV:", 0) == 0 || entry.rfind("HU:", 0) == 0));
}

TEST_CASE("every fact in expected-facts.tsv holds in the normalized corpus", "[corpus]") {
  std::ifstream in("tests/corpus/expected-facts.tsv");
  REQUIRE(in);
  std::string line;
  std::map<std::string, int> per_state;
  int lines = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    REQUIRE(f.size() == 4);
    ++lines;
    ++per_state[f[0]];
    INFO(line);
    CHECK(check_fact(state(f[0]), f[1], f[2], f[3]) == "");
  }
  CHECK(lines >= 150);
  for (auto const& j : corpus().jurisdictions)
    if (j.statement_count() > 3) CHECK(per_state[j.code] >= 2);
}
