// The iterator, skipper and context every grammar translation unit is
// instantiated with. They must match exactly across TUs (cpp-notes §1.4.4).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <functional>
#include <optional>
#include <string>

namespace lexgap::grammar::x3_detail {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;

// The first expectation failure of the current top-level item, and the start of
// the text (for byte offsets in annotations).
struct ParseState {
  char const* base = nullptr;
  std::optional<iterator_type> failure_where;
  std::string failure_what;
};
struct state_tag;

// Whitespace (CR included, so CRLF files parse) and `#` comments.
inline auto const skipper = x3::ascii::space | (x3::lit('#') >> *(x3::char_ - x3::eol));
using skipper_type = std::remove_cv_t<decltype(skipper)>;

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<state_tag, std::reference_wrapper<ParseState>, phrase_context_type>;

}  // namespace lexgap::grammar::x3_detail
