// Fuzz target: one .lgl file through the front end and every normalization
// pass, against the bundled sources, taxonomy and baselines.
// Invariants: no crash or sanitizer report; a file gives blocks or a
// diagnostic (never silence); every diagnostic is well placed.
#include "invariants.hpp"
#include "library.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace lexgap;
  auto const& library = fuzz::bundled_library();
  SourceFile file("<fuzz>.lgl", std::string(reinterpret_cast<char const*>(data), size));
  ParsedFile parsed = parse(file);
  fuzz::require(!parsed.syntax.items.empty() || !parsed.diagnostics.empty(),
                "a file without blocks must be reported (an error, or the no-blocks warning)");
  fuzz::require_well_placed(file, parsed.diagnostics);
  fuzz::require_well_placed(file, library.check(file, parsed));
  return 0;
}
