// lexgap report: gap reports for a batch of jurisdictions, in HTML, Markdown,
// CSV, JSON and SARIF, written into one folder (layout: engine/report/batch/writer.hpp).
#include "cli/command.hpp"

#include "engine/compare/compare.hpp"
#include "engine/report/batch/writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>
#include <iostream>
#include <unistd.h>

namespace lexgap::cli {

namespace {

namespace batch = report::batch;

std::string utc_now() {
  auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// A progress line redrawn in place; only ever shown on a terminal.
class ProgressLine {
 public:
  explicit ProgressLine(bool shown) : shown_(shown) {}
  void operator()(std::size_t done, std::size_t total, std::string const& name) {
    if (!shown_) return;
    std::string line = fmt::format("lexgap: writing {}/{} {}", done, total, name);
    std::cerr << "\r" << line << std::string(width_ > line.size() ? width_ - line.size() : 0, ' ') << std::flush;
    width_ = line.size();
  }
  void clear() {
    if (shown_ && width_) std::cerr << "\r" << std::string(width_, ' ') << "\r" << std::flush;
  }

 private:
  bool shown_;
  std::size_t width_ = 0;
};

std::string counts_line(batch::Batch const& b, bool color) {
  batch::Tally total{};
  for (std::size_t j = 0; j < b.jurisdictions.size(); ++j) {
    auto t = batch::tally(b, j);
    for (std::size_t i = 0; i < t.size(); ++i) total[i] += t[i];
  }
  auto n = [&](model::Result r) { return total[static_cast<std::size_t>(r)]; };
  auto paint = [&](model::Result r, char const* sgr) {
    auto text = fmt::format("{} {}", n(r), model::to_string(r));
    return color && n(r) ? fmt::format("\033[{}m{}\033[0m", sgr, text) : text;
  };
  auto line = fmt::format("{} {} against {}: {}, {}, {}, {}", b.jurisdictions.size(),
                          b.jurisdictions.size() == 1 ? "jurisdiction" : "jurisdictions", b.baseline.id,
                          paint(model::Result::met, "34"), paint(model::Result::partial, "33"),
                          paint(model::Result::gap, "1;31"), paint(model::Result::unknown, "2"));
  if (n(model::Result::not_applicable)) line += ", " + paint(model::Result::not_applicable, "2");
  return line;
}

Action add_report(CLI::App& app, GlobalOptions& global) {
  struct Options {
    InputOptions input;
    std::string baseline = "opsc";
    std::string out;
    std::vector<std::string> formats;
    std::vector<std::string> overrides;
    bool with_pending = false;
    std::string fail_on;
    bool timestamp = false;
  };
  auto o = std::make_shared<Options>();
  auto* command = app.add_subcommand("report", "Write gap reports for many jurisdictions: HTML, Markdown, CSV, JSON, SARIF");
  add_input_options(*command, o->input, "Jurisdiction files or folders (default: the bundled corpus)");
  command->add_option("--out", o->out, "Folder to write the reports into (created if needed)")->required();
  command->add_option("--baseline", o->baseline, "Baseline or profile id (see 'lexgap baselines')");
  command->add_option("--format", o->formats, "Formats, comma-separated: html, md, csv, json, sarif (default: all)")
      ->delimiter(',')
      ->check(CLI::IsMember({"html", "md", "csv", "json", "sarif"}));
  command->add_option("--overrides", o->overrides, "Files of reviewer overrides");
  command->add_flag("--with-pending", o->with_pending, "Count pending bills and drafts as law");
  command->add_option("--fail-on", o->fail_on, "Exit 1 if any finding is at least this bad: gap or partial")
      ->check(CLI::IsMember({"gap", "partial"}));
  command->add_flag("--timestamp", o->timestamp, "Record the time of the run in the reports (off: byte-identical reruns)");
  command->footer("Writes DIR/index.html and DIR/CODE.html, DIR/index.md and DIR/CODE.md, DIR/findings.csv,\n"
                  "DIR/findings.json and DIR/findings.sarif (docs/usage.md).\n\n"
                  "Examples:\n  lexgap report --out reports/\n"
                  "  lexgap report --baseline lanzarote --format html,csv --out reports/ corpus/jurisdictions/\n"
                  "  lexgap report --format sarif --fail-on gap --out out/ my-draft.lgl");
  return [o, &global] {
    auto input = o->input;
    input.paths.insert(input.paths.end(), o->overrides.begin(), o->overrides.end());
    auto const& ws = load_and_report(global, input, {(default_corpus_dir() / "jurisdictions").string()});
    auto const* found = find_baseline(ws, o->baseline);
    if (!found) return exit_usage;
    auto const& baseline = *found;

    std::vector<batch::Format> formats;
    for (auto f : batch::all_formats)
      if (o->formats.empty() || std::find(o->formats.begin(), o->formats.end(), batch::to_string(f)) != o->formats.end())
        formats.push_back(f);

    auto findings = compare::compare_all(ws.jurisdictions, baseline, ws.taxonomy, ws.overrides, {o->with_pending}, 0);
    auto b = batch::make_batch(ws, baseline, findings, {o->with_pending, o->timestamp ? utc_now() : std::string()});
    ProgressLine progress(isatty(STDERR_FILENO) != 0);
    auto outcome = batch::write_batch(b, formats, o->out, std::ref(progress));
    progress.clear();

    for (auto const& e : outcome.errors) std::cerr << "lexgap: " << e << "\n";
    if (!b.rejected.empty()) {
      std::cerr << "lexgap: " << batch::rejected_heading(b) << ":";
      for (auto const& f : b.rejected) std::cerr << " " << f.path;
      std::cerr << "\n";
    }
    std::cout << counts_line(b, stdout_color(global)) << "\n";
    auto folder = std::filesystem::path(o->out);
    std::cout << fmt::format("wrote {} {} to {}", outcome.written.size(), outcome.written.size() == 1 ? "file" : "files",
                             folder.string());
    if (std::find(outcome.written.begin(), outcome.written.end(), "index.html") != outcome.written.end())
      std::cout << " (open " << (folder / "index.html").string() << ")";
    std::cout << "\n";

    bool failing = fails_on(findings, o->fail_on);
    return ws.has_errors() || !outcome.errors.empty() || failing ? exit_findings_or_input : exit_ok;
  };
}

CommandRegistration const registration(40, add_report);

}  // namespace
}  // namespace lexgap::cli
