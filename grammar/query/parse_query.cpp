// Driving the query grammar and turning its faults into diagnostics that read
// like the .lgl file diagnostics (grammar/parse.cpp).
#include "grammar/query/parse_query.hpp"

#include "grammar/tokens.hpp"

#include "grammar/query/x3/query_rules.hpp"
#include "grammar/suggest.hpp"

#include <algorithm>
#include <string>
#include <string_view>

namespace lexgap::query {
namespace {

namespace x3 = boost::spirit::x3;
using grammar::is_name_char;
using grammar::previous_token_end;
using grammar::skip_forward;
using grammar::token_end;

// The start of the name that ends at `end`, or `end` if none does.
std::size_t name_start(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i > 0 && is_name_char(text[i - 1])) --i;
  return i;
}

std::vector<std::string> keywords_of(std::string const& what_with_keywords) {
  std::vector<std::string> keywords;
  auto separator = what_with_keywords.find('\x1f');
  while (separator != std::string::npos) {
    auto next = what_with_keywords.find('\x1f', separator + 1);
    keywords.push_back(what_with_keywords.substr(separator + 1, next == std::string::npos ? next : next - separator - 1));
    separator = next;
  }
  return keywords;
}

syntax::Range range(std::size_t begin, std::size_t end) {
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

// "expected WHAT" at the token at `where` (or at the end of the query), with
// "did you mean" when the token is a name close to one of WHAT's keywords.
Diagnostic syntax_error(SourceFile const& file, std::size_t where, std::string const& what_with_keywords) {
  std::string_view text = file.text();
  std::string what = what_with_keywords.substr(0, what_with_keywords.find('\x1f'));
  std::size_t at = skip_forward(text, where);
  if (at >= text.size()) {
    std::size_t after = previous_token_end(text, text.size());
    return file.diagnose(Severity::error, range(after, after), "expected " + what + " at end of query");
  }
  std::size_t end = token_end(text, at);
  auto d = file.diagnose(Severity::error, range(at, end), "expected " + what);
  if (is_name_char(text[at]))
    if (auto best = closest_match(text.substr(at, end - at), keywords_of(what_with_keywords))) {
      d.message += "; did you mean '" + *best + "'?";
      d.fix = *best;
    }
  return d;
}

// Whether the name ending at `end` stands where a condition starts: first in
// the query, or after '(', 'and', 'or' or 'not'.
bool starts_condition(std::string_view text, std::size_t end) {
  std::size_t before = previous_token_end(text, name_start(text, end));
  if (before == 0) return true;
  if (text[before - 1] == '(') return true;
  std::string_view word = text.substr(name_start(text, before), before - name_start(text, before));
  return word == "and" || word == "or" || word == "not";
}

// A complete expression followed by more text. When a lone name was read as a
// measure and another name follows ("ofence child-pornography"), the lone name
// is more likely a misspelt keyword than a missing 'and'.
Diagnostic trailing_text_error(SourceFile const& file, std::size_t where) {
  std::string_view text = file.text();
  std::size_t at = skip_forward(text, where);
  std::size_t previous_end = previous_token_end(text, at);
  std::size_t previous_start = name_start(text, previous_end);
  if (at < text.size() && is_name_char(text[at]) && previous_start < previous_end && starts_condition(text, previous_end)) {
    auto word = text.substr(previous_start, previous_end - previous_start);
    auto keywords = keywords_of(grammar::x3_detail::expected_condition);
    if (std::find(keywords.begin(), keywords.end(), word) == keywords.end() && closest_match(word, keywords))
      return syntax_error(file, previous_start, grammar::x3_detail::expected_condition);
  }
  return syntax_error(file, at, "'and', 'or' or the end of the query\x1f" "and\x1f" "or");
}

// Parentheses deeper than max_nesting, found before parsing so the parser
// never recurses that deep. Comments are skipped as the parser skips them.
std::optional<Diagnostic> nesting_fault(SourceFile const& file) {
  std::string_view text = file.text();
  int depth = 0;
  for (std::size_t i = skip_forward(text, 0); i < text.size(); i = skip_forward(text, i + 1)) {
    if (text[i] == ')' && depth > 0) --depth;
    if (text[i] != '(' || ++depth <= max_nesting) continue;
    return file.diagnose(Severity::error, range(i, i + 1),
                         "parentheses are nested more than " + std::to_string(max_nesting) + " deep");
  }
  return std::nullopt;
}

}  // namespace

ParsedQuery parse_query(SourceFile const& file) {
  using namespace grammar::x3_detail;
  ParsedQuery result;
  if (auto fault = nesting_fault(file)) {
    result.diagnostics.push_back(*fault);
    return result;
  }
  std::string_view text = file.text();
  iterator_type const begin = text.data();
  iterator_type const end = text.data() + text.size();
  iterator_type first = begin;
  ParseState state;
  state.base = begin;
  query::Expression expression;
  try {
    bool ok = x3::phrase_parse(first, end, x3::with<state_tag>(std::ref(state))[query_expression], skipper, expression);
    if (ok && first == end)
      result.expression = std::move(expression);
    else
      result.diagnostics.push_back(trailing_text_error(file, static_cast<std::size_t>(first - begin)));
  } catch (x3::expectation_failure<iterator_type> const& failure) {
    result.diagnostics.push_back(syntax_error(file, static_cast<std::size_t>(failure.where() - begin), failure.which()));
  }
  return result;
}

}  // namespace lexgap::query
