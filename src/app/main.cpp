// Entry point: blocks the stop signals before any thread starts, then runs the command line.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli.h"
#include "platform/http/server.h"

int main(int argc, char** argv) {
  primowork::http::block_stop_signals();
  try {
    return primowork::app::run(std::vector<std::string>(argv, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "primowork: " << e.what() << "\n";
    return 1;
  }
}
