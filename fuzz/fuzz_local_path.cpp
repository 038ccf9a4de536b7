// Fuzzes http::safe_local_path, the guard on user-supplied redirect targets (`next` parameters of
// the login and language pages) against open redirects.
//
// The input is the candidate target, taken as is and also percent-decoded (the way it arrives
// from a query string or form). Invariant: whenever safe_local_path accepts a target, a browser
// resolving it against the site stays on the site. The browser side is modelled on the WHATWG URL
// Standard's basic URL parser: it first removes every ASCII tab and newline and strips leading
// and trailing C0 controls and spaces; then a scheme ("x:") or two leading slashes (a backslash
// counts as a slash in http and https URLs) would take it to another origin.
#include <optional>
#include <string>

#include "fuzz_check.h"
#include "platform/http/url.h"

using namespace primowork::http;

namespace {

std::string browser_view(std::string_view target) {
  std::string s;
  for (char c : target) {
    if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  }
  auto c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!s.empty() && c0_or_space(s.back())) s.pop_back();
  std::size_t start = 0;
  while (start < s.size() && c0_or_space(s[start])) ++start;
  return s.substr(start);
}

bool leaves_origin(const std::string& s) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!s.empty() && alpha(s[0])) {  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    std::size_t i = 1;
    while (i < s.size() &&
           (alpha(s[i]) || digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
      ++i;
    if (i < s.size() && s[i] == ':') return true;
  }
  auto slash = [](char c) { return c == '/' || c == '\\'; };
  return s.size() >= 2 && slash(s[0]) && slash(s[1]);
}

void check(const std::string& target) {
  if (!safe_local_path(target)) return;
  FUZZ_CHECK(!leaves_origin(browser_view(target)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string target(fuzz_input(data, size));
  check(target);
  if (const auto decoded = percent_decode(target, true)) check(*decoded);
  return 0;
}
