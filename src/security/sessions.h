// Server-side sessions, stored in the database so several app nodes share them.
//
// The cookie carries only a random token; the database keeps its hash. A session ends after
// `idle_seconds` without a request or `absolute_seconds` after login, whichever comes first,
// and at logout. A session whose second factor is still pending grants nothing but the code page.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>

namespace primowork::security {

struct SessionOptions {
  int idle_seconds = 30 * 60;           // PRIMOWORK_SESSION_IDLE
  int absolute_seconds = 12 * 60 * 60;  // PRIMOWORK_SESSION_LIFETIME
  int touch_interval_seconds = 60;      // last_seen_at is written at most this often
};

struct Session {
  std::string id_hash;
  std::string user_id;
  std::string csrf_token;
  bool second_factor_pending = false;
  std::time_t created_at = 0;
  std::time_t last_seen_at = 0;
  std::time_t expires_at = 0;  // absolute end
};

namespace sessions {

// Creates a session and returns the token for the cookie (the only copy of it).
std::string create(soci::session& s, const std::string& user_id, bool second_factor_pending,
                   const std::string& address, std::time_t now, const SessionOptions& options,
                   Session* created = nullptr);

// The live session of `token`, or nullopt when unknown, idle too long or past its lifetime
// (such a session is deleted). Refreshes last_seen_at when the touch interval has passed.
std::optional<Session> find_live(soci::session& s, const std::string& token, std::time_t now,
                                 const SessionOptions& options);

void destroy(soci::session& s, const std::string& id_hash);
// Ends every session of a user (password change, reset, deactivation). Returns how many.
int destroy_all(soci::session& s, const std::string& user_id);
// Deletes sessions that can no longer be used.
void purge_expired(soci::session& s, std::time_t now, const SessionOptions& options);

}  // namespace sessions
}  // namespace primowork::security
