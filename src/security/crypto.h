// Tokens and field encryption (libsodium).
//
// Every secret handed to a user (session id, reset link, invitation, API token) is a random token
// of 32 bytes; the database keeps only token_hash(token), so a stolen database opens no session.
// FieldCipher encrypts sensitive columns (the TOTP secret) with a key derived from
// PRIMOWORK_SECRET (XSalsa20-Poly1305, random nonce per value).
#pragma once

#include <optional>
#include <string>

namespace primowork::security {

// 32 random bytes, URL-safe base64 without padding (43 characters).
std::string random_token();

// BLAKE2b-256 of the token, lowercase hex: what the database stores.
std::string token_hash(const std::string& token);

// Constant-time equality of two strings (false when the lengths differ).
bool constant_time_equal(const std::string& a, const std::string& b);

class FieldCipher {
 public:
  // The key is derived from `secret`, which must not be empty (throws std::invalid_argument).
  explicit FieldCipher(const std::string& secret);
  std::string encrypt(const std::string& plain) const;  // "v1:" + base64(nonce || box)
  // nullopt when the text was not made with this key or was altered.
  std::optional<std::string> decrypt(const std::string& sealed) const;

 private:
  unsigned char key_[32];
};

}  // namespace primowork::security
