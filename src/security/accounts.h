// Accounts: organisations, users and memberships (domain types and their SQL).
//
// Logins are stored lowercase; a user without email (many candidates) logs in with a login name
// chosen when accepting an invitation. Every function runs on the caller's session, inside the
// caller's transaction.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "platform/result.h"
#include "security/roles.h"

namespace primowork::security {

struct Organisation {
  std::string id;
  OrgKind kind = OrgKind::kCompany;
  std::string name;
};

struct User {
  std::string id;
  std::string login;  // lowercase, unique
  std::string email;  // "" when none
  std::string display_name;
  Role role = Role::kCandidate;
  std::string password_hash;  // "" until a password is set
  std::string language;       // "" = no preference
  std::string totp_sealed;    // encrypted TOTP secret, "" when no second factor
  long long totp_last_step = 0;
  bool active = true;

  bool has_second_factor() const { return !totp_sealed.empty(); }
};

struct NewUser {
  std::string login;
  std::string email;
  std::string display_name;
  Role role = Role::kCandidate;
  std::string password_hash;
};

// Lowercases ASCII and trims spaces: the form logins and emails are compared in.
std::string normalise_login(const std::string& text);

// Checks the shape of an email address (one '@', a dot in the domain, no spaces); field "email".
Status check_email(const std::string& email);
// Checks a login name without '@': 3-64 of [a-z0-9._-]; field "login".
Status check_login_name(const std::string& login);

namespace accounts {

Result<Organisation> create_organisation(soci::session& s, OrgKind kind, const std::string& name,
                                         std::time_t now);
std::optional<Organisation> find_organisation(soci::session& s, const std::string& id);
std::optional<Organisation> find_organisation_by_name(soci::session& s, const std::string& name);
std::vector<Organisation> list_organisations(soci::session& s);

// Fails with kConflict (field "login" or "email") when taken.
Result<User> create_user(soci::session& s, const NewUser& user, std::time_t now);
std::optional<User> find_user(soci::session& s, const std::string& id);
std::optional<User> find_user_by_login(soci::session& s, const std::string& login);
std::vector<User> list_users(soci::session& s);
// Active users holding `role`, by login (for example the coordinators to notify).
std::vector<User> active_users_with_role(soci::session& s, Role role);

void set_password_hash(soci::session& s, const std::string& user_id, const std::string& hash,
                       std::time_t now);
void set_totp(soci::session& s, const std::string& user_id, const std::string& sealed);
// Records the time step of an accepted code; false when a code of this step or a later one was
// already accepted (replay, or a concurrent login with the same code).
bool set_totp_last_step(soci::session& s, const std::string& user_id, long long step);
void set_language(soci::session& s, const std::string& user_id, const std::string& lang);

void add_membership(soci::session& s, const std::string& user_id, const std::string& org_id,
                    std::time_t now);
std::vector<Organisation> memberships(soci::session& s, const std::string& user_id);

}  // namespace accounts
}  // namespace primowork::security
