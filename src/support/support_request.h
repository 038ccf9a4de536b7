// A request for support sent to the coordination (IBEFE Liège): an employer, logged in or not,
// asks for help with welcoming a newcomer, a mediation, a legal question, French at work, or
// something else; a coordinator reads it in a queue and marks it handled with a note.
// Domain types and rules only, no I/O (the SQL is in support_store.h).
//
// State machine (one transition):
//   open --handle (coordinator, note of 2 to 2000 characters)--> handled (final)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/result.h"

namespace primowork::support {

enum class Topic { kOnboarding, kMediation, kLegal, kLanguage, kOther };
enum class RequestStatus { kOpen, kHandled };

// Every topic, in the order the form lists them.
const std::vector<Topic>& all_topics();
std::string_view to_string(Topic topic);
std::optional<Topic> parse_topic(std::string_view code);
// French label msgid, e.g. "Accueillir et intégrer une nouvelle recrue".
const char* label(Topic topic);

std::string_view to_string(RequestStatus status);
std::optional<RequestStatus> parse_request_status(std::string_view code);
const char* label(RequestStatus status);

constexpr std::size_t kMessageMin = 10;    // characters, after trimming
constexpr std::size_t kMessageMax = 4000;  // characters
constexpr std::size_t kNoteMin = 2;
constexpr std::size_t kNoteMax = 2000;

// What the form sends.
struct RequestInput {
  std::string topic;    // a code of Topic
  std::string message;  // what the employer needs
  std::string email;    // where the coordination answers
  std::string source;   // the kit page the request came from (a slug), "" otherwise
};

// Every problem of the input, each naming its field ("topic", "message", "email"); empty when
// the request may be stored. The source is not checked here: unknown sources are dropped by
// the service (it is a hint for the coordinator, never shown to the public).
std::vector<Error> check_request(const RequestInput& input);

// The status after handling a request in `from` with `note`: kConflict (field "status") when
// the request is already handled, kInvalid naming "note" when the note is empty or too long.
Result<RequestStatus> check_handle(RequestStatus from, const std::string& note);

}  // namespace primowork::support
