// Fuzzes http::parse_multipart (multipart/form-data bodies, RFC 7578).
//
// Input: the first line (up to '\n', a trailing '\r' dropped) is the boundary, the rest is the
// body. The boundary line is also run through http::multipart_boundary as a Content-Type header.
//
// Invariants when parsing succeeds: every field name is non-empty valid UTF-8, every text field
// value is valid UTF-8, every uploaded file has a valid UTF-8 file name without '/' or '\' and a
// content type, and no part holds more bytes than the body.
#include <string>

#include "fuzz_check.h"
#include "platform/http/forms.h"

using namespace primowork::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz_input(data, size);
  const std::size_t newline = input.find('\n');
  std::string_view boundary_line = input.substr(0, newline);
  if (!boundary_line.empty() && boundary_line.back() == '\r') boundary_line.remove_suffix(1);
  const std::string_view body =
      newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
  const std::string boundary(boundary_line);

  (void)multipart_boundary(boundary);  // header parameter parser: must not crash

  const auto form = parse_multipart(body, boundary);
  if (!form) return 0;
  FUZZ_CHECK(!boundary.empty() && boundary.size() <= 70);
  std::size_t total = 0;
  for (const auto& [name, value] : form->fields.all()) {
    FUZZ_CHECK(!name.empty());
    FUZZ_CHECK(valid_utf8(name));
    FUZZ_CHECK(valid_utf8(value));
    total += value.size();
  }
  for (const auto& file : form->files) {
    FUZZ_CHECK(!file.field.empty());
    FUZZ_CHECK(valid_utf8(file.field));
    FUZZ_CHECK(valid_utf8(file.filename));
    FUZZ_CHECK(file.filename.find_first_of("/\\") == std::string::npos);
    FUZZ_CHECK(!file.content_type.empty());
    total += file.data.size();
  }
  FUZZ_CHECK(total <= body.size());
  return 0;
}
