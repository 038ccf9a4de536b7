// Calendar days (no time of day): residence-document expiries, start dates, due dates. Stored and
// exchanged as "YYYY-MM-DD"; "today" always comes in as a parameter (Europe/Brussels).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace primowork {

using Date = std::chrono::year_month_day;

// "2026-11-23" -> the date; nullopt for anything else (including 2026-02-30).
std::optional<Date> parse_iso_date(std::string_view text);
// The date as "YYYY-MM-DD".
std::string to_iso(Date date);
// Whole days from `from` to `to` (negative when `to` is earlier).
long days_between(Date from, Date to);

}  // namespace primowork
