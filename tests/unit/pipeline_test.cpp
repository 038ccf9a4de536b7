// The whole application without a socket: routing, errors, limits, languages, headers, metrics.
#include "platform/http/pipeline.h"

#include <gtest/gtest.h>

#include "app/site_pages.h"
#include "app/wiring.h"
#include "backends.h"
#include "platform/db/migrations.h"
#include "platform/log.h"

namespace primowork {
namespace {

class AppTest : public testing::Test {
 protected:
  void SetUp() override {
    log::set_enabled(false);
    config_.db = testing_support::backend_url("sqlite");
    config_.debug_routes = true;
    config_.secret = "unit-test-secret";
    config_.max_form_bytes = 1000;
    config_.max_upload_bytes = 5000;
    auto db = db::Database::open(config_.db, 2);
    ASSERT_TRUE(db.ok());
    db_ = std::move(db.value());
    ASSERT_TRUE(db::migrate(*db_, db::builtin_migrations()).ok());
    app_ = std::make_unique<app::Application>(config_, *db_);
  }
  void TearDown() override { log::set_enabled(true); }

  http::Response get(const std::string& target, const std::string& accept_language = "",
                     const std::string& cookie = "") {
    http::Request r;
    r.method = "GET";
    r.target = target;
    if (!accept_language.empty()) r.headers.add("Accept-Language", accept_language);
    if (!cookie.empty()) r.headers.add("Cookie", cookie);
    return app_->pipeline().handle(r);
  }
  http::Response post(const std::string& target, const std::string& type, std::string body) {
    http::Request r;
    r.method = "POST";
    r.target = target;
    r.headers.add("Content-Type", type);
    r.body = std::move(body);
    return app_->pipeline().handle(r);
  }

  Config config_;
  std::unique_ptr<db::Database> db_;
  std::unique_ptr<app::Application> app_;
};

TEST_F(AppTest, HomePageInFrenchByDefaultAndInEnglishOnRequest) {
  auto fr = get("/");
  EXPECT_EQ(fr.status, 200);
  EXPECT_NE(fr.body.find("<html lang=\"fr\""), std::string::npos);
  EXPECT_NE(fr.body.find("href=\"/entreprises\""), std::string::npos);
  auto en = get("/", "en-GB,en;q=0.8");
  EXPECT_NE(en.body.find("<html lang=\"en\""), std::string::npos);
  EXPECT_NE(en.body.find("For employers"), std::string::npos);
  auto cookie = get("/", "en", "lang=fr");
  EXPECT_NE(cookie.body.find("<html lang=\"fr\""), std::string::npos);
}

TEST_F(AppTest, EveryAnswerCarriesSecurityHeadersAndARequestId) {
  for (const std::string target : {"/", "/nope", "/healthz", "/static/css/app.css"}) {
    auto r = get(target);
    const auto csp = r.headers.get("Content-Security-Policy");
    ASSERT_TRUE(csp.has_value()) << target;
    EXPECT_NE(csp->find("script-src 'self'"), std::string::npos);
    EXPECT_NE(csp->find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(r.headers.get("X-Content-Type-Options"), "nosniff");
    EXPECT_TRUE(r.headers.get("Referrer-Policy").has_value());
    EXPECT_EQ(r.headers.get("X-Request-Id").value_or("").size(), 16u);
    EXPECT_FALSE(r.headers.has("Strict-Transport-Security"));  // http only here
  }
}

TEST_F(AppTest, UnknownPathIs404PageInTheUsersLanguage) {
  auto r = get("/page-qui-nexiste-pas", "en");
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body.find("Page not found"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"/\""), std::string::npos);
}

TEST_F(AppTest, WrongMethodIs405WithAllow) {
  auto r = post("/", "application/x-www-form-urlencoded", "a=1");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.headers.get("Allow"), "GET, HEAD");
  EXPECT_NE(r.body.find("Action non permise"), std::string::npos);
}

TEST(ClientAddress, BelievesForwardedForOnlyFromTrustedProxies) {
  const std::vector<std::string> proxies = {"127.0.0.1", "10.0.0.2"};
  EXPECT_EQ(http::client_address("192.0.2.9", "203.0.113.5", proxies), "192.0.2.9");  // not a proxy
  EXPECT_EQ(http::client_address("127.0.0.1", "203.0.113.5", proxies), "203.0.113.5");
  // The client can write anything at the left; only hops added by trusted proxies count.
  EXPECT_EQ(http::client_address("127.0.0.1", "6.6.6.6, 203.0.113.5, 10.0.0.2", proxies),
            "203.0.113.5");
  EXPECT_EQ(http::client_address("127.0.0.1", "", proxies), "127.0.0.1");
  EXPECT_EQ(http::client_address("127.0.0.1", "203.0.113.5", {}), "127.0.0.1");
}

TEST_F(AppTest, FragmentsAreNotPartOfThePath) {
  http::Request r;
  r.target = "/entreprises#haut";
  ASSERT_TRUE(http::Pipeline::decode_target(r));
  EXPECT_EQ(r.path, "/entreprises");
  r.target = "/metiers?q=a#b";
  ASSERT_TRUE(http::Pipeline::decode_target(r));
  EXPECT_EQ(r.raw_query, "q=a");
}

TEST_F(AppTest, MalformedTargetsAre400) {
  for (const std::string target : {"/%ZZ", "/%C3", "/a?x=%FF", "*", "/nul%00byte"}) {
    EXPECT_EQ(get(target).status, 400) << target;
  }
}

TEST_F(AppTest, OversizedBodiesAre413WithAClearPage) {
  auto form =
      post("/_debug/echo", "application/x-www-form-urlencoded", "a=" + std::string(1200, 'x'));
  EXPECT_EQ(form.status, 413);
  EXPECT_NE(form.body.find("Envoi trop volumineux"), std::string::npos);
  // multipart has its own, larger limit
  const std::string part = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" +
                           std::string(3000, 'x') + "\r\n--B--\r\n";
  EXPECT_EQ(post("/_debug/echo", "multipart/form-data; boundary=B", part).status, 200);
  const std::string big = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" +
                          std::string(6000, 'x') + "\r\n--B--\r\n";
  EXPECT_EQ(post("/_debug/echo", "multipart/form-data; boundary=B", big).status, 413);
}

TEST_F(AppTest, BadUtf8InAFormIs400NamingTheField) {
  auto r = post("/_debug/echo", "application/x-www-form-urlencoded", "ok=1&ville=Li%E8ge");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("\"field\":\"ville\""), std::string::npos);
  auto good = post("/_debug/echo", "application/x-www-form-urlencoded", "ville=Li%C3%A8ge");
  EXPECT_EQ(good.status, 200);
  EXPECT_NE(good.body.find("Liège"), std::string::npos);
}

TEST_F(AppTest, HandlerExceptionsBecome500WithoutLeakingDetails) {
  auto r = get("/_debug/fail");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body.find("secret detail"), std::string::npos);
  EXPECT_NE(r.body.find("Erreur interne"), std::string::npos);
  EXPECT_NE(r.body.find(r.headers.get("X-Request-Id").value()), std::string::npos);
}

TEST_F(AppTest, ApiErrorsAreProblemJson) {
  auto r = get("/api/v1/nothing-yet");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.headers.get("Content-Type"), "application/problem+json");
  EXPECT_NE(r.body.find("\"status\":404"), std::string::npos);
}

TEST_F(AppTest, LanguageSwitchSetsACookieAndRedirectsOnlyLocally) {
  auto r = get("/lang/en?next=%2Fconseillers");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers.get("Location"), "/conseillers");
  EXPECT_NE(r.headers.get("Set-Cookie").value_or("").find("lang=en"), std::string::npos);
  EXPECT_EQ(get("/lang/en?next=%2F%2Fevil.example").headers.get("Location"), "/");
  EXPECT_EQ(get("/lang/en?next=https://evil.example").headers.get("Location"), "/");
  EXPECT_EQ(get("/lang/xx?next=/").status, 404);
}

TEST_F(AppTest, HealthzReportsTheBackendAsJson) {
  auto r = get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.headers.get("Content-Type"), "application/json");
  EXPECT_NE(r.body.find("\"status\":\"ok\""), std::string::npos);
  EXPECT_NE(r.body.find("\"db\":\"sqlite\""), std::string::npos);
  EXPECT_NE(r.body.find("\"version\":\"" PRIMOWORK_VERSION "\""), std::string::npos);
}

TEST_F(AppTest, MetricsCountRequestsByRoutePatternAndShowThePool) {
  get("/");
  get("/lang/en?next=/");
  get("/nope");
  auto m = get("/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(
      m.body.find("primowork_http_requests_total{route=\"/\",method=\"GET\",status=\"200\"} 1"),
      std::string::npos);
  EXPECT_NE(m.body.find("route=\"/lang/{code}\""), std::string::npos);
  EXPECT_NE(m.body.find("route=\"unmatched\",method=\"GET\",status=\"404\"} 1"), std::string::npos);
  EXPECT_NE(
      m.body.find("primowork_http_request_duration_seconds_bucket{route=\"/\",le=\"+Inf\"} 1"),
      std::string::npos);
  EXPECT_NE(m.body.find("primowork_db_pool_size 2"), std::string::npos);
}

TEST_F(AppTest, StaticFilesHaveETagsAndAnswer304) {
  auto first = get("/static/css/app.css");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.headers.get("Content-Type"), "text/css; charset=utf-8");
  const auto etag = first.headers.get("ETag");
  ASSERT_TRUE(etag.has_value());
  http::Request again;
  again.method = "GET";
  again.target = "/static/css/app.css";
  again.headers.add("If-None-Match", *etag);
  auto second = app_->pipeline().handle(again);
  EXPECT_EQ(second.status, 304);
  EXPECT_TRUE(second.body.empty());
  EXPECT_EQ(get("/static/../CMakeLists.txt").status, 404);
  EXPECT_EQ(get("/static/css/none.css").status, 404);
}

TEST_F(AppTest, HeadAnswersLikeGetWithoutABody) {
  http::Request r;
  r.method = "HEAD";
  r.target = "/";
  auto resp = app_->pipeline().handle(r);
  EXPECT_EQ(resp.status, 200);
  EXPECT_TRUE(resp.body.empty());
}

}  // namespace
}  // namespace primowork
