#include "security/totp.h"

#include <liboath/oath.h>
#include <sodium.h>

#include <cstdlib>
#include <limits>
#include <stdexcept>

#include "platform/http/url.h"

namespace primowork::security::totp {
namespace {

void ensure_oath() {
  // oath_init is global set-up; a function-local static runs it once, thread-safely.
  static const int rc = oath_init();
  if (rc != OATH_OK) throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
}

// The code for time step `step` (>= 0, small enough that step * 30 fits).
std::string code_for_step(const std::string& raw_secret, std::int64_t step) {
  ensure_oath();
  char out[kDigits + 1] = {};
  const int rc = oath_totp_generate(
      raw_secret.data(), raw_secret.size(), static_cast<time_t>(step * kStepSeconds),
      static_cast<unsigned>(kStepSeconds), OATH_TOTP_DEFAULT_START_TIME, kDigits, out);
  if (rc != OATH_OK) throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
  return {out, static_cast<std::size_t>(kDigits)};
}

constexpr std::int64_t kMaxStep = std::numeric_limits<std::int64_t>::max() / kStepSeconds;

}  // namespace

std::string new_secret() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  std::string raw(kSecretBytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  return raw;
}

std::string base32(const std::string& raw) {
  if (raw.empty()) return {};
  ensure_oath();
  char* out = nullptr;
  std::size_t out_len = 0;
  const int rc = oath_base32_encode(raw.data(), raw.size(), &out, &out_len);
  if (rc != OATH_OK) throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
  std::string text(out, out_len);
  std::free(out);
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::string otpauth_uri(const std::string& raw_secret, const std::string& account,
                        const std::string& issuer) {
  const std::string enc_issuer = http::percent_encode(issuer);
  return "otpauth://totp/" + enc_issuer + ":" + http::percent_encode(account) +
         "?secret=" + base32(raw_secret) + "&issuer=" + enc_issuer +
         "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
         "&period=" + std::to_string(kStepSeconds);
}

std::int64_t step_of(std::int64_t unix_time) {
  std::int64_t step = unix_time / kStepSeconds;
  if (unix_time % kStepSeconds < 0) --step;  // floor for times before the epoch
  return step;
}

std::string code_at(const std::string& raw_secret, std::int64_t unix_time) {
  if (unix_time < 0) throw std::invalid_argument("totp::code_at: time before the Unix epoch");
  return code_for_step(raw_secret, step_of(unix_time));
}

std::optional<std::int64_t> verify(const std::string& raw_secret, const std::string& code,
                                   std::int64_t unix_time, std::int64_t last_used_step,
                                   int window) {
  std::string typed;
  for (char c : code) {
    if (c == ' ') continue;
    if (c < '0' || c > '9') return std::nullopt;
    typed.push_back(c);
  }
  if (typed.size() != static_cast<std::size_t>(kDigits)) return std::nullopt;

  if (window < 0) window = 0;
  const std::int64_t now = step_of(unix_time);
  std::optional<std::int64_t> matched;
  for (std::int64_t step = now - window; step <= now + window; ++step) {
    if (step < 0 || step > kMaxStep || step <= last_used_step) continue;
    const std::string expected = code_for_step(raw_secret, step);
    if (sodium_memcmp(expected.data(), typed.data(), kDigits) == 0) matched = step;
  }
  return matched;
}

}  // namespace primowork::security::totp
