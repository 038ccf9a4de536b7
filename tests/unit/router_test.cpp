#include "platform/http/router.h"

#include <gtest/gtest.h>

namespace primowork::http {
namespace {

Handler named(const std::string& name) {
  return [name](Request&) { return Response::text(name); };
}

std::string call(const Router& router, const std::string& method, const std::string& path) {
  auto m = router.match(method, path);
  if (m.status != 200) return std::to_string(m.status);
  Request r;
  return (*m.handler)(r).body;
}

TEST(Router, MatchesLiteralsAndRoot) {
  Router router;
  router.get("/", named("home"));
  router.get("/entreprises", named("companies"));
  EXPECT_EQ(call(router, "GET", "/"), "home");
  EXPECT_EQ(call(router, "GET", "/entreprises"), "companies");
  EXPECT_EQ(call(router, "GET", "/entreprises/x"), "404");
  EXPECT_EQ(call(router, "GET", "/nope"), "404");
}

TEST(Router, TypedParameters) {
  Router router;
  router.get("/n/{n:int}", named("int"));
  router.get("/o/{id:id}", named("id"));
  router.get("/s/{slug}", named("slug"));
  EXPECT_EQ(call(router, "GET", "/n/42"), "int");
  EXPECT_EQ(call(router, "GET", "/n/4x"), "404");
  EXPECT_EQ(call(router, "GET", "/n/1234567890123456789"), "404");  // 19 digits: overflow risk
  EXPECT_EQ(call(router, "GET", "/o/off_3f9c0a8d"), "id");
  EXPECT_EQ(call(router, "GET", "/o/OFF"), "404");
  EXPECT_EQ(call(router, "GET", "/s/a-b_c"), "slug");
  EXPECT_EQ(call(router, "GET", "/s/a.b"), "404");
  EXPECT_EQ(call(router, "GET", "/s/"), "404");
  auto m = router.match("GET", "/n/42");
  EXPECT_EQ(m.params.at("n"), "42");
  EXPECT_EQ(m.pattern, "/n/{n:int}");
}

TEST(Router, RestParameterTakesTheRemainingPath) {
  Router router;
  router.get("/static/{file:*}", named("static"));
  auto m = router.match("GET", "/static/css/app.css");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.params.at("file"), "css/app.css");
  EXPECT_EQ(router.match("GET", "/static/").status, 404);
}

TEST(Router, MethodNotAllowedListsAllowedMethods) {
  Router router;
  router.get("/form", named("show"));
  router.post("/form", named("save"));
  EXPECT_EQ(call(router, "POST", "/form"), "save");
  EXPECT_EQ(call(router, "HEAD", "/form"), "show");
  auto m = router.match("DELETE", "/form");
  EXPECT_EQ(m.status, 405);
  EXPECT_EQ(m.allow, "GET, HEAD, POST");
}

TEST(Router, RejectsMalformedPatterns) {
  Router router;
  EXPECT_THROW(router.get("nope", named("x")), std::invalid_argument);
  EXPECT_THROW(router.get("/a/{x:float}", named("x")), std::invalid_argument);
  EXPECT_THROW(router.get("/a/{rest:*}/b", named("x")), std::invalid_argument);
  EXPECT_THROW(router.get("/a/b{x}", named("x")), std::invalid_argument);
}

TEST(Router, ListsRoutes) {
  Router router;
  router.get("/", named("a"));
  router.post("/b", named("b"));
  auto routes = router.routes();
  ASSERT_EQ(routes.size(), 2u);
  EXPECT_EQ(routes[1].method, "POST");
  EXPECT_EQ(routes[1].pattern, "/b");
}

}  // namespace
}  // namespace primowork::http
