#include "security/recovery_codes.h"

#include <sodium.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <stdexcept>

namespace primowork::security::recovery_codes {
namespace {

bool in_alphabet(char c) {
  return c != '\0' && std::strchr(kAlphabet, c) != nullptr;
}

std::string random_code() {
  const auto size = static_cast<std::uint32_t>(std::strlen(kAlphabet));
  std::string code;
  for (std::size_t i = 0; i < kLength; ++i) {
    if (i > 0 && i % 4 == 0) code.push_back('-');
    code.push_back(kAlphabet[randombytes_uniform(size)]);
  }
  return code;
}

}  // namespace

std::vector<std::string> generate(int n) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  std::vector<std::string> codes;
  std::set<std::string> seen;
  while (static_cast<int>(codes.size()) < n) {
    std::string code = random_code();
    if (seen.insert(code).second) codes.push_back(std::move(code));
  }
  return codes;
}

std::string normalise(const std::string& typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '-') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!in_alphabet(c) || out.size() == kLength) return {};
    out.push_back(c);
  }
  return out.size() == kLength ? out : std::string();
}

std::string hash(const std::string& normalised) {
  unsigned char digest[crypto_generichash_BYTES];  // 32 bytes
  crypto_generichash(digest, sizeof digest,
                     reinterpret_cast<const unsigned char*>(normalised.data()), normalised.size(),
                     nullptr, 0);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return {hex, sizeof digest * 2};
}

}  // namespace primowork::security::recovery_codes
