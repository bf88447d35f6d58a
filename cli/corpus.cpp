// lexgap corpus: the evidence behind each jurisdiction, at a glance.
#include "cli/command.hpp"

#include "engine/report/corpus_summary.hpp"

#include <iostream>

namespace lexgap::cli {
namespace {

Action add_corpus(CLI::App& app, GlobalOptions& global) {
  struct Options {
    InputOptions input;
    std::string format = "text";
  };
  auto o = std::make_shared<Options>();
  auto* command = app.add_subcommand("corpus", "Summarize the evidence: cited statements and issue areas per jurisdiction");
  add_input_options(*command, o->input, "Jurisdiction files or folders (default: the bundled corpus)");
  command->add_option("--format", o->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  command->footer("Example:\n  lexgap corpus");
  return [o, &global] {
    auto const& ws = load_and_report(global, o->input, {(default_corpus_dir() / "jurisdictions").string()});
    std::vector<report::EvidenceSummary> rows;
    for (auto const& j : ws.jurisdictions) rows.push_back(report::summarize_evidence(j, ws.taxonomy));
    if (o->format == "json") std::cout << report::to_json(rows).dump(2) << "\n";
    else print_text(report::evidence_table(rows));
    return ws.has_errors() ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const registration(80, add_corpus);

}  // namespace
}  // namespace lexgap::cli
