// The command line: `primowork [--config FILE] COMMAND [ARGS] [--help]`.
#pragma once

#include <string>
#include <vector>

namespace primowork::app {

struct CommandLine {
  std::string config_file;        // --config FILE, or PRIMOWORK_CONFIG
  std::string command;            // "serve", "migrate", "demo", or "" when none given
  std::vector<std::string> args;  // what follows the command
  bool help = false;              // --help / -h anywhere
  std::string error;              // set when the words cannot be understood
};

CommandLine parse_command_line(const std::vector<std::string>& argv);

// Runs the program; returns the process exit code.
int run(const std::vector<std::string>& argv);

}  // namespace primowork::app
