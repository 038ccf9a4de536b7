// Percent-decoding, UTF-8 validation and urlencoded key/value parsing (query strings and forms).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "platform/result.h"

namespace primowork::http {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view text);

// Decodes %XX escapes, and '+' as space when `plus_is_space`. Fails on a truncated or non-hex
// escape, or when the result is not valid UTF-8.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

// Encodes everything outside the RFC 3986 unreserved set.
std::string percent_encode(std::string_view text);

// True when `target` is a safe local redirect target: one leading '/', no scheme, no backslash,
// no line break or tab (so "//evil.example", "/\\evil" and "/\t/evil", which browsers read as
// "//evil", are refused).
bool safe_local_path(const std::string& target);

// Ordered multimap of decoded fields.
class Fields {
 public:
  void add(std::string name, std::string value) {
    items_.emplace(std::move(name), std::move(value));
  }
  // First value of `name`, if any.
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, std::string fallback) const;
  std::size_t count(const std::string& name) const { return items_.count(name); }
  const std::multimap<std::string, std::string>& all() const { return items_; }

 private:
  std::multimap<std::string, std::string> items_;
};

// Parses `a=1&b=x+y&c=%C3%A9`. An error names the offending field (or "" when the name itself is
// undecodable) with the message "Encodage invalide".
Result<Fields> parse_urlencoded(std::string_view body);

}  // namespace primowork::http
