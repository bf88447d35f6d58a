// The vocabulary every file is written in, and the "covers" relation between
// terms, kept as a Boost.Graph DAG: coverage is reachability. The reachability
// table is kept up to date as covers are added, because the comparison asks
// for coverage for every provision and requirement.
#pragma once

#include "grammar/syntax.hpp"

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexgap::model {

using syntax::TermKind;

char const* to_string(TermKind kind);

struct Term {
  TermKind kind = TermKind::family;
  std::string name;
  std::string description;
  std::string area;  // issue-area letter of the 2009 report (a)-(n), if given
  // For a family: the circumstances its definition already contains (OPSC 2(b):
  // child prostitution is the use of a child "for remuneration or any other form
  // of consideration"), so protection "when payment" protects every such act.
  std::vector<std::string> defined_by;
};

enum class Coverage { none, partial, full };

class Taxonomy {
 public:
  Taxonomy();
  ~Taxonomy();
  Taxonomy(Taxonomy&&) noexcept;
  Taxonomy& operator=(Taxonomy&&) noexcept;

  // Returns false if (kind, name) is already defined.
  bool add_term(Term term);
  // `from` covers `to` (a provision stated with `from` satisfies `to`).
  void add_cover(TermKind kind, std::string const& from, std::string const& to, bool partially);

  Term const* find(TermKind kind, std::string_view name) const;
  std::vector<Term const*> find_any_kind(std::string_view name) const;
  std::vector<std::string> names(TermKind kind) const;

  // How well a provision stated with `from` satisfies a requirement stated with
  // `to`: full along a path of full edges; partial if any edge on every path
  // is partial. A term always fully covers itself.
  Coverage coverage(TermKind kind, std::string_view from, std::string_view to) const;

  // A cycle in the covers relation, as the names along it (first == last), if any.
  std::optional<std::vector<std::string>> find_cycle() const;

  std::size_t size() const;

 private:
  static constexpr std::size_t kind_count = static_cast<std::size_t>(TermKind::aggravation) + 1;
  struct Graph;
  // By kind, then by name (std::less<>: found by string_view, no copy).
  std::array<std::map<std::string, Term, std::less<>>, kind_count> terms_;
  std::unique_ptr<Graph> graph_;
};

}  // namespace lexgap::model
