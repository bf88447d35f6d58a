// findings.csv: one row per reported finding, for spreadsheets (RFC 4180:
// comma-separated, CRLF line ends, fields quoted where needed, UTF-8 without BOM).
#pragma once

#include "engine/report/batch/batch.hpp"

#include <string>
#include <string_view>

namespace lexgap::report::batch {

// One field: quoted when it holds a comma, quote or line break (quotes
// doubled). A field that a spreadsheet would run as a formula (starting with
// = + - @ or a tab or carriage return) gets a leading apostrophe (OWASP, "CSV injection").
// Control characters other than tab and line breaks become their visible pictures.
std::string csv_field(std::string_view text);

// Columns: jurisdiction, name, requirement, article, strength, severity,
// result, computed, override, explanation, evidence.
std::string findings_csv(Batch const& batch);

}  // namespace lexgap::report::batch
