#include "grammar/tokens.hpp"

#include <algorithm>

namespace lexgap::grammar {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The end of the code on the line [start, end): before any comment, trailing
// space removed. Strings are respected so a '#' inside quotes is not a comment.
std::size_t code_end(std::string_view text, std::size_t start, std::size_t end) {
  bool in_string = false;
  std::size_t last = start;
  for (std::size_t i = start; i < end; ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      last = i + 1;
    } else if (c == '#') {
      break;
    } else if (c == '"') {
      in_string = true;
      last = i + 1;
    } else if (!is_space(c)) {
      last = i + 1;
    }
  }
  return last;
}

}  // namespace

std::size_t skip_forward(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (is_space(text[i])) {
      ++i;
    } else if (text[i] == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      break;
    }
  }
  return i;
}


std::size_t previous_token_end(std::string_view text, std::size_t at) {
  std::size_t line_end = at;
  while (true) {
    std::size_t line_start = text.rfind('\n', line_end == 0 ? 0 : line_end - 1);
    line_start = (line_start == std::string_view::npos || line_end == 0) ? 0 : line_start + 1;
    if (line_start > line_end) line_start = line_end;
    std::size_t end = code_end(text, line_start, line_end);
    if (end > line_start || line_start == 0) return end;
    line_end = line_start - 1;
  }
}

std::size_t token_end(std::string_view text, std::size_t at) {
  if (at >= text.size()) return at;
  if (is_name_char(text[at])) {
    std::size_t i = at;
    while (i < text.size() && is_name_char(text[i])) ++i;
    return i;
  }
  if (text[at] == '"') {
    std::size_t i = at + 1;
    while (i < text.size() && text[i] != '"' && text[i] != '\n') ++i;
    return std::min(text.size(), i + 1);
  }
  // One UTF-8 character.
  std::size_t i = at + 1;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

}  // namespace lexgap::grammar
