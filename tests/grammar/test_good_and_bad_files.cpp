// Every tests/grammar/good/*.lgl parses and checks without a diagnostic and
// normalizes to the JSON beside it (*.json); every tests/grammar/bad/*.lgl
// gives exactly the diagnostics beside it (*.expected), caret lines included.
#include "fixture.hpp"

#include "engine/report/model_json.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace fs = std::filesystem;
using namespace lexgap;

namespace {
std::vector<fs::path> lgl_files(char const* folder) {
  std::vector<fs::path> files;
  for (auto const& e : fs::directory_iterator(fs::path("tests/grammar") / folder))
    if (e.path().extension() == ".lgl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}
}  // namespace

TEST_CASE("good files check cleanly and normalize to their reviewed JSON", "[grammar][golden]") {
  auto files = lgl_files("good");
  REQUIRE(files.size() >= 5);
  for (auto const& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      auto ws = testing::load_files({file.string()}, /*strict=*/true);
      INFO(testing::rendered_diagnostics(ws));
      CHECK(ws.diagnostics.empty());
      std::string json;
      for (auto const& j : ws.jurisdictions) json += report::to_json(j).dump(2) + "\n";
      auto golden = file;
      golden.replace_extension(".json");
      auto difference = testing::compare_with_golden(golden, json);
      INFO(difference);
      CHECK(difference.empty());
    }
  }
}

TEST_CASE("bad files give exactly their expected diagnostics", "[grammar][golden]") {
  auto files = lgl_files("bad");
  REQUIRE(files.size() >= 10);
  for (auto const& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      auto ws = testing::load_files({file.string()});
      CHECK(count_errors(ws.diagnostics) > 0);
      auto golden = file;
      golden.replace_extension(".expected");
      auto difference = testing::compare_with_golden(golden, testing::rendered_diagnostics(ws));
      INFO(difference);
      CHECK(difference.empty());
    }
  }
}
