#include "security/guard.h"

#include "platform/http/cookies.h"
#include "platform/http/problem.h"
#include "platform/http/url.h"
#include "platform/i18n.h"
#include "platform/log.h"
#include "security/credentials.h"
#include "security/crypto.h"
#include "security/policy.h"

namespace primowork::security {
namespace {

bool state_changing(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool is_api(const http::Request& r) {
  return r.path.rfind("/api/", 0) == 0;
}

// Token-shaped values only: random_token() output is URL-safe base64.
bool token_shaped(const std::string& v) {
  if (v.size() < 20 || v.size() > 100) return false;
  for (char c : v) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
  }
  return true;
}

}  // namespace

Guard::Guard(db::Database& db, const SecurityOptions& options, Clock clock)
    : db_(db), options_(options), clock_(std::move(clock)) {}

std::string Guard::session_cookie(const std::string& token) const {
  http::SetCookie c;
  c.name = kSessionCookie;
  c.value = token;
  c.secure = options_.https;
  return c.to_header();
}

std::string Guard::clear_session_cookie() const {
  http::SetCookie c;
  c.name = kSessionCookie;
  c.value = "";
  c.max_age_s = 0;
  c.secure = options_.https;
  return c.to_header();
}

std::vector<std::string> organisation_ids(soci::session& s, const Actor& actor) {
  std::vector<std::string> out;
  if (!actor.user) return out;
  for (const auto& org : accounts::memberships(s, actor.user->id)) out.push_back(org.id);
  return out;
}

AuditEntry audit_entry(const Actor& actor, std::time_t at, const std::string& action,
                       const std::string& resource, const std::string& outcome,
                       const std::string& detail) {
  AuditEntry e;
  e.at = at;
  e.actor_id = actor.user ? actor.user->id : "";
  e.actor_label = actor.label();
  e.address = actor.address;
  e.action = action;
  e.resource = resource;
  e.outcome = outcome;
  e.detail = detail;
  return e;
}

void Guard::audit(const Actor& actor, const std::string& action, const std::string& resource,
                  const std::string& outcome, const std::string& detail) const {
  try {
    const AuditEntry e = audit_entry(actor, clock_(), action, resource, outcome, detail);
    db::with_transaction(db_, [&](soci::session& s) { audit::record(s, e); });
  } catch (const std::exception& ex) {
    log::error("audit write failed", {{"action", action}, {"error", ex.what()}});
  }
}

Actor Guard::resolve(http::Request& request, bool& bad_token) const {
  Actor actor;
  actor.address = request.remote_address;
  const std::string authorization = request.headers.get("Authorization").value_or("");
  const std::string session_token = request.cookie(kSessionCookie);
  if (authorization.rfind("Bearer ", 0) == 0 || !session_token.empty()) {
    auto lease = db_.acquire();
    if (authorization.rfind("Bearer ", 0) == 0) {
      const std::string token = authorization.substr(7);
      auto owner = credentials::token_owner(*lease, token, clock_());
      std::optional<User> user = owner ? accounts::find_user(*lease, *owner) : std::nullopt;
      if (user && user->active) {
        actor.user = user;
        actor.via_token = true;
      } else {
        bad_token = true;
      }
    } else {
      auto session = sessions::find_live(*lease, session_token, clock_(), options_.sessions);
      std::optional<User> user =
          session ? accounts::find_user(*lease, session->user_id) : std::nullopt;
      if (user && user->active) {
        actor.user = user;
        actor.session = session;
        actor.csrf_token = session->csrf_token;
      } else {
        if (session) sessions::destroy(*lease, session->id_hash);
        actor.set_cookies.push_back(clear_session_cookie());
      }
    }
  }
  if (actor.user && !actor.user->language.empty() && I18n::supported(actor.user->language) &&
      request.cookie(http::kLanguageCookie).empty()) {
    request.lang = actor.user->language;
  }
  if (actor.csrf_token.empty() && !actor.via_token) {
    const std::string anonymous = request.cookie(kAnonymousCsrfCookie);
    if (token_shaped(anonymous)) {
      actor.csrf_token = anonymous;
    } else {
      actor.csrf_token = random_token();
      http::SetCookie c;
      c.name = kAnonymousCsrfCookie;
      c.value = actor.csrf_token;
      c.same_site = "Strict";
      c.secure = options_.https;
      actor.set_cookies.push_back(c.to_header());
    }
  }
  return actor;
}

http::Response Guard::guarded(http::Request& request, const std::string& permission,
                              const SecureHandler& handler) const {
  bool bad_token = false;
  Actor actor = resolve(request, bad_token);
  auto finish = [&actor](http::Response r) {
    for (const auto& c : actor.set_cookies) r.headers.add("Set-Cookie", c);
    return r;
  };
  if (bad_token) {
    audit(actor, "token.use", "api", "denied", "unknown or revoked token");
    http::Response r = http::problem(401, "Unauthorized");
    r.headers.set("WWW-Authenticate", "Bearer");
    return r;
  }
  if (state_changing(request.method)) {
    const std::string type = request.content_type();
    if (type == "application/x-www-form-urlencoded" || type == "multipart/form-data") {
      auto form = http::parse_form(request);
      if (!form) return finish(http::Response::text("", 400));
      actor.form = std::move(form.value());
    }
    if (!actor.via_token) {
      const std::string sent =
          actor.form.fields.get(kCsrfField).value_or(request.headers.get(kCsrfHeader).value_or(""));
      if (sent.empty() || !constant_time_equal(sent, actor.csrf_token)) {
        audit(actor, "csrf.check", request.route, "denied");
        return finish(is_api(request) ? http::problem(403, "Forbidden")
                                      : http::Response::text("", 403));
      }
    }
  }
  if (!allows(actor.role(), permission)) {
    if (!actor.logged_in()) {
      if (is_api(request)) return finish(http::problem(401, "Unauthorized"));
      std::string next = request.path;
      if (!request.raw_query.empty()) next += "?" + request.raw_query;
      return finish(http::Response::redirect("/connexion?next=" + http::percent_encode(next)));
    }
    audit(actor, "access", request.route, "denied", permission);
    return finish(is_api(request) ? http::problem(403, "Forbidden")
                                  : http::Response::text("", 403));
  }
  if (actor.logged_in() && permission != "account.security" && permission.rfind("site.", 0) != 0 &&
      second_factor_required(actor.user->role, options_.second_factor_for_counsellors) &&
      !actor.user->has_second_factor()) {
    if (is_api(request)) return finish(http::problem(403, "Second factor required"));
    return finish(http::Response::redirect("/compte/double-authentification"));
  }
  return finish(handler(request, actor));
}

void Guard::add(http::Router& router, const std::string& method, const std::string& pattern,
                const std::string& permission, SecureHandler handler) {
  if (!known_permission(permission)) {
    throw std::invalid_argument("route " + pattern + " names unknown permission " + permission);
  }
  rules_.push_back({method, pattern, permission});
  router.add(method, pattern, [this, permission, handler = std::move(handler)](http::Request& r) {
    return guarded(r, permission, handler);
  });
}

}  // namespace primowork::security
