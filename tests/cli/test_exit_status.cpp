// The documented exit codes of the `lexgap` program (0 ok; 1 errors in the
// input or findings at --fail-on; 2 usage), run as a process.
#include "fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sys/wait.h>

namespace {

struct Run {
  int status = -1;
  std::string out;
};

Run run_lexgap(std::string const& arguments) {
  std::string command = std::string(LEXGAP_BINARY_DIR) + "/lexgap " + arguments + " 2>/dev/null";
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
