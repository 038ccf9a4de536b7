// Single-use recovery codes for when the authenticator is lost.
//
// A code is 12 characters from a 31-letter alphabet that leaves out the look-alikes 0, o, 1, l
// and i, shown in three groups of four ("k7m2-9xqp-4hta"): about 59 bits each. Only hash() of
// the normalised form is stored; what a person types goes through normalise() first. Randomness
// comes from libsodium (throws std::runtime_error if it cannot start); no other I/O.
#pragma once

#include <string>
#include <vector>

namespace primowork::security::recovery_codes {

inline constexpr const char* kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
inline constexpr std::size_t kLength = 12;  // characters, dashes excluded

// `n` distinct codes in display form ("xxxx-xxxx-xxxx"); none when n <= 0.
std::vector<std::string> generate(int n = 10);

// Lowercases `typed` and drops spaces and dashes; returns the 12 characters ("k7m29xqp4hta"), or
// "" when what remains is not 12 characters of the alphabet.
std::string normalise(const std::string& typed);

// BLAKE2b-256 (crypto_generichash, unkeyed) of `normalised`, as 64 lowercase hex characters.
std::string hash(const std::string& normalised);

}  // namespace primowork::security::recovery_codes
