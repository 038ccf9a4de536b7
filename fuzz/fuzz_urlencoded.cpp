// Fuzzes http::parse_urlencoded, http::percent_decode, http::percent_encode and
// http::valid_utf8 (query strings and application/x-www-form-urlencoded bodies).
//
// Invariants:
// - valid_utf8 agrees with an independent validator written from the Unicode table;
// - percent_decode only returns valid UTF-8, never longer than its input;
// - percent_encode output is unreserved characters and %XX only, and decodes back to the input;
// - when parse_urlencoded succeeds, every field name and value is valid UTF-8.
#include <string>

#include "fuzz_check.h"
#include "platform/http/url.h"

using namespace primowork::http;

namespace {
bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}
bool upper_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz_input(data, size);

  const bool valid = valid_utf8(input);
  FUZZ_CHECK(valid == reference_utf8(input));

  for (bool plus_is_space : {false, true}) {
    const auto decoded = percent_decode(input, plus_is_space);
    if (decoded) {
      FUZZ_CHECK(valid_utf8(*decoded));
      FUZZ_CHECK(decoded->size() <= input.size());
    }
  }

  const std::string encoded = percent_encode(input);
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] == '%') {
      FUZZ_CHECK(i + 2 < encoded.size() && upper_hex(encoded[i + 1]) && upper_hex(encoded[i + 2]));
      i += 2;
    } else {
      FUZZ_CHECK(unreserved(encoded[i]));
    }
  }
  if (valid) {
    FUZZ_CHECK(percent_decode(encoded, false) == std::string(input));
    FUZZ_CHECK(percent_decode(encoded, true) == std::string(input));
  } else {
    FUZZ_CHECK(!percent_decode(encoded, false));
  }

  const auto fields = parse_urlencoded(input);
  if (fields) {
    for (const auto& [name, value] : fields->all()) {
      FUZZ_CHECK(valid_utf8(name));
      FUZZ_CHECK(valid_utf8(value));
    }
  } else {
    FUZZ_CHECK(valid_utf8(fields.error().field));
    FUZZ_CHECK(fields.error().message_id == "Encodage invalide");
  }
  return 0;
}
