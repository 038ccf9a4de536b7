#include "platform/http/response.h"

#include <cctype>

#include "platform/http/request.h"

namespace primowork::http {

std::string Request::content_type() const {
  const auto raw = headers.get("Content-Type");
  if (!raw) return {};
  std::string media = raw->substr(0, raw->find(';'));
  while (!media.empty() && (media.back() == ' ' || media.back() == '\t')) media.pop_back();
  for (auto& c : media) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return media;
}

namespace {
Response with_type(std::string body, int status, const char* type) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.headers.set("Content-Type", type);
  return r;
}
}  // namespace

Response Response::html(std::string body, int status) {
  return with_type(std::move(body), status, "text/html; charset=utf-8");
}
Response Response::text(std::string body, int status) {
  return with_type(std::move(body), status, "text/plain; charset=utf-8");
}
Response Response::json(std::string body, int status) {
  return with_type(std::move(body), status, "application/json");
}
Response Response::redirect(const std::string& location, int status) {
  Response r;
  r.status = status;
  r.headers.set("Location", location);
  return r;
}

const char* reason_phrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Payload Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Unknown";
  }
}

}  // namespace primowork::http
