#include "app/cli.h"

#include <cstdlib>
#include <iostream>

#include "app/commands.h"
#include "platform/i18n.h"

namespace primowork::app {

CommandLine parse_command_line(const std::vector<std::string>& argv) {
  CommandLine cl;
  if (const char* env = std::getenv("PRIMOWORK_CONFIG")) cl.config_file = env;
  for (std::size_t i = 1; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      cl.help = true;
    } else if (a == "--config") {
      if (i + 1 >= argv.size()) {
        cl.error = "--config";
        return cl;
      }
      cl.config_file = argv[++i];
    } else if (a.rfind("--config=", 0) == 0) {
      cl.config_file = a.substr(9);
    } else if (cl.command.empty() && !a.empty() && a[0] != '-') {
      cl.command = a;
    } else if (!cl.command.empty()) {
      cl.args.push_back(a);
    } else {
      cl.error = a;
      return cl;
    }
  }
  return cl;
}

int run(const std::vector<std::string>& argv) {
  const CommandLine cl = parse_command_line(argv);
  const Console console = Console::from_environment();
  if (!cl.error.empty()) {
    std::cerr << console.tr("Option non reconnue : ") << cl.error << "\n\n" << main_help(console);
    return 2;
  }
  if (cl.command.empty()) {
    std::cout << main_help(console);
    return cl.help ? 0 : 2;
  }
  const Command* command = find_command(cl.command);
  if (command == nullptr) {
    std::cerr << console.tr("Commande inconnue : ") << cl.command << "\n\n" << main_help(console);
    return 2;
  }
  if (cl.help) {
    std::cout << console.tr(command->help) << "\n";
    return 0;
  }
  return command->run(cl, console);
}

}  // namespace primowork::app
