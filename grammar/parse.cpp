#include "grammar/parse.hpp"

#include "grammar/suggest.hpp"
#include "grammar/tokens.hpp"
#include "grammar/x3/blocks.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace lexgap {
namespace grammar::x3_detail {

// The one rule with an error handler: an expectation failure anywhere in a block
// unwinds to here, and only the first one is kept (one message per fault).
struct item_class : annotate_position {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& x, Context const& context) const {
    ParseState& state = x3::get<state_tag>(context).get();
    if (!state.failure_where) {
      state.failure_where = x.where();
      state.failure_what = x.which();
    }
    return x3::error_handler_result::fail;
  }
};

x3::rule<item_class, syntax::Item> const item = "a top-level block";
auto const item_def = source[take] | jurisdiction[take] | taxonomy[take] | baseline[take] | override_block[take] |
                      expected("a top-level block ('source', 'jurisdiction', 'taxonomy', 'baseline' or 'override')"
                               "\x1f" "source\x1f" "jurisdiction\x1f" "taxonomy\x1f" "baseline\x1f" "override");
BOOST_SPIRIT_DEFINE(item)

}  // namespace grammar::x3_detail

namespace {

namespace x3 = boost::spirit::x3;
using grammar::is_name_char;
using grammar::previous_token_end;
using grammar::skip_forward;
using grammar::token_end;

bool is_punctuation_expectation(std::string_view what) {
  return what.size() == 3 && what.front() == '\'' && what.back() == '\'' && !is_name_char(what[1]);
}

// The innermost '{' left open at the end of the text, scanning from the start
// of the block (strings and comments skipped).
std::optional<std::size_t> unclosed_brace(std::string_view text, std::size_t from) {
  std::vector<std::size_t> open;
  for (std::size_t i = from; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '"') {
      for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '{') {
      open.push_back(i);
    } else if (c == '}' && !open.empty()) {
      open.pop_back();
    }
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

Diagnostic syntax_error(SourceFile const& file, std::size_t item_start, std::size_t where,
                        std::string const& what_with_keywords) {
  std::string_view text = file.text();
  auto separator = what_with_keywords.find('\x1f');
  std::string what = what_with_keywords.substr(0, separator);
  std::vector<std::string> keywords;
  while (separator != std::string::npos) {
    auto next = what_with_keywords.find('\x1f', separator + 1);
    keywords.push_back(what_with_keywords.substr(separator + 1, next == std::string::npos ? next : next - separator - 1));
    separator = next;
  }

  std::size_t at = skip_forward(text, where);
  auto offset = [](std::size_t v) { return static_cast<std::uint32_t>(v); };

  if (is_punctuation_expectation(what) && at < text.size()) {
    // "expected ';'" belongs right after the last good token (clang's err_expected_after).
    std::size_t after = previous_token_end(text, at);
    auto d = file.diagnose(Severity::error, {offset(after), offset(after)}, "expected " + what);
    d.fix = what.substr(1, 1);
    return d;
  }
  if (what.rfind("'\"'", 0) == 0) {
    // An unterminated string: the fault is at the end of the line it started on.
    std::size_t after = previous_token_end(text, at);
    auto d = file.diagnose(Severity::error, {offset(after), offset(after)}, "expected " + what);
    std::size_t line_start = text.rfind('\n', after == 0 ? 0 : after - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t quote = text.find('"', line_start);
    if (quote < after) d.notes.push_back(file.note({offset(quote), offset(quote + 1)}, "the string starts here"));
    return d;
  }
  if (at >= text.size()) {
    std::size_t after = previous_token_end(text, text.size());
    auto d = file.diagnose(Severity::error, {offset(after), offset(after)}, "expected " + what + " at end of file");
    if (auto open = unclosed_brace(text, item_start))
      d.notes.push_back(file.note({offset(*open), offset(*open + 1)}, "to match this '{'"));
    return d;
  }
  std::size_t end = token_end(text, at);
  auto d = file.diagnose(Severity::error, {offset(at), offset(end)}, "expected " + what);
  // Ages, years, paragraphs and footnotes are counted from zero: say why "-1" is refused.
  if (what == "a number" && text[at] == '-' && at + 1 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '9')
    d.message += "; numbers in .lgl files are never negative";
  if (!keywords.empty() && is_name_char(text[at])) {
    std::string found(text.substr(at, end - at));
    if (auto best = closest_match(found, keywords)) {
      d.message += "; did you mean '" + *best + "'?";
      d.fix = *best;
    }
  }
  return d;
}

// After a fault, resume at the next line whose first word starts a top-level block.
std::size_t recovery_point(std::string_view text, std::size_t from) {
  static auto const keywords = top_level_keywords();
  std::size_t line = text.find('\n', from);
  while (line != std::string_view::npos) {
    std::size_t start = line + 1;
    std::size_t i = start;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t end = i;
    while (end < text.size() && is_name_char(text[end])) ++end;
    std::string_view word = text.substr(i, end - i);
    if (std::find(keywords.begin(), keywords.end(), word) != keywords.end()) return start;
    line = text.find('\n', start);
  }
  return text.size();
}

// Every position on a line costs time in proportion to the line's length
// (columns count code points from the start of the line), and each diagnostic
// keeps a copy of its line: one huge line would make checking quadratic in time
// and memory. Longer lines are refused before parsing.
constexpr std::size_t max_line_bytes = 16 * 1024;

std::optional<Diagnostic> long_line_fault(SourceFile const& file) {
  std::string_view text = file.text();
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    if (end - start > max_line_bytes) {
      std::size_t at = start + max_line_bytes;
      while ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // at a character's first byte
      auto offset = static_cast<std::uint32_t>(at);
      auto d = file.diagnose(Severity::error, {offset, offset + 1}, "line is longer than the 16 KiB limit");
      d.where.line_text.resize(at - start);  // shown up to the limit, the caret just after it
      return d;
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> top_level_keywords() { return {"source", "jurisdiction", "taxonomy", "baseline", "override"}; }

ParsedFile parse(SourceFile const& file) {
  using namespace grammar::x3_detail;
  ParsedFile result;
  auto fault = file.encoding_fault();
  if (!fault) fault = long_line_fault(file);
  if (fault) {
    result.diagnostics.push_back(*fault);
    return result;
  }
  std::string_view text = file.text();
  iterator_type const begin = text.data();
  iterator_type const end = text.data() + text.size();
  ParseState state;
  state.base = begin;

  std::size_t position = 0;
  while (true) {
    position = skip_forward(text, position);
    if (position >= text.size()) break;
    iterator_type first = begin + position;
    state.failure_where.reset();
    state.failure_what.clear();
    syntax::Item parsed;
    bool ok = x3::phrase_parse(first, end, x3::with<state_tag>(std::ref(state))[item], skipper, parsed);
    if (ok) {
      result.syntax.items.push_back(std::move(parsed));
      position = static_cast<std::size_t>(first - begin);
      continue;
    }
    std::size_t where = state.failure_where ? static_cast<std::size_t>(*state.failure_where - begin) : position;
    std::string what = state.failure_where ? state.failure_what : "a top-level block";
    result.diagnostics.push_back(syntax_error(file, position, where, what));
    position = recovery_point(text, std::max(where, position));
  }
  // Not an error (a file may be a placeholder), but never silence: an empty or
  // comment-only file is most often a mistake, e.g. a file truncated on save.
  if (result.syntax.items.empty() && result.diagnostics.empty())
    result.diagnostics.push_back(file.diagnose(
        Severity::warning, {0, 0},
        "file contains no blocks ('source', 'jurisdiction', 'taxonomy', 'baseline' or 'override')"));
  return result;
}

}  // namespace lexgap
