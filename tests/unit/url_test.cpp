#include "platform/http/url.h"

#include <gtest/gtest.h>

namespace primowork::http {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(valid_utf8(""));
  EXPECT_TRUE(valid_utf8("Liège"));
  EXPECT_TRUE(valid_utf8("مرحبا"));             // Arabic
  EXPECT_TRUE(valid_utf8("Україна"));           // Ukrainian
  EXPECT_TRUE(valid_utf8("\xF0\x9F\x98\x80"));  // emoji, 4 bytes
}

TEST(Utf8, RejectsMalformedText) {
  EXPECT_FALSE(valid_utf8("\xC3"));              // truncated
  EXPECT_FALSE(valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(valid_utf8("\xE0\x80\xAF"));      // overlong, 3 bytes
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(valid_utf8("\xFF"));
  EXPECT_FALSE(
      valid_utf8("ab\x80"
                 "cd"));  // lone continuation byte
}

TEST(PercentDecode, DecodesEscapesAndPlus) {
  EXPECT_EQ(percent_decode("Li%C3%A8ge", false), "Liège");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
  EXPECT_EQ(percent_decode("%2f%2F", false), "//");
}

TEST(PercentDecode, RejectsBadEscapesAndBadUtf8) {
  EXPECT_FALSE(percent_decode("%", false));
  EXPECT_FALSE(percent_decode("%4", false));
  EXPECT_FALSE(percent_decode("%G1", false));
  EXPECT_FALSE(percent_decode("%C3", false));  // decodes to a truncated sequence
  EXPECT_FALSE(percent_decode("%FF", false));
}

TEST(PercentEncode, RoundTrips) {
  const std::string text = "/offres?q=aide soignant&c=Liège#x";
  EXPECT_EQ(percent_decode(percent_encode(text), false), text);
  EXPECT_EQ(percent_encode("a b/é"), "a%20b%2F%C3%A9");
}

TEST(Urlencoded, ParsesFieldsInOrderWithRepeats) {
  auto f = parse_urlencoded("title=Aide-soignant&lang=fr&lang=ar&empty=&flag&c=Li%C3%A8ge");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->get("title"), "Aide-soignant");
  EXPECT_EQ(f->count("lang"), 2u);
  EXPECT_EQ(f->get("lang"), "fr");
  EXPECT_EQ(f->get("empty"), "");
  EXPECT_EQ(f->get("flag"), "");
  EXPECT_EQ(f->get("c"), "Liège");
  EXPECT_FALSE(f->get("missing").has_value());
  EXPECT_EQ(f->get_or("missing", "x"), "x");
}

TEST(Urlencoded, NamesTheFieldWithBadEncoding) {
  auto f = parse_urlencoded("ok=1&nom=%C3%28");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(f.error().field, "nom");
  EXPECT_EQ(f.error().message_id, "Encodage invalide");
}

TEST(SafeLocalPath, RefusesOpenRedirects) {
  EXPECT_TRUE(safe_local_path("/"));
  EXPECT_TRUE(safe_local_path("/candidats?x=1"));
  EXPECT_FALSE(safe_local_path(""));
  EXPECT_FALSE(safe_local_path("//evil.example"));
  EXPECT_FALSE(safe_local_path("/\\evil.example"));
  EXPECT_FALSE(safe_local_path("https://evil.example"));
  EXPECT_FALSE(safe_local_path("/a\r\nSet-Cookie: x=1"));
}

// Found by fuzz/fuzz_local_path: browsers delete tabs inside URLs (WHATWG URL Standard), so
// "/\t/evil.example" (next=/%09/evil.example) redirected to http://evil.example/.
TEST(SafeLocalPath, RefusesTabsThatBrowsersDrop) {
  EXPECT_FALSE(safe_local_path("/\t/evil.example"));
  EXPECT_FALSE(safe_local_path("/\t\t/evil.example"));
  EXPECT_FALSE(safe_local_path("/\t\\evil.example"));
  EXPECT_FALSE(safe_local_path("/candidats\t"));
  EXPECT_TRUE(safe_local_path("/candidats?q=a%09b"));  // an encoded tab stays a path character
}

}  // namespace
}  // namespace primowork::http
