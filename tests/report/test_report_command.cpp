// `lexgap report` as a process: the bundled corpus, a broken input file,
// hostile corpus strings, deterministic output and the documented exit codes.
#include "reports_fixture.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sys/wait.h>

using namespace lexgap;
namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the program from the source folder with stdout and stderr captured in files (not a terminal).
Run run_lexgap(std::string const& arguments, fs::path const& scratch, std::string const& environment = "") {
  auto out = scratch / "stdout.txt";
  auto err = scratch / "stderr.txt";
  auto command = fmt::format("{} '{}/lexgap' {} >'{}' 2>'{}' </dev/null", environment, LEXGAP_BINARY_DIR, arguments,
                             out.string(), err.string());
  int raw = std::system(command.c_str());
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, testing::read_file(out), testing::read_file(err)};
}

bool contains(std::string const& text, std::string const& what) { return text.find(what) != std::string::npos; }

std::size_t count(std::string const& text, std::string const& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// RFC 4180 records: fields split at commas outside quotes, "" inside quotes is a quote.
std::vector<std::vector<std::string>> parse_csv(std::string const& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      REQUIRE(field.empty());  // a quote only opens a field
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      REQUIRE(c != '\n');  // a bare line feed outside quotes breaks RFC 4180
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(field.empty());
  REQUIRE(rows.back().empty());  // the last record ends with CRLF
  rows.pop_back();
  return rows;
}

std::vector<std::string> files_below(fs::path const& folder) {
  std::vector<std::string> names;
  for (auto const& entry : fs::recursive_directory_iterator(folder))
    names.push_back(entry.path().lexically_relative(folder).string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("the bundled corpus is reported in every format, quietly, with exit 0", "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-corpus");
  auto run = run_lexgap(fmt::format("report --out '{}'", (scratch / "reports").string()), scratch);
  CHECK(run.status == 0);
  CHECK(run.err.empty());  // no progress when stderr is not a terminal, no diagnostics
  CHECK(contains(run.out, "31 jurisdictions against opsc: "));
  auto files = testing::names_in(scratch / "reports");
  CHECK(files.size() == 31 * 2 + 5);
  for (auto const* name : {"index.html", "index.md", "findings.csv", "findings.json", "findings.sarif", "NL.html", "NL.md"})
    CHECK(std::count(files.begin(), files.end(), name) == 1);
}

TEST_CASE("the command writes the reviewed golden files, byte-identical from one run to the next", "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-determinism");
  for (auto const* out : {"first", "second"}) {
    auto run = run_lexgap(fmt::format("report --out '{}' tests/report/fixtures/", (scratch / out).string()), scratch);
    CHECK(run.status == 0);
    CHECK(run.out == fmt::format("3 jurisdictions against opsc: 11 met, 2 partial, 4 gap, 135 unknown, 1 not-applicable\n"
                                 "wrote 11 files to {0} (open {0}/index.html)\n",
                                 (scratch / out).string()));
  }
  auto names = testing::names_in(scratch / "first");
  CHECK(names == testing::names_in("tests/report/golden"));
  for (auto const& name : names) {
    INFO(name);
    auto first = testing::read_file(scratch / "first" / name);
    CHECK(first == testing::read_file(scratch / "second" / name));
    CHECK(first == testing::read_file(fs::path("tests/report/golden") / name));
  }
}

TEST_CASE("a batch with one broken file still reports every other one and exits 1", "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-broken");
  auto out = scratch / "out";
  auto run = run_lexgap(fmt::format("report --out '{}' tests/report/fixtures/ tests/report/broken/XD.lgl", out.string()),
                        scratch);
  CHECK(run.status == 1);
  CHECK(contains(run.err, "tests/report/broken/XD.lgl:4:36: error: expected ';'"));
  CHECK(contains(run.err, "lexgap: 1 file could not be read; its jurisdictions are left out of this report: "
                          "tests/report/broken/XD.lgl\n"));
  for (auto const* name : {"XA.html", "XB.html", "XC.html", "XA.md", "XB.md", "XC.md"}) CHECK(fs::exists(out / name));
  CHECK_FALSE(fs::exists(out / "XD.html"));
  auto index = testing::read_file(out / "index.html");
  CHECK(contains(index, "<strong>1 file could not be read; its jurisdictions are left out of this report:</strong>"));
  CHECK(contains(index, "<li><code>tests/report/broken/XD.lgl</code> — <span class=\"mono\">"
                        "tests/report/broken/XD.lgl:4:36: error: expected &#39;;&#39;</span></li>"));
  CHECK(contains(testing::read_file(out / "index.md"), "- tests/report/broken/XD.lgl — tests/report/broken/XD.lgl:4:36: "));
  auto sarif = nlohmann::json::parse(testing::read_file(out / "findings.sarif"));
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == false);
  CHECK(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error");
  CHECK(nlohmann::json::parse(testing::read_file(out / "findings.json"))["jurisdictions"].size() == 3);
}

TEST_CASE("hostile corpus strings give escaped HTML, valid CSV and JSON, and files only in the output folder",
          "[report][cli][injection]") {
  auto scratch = testing::fresh_folder("cli-injection");
  auto out = scratch / "out";
  auto run = run_lexgap(fmt::format("report --out '{}' tests/report/injection/", out.string()), scratch);
  CHECK(run.status == 0);
  CHECK(files_below(scratch) == std::vector<std::string>{"out", "out/XI.html", "out/XI.md", "out/findings.csv",
                                                          "out/findings.json", "out/findings.sarif", "out/index.html",
                                                          "out/index.md", "stderr.txt", "stdout.txt"});
  for (auto const* page : {"index.html", "XI.html"}) {
    INFO(page);
    auto html = testing::read_file(out / page);
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "</style></td>"));
    CHECK_FALSE(contains(html, "\x1b"));
    CHECK_FALSE(contains(html, "\x07"));
    CHECK_FALSE(contains(html, "\x7f"));
    CHECK(contains(html, "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &#39;single&#39; ../../etc/passwd"));
    CHECK(contains(html, "\u241b[31mred"));
  }
  CHECK(contains(testing::read_file(out / "XI.html"), "&lt;/style&gt;&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;"));

  auto md = testing::read_file(out / "XI.md");
  CHECK(count(md, "<script") == count(md, "\\<script"));  // every one escaped
  CHECK(count(md, "<img") == count(md, "\\<img"));
  CHECK(contains(md, "\\<script\\>alert(\"name\")\\</script\\> 'single' ../../etc/passwd \\| pipe \\\\ backslash"));

  auto rows = parse_csv(testing::read_file(out / "findings.csv"));
  REQUIRE(rows.size() == 1 + 51);
  for (auto const& row : rows) CHECK(row.size() == 11);
  CHECK(rows[1][1].rfind("'=HYPERLINK(\"https://example.invalid\")<script>alert(\"name\")</script>", 0) == 0);
  CHECK(contains(testing::read_file(out / "findings.csv"), "\"quoted, with comma\""));

  auto json = nlohmann::json::parse(testing::read_file(out / "findings.json"));
  auto name = json["jurisdictions"][0]["name"].get<std::string>();
  CHECK(contains(name, "<script>alert(\"name\")</script>"));
  CHECK(contains(name, "\x1b[31mred"));  // the JSON keeps the exact text, escaped as \u001b
  CHECK(nlohmann::json::parse(testing::read_file(out / "findings.sarif"))["version"] == "2.1.0");
}

TEST_CASE("the formats asked for are the files written", "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-format");
  auto run = run_lexgap(fmt::format("report --format csv,sarif --out '{}' tests/report/fixtures/", (scratch / "out").string()),
                        scratch);
  CHECK(run.status == 0);
  CHECK(testing::names_in(scratch / "out") == std::vector<std::string>{"findings.csv", "findings.sarif"});
  CHECK(run_lexgap("report --format pdf --out x tests/report/fixtures/", scratch).status == 2);
}

TEST_CASE("report exit codes: --fail-on, an unknown baseline, a missing --out, a folder that cannot be made",
          "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-exit");
  auto out = (scratch / "out").string();
  CHECK(run_lexgap(fmt::format("report --format csv --fail-on gap --out '{}' tests/report/fixtures/", out), scratch).status == 1);
  CHECK(run_lexgap(fmt::format("report --format csv --fail-on partial --out '{}' tests/report/fixtures/XC.lgl", out), scratch)
            .status == 0);
  CHECK(run_lexgap(fmt::format("report --format csv --fail-on gap --out '{}' corpus/jurisdictions/NL.lgl", out), scratch)
            .status == 0);
  CHECK(run_lexgap(fmt::format("report --baseline nope --out '{}' tests/report/fixtures/", out), scratch).status == 2);
  CHECK(run_lexgap("report tests/report/fixtures/", scratch).status == 2);
  std::ofstream(scratch / "a-file") << "not a folder";
  auto blocked = run_lexgap(fmt::format("report --out '{}' tests/report/fixtures/", (scratch / "a-file" / "out").string()),
                            scratch);
  CHECK(blocked.status == 1);
  CHECK(contains(blocked.err, "lexgap: cannot create folder"));
}

TEST_CASE("the counts are coloured only when asked: --color always, never NO_COLOR or a pipe", "[report][cli]") {
  auto scratch = testing::fresh_folder("cli-color");
  auto out = (scratch / "out").string();
  auto args = fmt::format("report --format csv --out '{}' tests/report/fixtures/", out);
  CHECK(contains(run_lexgap("--color always " + args, scratch).out, "\033[1;31m4 gap\033[0m"));
  CHECK_FALSE(contains(run_lexgap(args, scratch, "NO_COLOR=1").out, "\033["));
  CHECK_FALSE(contains(run_lexgap(args, scratch, "env -u NO_COLOR").out, "\033["));
}
