#include "security/credentials.h"

#include <sodium.h>

#include "platform/clock.h"
#include "platform/ids.h"
#include "security/crypto.h"

namespace primowork::security {

namespace {
constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";  // no I, L, O, 0, 1
}

std::string new_short_code() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  std::string code;
  for (int i = 0; i < 8; ++i) {
    code.push_back(kCodeAlphabet[randombytes_uniform(sizeof kCodeAlphabet - 1)]);
  }
  return code.substr(0, 4) + "-" + code.substr(4);
}

std::string normalise_code(const std::string& typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (out.size() != 8) return {};
  for (char c : out) {
    if (std::string_view(kCodeAlphabet).find(c) == std::string_view::npos) return {};
  }
  return out;
}

namespace credentials {

std::string create_reset(soci::session& s, const std::string& user_id, std::time_t now,
                         int lifetime) {
  const std::string token = random_token();
  const std::string hash = token_hash(token);
  std::tm at = to_utc_tm(now);
  std::tm until = to_utc_tm(now + lifetime);
  s << "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)"
       " VALUES (:h, :u, :t, :e)",
      soci::use(hash), soci::use(user_id), soci::use(at), soci::use(until);
  return token;
}

std::optional<std::string> find_reset(soci::session& s, const std::string& token, std::time_t now) {
  std::string user_id;
  const std::string hash = token_hash(token);
  std::tm at = to_utc_tm(now);
  s << "SELECT user_id FROM password_resets WHERE token_hash = :h AND used_at IS NULL"
       " AND expires_at > :t",
      soci::into(user_id), soci::use(hash), soci::use(at);
  if (!s.got_data()) return std::nullopt;
  return user_id;
}

bool use_reset(soci::session& s, const std::string& token, std::time_t now) {
  const std::string hash = token_hash(token);
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE password_resets SET used_at = :t"
                                     " WHERE token_hash = :h AND used_at IS NULL",
                        soci::use(at), soci::use(hash));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::pair<std::string, std::string> create_invitation(soci::session& s, Invitation& inv,
                                                      std::time_t now, int lifetime) {
  const std::string token = random_token();
  const std::string code = new_short_code();
  inv.id = ids::make("inv");
  inv.created_at = now;
  inv.expires_at = now + lifetime;
  const std::string th = token_hash(token);
  const std::string ch = token_hash(normalise_code(code));
  const std::string role(to_string(inv.role));
  soci::indicator ei = inv.email.empty() ? soci::i_null : soci::i_ok;
  std::tm at = to_utc_tm(now);
  std::tm until = to_utc_tm(inv.expires_at);
  s << "INSERT INTO invitations (id, token_hash, code_hash, role, organisation_id, email,"
       " display_name, invited_by, created_at, expires_at)"
       " VALUES (:id, :th, :ch, :r, :o, :e, :d, :b, :t, :x)",
      soci::use(inv.id), soci::use(th), soci::use(ch), soci::use(role),
      soci::use(inv.organisation_id), soci::use(inv.email, ei), soci::use(inv.display_name),
      soci::use(inv.invited_by), soci::use(at), soci::use(until);
  return {token, code};
}

namespace {

constexpr const char* kInvitationColumns =
    "SELECT id, role, organisation_id, email, display_name, invited_by, created_at, expires_at,"
    " used_at FROM invitations ";

std::vector<Invitation> fetch_invitations(soci::session& s, const std::string& where,
                                          const std::string& value) {
  std::vector<Invitation> out;
  Invitation inv;
  std::string role, email;
  std::tm created{}, expires{}, used{};
  soci::indicator ie, iu;
  soci::statement st =
      (s.prepare << kInvitationColumns + where, soci::into(inv.id), soci::into(role),
       soci::into(inv.organisation_id), soci::into(email, ie), soci::into(inv.display_name),
       soci::into(inv.invited_by), soci::into(created), soci::into(expires), soci::into(used, iu),
       soci::use(value));
  st.execute();
  while (st.fetch()) {
    inv.role = parse_role(role).value_or(Role::kCandidate);
    inv.email = ie == soci::i_ok ? email : "";
    inv.created_at = from_utc_tm(created);
    inv.expires_at = from_utc_tm(expires);
    inv.used = iu == soci::i_ok;
    out.push_back(inv);
  }
  return out;
}

std::optional<Invitation> live(std::vector<Invitation> found, std::time_t now) {
  if (found.empty() || found[0].used || found[0].expires_at <= now) return std::nullopt;
  return found[0];
}

}  // namespace

std::optional<Invitation> find_invitation(soci::session& s, const std::string& id) {
  auto found = fetch_invitations(s, "WHERE id = :v", id);
  if (found.empty()) return std::nullopt;
  return found[0];
}

std::optional<Invitation> find_invitation_by_token(soci::session& s, const std::string& token,
                                                   std::time_t now) {
  return live(fetch_invitations(s, "WHERE token_hash = :v", token_hash(token)), now);
}

std::optional<Invitation> find_invitation_by_code(soci::session& s, const std::string& code,
                                                  std::time_t now) {
  const std::string normalised = normalise_code(code);
  if (normalised.empty()) return std::nullopt;
  return live(fetch_invitations(s, "WHERE code_hash = :v", token_hash(normalised)), now);
}

bool use_invitation(soci::session& s, const std::string& id, const std::string& user_id,
                    std::time_t now) {
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE invitations SET used_at = :t, used_by = :u"
                                     " WHERE id = :id AND used_at IS NULL",
                        soci::use(at), soci::use(user_id), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<Invitation> invitations_by(soci::session& s, const std::string& inviter_id) {
  return fetch_invitations(s, "WHERE invited_by = :v ORDER BY created_at DESC", inviter_id);
}

void replace_recovery_codes(soci::session& s, const std::string& user_id,
                            const std::vector<std::string>& code_hashes) {
  s << "DELETE FROM recovery_codes WHERE user_id = :u", soci::use(user_id);
  for (const auto& h : code_hashes) {
    s << "INSERT INTO recovery_codes (user_id, code_hash) VALUES (:u, :h)", soci::use(user_id),
        soci::use(h);
  }
}

bool use_recovery_code(soci::session& s, const std::string& user_id, const std::string& code_hash,
                       std::time_t now) {
  // One conditional update: two requests with the same code cannot both succeed.
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE recovery_codes SET used_at = :t WHERE user_id = :u"
                                     " AND code_hash = :h AND used_at IS NULL",
                        soci::use(at), soci::use(user_id), soci::use(code_hash));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

int remaining_recovery_codes(soci::session& s, const std::string& user_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM recovery_codes WHERE user_id = :u AND used_at IS NULL", soci::into(n),
      soci::use(user_id);
  return n;
}

std::string create_token(soci::session& s, const std::string& user_id, const std::string& name,
                         std::time_t now, ApiToken* created) {
  const std::string token = "pwk_" + random_token();
  ApiToken t{ids::make("tok"), user_id, name, now, 0, false};
  const std::string hash = token_hash(token);
  std::tm at = to_utc_tm(now);
  s << "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at)"
       " VALUES (:id, :u, :n, :h, :t)",
      soci::use(t.id), soci::use(user_id), soci::use(name), soci::use(hash), soci::use(at);
  if (created != nullptr) *created = t;
  return token;
}

std::optional<std::string> token_owner(soci::session& s, const std::string& token,
                                       std::time_t now) {
  if (token.size() > 100) return std::nullopt;
  std::string user_id, id;
  const std::string hash = token_hash(token);
  s << "SELECT id, user_id FROM api_tokens WHERE token_hash = :h AND revoked_at IS NULL",
      soci::into(id), soci::into(user_id), soci::use(hash);
  if (!s.got_data()) return std::nullopt;
  std::tm at = to_utc_tm(now);
  s << "UPDATE api_tokens SET last_used_at = :t WHERE id = :id", soci::use(at), soci::use(id);
  return user_id;
}

std::vector<ApiToken> tokens_of(soci::session& s, const std::string& user_id) {
  std::vector<ApiToken> out;
  ApiToken t;
  std::tm created{}, used{}, revoked{};
  soci::indicator iu, ir;
  soci::statement st =
      (s.prepare << "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens"
                    " WHERE user_id = :u ORDER BY created_at DESC, id",
       soci::into(t.id), soci::into(t.name), soci::into(created), soci::into(used, iu),
       soci::into(revoked, ir), soci::use(user_id));
  st.execute();
  while (st.fetch()) {
    t.user_id = user_id;
    t.created_at = from_utc_tm(created);
    t.last_used_at = iu == soci::i_ok ? from_utc_tm(used) : 0;
    t.revoked = ir == soci::i_ok;
    out.push_back(t);
  }
  return out;
}

bool revoke_token(soci::session& s, const std::string& user_id, const std::string& id,
                  std::time_t now) {
  int n = 0;
  s << "SELECT COUNT(*) FROM api_tokens WHERE id = :id AND user_id = :u AND revoked_at IS NULL",
      soci::into(n), soci::use(id), soci::use(user_id);
  if (n == 0) return false;
  std::tm at = to_utc_tm(now);
  s << "UPDATE api_tokens SET revoked_at = :t WHERE id = :id", soci::use(at), soci::use(id);
  return true;
}

}  // namespace credentials
}  // namespace primowork::security
