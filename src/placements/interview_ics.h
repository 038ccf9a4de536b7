// The interview invitation as an iCalendar file (RFC 5545, the minimal VEVENT every calendar
// imports: UID, DTSTAMP, DTSTART and DTEND in UTC, SUMMARY, LOCATION, DESCRIPTION), written by
// hand: text escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets
// without splitting a UTF-8 character. Pure: the instant of writing comes in as a parameter.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace primowork::placements {

// "YYYY-MM-DDTHH:MM" in Europe/Brussels -> the UTC instant; nullopt when malformed.
std::optional<std::time_t> brussels_local_to_utc(std::string_view local);

struct InterviewInvitation {
  std::string uid;           // stable per proposal, so a new date updates the same event
  std::string interview_at;  // "YYYY-MM-DDTHH:MM", Europe/Brussels
  int minutes = 60;
  std::string summary, location, description;
};

// The .ics text (CRLF line ends); "" when interview_at is malformed.
std::string interview_ics(const InterviewInvitation& invitation, std::time_t now);

}  // namespace primowork::placements
