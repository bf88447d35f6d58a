// Diagnostics as values and their rendering: positions, carets, suggestions.
#include "fixture.hpp"

#include "grammar/diagnostic.hpp"
#include "grammar/parse.hpp"
#include "grammar/source_file.hpp"
#include "grammar/suggest.hpp"

#include <catch2/catch.hpp>

using namespace lexgap;

TEST_CASE("a position counts lines from 1 and columns in code points", "[diagnostics]") {
  SourceFile f("x.lgl", "ab\n\xc3\xa9t\xc3\xa9 xyz\n");
  // 'xyz' starts at byte 3 + 5 (two 2-byte characters and 't', then a space).
  auto p = f.position({9, 12});
  CHECK(p.line == 2);
  CHECK(p.column == 5);
  CHECK(p.end_column == 8);
  CHECK(p.line_text == "\xc3\xa9t\xc3\xa9 xyz");
}

TEST_CASE("the caret line keeps tabs so the caret stays under the fault", "[diagnostics]") {
  SourceFile f("t.lgl", "\t\tbad here\n");
  auto d = f.diagnose(Severity::error, {2, 5}, "expected something");
  CHECK(render(d) == "t.lgl:1:3: error: expected something\n\t\tbad here\n\t\t^~~\n");
}

TEST_CASE("a byte-order mark is dropped and CRLF is not shown", "[diagnostics]") {
  SourceFile f("c.lgl", "\xef\xbb\xbfline one\r\nline two\r\n");
  auto p = f.position({10, 14});
  CHECK(p.line == 2);
  CHECK(p.column == 1);
  CHECK(p.line_text == "line two");
}

TEST_CASE("a NUL byte and invalid UTF-8 are reported at their byte", "[diagnostics]") {
  auto nul = parse(SourceFile("n.lgl", std::string("jurisdiction\0 X", 15)));
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].where.column == 13);
  CHECK(nul.diagnostics[0].message == "file contains a NUL byte; .lgl files are UTF-8 text");

  auto bad = parse(SourceFile("u.lgl", "# caf\xe9\n"));
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(bad.diagnostics[0].where.line == 1);
  CHECK(bad.diagnostics[0].where.column == 6);
  CHECK(bad.diagnostics[0].message == "invalid UTF-8 byte sequence; .lgl files are UTF-8 text");
}

TEST_CASE("empty and comment-only files parse to nothing, with one warning and no error", "[diagnostics]") {
  for (auto text : {"", "# only a comment\n\n   # and another"}) {
    auto parsed = parse(SourceFile("e.lgl", text));
    CHECK(parsed.syntax.items.empty());
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].severity == Severity::warning);
    CHECK(count_errors(parsed.diagnostics) == 0);
  }
}

TEST_CASE("'did you mean' picks the nearest candidate within a third of the word", "[diagnostics]") {
  std::vector<std::string> words{"sexual-abuse", "sexual-violence", "child-pornography"};
  CHECK(closest_match("sexual-abus", words) == std::optional<std::string>("sexual-abuse"));
  CHECK(closest_match("child-pornograpy", words) == std::optional<std::string>("child-pornography"));
  CHECK_FALSE(closest_match("trafficking", words).has_value());
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("a statement without a citation is a warning, and an error under --strict", "[diagnostics]") {
  std::string text = "jurisdiction XZ \"Z\" { measure victim.video-link; }\n";
  auto lenient = testing::load_text(text, false);
  REQUIRE(lenient.diagnostics.size() == 1);
  CHECK(lenient.diagnostics[0].severity == Severity::warning);
  CHECK(lenient.jurisdictions.size() == 1);
  auto strict = testing::load_text(text, true);
  REQUIRE(strict.diagnostics.size() == 1);
  CHECK(strict.diagnostics[0].severity == Severity::error);
  CHECK(strict.jurisdictions.empty());
}

TEST_CASE("a 10 MB file of statements parses without a diagnostic", "[diagnostics]") {
  std::string text = "source big \"Big\" { kind other; paragraphs 1 to 9; }\njurisdiction XY \"Big\" {\n";
  while (text.size() < 10'000'000) text += "  measure victim.video-link cite big para 1 note \"padding padding padding\";\n";
  text += "}\n";
  auto ws = testing::load_text(text);
  CHECK(ws.diagnostics.empty());
  REQUIRE(ws.jurisdictions.size() == 1);
  CHECK(ws.jurisdictions[0].measures.size() > 100'000);
}
