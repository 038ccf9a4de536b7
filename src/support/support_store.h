// SQL for support requests (migrations/0014_support_requests.sql). Every function runs on the
// caller's session, inside the caller's transaction; callers validate (support/support_request.h)
// and check authorisation before writing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "support/support_request.h"

namespace primowork::support::store {

struct SupportRequest {
  std::string id;
  Topic topic = Topic::kOther;
  std::string message;
  std::string email;
  std::string source;        // kit page slug, "" when none
  std::string requester_id;  // "" when sent without an account
  std::string company_id;    // the requester's company, "" when unknown
  std::string company_name;  // read with the request (join), "" when unknown
  RequestStatus status = RequestStatus::kOpen;
  std::string handled_note;
  std::string handled_by;       // user id
  std::string handled_by_name;  // read with the request (join)
  std::tm handled_at{};
  std::tm created_at{};
};

// Inserts an open request (its id is made here) and returns it.
SupportRequest create(soci::session& s, SupportRequest request, std::time_t now);
std::optional<SupportRequest> find(soci::session& s, const std::string& id);
// Open requests, oldest first.
std::vector<SupportRequest> open_requests(soci::session& s);
// The `limit` most recently handled requests, newest first.
std::vector<SupportRequest> recently_handled(soci::session& s, int limit);
// Marks an open request handled; false when it was no longer open (a concurrent handler won).
bool mark_handled(soci::session& s, const std::string& id, const std::string& note,
                  const std::string& actor_id, std::time_t now);

}  // namespace primowork::support::store
