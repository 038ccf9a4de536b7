// Time as a parameter: code that needs "now" takes a Clock, so tests can move time.
// All times are UTC seconds; SOCI stores them as std::tm (UTC).
#pragma once

#include <ctime>
#include <functional>
#include <string>

namespace primowork {

using Clock = std::function<std::time_t()>;

inline std::time_t system_now() {
  return std::time(nullptr);
}

inline std::tm to_utc_tm(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

inline std::time_t from_utc_tm(std::tm tm) {
  return timegm(&tm);
}

// strftime of a UTC time (at most 63 characters).
inline std::string format_utc(std::time_t t, const char* format) {
  std::tm tm = to_utc_tm(t);
  char buf[64];
  return std::string(buf, std::strftime(buf, sizeof buf, format, &tm));
}

}  // namespace primowork
