// application/problem+json answers (RFC 9457): the error format of the JSON API.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "platform/http/response.h"

namespace primowork::http {

// {"type":"about:blank","title":TITLE,"status":STATUS[,"errors":ERRORS]}; `errors` lists one
// entry per invalid field ({"field":..., "detail":...}). TITLE defaults to the reason phrase.
inline Response problem(int status, const std::string& title = "",
                        nlohmann::json errors = nlohmann::json::array()) {
  nlohmann::json body = {{"type", "about:blank"},
                         {"title", title.empty() ? std::string(reason_phrase(status)) : title},
                         {"status", status}};
  if (!errors.empty()) body["errors"] = std::move(errors);
  Response r = Response::json(body.dump(), status);
  r.headers.set("Content-Type", "application/problem+json");
  return r;
}

}  // namespace primowork::http
