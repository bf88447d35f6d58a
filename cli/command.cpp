#include "cli/command.hpp"

#include "grammar/diagnostic.hpp"
#include "grammar/visible_text.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace lexgap::cli {

namespace {
std::vector<std::pair<int, CommandAdder>>& registry() {
  static std::vector<std::pair<int, CommandAdder>> commands;
  return commands;
}
}  // namespace

CommandRegistration::CommandRegistration(int order, CommandAdder adder) {
  auto& r = registry();
  r.emplace_back(order, adder);
  std::sort(r.begin(), r.end(), [](auto const& a, auto const& b) { return a.first < b.first; });
}

std::vector<std::pair<int, CommandAdder>> const& registered_commands() { return registry(); }

void add_input_options(CLI::App& command, InputOptions& options, char const* paths_help) {
  command.add_option("paths", options.paths, paths_help);
  command.add_flag("--strict", options.strict, "Treat a statement without a citation as an error");
}

namespace {
bool color_for(GlobalOptions const& global, int fd) {
  if (global.color == ColorMode::always) return true;
  if (global.color == ColorMode::never) return false;
  if (char const* no_color = std::getenv("NO_COLOR"); no_color && *no_color) return false;
  return isatty(fd) != 0;
}
}  // namespace

model::Baseline const* find_baseline(Workspace const& ws, std::string const& id) {
  auto it = ws.baselines.find(id);
  if (it != ws.baselines.end()) return &it->second;
  std::cerr << "lexgap: unknown baseline '" << id << "'; known baselines:";
  for (auto const& [name, b] : ws.baselines) std::cerr << " " << name;
  std::cerr << "\n";
  return nullptr;
}

bool fails_on(std::span<model::Finding const> findings, std::string const& threshold) {
  return std::any_of(findings.begin(), findings.end(), [&](model::Finding const& f) {
    auto r = f.result();
    return (threshold == "gap" && r == model::Result::gap) ||
           (threshold == "partial" && (r == model::Result::gap || r == model::Result::partial));
  });
}

void print_text(std::string_view text) { std::cout << visible_controls(text); }

bool stderr_color(GlobalOptions const& global) { return color_for(global, STDERR_FILENO); }
bool stdout_color(GlobalOptions const& global) { return color_for(global, STDOUT_FILENO); }

Workspace const& load_and_report(GlobalOptions const& global, InputOptions const& input,
                                 std::vector<std::string> const& default_paths) {
  WorkspaceOptions options;
  options.corpus_dir = global.corpus_dir.empty() ? default_corpus_dir() : std::filesystem::path(global.corpus_dir);
  options.strict = input.strict;
  // Reachable from a static until exit, so leak checkers do not report it.
  static auto* const kept = new std::vector<std::unique_ptr<Workspace const>>();
  kept->push_back(std::make_unique<Workspace const>(
      load_workspace(input.paths.empty() ? default_paths : input.paths, options)));
  auto const& ws = *kept->back();
  RenderOptions render_options{stderr_color(global)};
  for (auto const& d : ws.diagnostics) std::cerr << render(d, render_options);
  auto errors = count_errors(ws.diagnostics);
  auto warnings = ws.diagnostics.size() - errors;
  if (errors || warnings)
    std::cerr << errors << (errors == 1 ? " error" : " errors") << " and " << warnings
              << (warnings == 1 ? " warning" : " warnings") << " in " << ws.files.size() << " files\n";
  return ws;
}

}  // namespace lexgap::cli
