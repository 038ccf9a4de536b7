// Cookie header parsing and Set-Cookie building (RFC 6265).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace primowork::http {

// Parses "a=1; b=\"x\"": malformed pairs are skipped, the first of duplicate names wins.
std::map<std::string, std::string> parse_cookie_header(std::string_view header);

// The cookie that remembers a visitor's language choice.
inline constexpr const char* kLanguageCookie = "lang";

struct SetCookie {
  std::string name;
  std::string value;
  std::string path = "/";
  std::optional<long> max_age_s;  // nullopt = session cookie; 0 = delete
  bool http_only = true;
  bool secure = false;            // set when the public URL is https
  std::string same_site = "Lax";  // "Strict", "Lax" or "None"

  std::string to_header() const;
};

// Set-Cookie for the language choice, kept a year; an empty `lang` deletes it.
std::string language_cookie(const std::string& lang, bool secure);

}  // namespace primowork::http
