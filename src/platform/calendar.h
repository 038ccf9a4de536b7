// Calendar days (no time of day): residence-document expiries, start dates, due dates. Stored and
// exchanged as "YYYY-MM-DD"; "today" always comes in as a parameter (Europe/Brussels).
#pragma once

#include <chrono>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace primowork {

using Date = std::chrono::year_month_day;

// "2026-11-23" -> the date; nullopt for anything else (including 2026-02-30).
std::optional<Date> parse_iso_date(std::string_view text);
// The date as "YYYY-MM-DD".
std::string to_iso(Date date);
// The calendar day in Europe/Brussels at the instant `t` (CET, CEST from the last Sunday of
// March to the last Sunday of October at 01:00 UTC: the EU rule).
Date brussels_date(std::time_t t);
// Seconds Europe/Brussels is ahead of UTC at `t` (3600 or 7200).
int brussels_offset(std::time_t t);

// Whole days from `from` to `to` (negative when `to` is earlier).
long days_between(Date from, Date to);

}  // namespace primowork
