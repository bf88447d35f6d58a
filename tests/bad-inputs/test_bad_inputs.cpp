// The catalogue of bad inputs (docs/robustness.md), run through the real
// `lexgap check`: each tests/bad-inputs/NAME.lgl, or folder NAME/ checked as a
// whole, gives exactly the diagnostic in NAME.expected (none for the inputs
// whose name ends in "-works"). Inputs too large to keep in the repository are
// generated into the build folder at test time.
#include "fixture.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sys/resource.h>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace lexgap;

namespace {

struct Run {
  int status = -1;  // exit status, or -1 if the program did not exit (a crash)
  std::string diagnostics;  // stderr without the closing "N errors and M warnings in K files"
  std::string summary;
};

// `lexgap check PATH`, as a process, from the source folder (paths in the
// diagnostics are relative to it), without colour.
Run check(fs::path const& path) {
  std::string command = "NO_COLOR=1 '" + std::string(LEXGAP_BINARY_DIR) + "/lexgap' check '" + path.string() +
                        "' 2>&1 >/dev/null";
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  while (auto n = fread(buffer, 1, sizeof buffer, pipe)) run.diagnostics.append(buffer, n);
  int raw = pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  // The summary is the last line (a diagnostic ends with its caret line).
  auto& text = run.diagnostics;
  auto last = text.size() > 1 ? text.rfind('\n', text.size() - 2) : std::string::npos;
  auto start = last == std::string::npos ? 0 : last + 1;
  if (start < text.size() && std::isdigit(static_cast<unsigned char>(text[start])) &&
      text.find(" in ", start) != std::string::npos) {
    run.summary = text.substr(start);
    text.erase(start);
  }
  return run;
}

bool ends_with(std::string const& s, std::string const& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<fs::path> catalogue() {
  std::vector<fs::path> inputs;
  for (auto const& e : fs::directory_iterator("tests/bad-inputs"))
    if (e.is_directory() || e.path().extension() == ".lgl") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// Peak resident memory of the largest child process waited for so far.
long children_peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

// Writes `line` repeated to `bytes` bytes, with no line break.
fs::path generate_single_line(std::string const& name, std::string const& start, std::size_t bytes) {
  auto dir = fs::path(LEXGAP_BINARY_DIR) / "bad-inputs";
  fs::create_directories(dir);
  auto path = dir / name;
  std::ofstream out(path, std::ios::binary);
  out << start;
  std::string chunk(1 << 20, 'a');
  for (std::size_t written = start.size(); written < bytes; written += chunk.size())
    out.write(chunk.data(), static_cast<std::streamsize>(std::min(chunk.size(), bytes - written)));
  return path;
}

}  // namespace

TEST_CASE("every catalogued bad input gives exactly its one expected diagnostic", "[bad-inputs]") {
  auto inputs = catalogue();
  REQUIRE(inputs.size() >= 20);
  for (auto const& input : inputs) {
    DYNAMIC_SECTION(input.filename().string()) {
      auto run = check(input);
      auto golden = input.parent_path() / (input.stem().string() + ".expected");
      auto difference = testing::compare_with_golden(golden, run.diagnostics);
      INFO(run.diagnostics);
      INFO(difference);
      CHECK(difference.empty());
      if (ends_with(input.stem().string(), "-works")) {
        CHECK(run.status == 0);
        CHECK(run.diagnostics.empty());
      } else {
        bool error = run.diagnostics.find(": error: ") != std::string::npos;
        CHECK(run.status == (error ? 1 : 0));
        CHECK_THAT(run.summary, Catch::StartsWith(error ? "1 error and 0 warnings" : "0 errors and 1 warning"));
      }
    }
  }
}

TEST_CASE("a 100 MB single-line file is refused by its size, without being read", "[bad-inputs][limits]") {
  // Larger than the 64 MiB limit (grammar/source_file.hpp); generated, never committed.
  auto path = generate_single_line("huge-single-line.lgl", "jurisdiction XB \"", 100u * 1000u * 1000u);
  check("tests/bad-inputs/empty.lgl");
  auto small_file_peak_kib = children_peak_rss_kib();
  auto run = check(path);
  auto peak_kib = children_peak_rss_kib();
  fs::remove(path);
  CHECK(run.status == 1);
  CHECK_THAT(run.diagnostics, Catch::EndsWith("huge-single-line.lgl: error: file is larger than the 64 MiB limit\n"));
  CHECK(std::count(run.diagnostics.begin(), run.diagnostics.end(), '\n') == 1);
  // Reading the file would take at least its 100 MB more than checking a small file.
  CHECK(peak_kib < small_file_peak_kib + 50 * 1000);
}

TEST_CASE("a line longer than 16 KiB is refused at the limit, shown up to it", "[bad-inputs][limits]") {
  // Below the file-size limit but one line of 20,000 bytes (grammar/parse.cpp, max_line_bytes).
  auto path = generate_single_line("long-line.lgl", "jurisdiction XB \"", 20000);
  auto run = check(path);
  fs::remove(path);
  CHECK(run.status == 1);
  CHECK_THAT(run.diagnostics, Catch::Contains("long-line.lgl:1:16385: error: line is longer than the 16 KiB limit\n"));
  CHECK_THAT(run.summary, Catch::StartsWith("1 error and 0 warnings"));
}

TEST_CASE("a file with thousands of faults shows the first 1000 and says the rest were left out",
          "[bad-inputs][limits]") {
  auto dir = fs::path(LEXGAP_BINARY_DIR) / "bad-inputs";
  fs::create_directories(dir);
  auto path = dir / "many-faults.lgl";
  {
    std::ofstream out(path);
    out << "jurisdiction XB \"Many faults\" {\n";
    for (int i = 0; i < 1500; ++i)
      out << "  provision xb-" << i << " \"P\" { offence no-such-family; cite un2009 para 1; }\n";
    out << "}\n";
  }
  auto run = check(path);
  fs::remove(path);
  CHECK(run.status == 1);
  auto count = [&](std::string const& what) {
    std::size_t n = 0;
    for (auto at = run.diagnostics.find(what); at != std::string::npos; at = run.diagnostics.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count("unknown offence family 'no-such-family'") == 1000);
  CHECK(count("error: too many diagnostics in this file; only the first 1000 are shown") == 1);
  CHECK_THAT(run.summary, Catch::StartsWith("1001 errors and 0 warnings"));
}
