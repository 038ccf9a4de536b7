// Identity use cases: log in (password, then second factor), log out, change or reset a
// password, invite and accept, enrol or drop a second factor, API tokens, accounts from the
// command line. Each action is one transaction and is audited; a failed action changes
// nothing and is audited in its own transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/i18n.h"
#include "platform/result.h"
#include "security/accounts.h"
#include "security/credentials.h"
#include "security/crypto.h"
#include "security/guard.h"
#include "security/options.h"
#include "security/passwords.h"

namespace primowork::security {

struct LoginResult {
  enum class Outcome { kSignedIn, kSecondFactor, kRefused, kThrottled };
  Outcome outcome = Outcome::kRefused;
  std::string session_token;  // new session (pending second factor for kSecondFactor)
  int retry_after = 0;        // seconds, for kThrottled
  std::string language;       // the user's preference, to set the language cookie
};

struct CreatedInvitation {
  Invitation invitation;
  std::string link;  // full URL with the single-use token
  std::string code;  // short code to type, "ABCD-EFGH"
};

struct Enrolment {
  std::string sealed_secret;  // encrypted secret, carried by the confirmation form
  std::string base32;         // to type into an authenticator app
  std::string uri;            // otpauth:// URI for the QR code
};

class AuthService {
 public:
  AuthService(db::Database& db, const Guard& guard, const CommonPasswords& common,
              const FieldCipher& cipher, const I18n& i18n, Clock clock);

  LoginResult login(const std::string& login, const std::string& password, Actor& actor);
  // `code` is a TOTP code or a recovery code. On success the pending session is replaced by a
  // new one (new id).
  LoginResult second_factor(const std::string& code, Actor& actor);
  void logout(Actor& actor);

  Status change_password(Actor& actor, const std::string& current, const std::string& next,
                         const std::string& confirm);
  // Always succeeds from the caller's point of view (no hint whether the account exists); mails
  // a link when the login or email names an active account with an email.
  void request_reset(const std::string& login_or_email, const std::string& lang, Actor& actor);
  bool reset_link_valid(const std::string& token);
  Status reset_password(const std::string& token, const std::string& next,
                        const std::string& confirm, Actor& actor);

  Result<CreatedInvitation> invite(Actor& actor, const std::string& role,
                                   const std::string& organisation_id,
                                   const std::string& display_name, const std::string& email,
                                   const std::string& lang);
  std::optional<Invitation> invitation_by_token(const std::string& token);
  std::optional<Invitation> invitation_by_code(const std::string& code, Actor& actor,
                                               int* retry_after);
  // Creates the account of an invitation. `login` is used when the invitation has no email.
  Result<User> accept_invitation(const Invitation& invitation, const std::string& login,
                                 const std::string& password, const std::string& confirm,
                                 Actor& actor);
  // The organisations the actor may invite into.
  std::vector<Organisation> invitable_organisations(const Actor& actor);

  Enrolment begin_enrolment(const User& user) const;
  // The enrolment of a sealed secret from a previous form, when it is ours and intact.
  std::optional<Enrolment> resume_enrolment(const User& user, const std::string& sealed) const;
  // Checks a first code against the sealed secret, saves it and returns ten recovery codes
  // (shown once).
  Result<std::vector<std::string>> confirm_enrolment(Actor& actor, const std::string& sealed,
                                                     const std::string& code);
  Status disable_second_factor(Actor& actor, const std::string& password);
  int remaining_recovery_codes(const User& user);

  std::string create_token(const User& user, const std::string& name, const std::string& by);
  std::vector<ApiToken> tokens(const User& user);
  bool revoke_token(Actor& actor, const std::string& token_id);

  Status set_language(Actor& actor, const std::string& lang);

  // Command line: creates an organisation / a user with an optional password (empty: the
  // user is invited instead and the link is returned in `invitation_link`).
  Result<Organisation> add_organisation(const std::string& kind, const std::string& name);
  Result<User> add_user(const std::string& email, const std::string& role,
                        const std::string& organisation, const std::string& display_name,
                        const std::string& password, std::string* invitation_link);
  Status set_password_cli(const std::string& login, const std::string& password);

 private:
  std::optional<std::string> unseal_enrolment(const User& user, const std::string& sealed) const;
  LoginResult start_session(soci::session& s, const User& user, bool second_factor_pending,
                            Actor& actor);
  void enqueue_mail(soci::session& s, const std::string& to, const std::string& lang,
                    const std::string& subject_id, const std::string& body);

  db::Database& db_;
  const Guard& guard_;
  const CommonPasswords& common_;
  const FieldCipher& cipher_;
  const I18n& i18n_;
  Clock clock_;
};

}  // namespace primowork::security
