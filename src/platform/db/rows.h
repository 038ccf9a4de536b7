// Small helpers for stores reading soci::row results the same way on SQLite and PostgreSQL
// (integer widths, NULLs, timestamps SQLite hands over as text) and binding empty texts and
// absent dates as NULL.
#pragma once

#include <soci/soci.h>

#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "platform/calendar.h"

namespace primowork::db {

// The text of `column`, "" when NULL.
inline std::string row_text(const soci::row& r, const std::string& column) {
  return r.get_indicator(column) == soci::i_null ? "" : r.get<std::string>(column);
}

// An integer column, whatever width the backend reports (0 when NULL).
inline long long row_integer(const soci::row& r, const std::string& column) {
  if (r.get_indicator(column) == soci::i_null) return 0;
  switch (r.get_properties(column).get_data_type()) {
    case soci::dt_long_long:
      return r.get<long long>(column);
    case soci::dt_unsigned_long_long:
      return static_cast<long long>(r.get<unsigned long long>(column));
    case soci::dt_double:  // expressions without a declared type (SQLite)
      return static_cast<long long>(r.get<double>(column));
    case soci::dt_string:
      return std::stoll(r.get<std::string>(column));
    default:
      return r.get<int>(column);
  }
}

// A 'YYYY-MM-DD' column as a date; nullopt when NULL or malformed.
inline std::optional<Date> row_date(const soci::row& r, const std::string& column) {
  return parse_iso_date(row_text(r, column));
}

// A TIMESTAMP column (UTC); SQLite may hand it over as text "YYYY-MM-DD HH:MM:SS".
inline std::tm row_timestamp(const soci::row& r, const std::string& column) {
  std::tm t{};
  if (r.get_indicator(column) == soci::i_null) return t;
  if (r.get_properties(column).get_data_type() == soci::dt_date) return r.get<std::tm>(column);
  const std::string value = r.get<std::string>(column);
  std::sscanf(value.c_str(), "%d-%d-%d %d:%d:%d", &t.tm_year, &t.tm_mon, &t.tm_mday, &t.tm_hour,
              &t.tm_min, &t.tm_sec);
  t.tm_year -= 1900;
  t.tm_mon -= 1;
  return t;
}

// A list of codes stored in one column as "a,b,c" (codes never contain commas).
inline std::string join_codes(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ",") + item;
  return out;
}
inline std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto comma = text.find(',', start);
    const auto end = comma == std::string::npos ? text.size() : comma;
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A value to bind that is NULL when empty (texts) or absent (dates).
struct Nullable {
  std::string value;
  soci::indicator ind;
  explicit Nullable(std::string v)
      : value(std::move(v)), ind(value.empty() ? soci::i_null : soci::i_ok) {}
  explicit Nullable(const std::optional<Date>& d)
      : value(d ? to_iso(*d) : ""), ind(d ? soci::i_ok : soci::i_null) {}
};

}  // namespace primowork::db
