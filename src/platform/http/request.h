// The request a handler sees: already decoded, independent of the HTTP library underneath.
#pragma once

#include <map>
#include <string>

#include "platform/http/headers.h"
#include "platform/http/url.h"

namespace primowork::http {

struct Request {
  std::string method;     // "GET", "POST", ... (HEAD is served by GET routes)
  std::string target;     // raw request target, e.g. "/a%20b?x=1"
  std::string path;       // percent-decoded path, e.g. "/a b"
  std::string raw_query;  // undecoded query string without '?'
  Fields query;           // decoded query string
  Headers headers;
  std::string body;
  std::string remote_address;  // peer IP, no port
  std::string request_id;      // set by the pipeline, echoed as X-Request-Id

  std::map<std::string, std::string> params;   // typed path parameters, filled by the router
  std::map<std::string, std::string> cookies;  // parsed Cookie header
  std::string route;                           // matched route pattern ("" when none)
  std::string lang = "fr";                     // negotiated language of the answer

  std::string param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? std::string{} : it->second;
  }
  std::string cookie(const std::string& name) const {
    auto it = cookies.find(name);
    return it == cookies.end() ? std::string{} : it->second;
  }
  std::string content_type() const;  // media type only, lowercase, without parameters
};

}  // namespace primowork::http
