#include "platform/http/router.h"

#include <set>
#include <stdexcept>

#include "platform/ids.h"

namespace primowork::http {
namespace {

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t start = 1;  // paths begin with '/'
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  if (parts.size() == 1 && parts[0].empty()) parts.clear();  // "/" has no segment
  return parts;
}

bool all_of(const std::string& s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!pred(c)) return false;
  }
  return true;
}

}  // namespace

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
  if (pattern.empty() || pattern[0] != '/') throw std::invalid_argument("route must start with /");
  Route route{method, pattern, {}, std::move(handler)};
  for (const auto& part : split_path(pattern)) {
    if (!route.segments.empty() && route.segments.back().kind == Kind::kRest) {
      throw std::invalid_argument("{name:*} must be last in " + pattern);
    }
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      const std::string inner = part.substr(1, part.size() - 2);
      const auto colon = inner.find(':');
      const std::string name = inner.substr(0, colon);
      const std::string type = colon == std::string::npos ? "" : inner.substr(colon + 1);
      Kind kind = Kind::kSlug;
      if (type == "int")
        kind = Kind::kInt;
      else if (type == "id")
        kind = Kind::kId;
      else if (type == "*")
        kind = Kind::kRest;
      else if (!type.empty())
        throw std::invalid_argument("unknown parameter type in " + pattern);
      if (name.empty()) throw std::invalid_argument("unnamed parameter in " + pattern);
      route.segments.push_back({kind, name});
    } else {
      if (part.find_first_of("{}") != std::string::npos) {
        throw std::invalid_argument("bad segment in " + pattern);
      }
      route.segments.push_back({Kind::kLiteral, part});
    }
  }
  routes_.push_back(std::move(route));
}

bool Router::match_route(const Route& route, const std::vector<std::string>& parts,
                         std::map<std::string, std::string>& params) {
  params.clear();
  std::size_t i = 0;
  for (const auto& seg : route.segments) {
    if (seg.kind == Kind::kRest) {
      std::string rest;
      for (std::size_t k = i; k < parts.size(); ++k) rest += (k == i ? "" : "/") + parts[k];
      if (rest.empty()) return false;
      params[seg.text] = rest;
      return true;
    }
    if (i >= parts.size()) return false;
    const std::string& part = parts[i++];
    switch (seg.kind) {
      case Kind::kLiteral:
        if (part != seg.text) return false;
        break;
      case Kind::kSlug:
        if (!all_of(part, [](char c) {
              return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
            })) {
          return false;
        }
        params[seg.text] = part;
        break;
      case Kind::kInt:
        if (part.size() > 18 || !all_of(part, [](char c) { return c >= '0' && c <= '9'; })) {
          return false;
        }
        params[seg.text] = part;
        break;
      case Kind::kId:
        if (!ids::well_formed(part)) return false;
        params[seg.text] = part;
        break;
      case Kind::kRest:
        break;
    }
  }
  return i == parts.size();
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  Match result;
  if (path.empty() || path[0] != '/') return result;
  const auto parts = split_path(path);
  const std::string wanted = method == "HEAD" ? "GET" : method;
  std::set<std::string> allowed;
  std::map<std::string, std::string> params;
  for (const auto& route : routes_) {
    if (!match_route(route, parts, params)) continue;
    if (route.method == wanted) {
      result.status = 200;
      result.handler = &route.handler;
      result.pattern = route.pattern;
      result.params = std::move(params);
      return result;
    }
    allowed.insert(route.method);
    if (route.method == "GET") allowed.insert("HEAD");
  }
  if (!allowed.empty()) {
    result.status = 405;
    for (const auto& m : allowed) result.allow += (result.allow.empty() ? "" : ", ") + m;
  }
  return result;
}

std::vector<Router::RouteInfo> Router::routes() const {
  std::vector<RouteInfo> out;
  for (const auto& r : routes_) out.push_back({r.method, r.pattern});
  return out;
}

}  // namespace primowork::http
