// Structured logging: one JSON object per line on stderr, safe to call from any thread.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace primowork::log {

// Writes {"ts":..., "level":..., "msg":..., ...fields} as one line. `fields` must be an object.
void write(std::string_view level, std::string_view message, nlohmann::json fields = {});

inline void info(std::string_view m, nlohmann::json f = {}) {
  write("info", m, std::move(f));
}
inline void warn(std::string_view m, nlohmann::json f = {}) {
  write("warn", m, std::move(f));
}
inline void error(std::string_view m, nlohmann::json f = {}) {
  write("error", m, std::move(f));
}

// Tests silence the log with this.
void set_enabled(bool enabled);

}  // namespace primowork::log
