#include "security/auth_service.h"

#include "platform/log.h"
#include "platform/mail_outbox.h"
#include "security/audit.h"
#include "security/policy.h"
#include "security/recovery_codes.h"
#include "security/sessions.h"
#include "security/throttle.h"
#include "security/totp.h"

namespace primowork::security {
namespace {

std::string login_subject(const std::string& login) {
  return "login:" + normalise_login(login);
}
std::string address_subject(const std::string& address) {
  return "address:" + address;
}

AuditEntry entry(const Actor& actor, std::time_t now, const std::string& action,
                 const std::string& resource, const std::string& outcome,
                 const std::string& detail = "") {
  return audit_entry(actor, now, action, resource, outcome, detail);
}

// An entry for an action of the command line (no person, no address).
AuditEntry cli_entry(std::time_t now, const std::string& action, const std::string& resource,
                     const std::string& detail = "") {
  Actor cli;
  AuditEntry e = audit_entry(cli, now, action, resource, "success", detail);
  e.actor_label = "cli";
  return e;
}

Status confirm_matches(const std::string& next, const std::string& confirm) {
  if (next != confirm) {
    return Error::invalid("confirm", N_("Les deux mots de passe ne sont pas identiques."));
  }
  return Ok{};
}

}  // namespace

AuthService::AuthService(db::Database& db, const Guard& guard, const CommonPasswords& common,
                         const FieldCipher& cipher, const I18n& i18n, Clock clock)
    : db_(db),
      guard_(guard),
      common_(common),
      cipher_(cipher),
      i18n_(i18n),
      clock_(std::move(clock)) {}

LoginResult AuthService::start_session(soci::session& s, const User& user,
                                       bool second_factor_pending, Actor& actor) {
  LoginResult result;
  Session created;
  result.session_token = sessions::create(s, user.id, second_factor_pending, actor.address,
                                          clock_(), guard_.options().sessions, &created);
  result.outcome =
      second_factor_pending ? LoginResult::Outcome::kSecondFactor : LoginResult::Outcome::kSignedIn;
  result.language = user.language;
  actor.user = user;
  actor.session = created;
  actor.csrf_token = created.csrf_token;
  return result;
}

LoginResult AuthService::login(const std::string& login, const std::string& password,
                               Actor& actor) {
  const std::time_t now = clock_();
  const auto& limits = guard_.options().throttle;
  Actor attempt = actor;
  attempt.user.reset();
  auto audit_attempt = [&](soci::session& s, const std::string& outcome,
                           const std::string& detail) {
    AuditEntry e = entry(attempt, now, "login", "session", outcome, detail);
    e.actor_label = normalise_login(login).substr(0, 320);
    audit::record(s, e);
  };
  // 1. A short read: throttling, then the account. No transaction is open while Argon2 runs
  //    (on SQLite a write transaction would hold the database lock for everyone).
  int wait = 0;
  std::optional<User> user;
  {
    auto lease = db_.acquire();
    wait = std::max(throttle::retry_after(*lease, login_subject(login), now, limits),
                    throttle::retry_after(*lease, address_subject(actor.address), now, limits));
    if (wait == 0) user = accounts::find_user_by_login(*lease, login);
  }
  LoginResult result;
  if (wait > 0) {
    db::with_transaction(db_, [&](soci::session& s) { audit_attempt(s, "denied", "throttled"); });
    result.outcome = LoginResult::Outcome::kThrottled;
    result.retry_after = wait;
    return result;
  }
  // 2. The password, outside any transaction (a decoy hash when there is no such account).
  const std::string& hash =
      user && !user->password_hash.empty() ? user->password_hash : decoy_hash();
  const bool good =
      verify_password(hash, password) && user && user->active && !user->password_hash.empty();
  if (!good) {
    db::with_transaction(db_, [&](soci::session& s) {
      throttle::record_failure(s, login_subject(login), now);
      throttle::record_failure(s, address_subject(actor.address), now);
      audit_attempt(s, "failure", "wrong login or password");
    });
    result.outcome = LoginResult::Outcome::kRefused;
    return result;
  }
  const std::string rehashed = needs_rehash(user->password_hash) ? hash_password(password) : "";
  // 3. A short write: the session and the audit.
  db::with_transaction(db_, [&](soci::session& s) {
    throttle::clear(s, login_subject(login));
    if (!rehashed.empty()) accounts::set_password_hash(s, user->id, rehashed, now);
    result = start_session(s, *user, user->has_second_factor(), actor);
    audit::record(
        s, entry(actor, now, "login", "session", "success",
                 user->has_second_factor() ? "password; second factor pending" : "password"));
  });
  return result;
}

LoginResult AuthService::second_factor(const std::string& code, Actor& actor) {
  LoginResult result;
  if (!actor.user || !actor.session || !actor.session->second_factor_pending) return result;
  const std::time_t now = clock_();
  const User user = *actor.user;
  const std::string subject = "second_factor:" + user.id;
  bool failed = false;
  db::with_transaction(db_, [&](soci::session& s) {
    const int wait = throttle::retry_after(s, subject, now, guard_.options().throttle);
    if (wait > 0) {
      result.outcome = LoginResult::Outcome::kThrottled;
      result.retry_after = wait;
      audit::record(s, entry(actor, now, "login.second_factor", "session", "denied", "throttled"));
      return;
    }
    std::string method;
    const auto raw = cipher_.decrypt(user.totp_sealed);
    if (raw) {
      auto step = totp::verify(*raw, code, now, user.totp_last_step);
      if (step && accounts::set_totp_last_step(s, user.id, *step)) method = "totp";
    }
    if (method.empty()) {
      const std::string normalised = recovery_codes::normalise(code);
      if (!normalised.empty() &&
          credentials::use_recovery_code(s, user.id,
                                         recovery_codes::hash(user.id + ":" + normalised), now)) {
        method = "recovery code";
      }
    }
    if (method.empty()) {
      failed = true;
      return;
    }
    throttle::clear(s, subject);
    sessions::destroy(s, actor.session->id_hash);
    result = start_session(s, user, false, actor);
    audit::record(s, entry(actor, now, "login.second_factor", "session", "success", method));
  });
  if (failed) {
    db::with_transaction(db_, [&](soci::session& s) {
      throttle::record_failure(s, subject, now);
      audit::record(s, entry(actor, now, "login.second_factor", "session", "failure"));
    });
  }
  return result;
}

void AuthService::logout(Actor& actor) {
  if (!actor.session) return;
  db::with_transaction(db_, [&](soci::session& s) {
    sessions::destroy(s, actor.session->id_hash);
    audit::record(s, entry(actor, clock_(), "logout", "session", "success"));
  });
  actor.session.reset();
}

Status AuthService::change_password(Actor& actor, const std::string& current,
                                    const std::string& next, const std::string& confirm) {
  const User& user = *actor.user;
  if (!verify_password(user.password_hash, current)) {
    guard_.audit(actor, "password.change", "user:" + user.id, "failure", "wrong current password");
    return Error::invalid("current", N_("Le mot de passe actuel n'est pas correct."));
  }
  if (auto st = check_new_password(next, user.login, common_); !st) return st;
  if (auto st = confirm_matches(next, confirm); !st) return st;
  const std::time_t now = clock_();
  const std::string hash = hash_password(next);  // before the transaction: Argon2 is slow
  db::with_transaction(db_, [&](soci::session& s) {
    accounts::set_password_hash(s, user.id, hash, now);
    // Every other session ends; this one stays, under a new id.
    sessions::destroy_all(s, user.id);
    LoginResult fresh = start_session(s, user, false, actor);
    actor.set_cookies.push_back(guard_.session_cookie(fresh.session_token));
    audit::record(s, entry(actor, now, "password.change", "user:" + user.id, "success"));
  });
  return Ok{};
}

void AuthService::enqueue_mail(soci::session& s, const std::string& to, const std::string& lang,
                               const std::string& subject_id, const std::string& body) {
  auto queued = mail::enqueue(s, to, i18n_.tr(lang, subject_id), body, to_utc_tm(clock_()));
  if (!queued) log::warn("mail not queued", {{"field", queued.error().field}});
}

void AuthService::request_reset(const std::string& login_or_email, const std::string& lang,
                                Actor& actor) {
  const std::time_t now = clock_();
  db::with_transaction(db_, [&](soci::session& s) {
    auto user = accounts::find_user_by_login(s, login_or_email);
    if (!user || !user->active || user->email.empty()) {
      AuditEntry e = entry(actor, now, "password.reset_request", "user", "failure",
                           "no such account with email");
      e.actor_label = normalise_login(login_or_email).substr(0, 320);
      audit::record(s, e);
      return;
    }
    const std::string token =
        credentials::create_reset(s, user->id, now, guard_.options().reset_lifetime_s);
    const std::string mail_lang = user->language.empty() ? lang : user->language;
    const std::string body =
        i18n_.tr(mail_lang, "Bonjour,") + "\n\n" +
        i18n_.tr(mail_lang,
                 "Pour choisir un nouveau mot de passe PrimoWork, ouvrez ce lien dans l'heure :") +
        "\n" + guard_.options().public_url + "/reinitialiser/" + token + "\n\n" +
        i18n_.tr(
            mail_lang,
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.") +
        "\n";
    enqueue_mail(s, user->email, mail_lang, N_("Réinitialisation de votre mot de passe PrimoWork"),
                 body);
    AuditEntry e = entry(actor, now, "password.reset_request", "user:" + user->id, "success");
    e.actor_label = user->login;
    audit::record(s, e);
  });
}

bool AuthService::reset_link_valid(const std::string& token) {
  auto lease = db_.acquire();
  return credentials::find_reset(*lease, token, clock_()).has_value();
}

Status AuthService::reset_password(const std::string& token, const std::string& next,
                                   const std::string& confirm, Actor& actor) {
  const std::time_t now = clock_();
  std::optional<User> user;
  {
    auto lease = db_.acquire();
    auto user_id = credentials::find_reset(*lease, token, now);
    if (user_id) user = accounts::find_user(*lease, *user_id);
  }
  if (!user) {
    guard_.audit(actor, "password.reset", "user", "failure", "expired or used link");
    return Error{ErrorCode::kNotFound, "",
                 N_("Ce lien n'est plus valable. Demandez-en un nouveau."), ""};
  }
  if (auto st = check_new_password(next, user->login, common_); !st) return st;
  if (auto st = confirm_matches(next, confirm); !st) return st;
  const std::string hash = hash_password(next);
  Status result = Ok{};
  db::with_transaction(db_, [&](soci::session& s) {
    if (!credentials::use_reset(s, token, now)) {  // used in the meantime
      result = Error{ErrorCode::kNotFound, "",
                     N_("Ce lien n'est plus valable. Demandez-en un nouveau."), ""};
      return;
    }
    accounts::set_password_hash(s, user->id, hash, now);
    sessions::destroy_all(s, user->id);
    throttle::clear(s, login_subject(user->login));
    AuditEntry e = entry(actor, now, "password.reset", "user:" + user->id, "success");
    e.actor_id = user->id;
    e.actor_label = user->login;
    audit::record(s, e);
  });
  return result;
}

std::vector<Organisation> AuthService::invitable_organisations(const Actor& actor) {
  std::vector<Organisation> out;
  if (!actor.logged_in()) return out;
  auto lease = db_.acquire();
  if (actor.user->role == Role::kAdmin || actor.user->role == Role::kCoordinator) {
    for (const auto& org : accounts::list_organisations(*lease)) {
      if (actor.user->role == Role::kAdmin || org.kind == OrgKind::kIntegrationOperator ||
          org.kind == OrgKind::kCompany) {
        out.push_back(org);
      }
    }
    return out;
  }
  return accounts::memberships(*lease, actor.user->id);  // a counsellor invites into their own
}

Result<CreatedInvitation> AuthService::invite(Actor& actor, const std::string& role_text,
                                              const std::string& organisation_id,
                                              const std::string& display_name,
                                              const std::string& email, const std::string& lang) {
  const auto role = parse_role(role_text);
  if (!role || !may_invite(actor.user->role, *role)) {
    guard_.audit(actor, "invitation.create", "invitation", "denied",
                 "role " + role_text.substr(0, 20));
    return Error::invalid("role", N_("Vous ne pouvez pas inviter ce type de compte."));
  }
  std::optional<Organisation> org;
  for (const auto& o : invitable_organisations(actor)) {
    if (o.id == organisation_id) org = o;
  }
  if (!org) return Error::invalid("organisation", N_("Choisissez une organisation de la liste."));
  if (!role_fits_org(*role, org->kind)) {
    return Error::invalid("organisation",
                          N_("Ce type de compte n'appartient pas à ce type d'organisation."));
  }
  const std::string name = display_name.substr(0, display_name.find_last_not_of(" \t") + 1);
  if (name.empty() || name.size() > 200) {
    return Error::invalid("display_name", N_("Le nom est obligatoire (200 caractères au plus)."));
  }
  const std::string mail = normalise_login(email);
  if (!mail.empty()) {
    if (auto st = check_email(mail); !st) return st.error();
  } else if (*role != Role::kCandidate) {
    return Error::invalid("email", N_("L'adresse e-mail est obligatoire pour ce type de compte."));
  }
  CreatedInvitation created;
  Status status = Ok{};
  const std::time_t now = clock_();
  db::with_transaction(db_, [&](soci::session& s) {
    if (!mail.empty() && accounts::find_user_by_login(s, mail)) {
      status = Error{ErrorCode::kConflict, "email",
                     N_("Un compte existe déjà avec cet identifiant."), ""};
      return;
    }
    Invitation inv;
    inv.role = *role;
    inv.organisation_id = org->id;
    inv.email = mail;
    inv.display_name = name;
    inv.invited_by = actor.user->id;
    auto [token, code] =
        credentials::create_invitation(s, inv, now, guard_.options().invitation_lifetime_s);
    created.invitation = inv;
    created.link = guard_.options().public_url + "/invitation/" + token;
    created.code = code;
    if (!mail.empty()) {
      const std::string body =
          i18n_.tr(lang, "Bonjour,") + "\n\n" +
          i18n_.tr(lang,
                   "Vous êtes invité à rejoindre PrimoWork Liège. Pour créer votre compte, ouvrez "
                   "ce lien dans les 7 jours :") +
          "\n" + created.link + "\n\n" +
          i18n_.tr(lang, "Vous pouvez aussi saisir ce code sur la page d'invitation :") + " " +
          code + "\n";
      enqueue_mail(s, mail, lang, N_("Invitation à PrimoWork Liège"), body);
    }
    audit::record(s, entry(actor, now, "invitation.create", "invitation:" + inv.id, "success",
                           std::string(to_string(*role)) + " in " + org->id));
  });
  if (!status) return status.error();
  return created;
}

std::optional<Invitation> AuthService::invitation_by_token(const std::string& token) {
  auto lease = db_.acquire();
  return credentials::find_invitation_by_token(*lease, token, clock_());
}

std::optional<Invitation> AuthService::invitation_by_code(const std::string& code, Actor& actor,
                                                          int* retry_after) {
  const std::time_t now = clock_();
  const std::string subject = "invitation_code:" + actor.address;
  std::optional<Invitation> found;
  db::with_transaction(db_, [&](soci::session& s) {
    *retry_after = throttle::retry_after(s, subject, now, guard_.options().throttle);
    if (*retry_after > 0) return;
    found = credentials::find_invitation_by_code(s, code, now);
    if (!found) {
      throttle::record_failure(s, subject, now);
      audit::record(s, entry(actor, now, "invitation.code", "invitation", "failure"));
    }
  });
  return found;
}

Result<User> AuthService::accept_invitation(const Invitation& invitation, const std::string& login,
                                            const std::string& password, const std::string& confirm,
                                            Actor& actor) {
  const std::string account = invitation.email.empty() ? normalise_login(login) : invitation.email;
  if (invitation.email.empty()) {
    if (auto st = check_login_name(account); !st) return st.error();
  }
  if (auto st = check_new_password(password, account, common_); !st) return st.error();
  if (auto st = confirm_matches(password, confirm); !st) return st.error();
  const std::time_t now = clock_();
  const std::string hash = hash_password(password);
  std::optional<User> created;
  Status status = Ok{};
  struct UsedMeanwhile {};
  try {
    db::with_transaction(db_, [&](soci::session& s) {
      auto live = credentials::find_invitation(s, invitation.id);
      if (!live || live->used || live->expires_at <= now) {
        status = Error{ErrorCode::kNotFound, "",
                       N_("Cette invitation n'est plus valable. Demandez-en une nouvelle."), ""};
        return;
      }
      auto user = accounts::create_user(
          s, NewUser{account, invitation.email, invitation.display_name, invitation.role, hash},
          now);
      if (!user) {
        status = user.error();
        return;
      }
      accounts::add_membership(s, user->id, invitation.organisation_id, now);
      // Conditional: if another request used the invitation meanwhile, everything rolls back.
      if (!credentials::use_invitation(s, invitation.id, user->id, now)) throw UsedMeanwhile{};
      Actor newcomer = actor;
      newcomer.user = *user;
      audit::record(
          s, entry(newcomer, now, "invitation.accept", "invitation:" + invitation.id, "success"));
      audit::record(s, entry(newcomer, now, "membership.add", "user:" + user->id, "success",
                             invitation.organisation_id));
      LoginResult session = start_session(s, *user, false, actor);
      actor.set_cookies.push_back(guard_.session_cookie(session.session_token));
      created = *user;
    });
  } catch (const UsedMeanwhile&) {
    actor.set_cookies.clear();
    status = Error{ErrorCode::kNotFound, "",
                   N_("Cette invitation n'est plus valable. Demandez-en une nouvelle."), ""};
  }
  if (!status) {
    guard_.audit(actor, "invitation.accept", "invitation:" + invitation.id, "failure",
                 status.error().message_id);
    return status.error();
  }
  return *created;
}

Enrolment AuthService::begin_enrolment(const User& user) const {
  const std::string raw = totp::new_secret();
  // Sealed with the user id, so a sealed secret from someone else's form is refused.
  return Enrolment{cipher_.encrypt(user.id + ":" + raw), totp::base32(raw),
                   totp::otpauth_uri(raw, user.login, "PrimoWork Liège")};
}

std::optional<std::string> AuthService::unseal_enrolment(const User& user,
                                                         const std::string& sealed) const {
  const auto opened = cipher_.decrypt(sealed);
  const std::string prefix = user.id + ":";
  if (!opened || opened->rfind(prefix, 0) != 0) return std::nullopt;
  std::string raw = opened->substr(prefix.size());
  if (raw.size() != totp::kSecretBytes) return std::nullopt;
  return raw;
}

std::optional<Enrolment> AuthService::resume_enrolment(const User& user,
                                                       const std::string& sealed) const {
  const auto raw = unseal_enrolment(user, sealed);
  if (!raw) return std::nullopt;
  return Enrolment{sealed, totp::base32(*raw),
                   totp::otpauth_uri(*raw, user.login, "PrimoWork Liège")};
}

Result<std::vector<std::string>> AuthService::confirm_enrolment(Actor& actor,
                                                                const std::string& sealed,
                                                                const std::string& code) {
  const auto raw = unseal_enrolment(*actor.user, sealed);
  const std::time_t now = clock_();
  std::optional<std::int64_t> step;
  if (raw) step = totp::verify(*raw, code, now, 0);
  if (!step) {
    guard_.audit(actor, "second_factor.enable", "user:" + actor.user->id, "failure", "wrong code");
    return Error::invalid(
        "code", N_("Ce code n'est pas correct. Vérifiez l'heure de votre téléphone et réessayez."));
  }
  const auto codes = recovery_codes::generate(10);
  std::vector<std::string> hashes;
  // Salted with the user id, so one precomputed table cannot attack every account at once.
  for (const auto& c : codes) {
    hashes.push_back(recovery_codes::hash(actor.user->id + ":" + recovery_codes::normalise(c)));
  }
  const std::string stored = cipher_.encrypt(*raw);  // the secret alone, as login expects
  db::with_transaction(db_, [&](soci::session& s) {
    accounts::set_totp(s, actor.user->id, stored);
    accounts::set_totp_last_step(s, actor.user->id, *step);
    credentials::replace_recovery_codes(s, actor.user->id, hashes);
    audit::record(s,
                  entry(actor, now, "second_factor.enable", "user:" + actor.user->id, "success"));
  });
  actor.user->totp_sealed = stored;
  return codes;
}

Status AuthService::disable_second_factor(Actor& actor, const std::string& password) {
  const User& user = *actor.user;
  if (second_factor_required(user.role, guard_.options().second_factor_for_counsellors)) {
    return Error::invalid("", N_("La double authentification est obligatoire pour votre rôle."));
  }
  if (!verify_password(user.password_hash, password)) {
    guard_.audit(actor, "second_factor.disable", "user:" + user.id, "failure", "wrong password");
    return Error::invalid("password", N_("Le mot de passe actuel n'est pas correct."));
  }
  db::with_transaction(db_, [&](soci::session& s) {
    accounts::set_totp(s, user.id, "");
    credentials::replace_recovery_codes(s, user.id, {});
    audit::record(s, entry(actor, clock_(), "second_factor.disable", "user:" + user.id, "success"));
  });
  actor.user->totp_sealed.clear();
  return Ok{};
}

int AuthService::remaining_recovery_codes(const User& user) {
  auto lease = db_.acquire();
  return credentials::remaining_recovery_codes(*lease, user.id);
}

std::string AuthService::create_token(const User& user, const std::string& name,
                                      const std::string& by) {
  std::string token;
  db::with_transaction(db_, [&](soci::session& s) {
    ApiToken created;
    token = credentials::create_token(s, user.id, name, clock_(), &created);
    AuditEntry e = cli_entry(clock_(), "token.create", "token:" + created.id, "for " + user.login);
    e.actor_label = by;
    audit::record(s, e);
  });
  return token;
}

std::vector<ApiToken> AuthService::tokens(const User& user) {
  auto lease = db_.acquire();
  return credentials::tokens_of(*lease, user.id);
}

bool AuthService::revoke_token(Actor& actor, const std::string& token_id) {
  bool done = false;
  db::with_transaction(db_, [&](soci::session& s) {
    done = credentials::revoke_token(s, actor.user->id, token_id, clock_());
    audit::record(s, entry(actor, clock_(), "token.revoke", "token:" + token_id,
                           done ? "success" : "failure"));
  });
  return done;
}

Status AuthService::set_language(Actor& actor, const std::string& lang) {
  if (!lang.empty() && !I18n::supported(lang)) {
    return Error::invalid("language", N_("Langue non disponible."));
  }
  db::with_transaction(db_,
                       [&](soci::session& s) { accounts::set_language(s, actor.user->id, lang); });
  actor.user->language = lang;
  return Ok{};
}

Result<Organisation> AuthService::add_organisation(const std::string& kind,
                                                   const std::string& name) {
  const auto k = parse_org_kind(kind);
  if (!k) return Error::invalid("kind", N_("Type d'organisation inconnu."));
  Result<Organisation> result = Error::internal("not run");
  db::with_transaction(db_, [&](soci::session& s) {
    result = accounts::create_organisation(s, *k, name, clock_());
    if (!result) return;
    audit::record(s,
                  cli_entry(clock_(), "organisation.create", "organisation:" + result->id, name));
  });
  return result;
}

Result<User> AuthService::add_user(const std::string& email, const std::string& role_text,
                                   const std::string& organisation, const std::string& display_name,
                                   const std::string& password, std::string* invitation_link) {
  const auto role = parse_role(role_text);
  if (!role) return Error::invalid("role", N_("Rôle inconnu."));
  const std::string mail = normalise_login(email);
  if (auto st = check_email(mail); !st) return st.error();
  if (!password.empty()) {
    if (auto st = check_new_password(password, mail, common_); !st) return st.error();
  }
  const std::time_t now = clock_();
  const std::string hash = password.empty() ? "" : hash_password(password);
  Result<User> result = Error::internal("not run");
  db::with_transaction(db_, [&](soci::session& s) {
    auto org = accounts::find_organisation_by_name(s, organisation);
    if (!org) org = accounts::find_organisation(s, organisation);
    if (!org) {
      result = Error::invalid("org", N_("Organisation inconnue."));
      return;
    }
    if (!role_fits_org(*role, org->kind)) {
      result =
          Error::invalid("org", N_("Ce type de compte n'appartient pas à ce type d'organisation."));
      return;
    }
    if (password.empty()) {
      Invitation inv;
      inv.role = *role;
      inv.organisation_id = org->id;
      inv.email = mail;
      inv.display_name = display_name.empty() ? mail : display_name;
      // The first admin has nobody to invite them: the invitation names no inviter user, so
      // invited_by must reference an existing user. Create the account directly instead.
      auto user = accounts::create_user(s, NewUser{mail, mail, inv.display_name, *role, ""}, now);
      if (!user) {
        result = user.error();
        return;
      }
      accounts::add_membership(s, user->id, org->id, now);
      const std::string token =
          credentials::create_reset(s, user->id, now, guard_.options().invitation_lifetime_s);
      if (invitation_link != nullptr) {
        *invitation_link = guard_.options().public_url + "/reinitialiser/" + token;
      }
      result = user;
    } else {
      auto user = accounts::create_user(
          s, NewUser{mail, mail, display_name.empty() ? mail : display_name, *role, hash}, now);
      if (!user) {
        result = user.error();
        return;
      }
      accounts::add_membership(s, user->id, org->id, now);
      result = user;
    }
    audit::record(s, cli_entry(now, "user.create", "user:" + result->id,
                               std::string(to_string(*role)) + " in " + org->id));
    audit::record(s, cli_entry(now, "membership.add", "user:" + result->id, org->id));
  });
  return result;
}

Status AuthService::set_password_cli(const std::string& login, const std::string& password) {
  std::optional<User> user;
  {
    auto lease = db_.acquire();
    user = accounts::find_user_by_login(*lease, login);
  }
  if (!user) return Error::invalid("email", N_("Aucun compte avec cet identifiant."));
  if (auto st = check_new_password(password, user->login, common_); !st) return st;
  const std::string hash = hash_password(password);
  db::with_transaction(db_, [&](soci::session& s) {
    accounts::set_password_hash(s, user->id, hash, clock_());
    sessions::destroy_all(s, user->id);
    audit::record(s, cli_entry(clock_(), "password.change", "user:" + user->id));
  });
  return Ok{};
}

}  // namespace primowork::security
