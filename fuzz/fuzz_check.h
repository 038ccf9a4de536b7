// Shared helpers for the libFuzzer targets in fuzz/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// An invariant the parser promises. A violation prints the reason and aborts, which libFuzzer
// records as a crash (with the input saved as crash-<sha1>).
#define FUZZ_CHECK(cond)                                                                   \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                        \
    }                                                                                      \
  } while (0)

inline std::string_view fuzz_input(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Reference UTF-8 validator written from the Unicode Standard, table 3-7 ("Well-Formed UTF-8 Byte
// Sequences"), independently of http::valid_utf8, for differential checks.
inline bool reference_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  while (i < n) {
    const unsigned char b = s[i];
    if (b <= 0x7F) {
      ++i;
      continue;
    }
    unsigned lo = 0x80, hi = 0xBF;  // range of the second byte
    std::size_t len = 0;
    if (in(b, 0xC2, 0xDF))
      len = 2;
    else if (b == 0xE0) {
      len = 3;
      lo = 0xA0;
    } else if (in(b, 0xE1, 0xEC) || in(b, 0xEE, 0xEF))
      len = 3;
    else if (b == 0xED) {
      len = 3;
      hi = 0x9F;
    } else if (b == 0xF0) {
      len = 4;
      lo = 0x90;
    } else if (in(b, 0xF1, 0xF3))
      len = 4;
    else if (b == 0xF4) {
      len = 4;
      hi = 0x8F;
    } else
      return false;
    if (n - i < len) return false;
    if (!in(s[i + 1], lo, hi)) return false;
    for (std::size_t k = 2; k < len; ++k) {
      if (!in(s[i + k], 0x80, 0xBF)) return false;
    }
    i += len;
  }
  return true;
}
