// Throttling of guesses (passwords, second-factor codes, invitation codes): after
// `max_failures` failures for one subject within `window_seconds`, further attempts wait.
// Subjects are strings such as "login:amina@example.org" or "address:192.0.2.7"; the same
// counting applies whether or not the account exists, so the answer reveals nothing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <string>

namespace primowork::security {

struct ThrottleOptions {
  int max_failures = 5;  // per subject (account or address)
  int window_seconds = 15 * 60;
};

namespace throttle {

// Seconds to wait before the next attempt (0 = go ahead).
int retry_after(soci::session& s, const std::string& subject, std::time_t now,
                const ThrottleOptions& options);
void record_failure(soci::session& s, const std::string& subject, std::time_t now);
void clear(soci::session& s, const std::string& subject);

}  // namespace throttle
}  // namespace primowork::security
