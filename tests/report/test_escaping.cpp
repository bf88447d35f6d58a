// The one escaping function of each format: HTML, Markdown cells and CSV fields.
#include "engine/report/batch/csv.hpp"
#include "engine/report/batch/html.hpp"
#include "engine/report/batch/markdown.hpp"

#include <catch2/catch.hpp>

using namespace lexgap::report::batch;

TEST_CASE("escape_html turns markup and both quotes into entities", "[report][escape]") {
  CHECK(escape_html("<a href=\"x\" title='y'>&amp;</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  CHECK(escape_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST_CASE("escape_html shows control characters as their pictures and keeps other text", "[report][escape]") {
  CHECK(escape_html("a\x1b[31mb\x07" "c\x7f") == "a\u241b[31mb\u2407c\u2421");
  CHECK(escape_html(std::string("nul\0end", 7)) == "nul\u2400end");
  CHECK(escape_html("tab\tand\nline") == "tab\tand\nline");
  CHECK(escape_html("Côte d’Ivoire – 12–16") == "Côte d’Ivoire – 12–16");
}

TEST_CASE("escape_markdown escapes table pipes, markup and line breaks", "[report][escape]") {
  CHECK(escape_markdown("a|b") == "a\\|b");
  CHECK(escape_markdown("one\ntwo\r\nthree") == "one<br>two<br>three");
  CHECK(escape_markdown("<script>") == "\\<script\\>");
  CHECK(escape_markdown("*em* _u_ `code` [t](u) ~s~ a\\b &amp;") ==
        "\\*em\\* \\_u\\_ \\`code\\` \\[t\\](u) \\~s\\~ a\\\\b \\&amp;");
  CHECK(escape_markdown("bell\x07") == "bell\u2407");
  CHECK(escape_markdown("OPSC-3.1.c.possess") == "OPSC-3.1.c.possess");
}

TEST_CASE("csv_field quotes only where RFC 4180 needs it and doubles quotes", "[report][escape]") {
  CHECK(csv_field("plain text") == "plain text");
  CHECK(csv_field("") == "");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csv_field("two\r\nlines") == "\"two\r\nlines\"");
}

TEST_CASE("csv_field keeps a spreadsheet from running a field as a formula", "[report][escape]") {
  CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("3(1)(c)") == "3(1)(c)");
  CHECK(csv_field("red\x1b[0m") == "red\u241b[0m");
}
