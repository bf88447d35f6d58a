// Building blocks shared by the grammar definitions: keyword and "expected"
// parsers with readable names, position annotation, and attribute actions.
// Seen only by the grammar's *_def.hpp files and parse.cpp.
#pragma once

#include "grammar/syntax.hpp"
#include "grammar/x3/config.hpp"

#include <string_view>
#include <type_traits>

namespace lexgap::grammar::x3_detail {

inline bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

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

// Every rule ID derives from this: it records the byte range of each node.
struct annotate_position {
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(Iterator const& first, Iterator const& last, Attribute& attribute, Context const& context) const {
    if constexpr (std::is_base_of_v<syntax::Located, Attribute>) {
      ParseState& state = x3::get<state_tag>(context).get();
      attribute.range = {static_cast<std::uint32_t>(first - state.base),
                         static_cast<std::uint32_t>(last - state.base)};
    }
  }
};

// Attribute actions: the grammar fills its nodes explicitly, which keeps X3's
// attribute-collapsing rules (cpp-notes §1.4.2) out of the way.
template <auto Member>
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx).*Member = x3::_attr(ctx); };

template <auto Member>
inline constexpr auto append = [](auto& ctx) { (x3::_val(ctx).*Member).push_back(x3::_attr(ctx)); };

template <auto Member, auto Value>
inline constexpr auto set_to = [](auto& ctx) { x3::_val(ctx).*Member = Value; };

// The rule's own attribute is the parsed value as is.
inline constexpr auto take = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

}  // namespace lexgap::grammar::x3_detail

namespace boost::spirit::x3 {
template <>
struct get_info<lexgap::grammar::x3_detail::keyword_parser> {
  using result_type = std::string;
  std::string operator()(lexgap::grammar::x3_detail::keyword_parser const& p) const {
    return "'" + std::string(p.word) + "'";
  }
};
template <>
struct get_info<lexgap::grammar::x3_detail::expected_parser> {
  using result_type = std::string;
  std::string operator()(lexgap::grammar::x3_detail::expected_parser const& p) const { return p.what; }
};
}  // namespace boost::spirit::x3
