// Fuzzes http::Pipeline::decode_target: the request target (path and query string) of every
// request, before routing.
//
// Invariants when decoding succeeds: the path starts with '/', is valid UTF-8 and holds no NUL;
// the raw query holds no '#'; every query field name and value is valid UTF-8.
#include <string>

#include "fuzz_check.h"
#include "platform/http/pipeline.h"

using namespace primowork::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Request request;
  request.method = "GET";
  request.target = std::string(fuzz_input(data, size));
  if (!Pipeline::decode_target(request)) return 0;
  FUZZ_CHECK(!request.path.empty() && request.path[0] == '/');
  FUZZ_CHECK(valid_utf8(request.path));
  FUZZ_CHECK(request.path.find('\0') == std::string::npos);
  FUZZ_CHECK(request.raw_query.find('#') == std::string::npos);
  FUZZ_CHECK(request.path.size() + request.raw_query.size() <= request.target.size());
  for (const auto& [name, value] : request.query.all()) {
    FUZZ_CHECK(valid_utf8(name));
    FUZZ_CHECK(valid_utf8(value));
  }
  return 0;
}
