// RFC 6238 time-based one-time passwords: HMAC-SHA-1, 6 digits, 30-second steps, Unix epoch.
//
// Secrets are raw bytes (a binary std::string); base32 is only for showing them to a person or
// putting them in an otpauth:// URI. No clock inside: the caller passes the Unix time, so the
// functions are pure apart from new_secret(), which reads the system CSPRNG (libsodium).
// HMAC and truncation come from liboath (libsodium has no SHA-1). A failure of liboath or
// libsodium themselves throws std::runtime_error; bad user input never throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace primowork::security::totp {

inline constexpr int kDigits = 6;
inline constexpr std::int64_t kStepSeconds = 30;
inline constexpr std::size_t kSecretBytes = 20;  // 160 bits, the RFC 4226 recommendation

// 20 random bytes, raw.
std::string new_secret();

// RFC 4648 base32 of `raw`: uppercase, no '=' padding ("" for "").
std::string base32(const std::string& raw);

// otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30,
// issuer and account percent-encoded (everything outside RFC 3986 unreserved, space as %20).
std::string otpauth_uri(const std::string& raw_secret, const std::string& account,
                        const std::string& issuer);

// The time step of `unix_time`: floor(unix_time / 30).
std::int64_t step_of(std::int64_t unix_time);

// The 6-digit code (leading zeros kept) for the step containing `unix_time` (>= 0).
std::string code_at(const std::string& raw_secret, std::int64_t unix_time);

// Checks a typed `code` against the steps step_of(unix_time) - window .. + window (window < 0
// counts as 0; negative steps are skipped). Spaces in `code` are ignored; what remains must be
// exactly 6 ASCII digits. Only steps strictly greater than `last_used_step` count, so a code is
// accepted at most once (pass -1 when no code was ever accepted). Every candidate step is
// compared in constant time (sodium_memcmp), without early exit. Returns the matched step (the
// highest, should two steps share a code), which the caller stores as the new last_used_step;
// nullopt when nothing matches.
std::optional<std::int64_t> verify(const std::string& raw_secret, const std::string& code,
                                   std::int64_t unix_time, std::int64_t last_used_step,
                                   int window = 1);

}  // namespace primowork::security::totp
