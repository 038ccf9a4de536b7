// The mail outbox: messages are queued in the database inside the user's transaction and sent
// later by a background sender (SMTP), so a failed mail server never loses or blocks an action.
// This file is the store; the sender arrives with account mail (password reset, invitations).
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "platform/result.h"

namespace primowork::mail {

struct Message {
  std::string id;
  std::string recipient;
  std::string subject;
  std::string body_text;
  std::tm created_at{};  // UTC
  std::optional<std::tm> sent_at;
  int attempts = 0;
  std::string last_error;
};

// Queues a message in the caller's transaction. Fails with kInvalid naming the field when the
// recipient is not an address, or subject or body is empty or not one line (subject).
Result<std::string> enqueue(soci::session& session, const std::string& recipient,
                            const std::string& subject, const std::string& body_text,
                            const std::tm& now_utc);

// Unsent messages with fewer than `max_attempts` attempts, oldest first.
std::vector<Message> pending(soci::session& session, int max_attempts, int limit);

void mark_sent(soci::session& session, const std::string& id, const std::tm& now_utc);
void mark_failed(soci::session& session, const std::string& id, const std::string& error);

// Current UTC time as std::tm.
std::tm utc_now();

}  // namespace primowork::mail
