// Configuration: a plain struct with its defaults beside each field, read from an optional file
// (`key = value` lines, `#` comments) and then from PRIMOWORK_* environment variables, which win.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "platform/result.h"

namespace primowork {

struct Config {
  std::string db = "sqlite:var/primowork.db";  // PRIMOWORK_DB: sqlite:PATH or postgresql://...
  std::string listen = "127.0.0.1:8080";       // PRIMOWORK_LISTEN: host:port
  std::string secret;                          // PRIMOWORK_SECRET: key for tokens, field encryption
  std::string secret_file = "var/secret";      // PRIMOWORK_SECRET_FILE: read when secret is unset
  std::string smtp;                            // PRIMOWORK_SMTP: smtp://host:port, "" = outbox only
  std::string public_url;                      // PRIMOWORK_PUBLIC_URL: https://... behind a proxy
  std::string share_dir = PRIMOWORK_SHARE_DIR;    // PRIMOWORK_SHARE_DIR: templates/ and static/
  std::string locale_dir = PRIMOWORK_LOCALE_DIR;  // PRIMOWORK_LOCALE_DIR: compiled .mo catalogs
  std::size_t threads = 4;                        // PRIMOWORK_THREADS: HTTP worker threads
  std::size_t db_pool = 8;                        // PRIMOWORK_DB_POOL: database connections
  std::size_t max_form_bytes = 1 << 20;     // PRIMOWORK_MAX_FORM_BYTES: urlencoded/JSON bodies
  std::size_t max_upload_bytes = 10 << 20;  // PRIMOWORK_MAX_UPLOAD_BYTES: multipart bodies
  int request_timeout_s = 30;               // PRIMOWORK_REQUEST_TIMEOUT: read/handle/write limit
  int shutdown_grace_s = 10;                // PRIMOWORK_SHUTDOWN_GRACE: drain time on SIGTERM
  bool debug_routes = false;                // PRIMOWORK_DEBUG_ROUTES: test-only routes (/_debug)
  std::string trusted_proxies;              // PRIMOWORK_TRUSTED_PROXIES: "127.0.0.1,10.0.0.2"
  int session_idle_s = 30 * 60;             // PRIMOWORK_SESSION_IDLE: seconds without a request
  int session_lifetime_s = 12 * 3600;       // PRIMOWORK_SESSION_LIFETIME: seconds after login
  bool require_2fa_counsellors = false;     // PRIMOWORK_REQUIRE_2FA_COUNSELLORS
  int login_max_failures = 5;               // PRIMOWORK_LOGIN_MAX_FAILURES: per 15 minutes
  std::string documents_dir = "var/documents";  // PRIMOWORK_DOCUMENTS_DIR: uploaded files,
                                                // outside the web root
  int retention_days = 3 * 365;             // PRIMOWORK_RETENTION_DAYS: closed files erased
                                            // after this many days without change (0: never)

  // Reads `path` (if not empty) then the environment. Unknown keys and bad numbers are errors
  // naming the key, so a typo never silently falls back to a default. PRIMOWORK_CONFIG (read by
  // the command line) and PRIMOWORK_TEST_* (test harness settings) are not configuration keys.
  static Result<Config> load(const std::string& path,
                             const std::map<std::string, std::string>& env);

  std::string listen_host() const;
  unsigned short listen_port() const;
};

// The process environment as a map (only PRIMOWORK_* keys).
std::map<std::string, std::string> primowork_environment();

}  // namespace primowork
