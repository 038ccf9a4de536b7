#include "security/throttle.h"

#include <algorithm>

#include "platform/clock.h"

namespace primowork::security::throttle {

int retry_after(soci::session& s, const std::string& subject, std::time_t now,
                const ThrottleOptions& options) {
  std::tm since = to_utc_tm(now - options.window_seconds);
  int failures = 0;
  s << "SELECT COUNT(*) FROM login_failures WHERE subject = :s AND at > :t", soci::into(failures),
      soci::use(subject), soci::use(since);
  if (failures < options.max_failures) return 0;
  // Wait until the oldest failure that still counts leaves the window.
  std::vector<std::tm> times(static_cast<std::size_t>(failures));
  s << "SELECT at FROM login_failures WHERE subject = :s AND at > :t ORDER BY at DESC",
      soci::into(times), soci::use(subject), soci::use(since);
  const std::size_t index = static_cast<std::size_t>(options.max_failures - 1);
  if (times.size() <= index) return 0;
  const std::time_t frees_at = from_utc_tm(times[index]) + options.window_seconds;
  return static_cast<int>(std::max<std::time_t>(1, frees_at - now));
}

void record_failure(soci::session& s, const std::string& subject, std::time_t now) {
  std::tm at = to_utc_tm(now);
  s << "INSERT INTO login_failures (subject, at) VALUES (:s, :t)", soci::use(subject),
      soci::use(at);
}

void clear(soci::session& s, const std::string& subject) {
  s << "DELETE FROM login_failures WHERE subject = :s", soci::use(subject);
}

}  // namespace primowork::security::throttle
