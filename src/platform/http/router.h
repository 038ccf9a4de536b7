// Routes: method + path pattern -> handler, with typed path parameters.
//
// Pattern segments are literals or parameters:
//   {name}       one segment of [A-Za-z0-9_-]+
//   {name:int}   one segment of digits (at most 18)
//   {name:id}    one opaque id segment ([a-z0-9_], 1..64, see platform/ids.h)
//   {name:*}     the rest of the path (only last), e.g. /static/{file:*}
// A route registered for GET also answers HEAD. Matching prefers the route registered first.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace primowork::http {

using Handler = std::function<Response(Request&)>;

class Router {
 public:
  // Adds a route. Throws std::invalid_argument on a malformed pattern (a programming error).
  void add(const std::string& method, const std::string& pattern, Handler handler);
  void get(const std::string& pattern, Handler h) { add("GET", pattern, std::move(h)); }
  void post(const std::string& pattern, Handler h) { add("POST", pattern, std::move(h)); }

  struct Match {
    int status = 404;  // 200 when found, 404 no such path, 405 path but not method
    const Handler* handler = nullptr;
    std::string pattern;  // the matched route pattern (metrics label)
    std::map<std::string, std::string> params;
    std::string allow;  // for 405: the methods the path accepts, "GET, HEAD, POST"
  };
  Match match(const std::string& method, const std::string& path) const;

  struct RouteInfo {
    std::string method;
    std::string pattern;
  };
  // Every route, for the access-policy matrix test and documentation.
  std::vector<RouteInfo> routes() const;

 private:
  enum class Kind { kLiteral, kSlug, kInt, kId, kRest };
  struct Segment {
    Kind kind;
    std::string text;  // literal text or parameter name
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };
  static bool match_route(const Route& route, const std::vector<std::string>& parts,
                          std::map<std::string, std::string>& params);
  std::vector<Route> routes_;
};

}  // namespace primowork::http
