// The support requests' use cases: an employer (logged in or not) asks the coordination for
// help, and a coordinator works through the queue. Each action is one transaction with an audit
// row; sending a request also queues one mail per active coordinator account with an address
// (mail outbox), in that coordinator's language.
#pragma once

#include <string>
#include <vector>

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/i18n.h"
#include "security/guard.h"
#include "support/support_store.h"

namespace primowork::support {

// What the queue page shows.
struct Queue {
  std::vector<store::SupportRequest> open;     // oldest first
  std::vector<store::SupportRequest> handled;  // the last kHandledShown, newest first
};

constexpr int kHandledShown = 20;
// Requests one sender (an account, else a client address) may send per hour; beyond, the form
// waits (each request mails every coordinator, so the form must not become a mail cannon).
constexpr int kRequestsPerHour = 5;

class SupportService {
 public:
  // `public_url` starts the link to the queue in the coordinators' mail.
  SupportService(db::Database& db, const I18n& i18n, std::string public_url, Clock clock);

  // The address to prefill in the form: the logged-in user's email, else "".
  std::string contact_email(const security::Actor& actor) const;
  // Validates (kInvalid naming the first bad field: topic, message, email), then stores the
  // request (linked to the requester and their company when logged in) and queues the mail to
  // the coordinators, in one transaction. Returns the request id.
  Result<std::string> submit(const security::Actor& actor, const RequestInput& input);
  // Seconds before `actor` may send another request (0: now).
  int retry_after(const security::Actor& actor);
  // Every problem of `input`, each naming its field (for the form to show them all at once).
  std::vector<Error> check(const RequestInput& input) const { return check_request(input); }

  // The coordinator's queue (audited as a read).
  Queue queue(const security::Actor& actor);
  // Marks a request handled with a note: kNotFound for an unknown request; the errors of
  // check_handle() otherwise (kConflict "status" when already handled, kInvalid "note").
  Status mark_handled(const security::Actor& actor, const std::string& id, const std::string& note);

 private:
  db::Database& db_;
  const I18n& i18n_;
  std::string public_url_;
  Clock clock_;
};

}  // namespace primowork::support
