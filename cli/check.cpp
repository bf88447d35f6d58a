// lexgap check: parse and check .lgl files; print the normalized rules.
#include "cli/command.hpp"

#include "engine/report/model_json.hpp"
#include "engine/report/rules_text.hpp"

#include <iostream>

namespace lexgap::cli {

namespace {

Action add_check(CLI::App& app, GlobalOptions& global) {
  struct Options {
    InputOptions input;
    std::string format = "text";
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("check", "Check .lgl files and print their normalized rules");
  add_input_options(*command, options->input, "Files or folders of .lgl files (default: the bundled corpus)");
  command->add_option("--format", options->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  command->footer("Examples:\n  lexgap check corpus/jurisdictions/NL.lgl\n  lexgap check --strict corpus/\n"
                  "  lexgap check --format json my-draft.lgl");
  return [options, &global] {
    auto const& ws = load_and_report(global, options->input, {(default_corpus_dir() / "jurisdictions").string()});
    if (options->format == "json") {
      nlohmann::json out = {{"schema_version", report::model_schema_version}};
      auto& list = out["jurisdictions"] = nlohmann::json::array();
      for (auto const& j : ws.jurisdictions) list.push_back(report::to_json(j));
      auto& diagnostics = out["diagnostics"] = nlohmann::json::array();
      for (auto const& d : ws.diagnostics) diagnostics.push_back(report::to_json(d));
      std::cout << out.dump(2) << "\n";
    } else {
      for (auto const& j : ws.jurisdictions) print_text(report::rules_text(j) + "\n");
    }
    return ws.has_errors() ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const registration(10, add_check);

}  // namespace
}  // namespace lexgap::cli
