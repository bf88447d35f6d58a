// The ranking and gap profiles as text (terminal), CSV (one row per
// jurisdiction) and JSON (docs/scoring.md, "Output").
#pragma once

#include "engine/score/clusters.hpp"
#include "engine/score/ranking.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace lexgap::score {

inline constexpr int ranking_schema_version = 1;

// How many shortfalls the text shows per jurisdiction.
inline constexpr std::size_t text_shortfalls = 3;

std::string ranking_text(CoverageMatrix const& coverage, Ranking const& ranking, Clustering const& clustering);
std::string ranking_csv(Ranking const& ranking, Clustering const& clustering);
nlohmann::json ranking_json(CoverageMatrix const& coverage, Ranking const& ranking, Clustering const& clustering);

}  // namespace lexgap::score
