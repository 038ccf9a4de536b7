#include "platform/http/cookies.h"

#include <gtest/gtest.h>

namespace primowork::http {
namespace {

TEST(Cookies, ParsesPairsAndQuotedValues) {
  auto c = parse_cookie_header("lang=en; sid=\"abc123\";theme=dark");
  EXPECT_EQ(c.at("lang"), "en");
  EXPECT_EQ(c.at("sid"), "abc123");
  EXPECT_EQ(c.at("theme"), "dark");
}

TEST(Cookies, SkipsMalformedPairsAndKeepsFirstDuplicate) {
  auto c = parse_cookie_header("novalue; =x; a=1; a=2; bad name=3; ok=4");
  EXPECT_EQ(c.size(), 2u);
  EXPECT_EQ(c.at("a"), "1");
  EXPECT_EQ(c.at("ok"), "4");
  EXPECT_TRUE(parse_cookie_header("").empty());
}

TEST(Cookies, SetCookieCarriesItsAttributes) {
  SetCookie cookie;
  cookie.name = "lang";
  cookie.value = "fr";
  cookie.max_age_s = 3600;
  cookie.secure = true;
  EXPECT_EQ(cookie.to_header(), "lang=fr; Path=/; Max-Age=3600; HttpOnly; Secure; SameSite=Lax");
  SetCookie session;
  session.name = "sid";
  session.value = "x";
  session.same_site = "Strict";
  EXPECT_EQ(session.to_header(), "sid=x; Path=/; HttpOnly; SameSite=Strict");
}

}  // namespace
}  // namespace primowork::http
