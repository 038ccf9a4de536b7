// The audit log: append-only (the database refuses UPDATE and DELETE on it), one row per
// security-relevant event: who, when, from where, what action on which resource, outcome.
//
// Actions are dotted names ("login", "logout", "password.change", "second_factor.enable",
// "membership.add", "token.create", "invitation.create", "person_file.read", "export"...).
// A failed action is recorded in its own transaction, after the action's one rolled back.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <string>
#include <vector>

namespace primowork::security {

struct AuditEntry {
  long long id = 0;
  std::time_t at = 0;
  std::string actor_id;     // "" for an anonymous actor
  std::string actor_label;  // login, "anonymous", or "cli"
  std::string address;
  std::string action;
  std::string resource;  // e.g. "user:usr_...", "session", "invitation:inv_..."
  std::string outcome;   // "success", "failure" or "denied"
  std::string detail;    // never a password, token or personal note
};

struct AuditFilter {
  std::string actor;    // substring of actor_label, "" = any
  std::string action;   // exact action or prefix ending with '.', "" = any
  std::string outcome;  // "", "success", "failure", "denied"
  std::time_t from = 0;
  std::time_t to = 0;  // 0 = no upper bound
  int limit = 50;
  int offset = 0;
};

namespace audit {

void record(soci::session& s, const AuditEntry& entry);
// Newest first.
std::vector<AuditEntry> query(soci::session& s, const AuditFilter& filter);

}  // namespace audit
}  // namespace primowork::security
