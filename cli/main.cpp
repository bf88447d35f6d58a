// lexgap: compares national law on the sexual exploitation of children with
// the Optional Protocol (OPSC) and related baselines.
#include "cli/command.hpp"

#include <iostream>
#include <map>

int main(int argc, char** argv) {
  using namespace lexgap::cli;
  CLI::App app{"lexgap: where national law falls short of the Optional Protocol on the sale of children, child "
               "prostitution and child pornography (OPSC)"};
  app.set_version_flag("--version", std::string("lexgap ") + LEXGAP_VERSION);
  app.require_subcommand(1);
  app.footer("Exit status: 0 ok; 1 errors in the input or findings at or above --fail-on; 2 usage error.\n"
             "Run 'lexgap COMMAND --help' for a command's options and examples.");

  GlobalOptions global;
  app.add_option("--corpus", global.corpus_dir, "Corpus folder whose sources/, taxonomy/ and baselines/ are loaded")
      ->envname("LEXGAP_CORPUS");
  std::map<std::string, ColorMode> const colors{
      {"never", ColorMode::never}, {"auto", ColorMode::auto_}, {"always", ColorMode::always}};
  app.add_option("--color", global.color, "Colour in diagnostics: never, auto (default; honours NO_COLOR) or always")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case));

  std::vector<std::pair<CLI::App*, Action>> commands;
  for (auto const& [order, adder] : registered_commands()) {
    auto before = app.get_subcommands({}).size();
    auto action = adder(app, global);
    commands.emplace_back(app.get_subcommands({})[before], std::move(action));
  }

  try {
    app.parse(argc, argv);
  } catch (CLI::ParseError const& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  for (auto& [command, action] : commands)
    if (command->parsed()) return action();
  return exit_usage;
}
