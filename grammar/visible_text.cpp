#include "grammar/visible_text.hpp"

namespace lexgap {

std::string control_picture(unsigned char c) {
  if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0x7f)) return {};
  // UTF-8 of U+2400 + c (U+2400..U+241F), or U+2421 for DEL.
  auto last = static_cast<char>(c == 0x7f ? 0xa1 : 0x80 + c);
  return {'\xe2', '\x90', last};
}

std::string visible_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\r')
      out += "\xe2\x90\x8d";  // U+240D
    else if (auto picture = control_picture(c); !picture.empty())
      out += picture;
    else
      out += ch;
  }
  return out;
}

}  // namespace lexgap
