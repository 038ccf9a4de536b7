#include "security/sessions.h"

#include "platform/clock.h"
#include "security/crypto.h"

namespace primowork::security::sessions {

std::string create(soci::session& s, const std::string& user_id, bool second_factor_pending,
                   const std::string& address, std::time_t now, const SessionOptions& options,
                   Session* created) {
  const std::string token = random_token();
  Session session;
  session.id_hash = token_hash(token);
  session.user_id = user_id;
  session.csrf_token = random_token();
  session.second_factor_pending = second_factor_pending;
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = now + options.absolute_seconds;
  std::tm created_tm = to_utc_tm(now);
  std::tm expires_tm = to_utc_tm(session.expires_at);
  const int pending = second_factor_pending ? 1 : 0;
  const std::string addr = address.substr(0, 64);
  s << "INSERT INTO sessions (id_hash, user_id, csrf_token, second_factor_pending, created_at,"
       " last_seen_at, expires_at, address) VALUES (:h, :u, :c, :p, :t, :t2, :e, :a)",
      soci::use(session.id_hash), soci::use(user_id), soci::use(session.csrf_token),
      soci::use(pending), soci::use(created_tm), soci::use(created_tm), soci::use(expires_tm),
      soci::use(addr);
  if (created != nullptr) *created = session;
  return token;
}

std::optional<Session> find_live(soci::session& s, const std::string& token, std::time_t now,
                                 const SessionOptions& options) {
  if (token.empty() || token.size() > 100) return std::nullopt;
  Session session;
  session.id_hash = token_hash(token);
  int pending = 0;
  std::tm created{}, seen{}, expires{};
  s << "SELECT user_id, csrf_token, second_factor_pending, created_at, last_seen_at, expires_at"
       " FROM sessions WHERE id_hash = :h",
      soci::into(session.user_id), soci::into(session.csrf_token), soci::into(pending),
      soci::into(created), soci::into(seen), soci::into(expires), soci::use(session.id_hash);
  if (!s.got_data()) return std::nullopt;
  session.second_factor_pending = pending != 0;
  session.created_at = from_utc_tm(created);
  session.last_seen_at = from_utc_tm(seen);
  session.expires_at = from_utc_tm(expires);
  if (now >= session.expires_at || now - session.last_seen_at >= options.idle_seconds) {
    destroy(s, session.id_hash);
    return std::nullopt;
  }
  if (now - session.last_seen_at >= options.touch_interval_seconds) {
    std::tm now_tm = to_utc_tm(now);
    s << "UPDATE sessions SET last_seen_at = :t WHERE id_hash = :h", soci::use(now_tm),
        soci::use(session.id_hash);
    session.last_seen_at = now;
  }
  return session;
}

void destroy(soci::session& s, const std::string& id_hash) {
  s << "DELETE FROM sessions WHERE id_hash = :h", soci::use(id_hash);
}

int destroy_all(soci::session& s, const std::string& user_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM sessions WHERE user_id = :u", soci::into(n), soci::use(user_id);
  s << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
  return n;
}

void purge_expired(soci::session& s, std::time_t now, const SessionOptions& options) {
  std::tm now_tm = to_utc_tm(now);
  std::tm idle_tm = to_utc_tm(now - options.idle_seconds);
  s << "DELETE FROM sessions WHERE expires_at <= :n OR last_seen_at <= :i", soci::use(now_tm),
      soci::use(idle_tm);
}

}  // namespace primowork::security::sessions
