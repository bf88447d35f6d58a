// Building blocks shared by the grammar definitions: keyword and "expected"
// parsers with readable names, position annotation, and attribute actions.
// Seen only by the grammar's *_def.hpp files and parse.cpp.
#pragma once

#include "grammar/syntax.hpp"
#include "grammar/tokens.hpp"
#include "grammar/x3/config.hpp"

#include <string_view>
#include <type_traits>
#include <utility>

namespace lexgap::grammar::x3_detail {

using grammar::is_name_char;

// A whole word: `offence` matches "offence" but not "offences" or "offence-x".
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view word;

  constexpr explicit keyword_parser(std::string_view w) : word(w) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    x3::skip_over(first, last, context);
    Iterator i = first;
    for (char c : word) {
      if (i == last || *i != c) return false;
      ++i;
    }
    if (i != last && is_name_char(*i)) return false;
    first = i;
    return true;
  }
};

constexpr keyword_parser kw(std::string_view word) { return keyword_parser(word); }

// Never matches: raises "expected <what>" at the next token. Ends an
// alternative so that a fault names every form that would have been accepted.
// `what` may carry keywords after '\x1f' separators, for "did you mean".
struct expected_parser : x3::parser<expected_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  char const* what;

  constexpr explicit expected_parser(char const* w) : what(w) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    Iterator where = first;
    x3::skip_over(where, last, context);
    boost::throw_exception(x3::expectation_failure<Iterator>(where, what));
  }
};

constexpr expected_parser expected(char const* what) { return expected_parser(what); }

// Rule IDs derive from this (kept for X3's rule machinery and item's handler).
struct annotate_position {};

// Records the byte range a node was parsed from. X3 passes `unused` to
// on_success for rules whose definition has semantic actions, so the range is
// taken with raw[] and set on the rule's own attribute instead.
inline constexpr auto set_range = [](auto& ctx) {
  ParseState const& state = x3::get<state_tag>(ctx).get();
  auto const& r = x3::_attr(ctx);
  x3::_val(ctx).range = {static_cast<std::uint32_t>(r.begin() - state.base),
                         static_cast<std::uint32_t>(r.end() - state.base)};
};

template <typename Parser>
auto located(Parser const& parser) {
  return x3::raw[parser][set_range];
}

// Attribute actions: the grammar fills its nodes explicitly, which keeps X3's
// attribute-collapsing rules (cpp-notes §1.4.2) out of the way. The action's
// attribute is dead once the action has run, so it is moved, not copied: a
// copy at every level a provision climbs was the largest cost of parsing
// (bench/README.md). `move_into` guards the case where X3 hands the target
// itself in as the attribute, where a self-move would empty it.
template <typename Target, typename Value>
void move_into(Target& target, Value& value) {
  if constexpr (std::is_same_v<Target, Value>) {
    if (&target == &value) return;
  }
  target = std::move(value);
}

template <auto Member>
inline constexpr auto assign = [](auto& ctx) { move_into(x3::_val(ctx).*Member, x3::_attr(ctx)); };

template <auto Member>
inline constexpr auto append = [](auto& ctx) { (x3::_val(ctx).*Member).push_back(std::move(x3::_attr(ctx))); };

template <auto Member, auto Value>
inline constexpr auto set_to = [](auto& ctx) { x3::_val(ctx).*Member = Value; };

// The rule's own attribute is the parsed value as is.
inline constexpr auto take = [](auto& ctx) { move_into(x3::_val(ctx), x3::_attr(ctx)); };

}  // namespace lexgap::grammar::x3_detail

namespace boost::spirit::x3 {
template <>
struct get_info<lexgap::grammar::x3_detail::keyword_parser> {
  using result_type = std::string;
  std::string operator()(lexgap::grammar::x3_detail::keyword_parser const& p) const {
    return "'" + std::string(p.word) + "'";
  }
};
// What a wrapped parser expects is what its subject expects: `name[action]`
// is reported as "expected a name", not as a mangled type.
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};
template <typename Left, typename Right>
struct get_info<sequence<Left, Right>> {
  using result_type = std::string;
  std::string operator()(sequence<Left, Right> const& p) const { return what(p.left); }
};
template <typename Left, typename Right>
struct get_info<expect_directive<sequence<Left, Right>>> {
  using result_type = std::string;
  std::string operator()(expect_directive<sequence<Left, Right>> const& p) const { return what(p.subject); }
};
template <typename Left, typename Right>
struct get_info<alternative<Left, Right>> {
  using result_type = std::string;
  std::string operator()(alternative<Left, Right> const& p) const { return what(p.left) + " or " + what(p.right); }
};
template <>
struct get_info<lexgap::grammar::x3_detail::expected_parser> {
  using result_type = std::string;
  std::string operator()(lexgap::grammar::x3_detail::expected_parser const& p) const { return p.what; }
};
}  // namespace boost::spirit::x3
