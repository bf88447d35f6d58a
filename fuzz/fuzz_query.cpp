// Fuzz target: one query expression (docs/query.md) through its parser, the
// term check against the bundled taxonomy, and, when it checks cleanly, its
// evaluation over every bundled jurisdiction.
// Invariants: no crash or sanitizer report; exactly one of "an expression" or
// "a diagnostic" comes out of the parser; every diagnostic is well placed.
#include "invariants.hpp"
#include "library.hpp"

#include "engine/query/query.hpp"
#include "grammar/query/parse_query.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace lexgap;
  auto const& library = fuzz::bundled_library();
  SourceFile file("<query>", std::string(reinterpret_cast<char const*>(data), size));
  auto parsed = query::parse_query(file);
  fuzz::require(parsed.expression.has_value() != !parsed.diagnostics.empty(),
                "a query must give an expression or a diagnostic, not both or neither");
  fuzz::require_well_placed(file, parsed.diagnostics);
  if (!parsed.expression) return 0;
  auto diagnostics = query::check(*parsed.expression, file, library.taxonomy());
  fuzz::require_well_placed(file, diagnostics);
  if (!diagnostics.empty()) return 0;
  auto answer = query::answer(*parsed.expression, library.jurisdictions());
  fuzz::require(answer.satisfied.size() + answer.unknown.size() + answer.not_satisfied.size() ==
                    library.jurisdictions().size(),
                "every jurisdiction is answered exactly once");
  return 0;
}
