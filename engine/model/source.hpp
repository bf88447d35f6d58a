// A document facts are cited to.
#pragma once

#include "engine/model/facts.hpp"

#include <optional>
#include <string>

namespace lexgap::model {

using syntax::SourceKind;

struct Source {
  std::string id;
  std::string title;
  SourceKind kind = SourceKind::other;
  std::string symbol, body, session, date, url, note;
  std::optional<std::pair<unsigned, unsigned>> paragraphs;  // inclusive range
  std::optional<std::pair<unsigned, unsigned>> footnotes;
  Origin origin;
};

char const* to_string(SourceKind kind);

}  // namespace lexgap::model
