// The response a handler returns. The pipeline adds security headers, the request id and logging.
#pragma once

#include <string>

#include "platform/http/headers.h"

namespace primowork::http {

struct Response {
  int status = 200;
  Headers headers;
  std::string body;

  static Response html(std::string body, int status = 200);
  static Response text(std::string body, int status = 200);
  static Response json(std::string body, int status = 200);
  // 303 See Other to a local path or absolute URL the caller has validated.
  static Response redirect(const std::string& location, int status = 303);
};

// The standard reason phrase of `status` ("Not Found"), or "Unknown".
const char* reason_phrase(int status);

}  // namespace primowork::http
