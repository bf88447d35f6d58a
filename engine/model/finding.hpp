// The result of comparing one jurisdiction with one requirement (four-valued,
// never two: silence is unknown, not gap).
#pragma once

#include "engine/model/facts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexgap::model {

enum class Result { met, partial, gap, unknown, not_applicable, not_selected };

char const* to_string(Result result);
std::optional<Result> result_from_string(std::string const& word);

// One provision or statement a finding rests on.
struct Evidence {
  std::string statement;  // "provision nl-under-12", "measure victim.video-link"
  std::string summary;    // what it says, in the language's words
  Provenance provenance;
};

// A reviewer's correction, kept beside the computed result.
struct Override {
  std::string jurisdiction;
  std::string requirement;
  Result result = Result::unknown;
  std::string authority;
  std::string date;
  std::string remark;
  Origin origin;
};

struct Finding {
  std::string jurisdiction;
  std::string requirement;
  Result computed = Result::unknown;
  std::optional<Override> override_;
  std::string explanation;              // the exact shortfall or why it is met, computed
  std::vector<std::string> trace;       // one line per expectation checked
  std::vector<Evidence> evidence;

  Result result() const { return override_ ? override_->result : computed; }
};

}  // namespace lexgap::model
