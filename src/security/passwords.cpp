#include "security/passwords.h"

#include <sodium.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace primowork::security {
namespace {

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// True when the password is one character (one UTF-8 sequence) repeated.
bool one_repeated_character(const std::string& s) {
  std::size_t first = 1;
  while (first < s.size() && (s[first] & 0xC0) == 0x80) ++first;
  if (s.size() % first != 0) return false;
  for (std::size_t i = first; i < s.size(); i += first) {
    if (s.compare(i, first, s, 0, first) != 0) return false;
  }
  return true;
}

}  // namespace

CommonPasswords CommonPasswords::load(const std::string& path) {
  CommonPasswords list;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') list.words_.insert(lower_ascii(line));
  }
  return list;
}

bool CommonPasswords::contains(const std::string& password) const {
  return words_.count(lower_ascii(password)) > 0;
}

Status check_new_password(const std::string& password, const std::string& login,
                          const CommonPasswords& common) {
  if (code_points(password) < kMinPasswordLength) {
    return Error::invalid("password", N_("Le mot de passe doit compter au moins 12 caractères."));
  }
  if (password.size() > kMaxPasswordLength) {
    return Error::invalid("password", N_("Le mot de passe est trop long (256 octets au plus)."));
  }
  if (!login.empty() && lower_ascii(password) == lower_ascii(login)) {
    return Error::invalid(
        "password", N_("Le mot de passe ne peut pas être votre adresse e-mail ou identifiant."));
  }
  const std::string at_part = login.substr(0, login.find('@'));
  if (at_part.size() >= 4 &&
      lower_ascii(password).find(lower_ascii(at_part)) != std::string::npos &&
      code_points(password) < at_part.size() + 6) {
    return Error::invalid("password", N_("Le mot de passe ressemble trop à votre identifiant."));
  }
  if (one_repeated_character(password)) {
    return Error::invalid("password", N_("Le mot de passe ne peut pas répéter un seul caractère."));
  }
  if (common.contains(password)) {
    return Error::invalid(
        "password",
        N_("Ce mot de passe est trop courant. Choisissez-en un autre, par exemple une phrase."));
  }
  return Ok{};
}

std::string hash_password(const std::string& password) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool verify_password(const std::string& hash, const std::string& password) {
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool needs_rehash(const std::string& hash) {
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kOpsLimit, kMemLimit) != 0;
}

const std::string& decoy_hash() {
  static const std::string hash = hash_password("decoy password that nobody can know");
  return hash;
}

}  // namespace primowork::security
