// Opaque identifiers and random tokens from the system CSPRNG (libsodium).
#pragma once

#include <cstddef>
#include <string>

namespace primowork::ids {

// `bytes` random bytes as lowercase hex (2*bytes characters).
std::string random_hex(std::size_t bytes);

// A prefixed opaque id for URLs, e.g. "off_3f9c0a8d1b2e4f60a7c3": never sequential.
std::string make(const std::string& prefix);

// True when `text` is only [a-z0-9_] and 1..64 long: the shape of every id we emit.
bool well_formed(const std::string& text);

}  // namespace primowork::ids
