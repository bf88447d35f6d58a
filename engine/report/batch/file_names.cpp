#include "engine/report/batch/file_names.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace lexgap::report::batch {

namespace {

constexpr std::size_t max_stem_bytes = 64;

bool stem_char(unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

std::string file_stem(std::string_view code) {
  std::string stem;
  for (unsigned char c : code.substr(0, max_stem_bytes)) stem += stem_char(c) ? static_cast<char>(c) : '_';
  if (stem.empty()) stem = "_";
  // The batch's own files: a jurisdiction page must not replace them.
  if (auto l = lower(stem); l == "index" || l == "findings") stem = "_" + stem;
  return stem;
}

std::vector<std::string> file_stems(std::vector<std::string> const& codes) {
  std::vector<std::string> stems;
  std::set<std::string> taken;
  for (auto const& code : codes) {
    auto base = file_stem(code);
    auto stem = base;
    for (int n = 2; !taken.insert(lower(stem)).second; ++n) stem = base + "-" + std::to_string(n);
    stems.push_back(stem);
  }
  return stems;
}

bool is_plain_file_name(std::string_view name) {
  if (name.empty() || name.size() > 255 || name.front() == '.') return false;
  return std::none_of(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f || c == '/' || c == '\\'; });
}

}  // namespace lexgap::report::batch
