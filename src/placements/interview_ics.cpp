#include "placements/interview_ics.h"

#include "placements/proposal.h"
#include "platform/calendar.h"
#include "platform/clock.h"

namespace primowork::placements {
namespace {

std::string escape_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

// One content line, folded: at most 75 octets per physical line, continuation lines start with
// a space, never inside a UTF-8 sequence.
std::string fold(const std::string& line) {
  std::string out;
  std::size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  return out + line.substr(start) + "\r\n";
}

std::string utc_stamp(std::time_t t) {
  return format_utc(t, "%Y%m%dT%H%M%SZ");
}

}  // namespace

std::optional<std::time_t> brussels_local_to_utc(std::string_view local) {
  const auto day = parse_local_date_time(local);
  if (!day) return std::nullopt;
  std::tm tm{};
  tm.tm_year = static_cast<int>(day->year()) - 1900;
  tm.tm_mon = static_cast<int>(static_cast<unsigned>(day->month())) - 1;
  tm.tm_mday = static_cast<int>(static_cast<unsigned>(day->day()));
  tm.tm_hour = std::stoi(std::string(local.substr(11, 2)));
  tm.tm_min = std::stoi(std::string(local.substr(14, 2)));
  const std::time_t as_if_utc = from_utc_tm(tm);
  // The offset at the instant itself: guess with CET, then correct once.
  const std::time_t guess = as_if_utc - 3600;
  return as_if_utc - brussels_offset(guess);
}

std::string interview_ics(const InterviewInvitation& inv, std::time_t now) {
  const auto start = brussels_local_to_utc(inv.interview_at);
  if (!start) return "";
  std::string out;
  out += fold("BEGIN:VCALENDAR");
  out += fold("VERSION:2.0");
  out += fold("PRODID:-//PrimoWork Liege//Placements//FR");
  out += fold("METHOD:PUBLISH");
  out += fold("BEGIN:VEVENT");
  out += fold("UID:" + escape_text(inv.uid));
  out += fold("DTSTAMP:" + utc_stamp(now));
  out += fold("DTSTART:" + utc_stamp(*start));
  out += fold("DTEND:" + utc_stamp(*start + 60L * inv.minutes));
  out += fold("SUMMARY:" + escape_text(inv.summary));
  if (!inv.location.empty()) out += fold("LOCATION:" + escape_text(inv.location));
  if (!inv.description.empty()) out += fold("DESCRIPTION:" + escape_text(inv.description));
  out += fold("END:VEVENT");
  out += fold("END:VCALENDAR");
  return out;
}

}  // namespace primowork::placements
