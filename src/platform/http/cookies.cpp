#include "platform/http/cookies.h"

namespace primowork::http {
namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
bool token_char(char c) {
  return c > 0x20 && c < 0x7f &&
         std::string_view("()<>@,;:\\\"/[]?={}").find(c) == std::string_view::npos;
}
}  // namespace

std::map<std::string, std::string> parse_cookie_header(std::string_view header) {
  std::map<std::string, std::string> out;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(';', start);
    if (end == std::string_view::npos) end = header.size();
    std::string_view pair = trim(header.substr(start, end - start));
    start = end + 1;
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view name = trim(pair.substr(0, eq));
    std::string_view value = trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    bool ok = !name.empty();
    for (char c : name) ok = ok && token_char(c);
    if (ok) out.emplace(std::string(name), std::string(value));
  }
  return out;
}

std::string language_cookie(const std::string& lang, bool secure) {
  SetCookie c;
  c.name = kLanguageCookie;
  c.value = lang;
  c.max_age_s = lang.empty() ? 0 : 365L * 24 * 3600;
  c.secure = secure;
  return c.to_header();
}

std::string SetCookie::to_header() const {
  std::string h = name + "=" + value + "; Path=" + path;
  if (max_age_s) h += "; Max-Age=" + std::to_string(*max_age_s);
  if (http_only) h += "; HttpOnly";
  if (secure) h += "; Secure";
  if (!same_site.empty()) h += "; SameSite=" + same_site;
  return h;
}

}  // namespace primowork::http
