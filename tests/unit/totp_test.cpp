#include "security/totp.h"

#include <gtest/gtest.h>

namespace primowork::security::totp {
namespace {

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string below (20 bytes).
const std::string kRfcSecret = "12345678901234567890";

TEST(Totp, MatchesRfc6238Sha1Vectors) {
  // The RFC lists 8-digit values; a 6-digit code is their last six digits.
  EXPECT_EQ(code_at(kRfcSecret, 59), "287082");
  EXPECT_EQ(code_at(kRfcSecret, 1111111109), "081804");
  EXPECT_EQ(code_at(kRfcSecret, 1111111111), "050471");
  EXPECT_EQ(code_at(kRfcSecret, 1234567890), "005924");
  EXPECT_EQ(code_at(kRfcSecret, 2000000000), "279037");
  EXPECT_EQ(code_at(kRfcSecret, 20000000000), "353130");
}

TEST(Totp, CodeIsConstantWithinAStep) {
  EXPECT_EQ(code_at(kRfcSecret, 1111111110), code_at(kRfcSecret, 1111111139));
  EXPECT_EQ(step_of(59), 1);
  EXPECT_EQ(step_of(60), 2);
  EXPECT_EQ(step_of(-1), -1);
}

TEST(Totp, VerifyAcceptsOneStepEitherSideAndReturnsTheStep) {
  const std::int64_t t = 1234567890;  // step 41152263
  const std::int64_t step = t / 30;
  EXPECT_EQ(verify(kRfcSecret, "005924", t, -1), step);
  EXPECT_EQ(verify(kRfcSecret, code_at(kRfcSecret, t - 30), t, -1), step - 1);
  EXPECT_EQ(verify(kRfcSecret, code_at(kRfcSecret, t + 30), t, -1), step + 1);
  EXPECT_FALSE(verify(kRfcSecret, code_at(kRfcSecret, t - 60), t, -1));
  EXPECT_FALSE(verify(kRfcSecret, code_at(kRfcSecret, t + 60), t, -1));
  // A wider window reaches them; window 0 (or negative) is the current step only.
  EXPECT_EQ(verify(kRfcSecret, code_at(kRfcSecret, t - 60), t, -1, 2), step - 2);
  EXPECT_FALSE(verify(kRfcSecret, code_at(kRfcSecret, t - 30), t, -1, 0));
  EXPECT_FALSE(verify(kRfcSecret, code_at(kRfcSecret, t - 30), t, -1, -3));
  EXPECT_FALSE(verify("another secret......", "005924", t, -1));
}

TEST(Totp, VerifyRejectsReplayOfAStepAlreadyUsed) {
  const std::int64_t t = 1111111111;
  const auto used = verify(kRfcSecret, "050471", t, -1);
  ASSERT_TRUE(used);
  EXPECT_FALSE(verify(kRfcSecret, "050471", t, *used));
  EXPECT_FALSE(verify(kRfcSecret, "050471", t + 10, *used));
  // An older code, still inside the window, is refused once a later step was used.
  EXPECT_FALSE(verify(kRfcSecret, code_at(kRfcSecret, t - 30), t, *used));
  // The next step's code is still fine.
  EXPECT_EQ(verify(kRfcSecret, code_at(kRfcSecret, t + 30), t + 30, *used), *used + 1);
}

TEST(Totp, VerifyIgnoresSpacesAndRejectsMalformedCodes) {
  EXPECT_EQ(verify(kRfcSecret, "287 082", 59, -1), 1);
  EXPECT_EQ(verify(kRfcSecret, " 287082 ", 59, -1), 1);
  EXPECT_FALSE(verify(kRfcSecret, "28708", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "2870820", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "94287082", 59, -1));  // the RFC's 8-digit form
  EXPECT_FALSE(verify(kRfcSecret, "28708a", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "287-082", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "+87082", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "", 59, -1));
  EXPECT_FALSE(verify(kRfcSecret, "      ", 59, -1));
}

TEST(Totp, Base32IsUppercaseWithoutPadding) {
  EXPECT_EQ(base32(kRfcSecret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  // RFC 4648 section 10 vectors, padding removed.
  EXPECT_EQ(base32("f"), "MY");
  EXPECT_EQ(base32("foob"), "MZXW6YQ");
  EXPECT_EQ(base32("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(base32(""), "");
}

TEST(Totp, NewSecretIsTwentyRandomBytes) {
  const std::string a = new_secret();
  const std::string b = new_secret();
  EXPECT_EQ(a.size(), 20u);
  EXPECT_EQ(b.size(), 20u);
  EXPECT_NE(a, b);
  EXPECT_EQ(base32(a).size(), 32u);
}

TEST(Totp, OtpauthUriPercentEncodesIssuerAndAccount) {
  EXPECT_EQ(otpauth_uri(kRfcSecret, "alice@example.com", "Primo Work"),
            "otpauth://totp/Primo%20Work:alice%40example.com"
            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Primo%20Work"
            "&algorithm=SHA1&digits=6&period=30");
  // A colon, '&' or '?' in either part cannot break the label or the query.
  EXPECT_EQ(otpauth_uri("f", "a:b&c?d", "Liège"),
            "otpauth://totp/Li%C3%A8ge:a%3Ab%26c%3Fd?secret=MY&issuer=Li%C3%A8ge"
            "&algorithm=SHA1&digits=6&period=30");
}

}  // namespace
}  // namespace primowork::security::totp
