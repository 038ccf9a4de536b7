#include "platform/config.h"

#include <charconv>
#include <fstream>
#include <functional>

extern char** environ;  // NOLINT

namespace primowork {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

template <typename N>
bool parse_number(const std::string& text, N& out) {
  const char* end = text.data() + text.size();
  auto [p, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && p == end;
}

bool parse_bool(const std::string& text, bool& out) {
  if (text != "0" && text != "1" && text != "true" && text != "false") return false;
  out = text == "1" || text == "true";
  return true;
}

using Setter = std::function<bool(Config&, const std::string&)>;

const std::map<std::string, Setter>& setters() {
  static const std::map<std::string, Setter> table = {
      {"db",
       [](Config& c, const std::string& v) {
         c.db = v;
         return !v.empty();
       }},
      {"listen",
       [](Config& c, const std::string& v) {
         c.listen = v;
         return c.listen_port() != 0;
       }},
      {"secret",
       [](Config& c, const std::string& v) {
         c.secret = v;
         return true;
       }},
      {"trusted_proxies",
       [](Config& c, const std::string& v) {
         c.trusted_proxies = v;
         return true;
       }},
      {"secret_file",
       [](Config& c, const std::string& v) {
         c.secret_file = v;
         return true;
       }},
      {"smtp",
       [](Config& c, const std::string& v) {
         c.smtp = v;
         return true;
       }},
      {"public_url",
       [](Config& c, const std::string& v) {
         c.public_url = v;
         return true;
       }},
      {"share_dir",
       [](Config& c, const std::string& v) {
         c.share_dir = v;
         return !v.empty();
       }},
      {"locale_dir",
       [](Config& c, const std::string& v) {
         c.locale_dir = v;
         return !v.empty();
       }},
      {"threads",
       [](Config& c, const std::string& v) { return parse_number(v, c.threads) && c.threads > 0; }},
      {"db_pool",
       [](Config& c, const std::string& v) { return parse_number(v, c.db_pool) && c.db_pool > 0; }},
      {"max_form_bytes",
       [](Config& c, const std::string& v) { return parse_number(v, c.max_form_bytes); }},
      {"max_upload_bytes",
       [](Config& c, const std::string& v) { return parse_number(v, c.max_upload_bytes); }},
      {"request_timeout",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.request_timeout_s) && c.request_timeout_s > 0;
       }},
      {"shutdown_grace",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.shutdown_grace_s) && c.shutdown_grace_s >= 0;
       }},
      {"debug_routes",
       [](Config& c, const std::string& v) { return parse_bool(v, c.debug_routes); }},
      {"session_idle",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.session_idle_s) && c.session_idle_s > 0;
       }},
      {"session_lifetime",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.session_lifetime_s) && c.session_lifetime_s > 0;
       }},
      {"require_2fa_counsellors",
       [](Config& c, const std::string& v) { return parse_bool(v, c.require_2fa_counsellors); }},
      {"login_max_failures",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.login_max_failures) && c.login_max_failures > 0;
       }},
      {"documents_dir",
       [](Config& c, const std::string& v) {
         c.documents_dir = v;
         return !v.empty();
       }},
      {"retention_days",
       [](Config& c, const std::string& v) {
         return parse_number(v, c.retention_days) && c.retention_days >= 0;
       }},
  };
  return table;
}

Status apply(Config& config, const std::string& key, const std::string& value,
             const std::string& origin) {
  auto it = setters().find(key);
  if (it == setters().end()) {
    return Error{ErrorCode::kInvalid, key, N_("Paramètre de configuration inconnu"), origin};
  }
  if (!it->second(config, value)) {
    return Error{ErrorCode::kInvalid, key, N_("Valeur de configuration invalide"), origin};
  }
  return Ok{};
}

}  // namespace

Result<Config> Config::load(const std::string& path,
                            const std::map<std::string, std::string>& env) {
  Config config;
  if (!path.empty()) {
    std::ifstream in(path);
    if (!in)
      return Error{ErrorCode::kInvalid, "--config", N_("Fichier de configuration illisible"), path};
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      line = trim(line);
      if (line.empty() || line[0] == '#') continue;
      const auto eq = line.find('=');
      if (eq == std::string::npos) {
        return Error{ErrorCode::kInvalid, path + ":" + std::to_string(number),
                     N_("Ligne de configuration sans « = »"), line};
      }
      auto status = apply(config, trim(line.substr(0, eq)), trim(line.substr(eq + 1)),
                          path + ":" + std::to_string(number));
      if (!status) return status.error();
    }
  }
  for (const auto& [name, value] : env) {
    if (name.rfind("PRIMOWORK_", 0) != 0) continue;
    std::string key = name.substr(10);
    for (auto& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (key == "config" || key.rfind("test_", 0) == 0) continue;  // read elsewhere
    auto status = apply(config, key, value, name);
    if (!status) {
      Error e = status.error();
      e.field = name;
      return e;
    }
  }
  if (config.secret.empty() && !config.secret_file.empty()) {
    std::ifstream in(config.secret_file);
    std::string line;
    if (in && std::getline(in, line)) config.secret = trim(line);
  }
  return config;
}

std::string Config::listen_host() const {
  const auto colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
  if (host.size() > 1 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  return host;
}

unsigned short Config::listen_port() const {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) return 0;
  unsigned port = 0;
  if (!parse_number(listen.substr(colon + 1), port) || port == 0 || port > 65535) return 0;
  return static_cast<unsigned short>(port);
}

std::map<std::string, std::string> primowork_environment() {
  std::map<std::string, std::string> env;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string entry(*e);
    if (entry.rfind("PRIMOWORK_", 0) != 0) continue;
    const auto eq = entry.find('=');
    if (eq != std::string::npos) env[entry.substr(0, eq)] = entry.substr(eq + 1);
  }
  return env;
}

}  // namespace primowork
