#include "security/crypto.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace primowork::security {
namespace {
void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium initialisation failed");
}

std::string to_base64(const unsigned char* data, std::size_t n, int variant) {
  std::string out(sodium_base64_encoded_len(n, variant), '\0');
  sodium_bin2base64(out.data(), out.size(), data, n, variant);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}
}  // namespace

std::string random_token() {
  ensure_sodium();
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  return to_base64(raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::string token_hash(const std::string& token) {
  ensure_sodium();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

bool constant_time_equal(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

FieldCipher::FieldCipher(const std::string& secret) {
  ensure_sodium();
  if (secret.empty()) throw std::invalid_argument("PRIMOWORK_SECRET is empty");
  static const char kContext[] = "primowork field encryption v1";
  crypto_generichash(key_, sizeof key_, reinterpret_cast<const unsigned char*>(secret.data()),
                     secret.size(), reinterpret_cast<const unsigned char*>(kContext),
                     sizeof kContext - 1);
}

std::string FieldCipher::encrypt(const std::string& plain) const {
  std::vector<unsigned char> buf(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                 plain.size());
  unsigned char* nonce = buf.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), nonce,
                        key_);
  return "v1:" + to_base64(buf.data(), buf.size(), sodium_base64_VARIANT_ORIGINAL);
}

std::optional<std::string> FieldCipher::decrypt(const std::string& sealed) const {
  if (sealed.rfind("v1:", 0) != 0) return std::nullopt;
  const std::string b64 = sealed.substr(3);
  std::vector<unsigned char> buf(b64.size());
  std::size_t len = 0;
  if (sodium_base642bin(buf.data(), buf.size(), b64.data(), b64.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      len < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) {
    return std::nullopt;
  }
  std::string plain(len - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                 buf.data() + crypto_secretbox_NONCEBYTES,
                                 len - crypto_secretbox_NONCEBYTES, buf.data(), key_) != 0) {
    return std::nullopt;
  }
  return plain;
}

}  // namespace primowork::security
