// Semantic checks shared by every normalization pass: term lookup with "did
// you mean", numbers and ages, citations against their sources, provenance.
#pragma once

#include "engine/model/age_band.hpp"
#include "engine/model/facts.hpp"
#include "engine/model/source.hpp"
#include "engine/model/taxonomy.hpp"
#include "grammar/source_file.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lexgap::normalize {

inline constexpr std::size_t max_name_length = 128;
inline constexpr std::uint64_t max_number = 999'999;

class Checker {
 public:
  Checker(SourceFile const& file, std::map<std::string, model::Source> const& sources,
          model::Taxonomy const& taxonomy, bool strict, std::vector<Diagnostic>& out);

  SourceFile const& file() const { return file_; }
  model::Taxonomy const& taxonomy() const { return taxonomy_; }

  void error(syntax::Range range, std::string message, std::vector<DiagnosticNote> notes = {});
  void warning(syntax::Range range, std::string message);
  // A warning that becomes an error under --strict.
  void strict_warning(syntax::Range range, std::string message);
  DiagnosticNote note(syntax::Range range, std::string message) const { return file_.note(range, std::move(message)); }

  model::Origin origin(syntax::Range range) const;
  std::string name(syntax::Name const& name);
  std::optional<int> number(syntax::Number const& number);
  std::optional<int> age(syntax::Number const& number);
  std::optional<model::AgeBand> age_band(syntax::AgeBand const& band);
  std::string date(syntax::Date const& date);

  // Checks that `name` is a defined term of `kind`; reports it otherwise.
  bool term(model::TermKind kind, syntax::Name const& name);
  std::vector<std::string> terms(model::TermKind kind, syntax::NameList const& names);

  model::Citation citation(syntax::Citation const& citation);
  // Citations, status and notes of a statement; warns when there is no citation.
  model::Provenance provenance(syntax::Modifiers const& modifiers, syntax::Range statement);
  void add_modifier(model::Provenance& provenance, syntax::Citation const& citation);
  void add_modifier(model::Provenance& provenance, syntax::StatusModifier const& status);
  void add_modifier(model::Provenance& provenance, syntax::Note const& note);
  void require_citation(model::Provenance const& provenance, syntax::Range statement, char const* what);

 private:
  SourceFile const& file_;
  std::map<std::string, model::Source> const& sources_;
  model::Taxonomy const& taxonomy_;
  bool strict_;
  std::vector<Diagnostic>& out_;
};

}  // namespace lexgap::normalize
