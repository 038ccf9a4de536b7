#include "platform/calendar.h"

#include <cstdio>

namespace primowork {

std::optional<Date> parse_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  }
  auto number = [&](std::size_t from, std::size_t len) {
    int v = 0;
    for (std::size_t i = from; i < from + len; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  const Date d{std::chrono::year{number(0, 4)},
               std::chrono::month{static_cast<unsigned>(number(5, 2))},
               std::chrono::day{static_cast<unsigned>(number(8, 2))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string to_iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

namespace {
// 01:00 UTC on the last Sunday of `month` in `year`.
std::time_t last_sunday_1am(int year, unsigned month) {
  using namespace std::chrono;
  const sys_days last{year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}};
  const sys_days sunday = last - (weekday{last} - Sunday);
  return system_clock::to_time_t(sunday + hours{1});
}
}  // namespace

int brussels_offset(std::time_t t) {
  using namespace std::chrono;
  const auto day = year_month_day{floor<days>(system_clock::from_time_t(t))};
  const int year = static_cast<int>(day.year());
  return t >= last_sunday_1am(year, 3) && t < last_sunday_1am(year, 10) ? 7200 : 3600;
}

Date brussels_date(std::time_t t) {
  using namespace std::chrono;
  return year_month_day{floor<days>(system_clock::from_time_t(t + brussels_offset(t)))};
}

long days_between(Date from, Date to) {
  return static_cast<long>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

}  // namespace primowork
