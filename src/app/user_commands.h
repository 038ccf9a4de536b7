// Account administration from the command line: `org`, `user` and `token` subcommands.
#pragma once

#include <memory>

#include "app/cli.h"
#include "app/commands.h"
#include "app/wiring.h"

namespace primowork::app {

int run_org(const CommandLine& cl, const Console& console);
int run_user(const CommandLine& cl, const Console& console);
int run_token(const CommandLine& cl, const Console& console);
int run_taxonomy(const CommandLine& cl, const Console& console);  // taxonomy_commands.cpp
int run_bench(const CommandLine& cl, const Console& console);     // bench_match.cpp

// Opens the application for a command (configuration, database at the current schema).
// Prints why and returns nullptr when it cannot.
struct CommandContext {
  Config config;
  std::unique_ptr<db::Database> db;
  std::unique_ptr<Application> app;  // destroyed before db
};
std::unique_ptr<CommandContext> open_context(const CommandLine& cl, const Console& console);

}  // namespace primowork::app
