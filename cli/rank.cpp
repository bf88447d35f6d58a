// lexgap rank: jurisdictions by need against a baseline, with evidence
// coverage, rank intervals under weight perturbation and gap profiles.
#include "cli/command.hpp"

#include "engine/compare/compare.hpp"
#include "engine/score/rank_report.hpp"

#include <iostream>

namespace lexgap::cli {

namespace {

Action add_rank(CLI::App& app, GlobalOptions& global) {
  struct Options {
    InputOptions input;
    std::string baseline = "opsc";
    std::string model = "weighted";
    std::size_t samples = 10000;
    std::uint64_t seed = 1;
    std::size_t k = 0;
    std::string format = "text";
    std::vector<std::string> overrides;
    bool with_pending = false;
  };
  auto o = std::make_shared<Options>();
  auto* command =
      app.add_subcommand("rank", "Rank jurisdictions by need and group them by gap profile (docs/scoring.md)");
  add_input_options(*command, o->input, "Jurisdiction files or folders (default: the bundled corpus)");
  command->add_option("--baseline", o->baseline, "Baseline or profile id (see 'lexgap baselines')");
  command->add_option("--model", o->model, "Scoring model: weighted (default), flat, flat-unweighted or absolute")
      ->check(CLI::IsMember({"weighted", "flat", "flat-unweighted", "absolute"}));
  command->add_option("--samples", o->samples, "Weight samples for the rank intervals (0: none)");
  command->add_option("--seed", o->seed, "Seed of the weight samples");
  command->add_option("--k", o->k, "Number of gap-profile groups (default: chosen by silhouette)")
      ->check(CLI::PositiveNumber);
  command->add_option("--format", o->format, "Output: text, csv or json")
      ->check(CLI::IsMember({"text", "csv", "json"}));
  command->add_option("--overrides", o->overrides, "Files of reviewer overrides");
  command->add_flag("--with-pending", o->with_pending, "Count pending bills and drafts as law");
  command->footer("Examples:\n  lexgap rank --baseline opsc\n"
                  "  lexgap rank --baseline lanzarote --model flat --k 3 corpus/jurisdictions/\n"
                  "  lexgap rank --format json --samples 1000 --seed 7");
  return [o, &global] {
    auto input = o->input;
    input.paths.insert(input.paths.end(), o->overrides.begin(), o->overrides.end());
    auto const& ws = load_and_report(global, input, {(default_corpus_dir() / "jurisdictions").string()});
    auto const* found = find_baseline(ws, o->baseline);
    if (!found) return exit_usage;
    auto const& baseline = *found;
    auto findings = compare::compare_all(ws.jurisdictions, baseline, ws.taxonomy, ws.overrides, {o->with_pending}, 0);
    auto coverage = score::coverage_matrix(baseline, ws.jurisdictions, findings);
    auto ranking = score::rank(coverage, {*score::scoring_model_from_string(o->model), {o->samples, o->seed}});
    score::ClusterOptions cluster_options;
    if (o->k > 0) cluster_options.k = o->k;
    auto clustering = score::cluster(coverage, cluster_options);
    if (o->format == "json")
      std::cout << score::ranking_json(coverage, ranking, clustering).dump(2) << "\n";
    else if (o->format == "csv")
      print_text(score::ranking_csv(ranking, clustering));
    else
      print_text(score::ranking_text(coverage, ranking, clustering));
    return ws.has_errors() ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const registration(50, add_rank);

}  // namespace
}  // namespace lexgap::cli
