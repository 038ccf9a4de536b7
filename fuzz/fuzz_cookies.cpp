// Fuzzes http::parse_cookie_header (the Cookie request header, RFC 6265).
//
// Invariants: every cookie name is a non-empty RFC 7230 token; no name or value contains ';';
// values carry no surrounding spaces or tabs unless they were inside quotes.
#include <string>

#include "fuzz_check.h"
#include "platform/http/cookies.h"

using namespace primowork::http;

namespace {
bool token_char(char c) {
  return c > 0x20 && c < 0x7f &&
         std::string_view("()<>@,;:\\\"/[]?={}").find(c) == std::string_view::npos;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz_input(data, size);
  const auto cookies = parse_cookie_header(input);
  std::size_t total = 0;
  for (const auto& [name, value] : cookies) {
    FUZZ_CHECK(!name.empty());
    for (char c : name) FUZZ_CHECK(token_char(c));
    FUZZ_CHECK(value.find(';') == std::string::npos);
    FUZZ_CHECK(input.find(name) != std::string_view::npos);
    total += name.size() + value.size();
  }
  FUZZ_CHECK(total <= input.size());
  return 0;
}
