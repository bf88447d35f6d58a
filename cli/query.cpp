// lexgap query: the jurisdictions whose normalized rules satisfy an expression.
#include "cli/command.hpp"

#include "engine/query/query.hpp"
#include "grammar/query/parse_query.hpp"

#include <iostream>

namespace lexgap::cli {

namespace {

Action add_query(CLI::App& app, GlobalOptions& global) {
  struct Options {
    std::string expression;
    InputOptions input;
    std::string format = "text";
  };
  auto o = std::make_shared<Options>();
  auto* command = app.add_subcommand("query", "List the jurisdictions whose rules satisfy an expression (docs/query.md)");
  command->add_option("expression", o->expression, "The query, e.g. 'child-age >= 18 and not measure isp.must-report'")
      ->required();
  add_input_options(*command, o->input, "Jurisdiction files or folders (default: the bundled corpus)");
  command->add_option("--format", o->format, "Output: text or json")->check(CLI::IsMember({"text", "json"}));
  command->footer("Each jurisdiction satisfies the expression, does not, or is unknown: the sources do not settle it.\n"
                  "Exit status: 0 ok; 1 errors in the input files; 2 a bad query.\n"
                  "Examples:\n  lexgap query 'child-age >= 18'\n"
                  "  lexgap query 'sexual-abuse.absolute-below < 14 or lacks measure recidivism.offender-treatment'\n"
                  "  lexgap query --format json 'offence child-pornography conducts possess' corpus/jurisdictions/");
  return [o, &global] {
    RenderOptions render_options{stderr_color(global)};
    SourceFile text("<query>", o->expression);
    auto parsed = query::parse_query(text);
    for (auto const& d : parsed.diagnostics) std::cerr << render(d, render_options);
    if (!parsed.expression) return exit_usage;

    auto const& ws = load_and_report(global, o->input, {(default_corpus_dir() / "jurisdictions").string()});
    auto faults = query::check(*parsed.expression, text, ws.taxonomy);
    for (auto const& d : faults) std::cerr << render(d, render_options);
    if (!faults.empty()) return exit_usage;

    auto answer = query::answer(*parsed.expression, ws.jurisdictions);
    if (o->format == "json")
      std::cout << query::answer_json(o->expression, answer).dump(2) << "\n";
    else
      print_text(query::answer_text(answer));
    return ws.has_errors() ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const registration(60, add_query);

}  // namespace
}  // namespace lexgap::cli
