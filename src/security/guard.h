// The guard in front of every route: it finds who is asking (session cookie or API token),
// checks the CSRF token of every state-changing request made with a cookie, asks the access
// policy, and only then calls the handler with the actor.
// A user whose role requires a second factor and who has none reaches only public pages and the
// "account.security" pages (settings, enrolment) until enrolled.
//
// Refusals: not logged in -> 303 to the login page (HTML) or 401 (API); logged in but not
// allowed -> 403; bad or missing CSRF token -> 403. Refusals of a logged-in user, CSRF failures
// and unknown API tokens are audited; a visitor sent to the login page is not (that is ordinary
// browsing, not an event). A user whose role
// requires a second factor and who has none is sent to enrol before anything else.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/http/forms.h"
#include "platform/http/router.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "security/options.h"
#include "security/sessions.h"

namespace primowork::security {

inline constexpr const char* kSessionCookie = "pw_session";
inline constexpr const char* kAnonymousCsrfCookie = "pw_csrf";
inline constexpr const char* kCsrfField = "_csrf";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";

struct Actor {
  std::optional<User> user;        // set when a session or token names a live, active user
  std::optional<Session> session;  // the cookie session, if any
  bool via_token = false;          // authenticated by Authorization: Bearer
  std::string csrf_token;          // to put in forms (session's, or the anonymous cookie's)
  std::string address;
  http::FormData form;  // the parsed body of a form POST
  std::vector<std::string> set_cookies;

  // Fully logged in: a user, and no second factor pending.
  bool logged_in() const {
    return user.has_value() && (!session || !session->second_factor_pending);
  }
  std::optional<Role> role() const {
    return logged_in() ? std::optional<Role>(user->role) : std::nullopt;
  }
  std::string label() const { return user ? user->login : "anonymous"; }
  // A field of the posted form, "" when absent.
  std::string field(const char* name) const { return form.fields.get_or(name, ""); }
};

using SecureHandler = std::function<http::Response(http::Request&, Actor&)>;

// The ids of the organisations the actor's user belongs to (none for an anonymous actor): what
// services check a resource's organisation against.
std::vector<std::string> organisation_ids(soci::session& s, const Actor& actor);

// An audit entry for what `actor` did (an anonymous actor, or "cli", has no actor id).
AuditEntry audit_entry(const Actor& actor, std::time_t at, const std::string& action,
                       const std::string& resource, const std::string& outcome,
                       const std::string& detail = "");

class Guard {
 public:
  Guard(db::Database& db, const SecurityOptions& options, Clock clock);

  // Registers `handler` behind the guard. Throws std::invalid_argument when `permission` is not
  // in the policy table.
  void add(http::Router& router, const std::string& method, const std::string& pattern,
           const std::string& permission, SecureHandler handler);
  void get(http::Router& r, const std::string& p, const std::string& perm, SecureHandler h) {
    add(r, "GET", p, perm, std::move(h));
  }
  void post(http::Router& r, const std::string& p, const std::string& perm, SecureHandler h) {
    add(r, "POST", p, perm, std::move(h));
  }

  struct RouteRule {
    std::string method;
    std::string pattern;
    std::string permission;
  };
  const std::vector<RouteRule>& rules() const { return rules_; }

  // Cookie carrying a new session token / removing it.
  std::string session_cookie(const std::string& token) const;
  std::string clear_session_cookie() const;

  // Records an audit entry in its own transaction (never throws; a failure is logged).
  void audit(const Actor& actor, const std::string& action, const std::string& resource,
             const std::string& outcome, const std::string& detail = "") const;

  const SecurityOptions& options() const { return options_; }
  std::time_t now() const { return clock_(); }

 private:
  http::Response guarded(http::Request& request, const std::string& permission,
                         const SecureHandler& handler) const;
  Actor resolve(http::Request& request, bool& bad_token) const;

  db::Database& db_;
  SecurityOptions options_;
  Clock clock_;
  std::vector<RouteRule> rules_;
};

}  // namespace primowork::security
