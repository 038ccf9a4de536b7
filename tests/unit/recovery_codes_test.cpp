#include "security/recovery_codes.h"

#include <gtest/gtest.h>

#include <set>

namespace primowork::security::recovery_codes {
namespace {

bool has_display_shape(const std::string& code) {
  if (code.size() != 14 || code[4] != '-' || code[9] != '-') return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (i == 4 || i == 9) continue;
    if (std::string(kAlphabet).find(code[i]) == std::string::npos) return false;
  }
  return true;
}

TEST(RecoveryCodes, GeneratesTenDistinctCodesInDisplayForm) {
  const auto codes = generate();
  ASSERT_EQ(codes.size(), 10u);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
  for (const auto& code : codes) {
    EXPECT_TRUE(has_display_shape(code)) << code;
    EXPECT_EQ(code.find_first_of("0o1li"), std::string::npos) << code;
    EXPECT_EQ(normalise(code).size(), 12u) << code;
  }
  EXPECT_EQ(generate(3).size(), 3u);
  EXPECT_TRUE(generate(0).empty());
}

TEST(RecoveryCodes, AlphabetLeavesOutLookAlikes) {
  const std::string alphabet = kAlphabet;
  EXPECT_EQ(alphabet.size(), 31u);
  EXPECT_EQ(alphabet.find_first_of("0o1li"), std::string::npos);
}

TEST(RecoveryCodes, NormaliseAcceptsWhatPeopleType) {
  EXPECT_EQ(normalise("K7M2 9XQP-4HTA"), "k7m29xqp4hta");
  EXPECT_EQ(normalise("k7m2-9xqp-4hta"), "k7m29xqp4hta");
  EXPECT_EQ(normalise("  k7m29xqp4hta "), "k7m29xqp4hta");
  EXPECT_EQ(normalise("k-7-m-2-9-x-q-p-4-h-t-a"), "k7m29xqp4hta");
}

TEST(RecoveryCodes, NormaliseRejectsBadCharactersAndLength) {
  EXPECT_EQ(normalise(""), "");
  EXPECT_EQ(normalise("k7m2-9xqp-4ht"), "");          // 11
  EXPECT_EQ(normalise("k7m2-9xqp-4htaa"), "");        // 13
  EXPECT_EQ(normalise("k7m2-9xqp-4ht0"), "");         // zero
  EXPECT_EQ(normalise("k7m2-9xqp-4hto"), "");         // o
  EXPECT_EQ(normalise("k7m2-9xqp-4ht1"), "");         // one
  EXPECT_EQ(normalise("k7m2-9xqp-4htl"), "");         // l
  EXPECT_EQ(normalise("k7m2-9xqp-4hti"), "");         // i
  EXPECT_EQ(normalise("k7m2_9xqp_4hta"), "");         // underscore
  EXPECT_EQ(normalise("k7m2\t9xqp4hta"), "");         // tab is not a space
  EXPECT_EQ(normalise("k7m2-9xqp-4ht\xC3\xA0"), "");  // non-ASCII
}

TEST(RecoveryCodes, HashIsStableLowercaseHexOf64Characters) {
  const std::string h = hash("k7m29xqp4hta");
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, hash(normalise("K7M2 9XQP-4HTA")));
  EXPECT_NE(h, hash("k7m29xqp4htb"));
  // BLAKE2b-256 of the empty string (RFC 7693 parameters, no key).
  EXPECT_EQ(hash(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

}  // namespace
}  // namespace primowork::security::recovery_codes
