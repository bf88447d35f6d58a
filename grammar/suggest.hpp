// "Did you mean ...?": the closest candidate by edit distance, if close enough.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgap {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, when its distance is at most a third of the
// word's length (at least 1, at most 3); ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, std::vector<std::string> const& candidates);

}  // namespace lexgap
