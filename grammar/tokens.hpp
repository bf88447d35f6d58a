// Token-level scanning of source text, shared by the error reporting of the
// .lgl parser and of the query parser: where a fault's caret goes.
#pragma once

#include <cstddef>
#include <string_view>

namespace lexgap::grammar {

// A character of a name: letters, digits, '-', '_' and '.' (docs/language.md).
inline bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

// Skips white space and `#` comments forward from `i`.
std::size_t skip_forward(std::string_view text, std::size_t i);

// The end of the last token before `at` (only white space and comments lie
// between): where "expected ';'" belongs.
std::size_t previous_token_end(std::string_view text, std::size_t at);

// The extent of the token at `at` (a name, a string, or one UTF-8 character), to underline it.
std::size_t token_end(std::string_view text, std::size_t at);

}  // namespace lexgap::grammar
