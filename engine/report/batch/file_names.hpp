// Output file names from jurisdiction codes. The checker restricts codes to
// ISO 3166 form, but a renderer must not trust that: a name is sanitized so
// that it can never leave the output folder nor clash with the index files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lexgap::report::batch {

// A file-name stem for a code: letters, digits, '-' and '_' kept, anything
// else (`/`, `\`, `.`, controls, non-ASCII) replaced by '_'; at most 64
// bytes; never empty; never a name the batch writes itself (index, findings).
std::string file_stem(std::string_view code);

// One stem per code, in order, made unique (also on case-insensitive file
// systems) by appending -2, -3, ...
std::vector<std::string> file_stems(std::vector<std::string> const& codes);

// The writer's last guard: a plain name inside a folder (no separator, not
// `.` or `..`, no leading dot, no control character, at most 255 bytes).
bool is_plain_file_name(std::string_view name);

}  // namespace lexgap::report::batch
