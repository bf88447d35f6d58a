// load_workspace parses files that cannot define part of the library (no
// source, taxonomy or baseline keyword in their text) only after the library
// is normalized, and frees each tree as it goes. Neither may change what a
// batch of files means: the library is the same whichever file defines it.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace lexgap;

namespace {
// A fresh folder under the build tree with the given files.
fs::path folder_with(std::vector<std::pair<std::string, std::string>> const& files) {
  static int counter = 0;
  auto dir = fs::path(LEXGAP_BINARY_DIR) / "test-fixtures" /
             ("load-order-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (auto const& [name, text] : files) std::ofstream(dir / name, std::ios::binary) << text;
  return dir;
}

std::string const cites_a_later_source = R"(jurisdiction XA "Early" {
  provision xa-1 { offence later-family; victims under 16; protection absolute; cite later-report para 2; }
}
)";
std::string const defines_the_library = R"(source later-report "A later file's report" { kind other; paragraphs 1 to 3; }
taxonomy later "Defined in a later file" { family later-family "Only in this file"; }
jurisdiction XB "Late" {
  provision xb-1 { offence later-family; victims under 14; protection absolute; cite later-report para 3; }
}
)";
}  // namespace

TEST_CASE("a jurisdiction may cite a source and use a term defined in a later file", "[workspace]") {
  auto dir = folder_with({{"a.lgl", cites_a_later_source}, {"b.lgl", defines_the_library}});
  for (unsigned threads : {1u, 2u}) {
    WorkspaceOptions options;
    options.corpus_dir = testing::corpus_dir();
    options.threads = threads;
    options.strict = true;
    auto ws = load_workspace({dir.string()}, options);
    INFO(testing::rendered_diagnostics(ws));
    CHECK(ws.diagnostics.empty());
    REQUIRE(ws.jurisdictions.size() == 2);
    CHECK(ws.jurisdictions[0].code == "XA");
    CHECK(ws.jurisdictions[0].protection.count("later-family") == 1);
    CHECK(ws.jurisdictions[0].provisions.at(0).provenance.citation_text() == "later-report para 2");
  }
  fs::remove_all(dir);
}

TEST_CASE("a file parsed late reports its faults and its duplicates like any other", "[workspace]") {
  auto dir = folder_with({{"a.lgl", cites_a_later_source},
                          {"b.lgl", defines_the_library},
                          {"c.lgl", "jurisdiction XA \"Again\" {\n  child under 18 cite later-report para 1;\n}\n"},
                          {"d.lgl", "jurisdiction XD \"Broken\" {\n  child under ;\n}\n"}});
  auto ws = testing::load_files({dir.string()});
  auto text = testing::rendered_diagnostics(ws);
  CHECK_THAT(text, Catch::Contains("c.lgl:1:14: error: jurisdiction 'XA' is described twice"));
  CHECK_THAT(text, Catch::Contains("a.lgl:1:14: note: first described here"));
  CHECK_THAT(text, Catch::Contains("d.lgl:2:15: error: expected a number"));
  REQUIRE(ws.rejected_files.size() == 2);
  CHECK(ws.jurisdictions.size() == 2);  // XA from a.lgl and XB; c.lgl and d.lgl are left out
  fs::remove_all(dir);
}
