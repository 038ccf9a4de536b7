// The request pipeline, independent of the HTTP library: decode, limit, route, handle, secure,
// measure, log. Server (server.h) feeds it; tests call it directly.
//
// Order: request id -> target decoding (400) -> body limits (413) -> cookies -> `before` hooks
// (e.g. language) -> routing (404/405) -> handler. A handler exception becomes 500 (logged with the
// request id, never shown), Unavailable becomes 503. Every answer gets the security headers, an
// X-Request-Id, one log line and one metrics observation.
#pragma once

#include <functional>
#include <vector>

#include "platform/http/metrics.h"
#include "platform/http/request.h"
#include "platform/http/response.h"
#include "platform/http/router.h"

namespace primowork::http {

struct PipelineOptions {
  std::size_t max_form_bytes = 1 << 20;     // urlencoded, JSON and any other body
  std::size_t max_upload_bytes = 10 << 20;  // multipart/form-data bodies
  bool https = false;                       // adds HSTS
  // Addresses of reverse proxies (nginx) whose X-Forwarded-For is believed: the client address
  // is then the last address of that header that is not a trusted proxy. Empty: the peer.
  std::vector<std::string> trusted_proxies;
};

// The address a request comes from, given the peer and X-Forwarded-For (see above).
std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

class Pipeline {
 public:
  using Hook = std::function<void(Request&)>;
  // Renders an error page (404, 405, 413, 500, 503...) in request.lang. Must not throw; if it
  // does, a plain-text answer is sent.
  using ErrorPage = std::function<Response(const Request&, int status)>;

  Pipeline(const Router& router, Metrics& metrics, PipelineOptions options);

  void before(Hook hook) { hooks_.push_back(std::move(hook)); }
  void set_error_page(ErrorPage page) { error_page_ = std::move(page); }
  // Asked after a handler threw something other than Unavailable: when it answers true (e.g. the
  // database does not answer a ping), the answer is 503 instead of 500.
  void set_outage_check(std::function<bool()> check) { outage_check_ = std::move(check); }

  // Answers the request. Never throws.
  Response handle(Request& request) noexcept;

  // Splits request.target into path, raw_query and query. False when the target is not an
  // origin-form path or its escapes or UTF-8 are invalid.
  static bool decode_target(Request& request);

  // The body limit for a request's content type.
  std::size_t body_limit(const Request& request) const;

 private:
  Response dispatch(Request& request);
  Response error(const Request& request, int status) const;
  void finish(const Request& request, Response& response, double seconds) const;

  const Router& router_;
  Metrics& metrics_;
  PipelineOptions options_;
  std::vector<Hook> hooks_;
  ErrorPage error_page_;
  std::function<bool()> outage_check_;
};

// The headers every answer carries: CSP without inline script or style, nosniff, referrer policy,
// frame-ancestors 'none', and HSTS when `https`.
void add_security_headers(Headers& headers, bool https);

}  // namespace primowork::http
