// The command-line front end: thin. Each subcommand parses its options and
// calls the library; this header holds what they share.
#pragma once

#include "engine/workspace/workspace.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lexgap::cli {

// Documented exit codes (docs/usage.md).
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings_or_input = 1;
inline constexpr int exit_usage = 2;

enum class ColorMode { never, auto_, always };

struct GlobalOptions {
  std::string corpus_dir;
  ColorMode color = ColorMode::auto_;
};

// Options every command that reads .lgl files takes.
struct InputOptions {
  std::vector<std::string> paths;
  bool strict = false;
};

void add_input_options(CLI::App& command, InputOptions& options, char const* paths_help);

// Loads the workspace and prints every diagnostic to stderr. The workspace is
// never destroyed: the process's exit returns its memory at once, where
// destroying a large batch's model free by free took a noticeable share of
// the run (bench/README.md). Clang does the same with its syntax trees.
Workspace const& load_and_report(GlobalOptions const& global, InputOptions const& input,
                                 std::vector<std::string> const& default_paths = {});

// The baseline with that id, or nullptr after telling stderr which ones exist.
model::Baseline const* find_baseline(Workspace const& workspace, std::string const& id);

// `--fail-on gap|partial`: whether any finding is at least that bad ("" never fails).
bool fails_on(std::span<model::Finding const> findings, std::string const& threshold);

// Prints text meant for a terminal to stdout, with the control characters a
// corpus string or file name may carry shown as their pictures (grammar/visible_text.hpp).
void print_text(std::string_view text);

bool stderr_color(GlobalOptions const& global);
bool stdout_color(GlobalOptions const& global);

// A subcommand adds itself to the app and returns the action run when it is
// chosen; the action returns the exit status. Each command's file registers
// its adder with a static `CommandRegistration` (order: position in --help).
using Action = std::function<int()>;
using CommandAdder = Action (*)(CLI::App& app, GlobalOptions& global);

struct CommandRegistration {
  CommandRegistration(int order, CommandAdder adder);
};

std::vector<std::pair<int, CommandAdder>> const& registered_commands();

}  // namespace lexgap::cli
