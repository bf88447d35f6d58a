// What every normalized fact carries: where the source says it, its legal
// status, the reviewer's notes, and where it is written in the .lgl file.
#pragma once

#include "grammar/syntax.hpp"

#include <string>
#include <vector>

namespace lexgap::model {

using syntax::LocatorKind;
using syntax::Status;

struct Citation {
  std::string source;  // source id, e.g. "un2009"
  LocatorKind kind = LocatorKind::paragraph;
  std::vector<unsigned> numbers;
  std::string label;  // article/section label

  // "un2009 para 13", "un2009 paras 22, 26", "stgb section \"176\""
  std::string text() const;
};

// A position in a .lgl file, resolved once at normalization.
struct Origin {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
};

struct Provenance {
  std::vector<Citation> citations;
  std::vector<std::string> notes;
  Status status = Status::in_force;
  std::string since;  // date the status took effect, if given
  Origin origin;

  bool in_force() const { return status == Status::in_force; }
  std::string citation_text() const;  // "un2009 para 13; un2009 footnote 1"
};

char const* to_string(Status status);

}  // namespace lexgap::model
