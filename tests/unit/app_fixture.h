// Test helper: the whole application on a fresh SQLite file, with a clock the test moves, and
// helpers to make accounts, sessions and requests. Requests go through the real pipeline.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>

#include "app/wiring.h"
#include "backends.h"
#include "platform/db/migrations.h"
#include "platform/log.h"
#include "security/accounts.h"
#include "security/sessions.h"
#include "security/totp.h"

namespace primowork::testing_support {

// Parametrised by backend ("sqlite" or "postgresql"); PostgreSQL cases skip when
// PRIMOWORK_TEST_PG is unset.
class AppFixture : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    log::set_enabled(false);
    config_.secret = "unit-test-secret";
    config_.public_url = "https://primowork.test";
    config_.documents_dir = ::testing::TempDir() + "/primowork-documents";
    db_ = open_empty(GetParam());
    if (!db_) GTEST_SKIP() << "PRIMOWORK_TEST_PG is not set: PostgreSQL tests skipped";
    ASSERT_TRUE(db::migrate(*db_, db::builtin_migrations()).ok());
    app_ = std::make_unique<app::Application>(config_, *db_, [this] { return now_.load(); });
  }
  void TearDown() override { log::set_enabled(true); }

  // An organisation of each kind, created once per test.
  std::string org(security::OrgKind kind) {
    const std::string name = "Org " + std::string(security::to_string(kind));
    auto lease = db_->acquire();
    if (auto found = security::accounts::find_organisation_by_name(*lease, name)) return found->id;
    auto created = security::accounts::create_organisation(*lease, kind, name, now_);
    return created->id;
  }

  static security::OrgKind kind_for(security::Role role) {
    switch (role) {
      case security::Role::kAdmin:
        return security::OrgKind::kPlatform;
      case security::Role::kCoordinator:
        return security::OrgKind::kCoordination;
      case security::Role::kEmployer:
        return security::OrgKind::kCompany;
      default:
        return security::OrgKind::kIntegrationOperator;
    }
  }

  // Creates an account with password "Un mot de passe solide 42" (and a TOTP secret when
  // `with_totp`; the raw secret is returned through `totp_raw`).
  security::User make_user(security::Role role, const std::string& login, bool with_totp = false,
                           std::string* totp_raw = nullptr) {
    auto user = app_->auth().add_user(login, std::string(security::to_string(role)),
                                      org(kind_for(role)), "Test " + login, kPassword, nullptr);
    EXPECT_TRUE(user.ok()) << (user.ok() ? "" : user.error().message_id);
    if (with_totp) {
      const std::string raw = security::totp::new_secret();
      if (totp_raw != nullptr) *totp_raw = raw;
      security::FieldCipher cipher(config_.secret);
      auto lease = db_->acquire();
      security::accounts::set_totp(*lease, user->id, cipher.encrypt(raw));
      user->totp_sealed = "set";
    }
    return *user;
  }

  struct LoggedIn {
    std::string cookie;  // "pw_session=..."
    std::string csrf;
  };
  LoggedIn session_for(const security::User& user) {
    auto lease = db_->acquire();
    security::Session created;
    const std::string token =
        security::sessions::create(*lease, user.id, false, "127.0.0.1", now_,
                                   app::security_options(config_).sessions, &created);
    return {"pw_session=" + token, created.csrf_token};
  }

  http::Response request(const std::string& method, const std::string& target,
                         const std::string& cookie = "", const std::string& body = "",
                         const std::string& bearer = "") {
    http::Request r;
    r.method = method;
    r.target = target;
    r.remote_address = "192.0.2.10";
    if (!cookie.empty()) r.headers.add("Cookie", cookie);
    if (!bearer.empty()) r.headers.add("Authorization", "Bearer " + bearer);
    if (method != "GET" && method != "HEAD") {
      r.headers.add("Content-Type", "application/x-www-form-urlencoded");
      r.body = body;
    }
    return app_->pipeline().handle(r);
  }

  // GET a form page anonymously and return {cookie, csrf} of the anonymous CSRF cookie.
  LoggedIn anonymous_form(const std::string& target) {
    auto r = request("GET", target);
    const std::string set = r.headers.get("Set-Cookie").value_or("");
    const std::string value = set.substr(set.find('=') + 1, set.find(';') - set.find('=') - 1);
    return {"pw_csrf=" + value, value};
  }

  static constexpr const char* kPassword = "Un mot de passe solide 42";

  Config config_;
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<app::Application> app_;
  std::atomic<std::time_t> now_{1'790'000'000};  // 2026-09-21
};

}  // namespace primowork::testing_support
