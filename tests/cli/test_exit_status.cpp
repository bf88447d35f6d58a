// The documented exit codes of the `lexgap` program (0 ok; 1 errors in the
// input or findings at --fail-on; 2 usage), run as a process.
#include "fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>

namespace {

struct Run {
  int status = -1;
  std::string out;
};

enum class Stderr { discard, with_stdout };

// `lexgap ARGUMENTS` with stdout captured; stderr discarded or captured with it (no colour).
Run run_lexgap(std::string const& arguments, Stderr stderr_to = Stderr::discard) {
  std::string command = "NO_COLOR=1 " + std::string(LEXGAP_BINARY_DIR) + "/lexgap " + arguments +
                        (stderr_to == Stderr::discard ? " 2>/dev/null" : " 2>&1");
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  while (auto n = fread(buffer, 1, sizeof buffer, pipe)) run.out.append(buffer, n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

}  // namespace

TEST_CASE("check: 0 for a clean file, 1 for errors, 2 for a usage error", "[cli]") {
  CHECK(run_lexgap("check --strict corpus/jurisdictions/NL.lgl").status == 0);
  CHECK(run_lexgap("check tests/grammar/bad/not-an-age-band.lgl").status == 1);
  CHECK(run_lexgap("check no/such/file.lgl").status == 1);
  CHECK(run_lexgap("check --format yaml corpus/jurisdictions/NL.lgl").status == 2);
  CHECK(run_lexgap("no-such-command").status == 2);
}

TEST_CASE("check --format json prints the normalized model with a schema version", "[cli]") {
  auto run = run_lexgap("check --format json corpus/jurisdictions/DE.lgl");
  REQUIRE(run.status == 0);
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["schema_version"] == 1);
  REQUIRE(json["jurisdictions"].size() == 1);
  auto const& bands = json["jurisdictions"][0]["protection"]["sexual-abuse"];
  REQUIRE_FALSE(bands.empty());
  CHECK(bands[0]["from"] == 0);
  CHECK(bands[0]["below"] == 14);
  CHECK(bands[0]["level"] == "absolute");
}

TEST_CASE("compare --fail-on gap fails only when there is a gap", "[cli]") {
  CHECK(run_lexgap("compare --baseline opsc --fail-on gap corpus/jurisdictions/NL.lgl").status == 0);
  // The fixture states that the law has no offence of sale of children.
  auto failing = run_lexgap("compare --baseline opsc --fail-on gap tests/grammar/good/every-statement.lgl");
  CHECK(failing.status == 1);
  CHECK(failing.out.find("gap      OPSC-3.1.a.i.sale-sexual-exploitation") != std::string::npos);
  CHECK(run_lexgap("compare --baseline opsc tests/grammar/good/every-statement.lgl").status == 0);
  CHECK(run_lexgap("compare --baseline nope corpus/jurisdictions/NL.lgl").status == 2);
}

TEST_CASE("explain traces a finding to its paragraph", "[cli]") {
  auto run = run_lexgap("explain corpus/jurisdictions/NL.lgl OPSC-3.1.b.child-prostitution");
  REQUIRE(run.status == 0);
  CHECK(run.out.find("cited to un2009 para 13") != std::string::npos);
  CHECK(run.out.find("written at corpus/jurisdictions/NL.lgl:") != std::string::npos);
  CHECK(run_lexgap("explain corpus/jurisdictions/NL.lgl NO-SUCH-REQUIREMENT").status == 2);
}

TEST_CASE("the version and help options answer and exit 0", "[cli]") {
  CHECK(run_lexgap("--version").out.rfind("lexgap ", 0) == 0);
  auto help = run_lexgap("--help");
  CHECK(help.status == 0);
  CHECK(help.out.find("check") != std::string::npos);
  CHECK(help.out.find("Exit status") != std::string::npos);
}

TEST_CASE("control characters in a file reach the terminal as their pictures, never raw", "[cli][robustness]") {
  // ESC would let a file someone sent clear the screen or retitle the terminal;
  // CR would let a line overwrite itself. Shown as U+241B, U+2407, U+240D.
  auto dir = std::filesystem::path(LEXGAP_BINARY_DIR) / "cli-controls";
  std::filesystem::create_directories(dir);
  auto good = dir / "good.lgl";
  auto bad = dir / "bad.lgl";
  {
    std::ofstream out(good, std::ios::binary);
    out << "jurisdiction XB \"Screen \x1b[2J cleared\" {\n"
           "  provision xb-1 \"Title \x1b]0;retitled\x07 here\" {\n"
           "    offence sexual-abuse;\n    victims under 14;\n    protection absolute;\n"
           "    cite un2009 para 13;\n    note \"bell \x07 rung\";\n  }\n}\n";
    // Two faults, one per block: ESC where an age band belongs; a carriage
    // return inside a string, which ends its line.
    std::ofstream out_bad(bad, std::ios::binary);
    out_bad << "jurisdiction XB \"Bad\" {\n  provision xb-1 \"P\" {\n    victims \x1b[31m under 14;\n  }\n}\n"
               "jurisdiction XC \"Bad\" {\n  child under 18 cite un2009 para 4 note \"carriage \r return\";\n}\n";
  }
  auto both = [](std::string const& arguments) { return run_lexgap(arguments, Stderr::with_stdout); };
  for (auto const& run : {both("check " + good.string()), both("compare --baseline opsc " + good.string()),
                          both("check " + bad.string())}) {
    INFO(run.out);
    CHECK(run.out.find('\x1b') == std::string::npos);
    CHECK(run.out.find('\x07') == std::string::npos);
    CHECK(run.out.find('\r') == std::string::npos);
  }
  auto rules = both("check " + good.string());
  CHECK(rules.status == 0);
  CHECK(rules.out.find("Screen \xe2\x90\x9b[2J cleared") != std::string::npos);
  auto diagnostic = both("check " + bad.string());
  CHECK(diagnostic.status == 1);
  // The echoed line shows the picture, and the caret stays under the fault (column 13).
  CHECK(diagnostic.out.find(":3:13: error: ") != std::string::npos);
  CHECK(diagnostic.out.find("    victims \xe2\x90\x9b[31m under 14;\n            ^") != std::string::npos);
  CHECK(diagnostic.out.find("note \"carriage \xe2\x90\x8d return\";\n") != std::string::npos);
}

TEST_CASE("compare --format json records whether pending law was counted", "[cli][json]") {
  auto in_force = run_lexgap("compare --format json corpus/jurisdictions/NL.lgl");
  auto pending = run_lexgap("compare --with-pending --format json corpus/jurisdictions/NL.lgl");
  REQUIRE(in_force.status == 0);
  REQUIRE(pending.status == 0);
  CHECK(nlohmann::json::parse(in_force.out)["with_pending"] == false);
  CHECK(nlohmann::json::parse(pending.out)["with_pending"] == true);
}
