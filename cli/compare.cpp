// lexgap compare / explain / baselines: findings for files against a baseline.
#include "cli/command.hpp"

#include "engine/compare/compare.hpp"
#include "engine/report/findings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <span>

namespace lexgap::cli {

namespace {

Action add_compare(CLI::App& app, GlobalOptions& global) {
  struct Options {
    InputOptions input;
    std::string baseline = "opsc";
    std::string format = "text";
    std::vector<std::string> overrides;
    bool with_pending = false;
    std::string fail_on;
  };
  auto o = std::make_shared<Options>();
  auto* command = app.add_subcommand("compare", "Compare jurisdiction files with a baseline and print findings");
  add_input_options(*command, o->input, "Jurisdiction files or folders (default: the bundled corpus)");
  command->add_option("--baseline", o->baseline, "Baseline or profile id (see 'lexgap baselines')");
  command->add_option("--format", o->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  command->add_option("--overrides", o->overrides, "Files of reviewer overrides");
  command->add_flag("--with-pending", o->with_pending, "Count pending bills and drafts as law");
  command->add_option("--fail-on", o->fail_on, "Exit 1 if any finding is at least this bad: gap or partial")
      ->check(CLI::IsMember({"gap", "partial"}));
  command->footer("Examples:\n  lexgap compare --baseline opsc corpus/jurisdictions/NL.lgl\n"
                  "  lexgap compare --baseline lanzarote --format json corpus/jurisdictions/\n"
                  "  lexgap compare --fail-on gap my-draft.lgl");
  return [o, &global] {
    auto input = o->input;
    input.paths.insert(input.paths.end(), o->overrides.begin(), o->overrides.end());
    auto const& ws = load_and_report(global, input, {(default_corpus_dir() / "jurisdictions").string()});
    auto const* baseline = find_baseline(ws, o->baseline);
    if (!baseline) return exit_usage;
    // Compared and written a part at a time: a batch of thousands never holds
    // all its findings (bench/README.md); the output is the same bytes.
    constexpr std::size_t part_size = 256;
    compare::CompareOptions options{o->with_pending};
    std::optional<report::FindingsJsonWriter> json;
    if (o->format == "json") json.emplace(std::cout, *baseline, report::FindingsRun{o->with_pending, {}}, 0);
    bool failing = false;
    std::span<model::Jurisdiction const> all(ws.jurisdictions);
    for (std::size_t first = 0; first < all.size(); first += part_size) {
      auto part = all.subspan(first, std::min(part_size, all.size() - first));
      auto findings = compare::compare_all(part, *baseline, ws.taxonomy, ws.overrides, options, 0);
      if (json)
        json->write(part, findings);
      else
        print_text(report::findings_text(*baseline, part, findings));
      failing = failing || fails_on(findings, o->fail_on);
    }
    if (json) json->finish();
    return ws.has_errors() || failing ? exit_findings_or_input : exit_ok;
  };
}

Action add_explain(CLI::App& app, GlobalOptions& global) {
  struct Options {
    std::string file;
    std::string baseline = "opsc";
    std::string requirement;
    std::vector<std::string> overrides;
    bool with_pending = false;
  };
  auto o = std::make_shared<Options>();
  auto* command = app.add_subcommand("explain", "Trace one finding back to provisions and source paragraphs");
  command->add_option("--baseline", o->baseline, "Baseline or profile id");
  command->add_flag("--with-pending", o->with_pending, "Count pending bills and drafts as law");
  command->add_option("--overrides", o->overrides, "Files of reviewer overrides");
  command->add_option("file", o->file, "The jurisdiction file")->required();
  command->add_option("requirement", o->requirement, "Requirement id, e.g. OPSC-3.1.b.child-prostitution")->required();
  command->footer("Example:\n  lexgap explain --baseline opsc corpus/jurisdictions/NL.lgl OPSC-3.1.b.child-prostitution");
  return [o, &global] {
    InputOptions input;
    input.paths = {o->file};
    input.paths.insert(input.paths.end(), o->overrides.begin(), o->overrides.end());
    auto const& ws = load_and_report(global, input);
    auto const* baseline = find_baseline(ws, o->baseline);
    if (!baseline) return exit_usage;
    auto const* requirement = baseline->find(o->requirement);
    if (!requirement) {
      std::cerr << "lexgap: baseline '" << baseline->id << "' has no requirement '" << o->requirement << "'\n";
      return exit_usage;
    }
    if (ws.jurisdictions.empty()) {
      std::cerr << "lexgap: no jurisdiction could be read from " << o->file << "\n";
      return exit_findings_or_input;
    }
    int status = ws.has_errors() ? exit_findings_or_input : exit_ok;
    for (auto const& j : ws.jurisdictions) {
      auto f = compare::evaluate(j, *requirement, ws.taxonomy, {o->with_pending});
      for (auto const& ov : ws.overrides)
        if (ov.jurisdiction == j.code && ov.requirement == requirement->id) f.override_ = ov;
      print_text(report::explain_text(j, *requirement, f));
    }
    return status;
  };
}

Action add_baselines(CLI::App& app, GlobalOptions& global) {
  auto* command = app.add_subcommand("baselines", "List baselines and profiles with their requirement counts");
  return [&global, command] {
    (void)command;
    auto const& ws = load_and_report(global, {});
    print_text(fmt::format("{:<26} {:<12} {:>9} {:>9}  {}\n", "baseline", "extends", "selected", "total", "title"));
    for (auto const& [id, b] : ws.baselines)
      print_text(fmt::format("{:<26} {:<12} {:>9} {:>9}  {}\n", id, b.extends.empty() ? "-" : b.extends,
                             b.selected_count(), b.requirements.size(), b.title));
    return ws.has_errors() ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const compare_registration(20, add_compare);
CommandRegistration const explain_registration(30, add_explain);
CommandRegistration const baselines_registration(90, add_baselines);

}  // namespace
}  // namespace lexgap::cli
