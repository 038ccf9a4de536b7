#include "security/accounts.h"

#include <algorithm>

#include "platform/clock.h"
#include "platform/ids.h"

namespace primowork::security {

std::string normalise_login(const std::string& text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = text.find_last_not_of(" \t\r\n");
  std::string out = text.substr(b, e - b + 1);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Status check_email(const std::string& email) {
  const auto at = email.find('@');
  const bool ok = email.size() <= 320 && at != std::string::npos && at > 0 &&
                  email.find('@', at + 1) == std::string::npos &&
                  email.find('.', at) != std::string::npos && email.back() != '.' &&
                  email.find_first_of(" \t\r\n<>,;:\"()[]\\") == std::string::npos;
  if (!ok) return Error::invalid("email", N_("Adresse e-mail invalide"));
  return Ok{};
}

Status check_login_name(const std::string& login) {
  const bool ok =
      login.size() >= 3 && login.size() <= 64 &&
      std::all_of(login.begin(), login.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      });
  if (!ok) {
    return Error::invalid("login", N_("L'identifiant doit compter de 3 à 64 lettres minuscules, "
                                      "chiffres, points, tirets ou soulignés."));
  }
  return Ok{};
}

namespace accounts {
namespace {

constexpr const char* kUserColumns =
    "SELECT id, login, email, display_name, role, password_hash, language, totp_secret,"
    " totp_last_step, active FROM users ";

std::optional<User> fetch_user(soci::session& s, const std::string& where,
                               const std::string& value) {
  User u;
  std::string role, email, hash, lang, totp;
  soci::indicator ie, ih, il, it;
  int active = 1;
  s << kUserColumns + where, soci::into(u.id), soci::into(u.login), soci::into(email, ie),
      soci::into(u.display_name), soci::into(role), soci::into(hash, ih), soci::into(lang, il),
      soci::into(totp, it), soci::into(u.totp_last_step), soci::into(active), soci::use(value);
  if (!s.got_data()) return std::nullopt;
  u.email = ie == soci::i_ok ? email : "";
  u.password_hash = ih == soci::i_ok ? hash : "";
  u.language = il == soci::i_ok ? lang : "";
  u.totp_sealed = it == soci::i_ok ? totp : "";
  u.role = parse_role(role).value_or(Role::kCandidate);
  u.active = active != 0;
  return u;
}

}  // namespace

Result<Organisation> create_organisation(soci::session& s, OrgKind kind, const std::string& name,
                                         std::time_t now) {
  if (name.empty() || name.size() > 200) {
    return Error::invalid("name",
                          N_("Le nom de l'organisation est obligatoire (200 caractères au plus)."));
  }
  if (find_organisation_by_name(s, name)) {
    return Error{ErrorCode::kConflict, "name", N_("Une organisation porte déjà ce nom."), name};
  }
  Organisation org{ids::make("org"), kind, name};
  const std::string kind_text(to_string(kind));
  std::tm at = to_utc_tm(now);
  s << "INSERT INTO organisations (id, kind, name, created_at) VALUES (:id, :k, :n, :t)",
      soci::use(org.id), soci::use(kind_text), soci::use(org.name), soci::use(at);
  return org;
}

namespace {
std::optional<Organisation> fetch_org(soci::session& s, const std::string& column,
                                      const std::string& value) {
  Organisation org;
  std::string kind;
  s << "SELECT id, kind, name FROM organisations WHERE " + column + " = :v", soci::into(org.id),
      soci::into(kind), soci::into(org.name), soci::use(value);
  if (!s.got_data()) return std::nullopt;
  org.kind = parse_org_kind(kind).value_or(OrgKind::kCompany);
  return org;
}
}  // namespace

std::optional<Organisation> find_organisation(soci::session& s, const std::string& id) {
  return fetch_org(s, "id", id);
}

std::optional<Organisation> find_organisation_by_name(soci::session& s, const std::string& name) {
  return fetch_org(s, "name", name);
}

std::vector<Organisation> list_organisations(soci::session& s) {
  std::vector<Organisation> out;
  Organisation org;
  std::string kind;
  soci::statement st = (s.prepare << "SELECT id, kind, name FROM organisations ORDER BY name",
                        soci::into(org.id), soci::into(kind), soci::into(org.name));
  st.execute();
  while (st.fetch()) {
    org.kind = parse_org_kind(kind).value_or(OrgKind::kCompany);
    out.push_back(org);
  }
  return out;
}

Result<User> create_user(soci::session& s, const NewUser& nu, std::time_t now) {
  const std::string login = normalise_login(nu.login);
  const std::string email = normalise_login(nu.email);
  if (nu.display_name.empty() || nu.display_name.size() > 200) {
    return Error::invalid("display_name", N_("Le nom est obligatoire (200 caractères au plus)."));
  }
  if (find_user_by_login(s, login)) {
    return Error{ErrorCode::kConflict, email.empty() ? "login" : "email",
                 N_("Un compte existe déjà avec cet identifiant."), login};
  }
  User u;
  u.id = ids::make("usr");
  u.login = login;
  u.email = email;
  u.display_name = nu.display_name;
  u.role = nu.role;
  u.password_hash = nu.password_hash;
  const std::string role(to_string(nu.role));
  soci::indicator ie = email.empty() ? soci::i_null : soci::i_ok;
  soci::indicator ih = nu.password_hash.empty() ? soci::i_null : soci::i_ok;
  std::tm at = to_utc_tm(now);
  s << "INSERT INTO users (id, login, email, display_name, role, password_hash, created_at,"
       " password_changed_at) VALUES (:id, :l, :e, :d, :r, :h, :t, :p)",
      soci::use(u.id), soci::use(u.login), soci::use(email, ie), soci::use(u.display_name),
      soci::use(role), soci::use(nu.password_hash, ih), soci::use(at), soci::use(at, ih);
  return u;
}

std::optional<User> find_user(soci::session& s, const std::string& id) {
  return fetch_user(s, "WHERE id = :v", id);
}

std::optional<User> find_user_by_login(soci::session& s, const std::string& login) {
  return fetch_user(s, "WHERE login = :v", normalise_login(login));
}

std::vector<User> list_users(soci::session& s) {
  std::vector<std::string> ids_list;
  std::string id;
  soci::statement st = (s.prepare << "SELECT id FROM users ORDER BY role, login", soci::into(id));
  st.execute();
  while (st.fetch()) ids_list.push_back(id);
  std::vector<User> out;
  for (const auto& i : ids_list) {
    if (auto u = find_user(s, i)) out.push_back(*u);
  }
  return out;
}

std::vector<User> active_users_with_role(soci::session& s, Role role) {
  std::vector<std::string> ids_list;
  std::string id;
  const std::string code(to_string(role));
  soci::statement st = (s.prepare << "SELECT id FROM users WHERE role = :r AND active = 1 "
                                     "ORDER BY login",
                        soci::into(id), soci::use(code));
  st.execute();
  while (st.fetch()) ids_list.push_back(id);
  std::vector<User> out;
  for (const auto& i : ids_list) {
    if (auto u = find_user(s, i)) out.push_back(*u);
  }
  return out;
}

void set_password_hash(soci::session& s, const std::string& user_id, const std::string& hash,
                       std::time_t now) {
  std::tm at = to_utc_tm(now);
  s << "UPDATE users SET password_hash = :h, password_changed_at = :t WHERE id = :id",
      soci::use(hash), soci::use(at), soci::use(user_id);
}

void set_totp(soci::session& s, const std::string& user_id, const std::string& sealed) {
  soci::indicator ind = sealed.empty() ? soci::i_null : soci::i_ok;
  s << "UPDATE users SET totp_secret = :s, totp_last_step = 0 WHERE id = :id",
      soci::use(sealed, ind), soci::use(user_id);
}

bool set_totp_last_step(soci::session& s, const std::string& user_id, long long step) {
  soci::statement st = (s.prepare << "UPDATE users SET totp_last_step = :s WHERE id = :id"
                                     " AND totp_last_step < :s2",
                        soci::use(step), soci::use(user_id), soci::use(step));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void set_language(soci::session& s, const std::string& user_id, const std::string& lang) {
  soci::indicator ind = lang.empty() ? soci::i_null : soci::i_ok;
  s << "UPDATE users SET language = :l WHERE id = :id", soci::use(lang, ind), soci::use(user_id);
}

void add_membership(soci::session& s, const std::string& user_id, const std::string& org_id,
                    std::time_t now) {
  int exists = 0;
  s << "SELECT COUNT(*) FROM memberships WHERE user_id = :u AND organisation_id = :o",
      soci::into(exists), soci::use(user_id), soci::use(org_id);
  if (exists > 0) return;
  std::tm at = to_utc_tm(now);
  s << "INSERT INTO memberships (user_id, organisation_id, created_at) VALUES (:u, :o, :t)",
      soci::use(user_id), soci::use(org_id), soci::use(at);
}

std::vector<Organisation> memberships(soci::session& s, const std::string& user_id) {
  std::vector<Organisation> out;
  Organisation org;
  std::string kind;
  soci::statement st =
      (s.prepare << "SELECT o.id, o.kind, o.name FROM organisations o JOIN memberships m"
                    " ON m.organisation_id = o.id WHERE m.user_id = :u ORDER BY o.name",
       soci::into(org.id), soci::into(kind), soci::into(org.name), soci::use(user_id));
  st.execute();
  while (st.fetch()) {
    org.kind = parse_org_kind(kind).value_or(OrgKind::kCompany);
    out.push_back(org);
  }
  return out;
}

}  // namespace accounts
}  // namespace primowork::security
