// Passwords: the rules a new password must meet, and Argon2id hashing (libsodium).
#pragma once

#include <string>
#include <unordered_set>

#include "platform/result.h"

namespace primowork::security {

// A list of passwords people choose too often (data/common-passwords.txt, one per line,
// compared case-insensitively). Missing file = empty list.
class CommonPasswords {
 public:
  static CommonPasswords load(const std::string& path);
  bool contains(const std::string& password) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;
};

constexpr std::size_t kMinPasswordLength = 12;   // characters (UTF-8 code points)
constexpr std::size_t kMaxPasswordLength = 256;  // bytes: bounds the hashing work

// Checks a new password. Errors name the field "password" with a message id:
// too short, too long, equal to the email or login, a single repeated character, or common.
Status check_new_password(const std::string& password, const std::string& login,
                          const CommonPasswords& common);

// Argon2id hash in PHC string form ("$argon2id$v=19$m=65536,t=2,p=1$...").
std::string hash_password(const std::string& password);

// Constant-time verification; false for a malformed hash.
bool verify_password(const std::string& hash, const std::string& password);

// True when the hash was made with other parameters than today's (rehash after a good login).
bool needs_rehash(const std::string& hash);

// A hash of a random password, verified against when the account does not exist, so that
// answering "no such account" takes as long as "wrong password".
const std::string& decoy_hash();

}  // namespace primowork::security
