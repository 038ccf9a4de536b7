// Identity flows end to end through the pipeline (no socket): login, throttling, sessions and
// their timeouts, CSRF, second factor with recovery codes, reset links, invitations, tokens.
#include <gtest/gtest.h>
#include <sodium.h>

#include "app_fixture.h"
#include "platform/http/url.h"
#include "platform/mail_outbox.h"
#include "security/audit.h"
#include "security/recovery_codes.h"

namespace primowork {
namespace {

using security::Role;
using testing_support::AppFixture;

class AuthFlow : public AppFixture {
 protected:
  // Logs in through the login form; returns the session cookie ("" when refused) and the status.
  std::pair<std::string, http::Response> login(const std::string& login, const std::string& pw) {
    const auto form = anonymous_form("/connexion");
    auto r = request("POST", "/connexion", form.cookie,
                     "_csrf=" + form.csrf + "&login=" + http::percent_encode(login) +
                         "&password=" + http::percent_encode(pw));
    std::string cookie;
    for (const auto& [name, value] : r.headers.all()) {
      if (name == "Set-Cookie" && value.rfind("pw_session=", 0) == 0) {
        cookie = value.substr(0, value.find(';'));
      }
    }
    return {cookie, r};
  }

  std::string csrf_of(const std::string& cookie) {
    auto page = request("GET", "/compte", cookie);
    const auto pos = page.body.find("name=\"_csrf\" value=\"");
    if (pos == std::string::npos) return {};
    const auto start = pos + 20;
    return page.body.substr(start, page.body.find('"', start) - start);
  }

  int audit_count(const std::string& action, const std::string& outcome) {
    auto lease = db_->acquire();
    security::AuditFilter f;
    f.action = action;
    f.outcome = outcome;
    f.limit = 500;
    return static_cast<int>(security::audit::query(*lease, f).size());
  }
};

TEST_P(AuthFlow, LoginSetsAnOpaqueHttpOnlyCookieAndAudits) {
  make_user(Role::kCounsellor, "nadia@example.org");
  auto [cookie, r] = login("Nadia@Example.org ", kPassword);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.get("Location"), "/tableau-de-bord");
  ASSERT_FALSE(cookie.empty());
  bool http_only = false;
  for (const auto& [name, value] : r.headers.all()) {
    if (name == "Set-Cookie" && value.rfind("pw_session=", 0) == 0) {
      http_only = value.find("HttpOnly") != std::string::npos &&
                  value.find("SameSite=Lax") != std::string::npos &&
                  value.find("Secure") != std::string::npos;  // public URL is https
    }
  }
  EXPECT_TRUE(http_only);
  EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 200);
  // The database keeps only the hash of the token.
  auto lease = db_->acquire();
  int clear = 0;
  const std::string raw_token = cookie.substr(11);
  *lease << "SELECT COUNT(*) FROM sessions WHERE id_hash = :t", soci::into(clear),
      soci::use(raw_token);
  EXPECT_EQ(clear, 0);
  EXPECT_EQ(audit_count("login", "success"), 1);
}

TEST_P(AuthFlow, WrongPasswordAndUnknownAccountLookTheSame) {
  make_user(Role::kCounsellor, "nadia@example.org");
  auto [c1, wrong] = login("nadia@example.org", "pas le bon mot de passe");
  auto [c2, unknown] = login("nobody@example.org", "pas le bon mot de passe");
  EXPECT_TRUE(c1.empty());
  EXPECT_TRUE(c2.empty());
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_NE(wrong.body.find("Identifiant ou mot de passe incorrect."), std::string::npos);
  EXPECT_NE(unknown.body.find("Identifiant ou mot de passe incorrect."), std::string::npos);
  EXPECT_EQ(audit_count("login", "failure"), 2);
}

TEST_P(AuthFlow, FiveFailuresThrottleTheAccountWith429AndRetryAfter) {
  make_user(Role::kCounsellor, "nadia@example.org");
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(login("nadia@example.org", "mauvais mot de passe").second.status, 401);
  auto [cookie, r] = login("nadia@example.org", kPassword);  // right password, still throttled
  EXPECT_EQ(r.status, 429);
  EXPECT_TRUE(cookie.empty());
  const int retry = std::stoi(r.headers.get("Retry-After").value_or("0"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 15 * 60);
  EXPECT_NE(r.body.find("Trop de tentatives"), std::string::npos);
  now_ += 15 * 60 + 1;
  EXPECT_EQ(login("nadia@example.org", kPassword).second.status, 303);
}

TEST_P(AuthFlow, UnknownAccountsAreThrottledToo) {
  for (int i = 0; i < 5; ++i) login("ghost@example.org", "mauvais mot de passe");
  EXPECT_EQ(login("ghost@example.org", "mauvais mot de passe").second.status, 429);
}

TEST_P(AuthFlow, StolenCookieStopsWorkingAfterLogout) {
  make_user(Role::kCandidate, "amina@example.org");
  auto [cookie, r] = login("amina@example.org", kPassword);
  const std::string csrf = csrf_of(cookie);
  ASSERT_FALSE(csrf.empty());
  const std::string stolen = cookie;
  auto out = request("POST", "/deconnexion", cookie, "_csrf=" + csrf);
  EXPECT_EQ(out.status, 303);
  EXPECT_NE(out.headers.get("Set-Cookie").value_or("").find("Max-Age=0"), std::string::npos);
  auto replay = request("GET", "/tableau-de-bord", stolen);
  EXPECT_EQ(replay.status, 303);
  EXPECT_EQ(replay.headers.get("Location").value_or("").rfind("/connexion", 0), 0u);
  EXPECT_EQ(audit_count("logout", "success"), 1);
}

TEST_P(AuthFlow, StolenCookieStopsWorkingAfterTheIdleTimeout) {
  make_user(Role::kCandidate, "amina@example.org");
  auto [cookie, r] = login("amina@example.org", kPassword);
  now_ += 29 * 60;
  EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 200);  // activity refreshes
  now_ += 29 * 60;
  EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 200);
  now_ += 31 * 60;  // idle longer than 30 minutes
  EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 303);
}

TEST_P(AuthFlow, SessionsEndAfterTheirAbsoluteLifetime) {
  make_user(Role::kCandidate, "amina@example.org");
  auto [cookie, r] = login("amina@example.org", kPassword);
  for (int i = 0; i < 25; ++i) {  // active every 29 minutes for 12 hours
    now_ += 29 * 60;
    if (i < 24) {
      EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 200) << i;
    }
  }
  EXPECT_EQ(request("GET", "/tableau-de-bord", cookie).status, 303);
}

TEST_P(AuthFlow, StateChangingRequestsNeedTheCsrfToken) {
  make_user(Role::kCandidate, "amina@example.org");
  auto [cookie, r] = login("amina@example.org", kPassword);
  EXPECT_EQ(request("POST", "/compte/langue", cookie, "language=en").status, 403);
  EXPECT_EQ(
      request("POST", "/compte/langue", cookie, "language=en&_csrf=forged-token-value-1234").status,
      403);
  EXPECT_EQ(audit_count("csrf.check", "denied"), 2);
  EXPECT_EQ(
      request("POST", "/compte/langue", cookie, "language=en&_csrf=" + csrf_of(cookie)).status,
      303);
  // Anonymous forms need the anonymous token too (login CSRF).
  EXPECT_EQ(request("POST", "/connexion", "", "login=a&password=b").status, 403);
}

TEST_P(AuthFlow, SecondFactorIsMandatoryForCoordinators) {
  make_user(Role::kCoordinator, "marie@example.org");
  auto [cookie, r] = login("marie@example.org", kPassword);
  for (const std::string target : {"/audit", "/tableau-de-bord", "/invitations/nouvelle"}) {
    auto r = request("GET", target, cookie);
    EXPECT_EQ(r.status, 303) << target;
    EXPECT_EQ(r.headers.get("Location"), "/compte/double-authentification") << target;
  }
  EXPECT_EQ(request("GET", "/compte", cookie).status, 200);
  auto enrol = request("GET", "/compte/double-authentification", cookie);
  EXPECT_EQ(enrol.status, 200);
  EXPECT_NE(enrol.body.find("data:image/svg+xml;base64,"), std::string::npos);
}

TEST_P(AuthFlow, EnrolThenLogInWithACodeThenWithARecoveryCodeOnce) {
  make_user(Role::kCoordinator, "marie@example.org");
  auto [cookie, r] = login("marie@example.org", kPassword);
  auto page = request("GET", "/compte/double-authentification", cookie);
  auto grab = [&](const std::string& html, const std::string& marker) {
    const auto p = html.find(marker);
    const auto start = p + marker.size();
    return html.substr(start, html.find('"', start) - start);
  };
  const std::string sealed = grab(page.body, "name=\"sealed\" value=\"");
  const std::string csrf = grab(page.body, "name=\"_csrf\" value=\"");
  security::FieldCipher cipher(config_.secret);
  const std::string opened = *cipher.decrypt(sealed);  // "usr_...:" + secret
  const std::string raw = opened.substr(opened.find(':') + 1);
  // A sealed secret made for someone else is refused.
  const std::string foreign = http::percent_encode(cipher.encrypt("usr_someone_else:" + raw));
  EXPECT_EQ(request("POST", "/compte/double-authentification", cookie,
                    "_csrf=" + csrf + "&sealed=" + foreign +
                        "&code=" + security::totp::code_at(raw, now_))
                .status,
            422);
  auto bad = request("POST", "/compte/double-authentification", cookie,
                     "_csrf=" + csrf + "&sealed=" + http::percent_encode(sealed) + "&code=000000");
  EXPECT_EQ(bad.status, 422);
  auto ok = request("POST", "/compte/double-authentification", cookie,
                    "_csrf=" + csrf + "&sealed=" + http::percent_encode(sealed) +
                        "&code=" + security::totp::code_at(raw, now_));
  ASSERT_EQ(ok.status, 200);
  std::vector<std::string> codes;
  for (std::size_t p = ok.body.find("<li><code>"); p != std::string::npos;
       p = ok.body.find("<li><code>", p + 1)) {
    codes.push_back(ok.body.substr(p + 10, 14));
  }
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(request("GET", "/audit", cookie).status, 200);

  // Next login: password, then the code of the next time step.
  now_ += 30;
  auto [pending, step1] = login("marie@example.org", kPassword);
  EXPECT_EQ(step1.headers.get("Location"), "/connexion/code");
  EXPECT_EQ(request("GET", "/tableau-de-bord", pending).status, 303);  // nothing before the code
  auto code_page = request("GET", "/connexion/code", pending);
  const std::string pending_csrf = grab(code_page.body, "name=\"_csrf\" value=\"");
  const std::string code = security::totp::code_at(raw, now_);
  auto done =
      request("POST", "/connexion/code", pending, "_csrf=" + pending_csrf + "&code=" + code);
  EXPECT_EQ(done.status, 303);
  const std::string full = done.headers.get("Set-Cookie").value_or("");
  const std::string full_cookie = full.substr(0, full.find(';'));
  EXPECT_NE(full_cookie, pending);  // a new session id after the second factor
  EXPECT_EQ(request("GET", "/audit", full_cookie).status, 200);
  EXPECT_EQ(request("GET", "/tableau-de-bord", pending).status, 303);  // the pending id is gone

  // The same code cannot be replayed, a recovery code works once.
  auto [pending2, step2] = login("marie@example.org", kPassword);
  auto csrf2 = grab(request("GET", "/connexion/code", pending2).body, "name=\"_csrf\" value=\"");
  EXPECT_EQ(request("POST", "/connexion/code", pending2, "_csrf=" + csrf2 + "&code=" + code).status,
            401);
  EXPECT_EQ(request("POST", "/connexion/code", pending2,
                    "_csrf=" + csrf2 + "&code=" + http::percent_encode(codes[3]))
                .status,
            303);
  auto [pending3, step3] = login("marie@example.org", kPassword);
  auto csrf3 = grab(request("GET", "/connexion/code", pending3).body, "name=\"_csrf\" value=\"");
  EXPECT_EQ(request("POST", "/connexion/code", pending3,
                    "_csrf=" + csrf3 + "&code=" + http::percent_encode(codes[3]))
                .status,
            401);
  EXPECT_EQ(app_->auth().remaining_recovery_codes(
                *security::accounts::find_user_by_login(*db_->acquire(), "marie@example.org")),
            9);
}

TEST_P(AuthFlow, PasswordResetLinkIsMailedAndWorksOnceWithinAnHour) {
  make_user(Role::kEmployer, "luc@example.org");
  auto [old_session, r0] = login("luc@example.org", kPassword);
  const auto form = anonymous_form("/mot-de-passe-oublie");
  auto sent = request("POST", "/mot-de-passe-oublie", form.cookie,
                      "_csrf=" + form.csrf + "&login=luc%40example.org");
  EXPECT_EQ(sent.status, 200);
  auto none = request("POST", "/mot-de-passe-oublie", form.cookie,
                      "_csrf=" + form.csrf + "&login=nobody%40example.org");
  EXPECT_EQ(none.status, 200);
  EXPECT_EQ(sent.body.substr(sent.body.find("<main")), none.body.substr(none.body.find("<main")));
  std::vector<mail::Message> outbox;
  {
    auto lease = db_->acquire();
    outbox = mail::pending(*lease, 5, 10);
  }
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].recipient, "luc@example.org");
  const auto link_at = outbox[0].body_text.find("https://primowork.test/reinitialiser/");
  ASSERT_NE(link_at, std::string::npos);
  const std::string token = outbox[0].body_text.substr(link_at + 37, 43);
  const std::string target = "/reinitialiser/" + token;
  EXPECT_EQ(request("GET", target).status, 200);
  const auto f2 = anonymous_form(target);
  auto weak = request("POST", target, f2.cookie,
                      "_csrf=" + f2.csrf + "&password=azertyuiop123&confirm=azertyuiop123");
  EXPECT_EQ(weak.status, 422);
  EXPECT_NE(weak.body.find("trop courant"), std::string::npos);
  const std::string body =
      "_csrf=" + f2.csrf +
      "&password=Une+nouvelle+phrase+secrete&confirm=Une+nouvelle+phrase+secrete";
  EXPECT_EQ(request("POST", target, f2.cookie, body).status, 200);
  EXPECT_EQ(request("POST", target, f2.cookie, body).status, 410);         // single use
  EXPECT_EQ(request("GET", "/tableau-de-bord", old_session).status, 303);  // sessions ended
  EXPECT_EQ(login("luc@example.org", "Une nouvelle phrase secrete").second.status, 303);

  // A second link expires after an hour.
  request("POST", "/mot-de-passe-oublie", form.cookie,
          "_csrf=" + form.csrf + "&login=luc%40example.org");
  std::string token2;
  {
    auto lease = db_->acquire();
    auto msgs = mail::pending(*lease, 5, 10);
    const auto& last = msgs.back().body_text;
    token2 = last.substr(last.find("/reinitialiser/") + 15, 43);
  }
  now_ += 3601;
  EXPECT_EQ(request("GET", "/reinitialiser/" + token2).status, 410);
}

TEST_P(AuthFlow, CounsellorInvitesACandidateWithoutEmailWhoAcceptsWithTheShortCode) {
  const auto counsellor = make_user(Role::kCounsellor, "nadia@example.org");
  const auto s = session_for(counsellor);
  std::string org_id;
  {
    auto lease = db_->acquire();
    org_id = security::accounts::memberships(*lease, counsellor.id).at(0).id;
  }
  auto refused =
      request("POST", "/invitations/nouvelle", s.cookie,
              "_csrf=" + s.csrf + "&role=employer&organisation=" + org_id + "&display_name=X");
  EXPECT_EQ(refused.status, 422);  // a counsellor invites candidates only
  auto created = request("POST", "/invitations/nouvelle", s.cookie,
                         "_csrf=" + s.csrf + "&role=candidate&organisation=" + org_id +
                             "&display_name=Amina+Diallo&email=");
  ASSERT_EQ(created.status, 200);
  EXPECT_NE(created.body.find("data:image/svg+xml;base64,"), std::string::npos);  // QR code
  const auto at = created.body.find("id=\"invitation-code\">");
  ASSERT_NE(at, std::string::npos);
  const std::string code = created.body.substr(at + 21, 9);

  const auto f = anonymous_form("/invitation");
  auto wrong = request("POST", "/invitation", f.cookie, "_csrf=" + f.csrf + "&code=ZZZZ-ZZZZ");
  EXPECT_EQ(wrong.status, 422);
  auto form = request("POST", "/invitation", f.cookie, "_csrf=" + f.csrf + "&code=" + code);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Amina Diallo"), std::string::npos);
  const std::string lower = code.substr(0, 4) + code.substr(5);  // typed without the dash
  auto accept = request(
      "POST", "/invitation/accepter", f.cookie,
      "_csrf=" + f.csrf + "&code=" + lower +
          "&login=amina.diallo&password=Ma+phrase+de+passe+2026&confirm=Ma+phrase+de+passe+2026");
  EXPECT_EQ(accept.status, 303);
  EXPECT_EQ(accept.headers.get("Location"), "/tableau-de-bord");
  auto again = request("POST", "/invitation", f.cookie, "_csrf=" + f.csrf + "&code=" + code);
  EXPECT_EQ(again.status, 422);  // used
  EXPECT_EQ(login("amina.diallo", "Ma phrase de passe 2026").second.status, 303);
  auto lease = db_->acquire();
  auto user = security::accounts::find_user_by_login(*lease, "amina.diallo");
  ASSERT_TRUE(user);
  EXPECT_EQ(user->role, Role::kCandidate);
  EXPECT_EQ(security::accounts::memberships(*lease, user->id).at(0).id, org_id);
}

TEST_P(AuthFlow, InvitationsExpireAfterSevenDays) {
  const auto coordinator = make_user(Role::kCoordinator, "marie@example.org", true);
  std::string company = org(security::OrgKind::kCompany);
  security::Actor actor;
  actor.user = coordinator;
  auto created = app_->auth().invite(actor, "employer", company, "Luc", "luc@example.org", "fr");
  ASSERT_TRUE(created.ok()) << created.error().message_id;
  const std::string token = created->link.substr(created->link.rfind('/') + 1);
  now_ += 7 * 24 * 3600 - 10;
  EXPECT_EQ(request("GET", "/invitation/" + token).status, 200);
  now_ += 20;
  EXPECT_EQ(request("GET", "/invitation/" + token).status, 410);
}

TEST_P(AuthFlow, ApiTokensWorkAsBearerUntilRevoked) {
  const auto user = make_user(Role::kEmployer, "luc@example.org");
  const std::string token = app_->auth().create_token(user, "integration", "cli");
  auto me = request("GET", "/api/v1/me", "", "", token);
  EXPECT_EQ(me.status, 200);
  EXPECT_NE(me.body.find("\"authenticated_by\":\"token\""), std::string::npos);
  EXPECT_NE(me.body.find("\"role\":\"employer\""), std::string::npos);
  EXPECT_EQ(request("GET", "/api/v1/me", "", "", "pwk_forged").status, 401);
  EXPECT_EQ(request("GET", "/api/v1/me").status, 401);
  EXPECT_EQ(audit_count("token.create", "success"), 1);
  EXPECT_EQ(audit_count("token.use", "denied"), 1);
  const auto s = session_for(user);
  const auto tokens = app_->auth().tokens(user);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(
      request("POST", "/compte/jetons/" + tokens[0].id + "/revoquer", s.cookie, "_csrf=" + s.csrf)
          .status,
      200);
  EXPECT_EQ(request("GET", "/api/v1/me", "", "", token).status, 401);
}

TEST_P(AuthFlow, PasswordChangeEndsOtherSessions) {
  make_user(Role::kCandidate, "amina@example.org");
  auto [phone, r1] = login("amina@example.org", kPassword);
  auto [laptop, r2] = login("amina@example.org", kPassword);
  auto wrong =
      request("POST", "/compte/mot-de-passe", laptop,
              "_csrf=" + csrf_of(laptop) +
                  "&current=faux&password=Une+autre+phrase+longue&confirm=Une+autre+phrase+longue");
  EXPECT_EQ(wrong.status, 422);
  auto ok = request("POST", "/compte/mot-de-passe", laptop,
                    "_csrf=" + csrf_of(laptop) + "&current=" + http::percent_encode(kPassword) +
                        "&password=Une+autre+phrase+longue&confirm=Une+autre+phrase+longue");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(request("GET", "/tableau-de-bord", phone).status, 303);
  const std::string renewed = ok.headers.get("Set-Cookie").value_or("");
  EXPECT_EQ(request("GET", "/tableau-de-bord", renewed.substr(0, renewed.find(';'))).status, 200);
}

TEST_P(AuthFlow, AuditLogRefusesChangesAndDeletions) {
  make_user(Role::kCandidate, "amina@example.org");
  login("amina@example.org", kPassword);
  auto lease = db_->acquire();
  EXPECT_THROW(*lease << "UPDATE audit_log SET outcome = 'failure'", soci::soci_error);
  EXPECT_THROW(*lease << "DELETE FROM audit_log", soci::soci_error);
}

TEST(PasswordRules, RefuseShortCommonAndLoginLikePasswords) {
  security::CommonPasswords common = security::CommonPasswords::load(
      std::string(PRIMOWORK_SOURCE_DIR) + "/data/common-passwords.txt");
  ASSERT_GT(common.size(), 50u);
  auto check = [&](const std::string& pw) {
    auto st = security::check_new_password(pw, "amina@example.org", common);
    return st.ok() ? std::string("ok") : st.error().message_id;
  };
  EXPECT_EQ(check("Une phrase assez longue"), "ok");
  EXPECT_EQ(check("éléphantàLiège"), "ok");  // 14 characters, more bytes
  EXPECT_NE(check("court"), "ok");
  EXPECT_NE(check("éééééééééééé"), "ok");  // one repeated character
  EXPECT_NE(check("amina@example.org"), "ok");
  EXPECT_NE(check("AZERTYUIOP123"), "ok");  // common, any case
  EXPECT_NE(check(std::string(300, 'x') + "y"), "ok");
}

TEST(PasswordHashing, Argon2idVerifiesAndDetectsOldParameters) {
  const std::string hash = security::hash_password("Une phrase assez longue");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(security::verify_password(hash, "Une phrase assez longue"));
  EXPECT_FALSE(security::verify_password(hash, "Une phrase assez longuE"));
  EXPECT_FALSE(security::verify_password("garbage", "x"));
  EXPECT_FALSE(security::needs_rehash(hash));
  // A hash made with weaker parameters (t=1) is flagged for rehashing.
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(crypto_pwhash_str_alg(weak, "x", 1, 1, 8192, crypto_pwhash_ALG_ARGON2ID13), 0);
  EXPECT_TRUE(security::needs_rehash(weak));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthFlow, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace primowork
