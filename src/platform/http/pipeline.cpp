#include "platform/http/pipeline.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "platform/http/cookies.h"
#include "platform/http/problem.h"
#include "platform/ids.h"
#include "platform/log.h"

namespace primowork::http {

Pipeline::Pipeline(const Router& router, Metrics& metrics, PipelineOptions options)
    : router_(router), metrics_(metrics), options_(options) {}

void add_security_headers(Headers& headers, bool https) {
  headers.set("Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
              "form-action 'self'; frame-ancestors 'none'");
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "same-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (https) headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted) {
  auto is_trusted = [&](const std::string& a) {
    return std::find(trusted.begin(), trusted.end(), a) != trusted.end();
  };
  if (!is_trusted(peer) || forwarded_for.empty()) return peer;
  std::string address = peer;
  std::size_t end = forwarded_for.size();
  while (end > 0) {
    const std::size_t comma = forwarded_for.rfind(',', end - 1);
    const std::size_t begin = comma == std::string::npos ? 0 : comma + 1;
    std::string hop = forwarded_for.substr(begin, end - begin);
    hop.erase(0, hop.find_first_not_of(" \t"));
    hop.erase(hop.find_last_not_of(" \t") + 1);
    if (hop.empty() || hop.size() > 64) break;
    address = hop;
    if (!is_trusted(hop)) break;
    if (comma == std::string::npos) break;
    end = comma;
  }
  return address;
}

bool Pipeline::decode_target(Request& request) {
  const std::string& t = request.target;
  if (t.empty() || t[0] != '/' || t.size() > 8192) return false;
  const std::string_view without_fragment = std::string_view(t).substr(0, t.find('#'));
  const auto q = without_fragment.find('?');
  const auto path = percent_decode(without_fragment.substr(0, q), false);
  if (!path || path->find('\0') != std::string::npos) return false;
  request.path = *path;
  request.raw_query =
      q == std::string_view::npos ? "" : std::string(without_fragment.substr(q + 1));
  auto query = parse_urlencoded(request.raw_query);
  if (!query) return false;
  request.query = std::move(query.value());
  return true;
}

std::size_t Pipeline::body_limit(const Request& request) const {
  return request.content_type() == "multipart/form-data" ? options_.max_upload_bytes
                                                         : options_.max_form_bytes;
}

Response Pipeline::error(const Request& request, int status) const {
  if (request.path.rfind("/api/", 0) == 0 || !error_page_) return problem(status);
  try {
    Response r = error_page_(request, status);
    r.status = status;
    return r;
  } catch (const std::exception& e) {
    log::error("error page failed", {{"request_id", request.request_id}, {"error", e.what()}});
    return Response::text(reason_phrase(status), status);
  }
}

Response Pipeline::dispatch(Request& request) {
  if (!decode_target(request)) return error(request, 400);
  request.cookies = parse_cookie_header(request.headers.get("Cookie").value_or(""));
  for (const auto& hook : hooks_) hook(request);
  if (request.body.size() > body_limit(request)) return error(request, 413);

  Router::Match match = router_.match(request.method, request.path);
  request.route = match.pattern;
  if (match.status == 405) {
    Response r = error(request, 405);
    r.headers.set("Allow", match.allow);
    return r;
  }
  if (match.status != 200) return error(request, 404);
  request.params = std::move(match.params);
  try {
    Response r = (*match.handler)(request);
    if (r.status >= 400 && r.body.empty()) {
      Response page = error(request, r.status);
      for (const auto& [name, value] : r.headers.all()) {
        if (iequals(name, "Set-Cookie") || iequals(name, "Retry-After") ||
            iequals(name, "WWW-Authenticate") || iequals(name, "Allow")) {
          page.headers.add(name, value);
        }
      }
      return page;
    }
    return r;
  } catch (const Unavailable& e) {
    log::error("dependency unavailable", {{"request_id", request.request_id}, {"error", e.what()}});
    return error(request, 503);
  } catch (const std::exception& e) {
    const bool outage = outage_check_ && outage_check_();
    log::error(outage ? "handler failed during an outage" : "handler failed",
               {{"request_id", request.request_id}, {"route", request.route}, {"error", e.what()}});
    return error(request, outage ? 503 : 500);
  }
}

void Pipeline::finish(const Request& request, Response& response, double seconds) const {
  add_security_headers(response.headers, options_.https);
  response.headers.set("X-Request-Id", request.request_id);
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
  if (request.method == "HEAD") response.body.clear();
  const std::string route = request.route.empty() ? "unmatched" : request.route;
  metrics_.observe(route, request.method, response.status, seconds);
  // A path with parameters is logged as its route pattern: parameters may be secrets (reset and
  // invitation tokens) or personal identifiers.
  log::info("request", {{"request_id", request.request_id},
                        {"method", request.method},
                        {"path", request.params.empty() ? request.path : route},
                        {"route", route},
                        {"status", response.status},
                        {"ms", std::round(seconds * 1e6) / 1e3},
                        {"bytes", response.body.size()},
                        {"remote", request.remote_address}});
}

Response Pipeline::handle(Request& request) noexcept {
  const auto start = std::chrono::steady_clock::now();
  Response response;
  try {
    const auto incoming = request.headers.get("X-Request-Id");
    request.request_id = incoming && incoming->size() <= 64 && ids::well_formed(*incoming)
                             ? *incoming
                             : ids::random_hex(8);
    if (!options_.trusted_proxies.empty()) {
      request.remote_address = client_address(request.remote_address,
                                              request.headers.get("X-Forwarded-For").value_or(""),
                                              options_.trusted_proxies);
    }
    response = dispatch(request);
  } catch (const std::exception& e) {
    log::error("pipeline failed", {{"request_id", request.request_id}, {"error", e.what()}});
    response = Response::text("Internal Server Error", 500);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  try {
    finish(request, response, seconds);
  } catch (...) {
    response = Response::text("Internal Server Error", 500);
  }
  return response;
}

}  // namespace primowork::http
