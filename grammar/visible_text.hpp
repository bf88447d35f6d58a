// Text from a source file made safe to show: a control character written into
// a corpus string or a file name must not drive the terminal (or a report
// reader) that displays it, so it is shown as its Unicode picture.
#pragma once

#include <string>
#include <string_view>

namespace lexgap {

// A C0 control character other than tab, line feed and carriage return, or
// DEL, as its visible picture (U+2400..U+241F, U+2421 for DEL: one column
// wide, so carets stay aligned); empty for any other byte.
std::string control_picture(unsigned char c);

// `text` for a terminal: every control character but tab and line feed shown
// as its picture (a carriage return too, which would let text overwrite its line).
std::string visible_controls(std::string_view text);

}  // namespace lexgap
