// The subcommands of `primowork`, each with its help text (a French msgid, translated).
#pragma once

#include <string>

#include "app/cli.h"
#include "platform/i18n.h"

namespace primowork::app {

// Messages on the terminal, in the operator's language (LANG / LANGUAGE: fr by default).
class Console {
 public:
  static Console from_environment();
  std::string tr(const std::string& msgid) const { return i18n_.tr(lang_, msgid); }

 private:
  Console(std::string lang, const std::string& locale_dir)
      : lang_(std::move(lang)), i18n_(locale_dir) {}
  std::string lang_;
  I18n i18n_;
};

struct Command {
  const char* name;
  const char* help;  // msgid
  int (*run)(const CommandLine& cl, const Console& console);
};

const Command* find_command(const std::string& name);
std::string main_help(const Console& console);

}  // namespace primowork::app
