// JSON API of the catalogue: search (for autocomplete fields) and extraction from free text.
#include <nlohmann/json.hpp>

#include "occupations/occupations_pages.h"
#include "platform/http/problem.h"

namespace primowork::occupations {
namespace {

using nlohmann::json;
using security::Actor;

std::size_t limit_of(const http::Request& r) {
  const std::string text = r.query.get_or("limit", "10");
  std::size_t limit = 10;
  try {
    limit = static_cast<std::size_t>(std::stoul(text));
  } catch (const std::exception&) {
  }
  return std::clamp<std::size_t>(limit, 1, 50);
}

}  // namespace

void mount_taxonomy_api(http::Router& router, const PagesDeps& deps) {
  deps.guard.get(
      router, "/api/v1/taxonomy/occupations", "api.self", [deps](http::Request& r, Actor&) {
        const auto loaded = r.query.get("source") == "esco" && deps.catalogue.esco()
                                ? deps.catalogue.esco()
                                : deps.catalogue.rome();
        json items = json::array();
        for (const auto& hit :
             loaded->search->occupations(r.query.get_or("q", "").substr(0, 200), limit_of(r))) {
          const auto& o = loaded->taxonomy.occupations()[hit.id];
          items.push_back({{"code", o.code},
                           {"label", o.label},
                           {"matched", hit.label},
                           {"score", hit.score},
                           {"regulated", o.regulated}});
        }
        return http::Response::json(
            json{{"items", items}, {"taxonomy", loaded->version.name}}.dump());
      });
  deps.guard.get(router, "/api/v1/taxonomy/skills", "api.self", [deps](http::Request& r, Actor&) {
    const auto loaded = deps.catalogue.rome();
    json items = json::array();
    for (const auto& hit :
         loaded->search->skills(r.query.get_or("q", "").substr(0, 200), limit_of(r))) {
      const auto& s = loaded->taxonomy.skills()[hit.id];
      items.push_back({{"code", s.code},
                       {"label", s.label},
                       {"kind", taxonomy::to_string(s.kind)},
                       {"score", hit.score}});
    }
    return http::Response::json(json{{"items", items}, {"taxonomy", loaded->version.name}}.dump());
  });
  deps.guard.post(router, "/api/v1/taxonomy/extract", "api.self", [deps](http::Request& r, Actor&) {
    if (r.content_type() != "application/json") {
      return http::problem(415, "Unsupported Media Type");
    }
    json body = json::parse(r.body, nullptr, false);
    if (body.is_discarded() || !body.is_object() || !body.contains("text") ||
        !body["text"].is_string()) {
      return http::problem(
          400, "Bad Request",
          json::array({{{"field", "text"}, {"detail", "a JSON string is required"}}}));
    }
    const std::string text = body["text"].get<std::string>();
    if (text.size() > 100000) {
      return http::problem(422, "Unprocessable Content",
                           json::array({{{"field", "text"}, {"detail", "at most 100000 bytes"}}}));
    }
    const auto loaded = deps.catalogue.rome();
    json occupations = json::array(), skills = json::array();
    for (const auto& m : loaded->extractor->extract(text)) {
      const json span = {
          {"begin", m.begin}, {"end", m.end}, {"text", text.substr(m.begin, m.end - m.begin)}};
      if (m.skill) {
        const auto& s = loaded->taxonomy.skills()[m.id];
        skills.push_back({{"code", s.code}, {"label", s.label}, {"span", span}});
      } else {
        const auto& o = loaded->taxonomy.occupations()[m.id];
        occupations.push_back({{"code", o.code}, {"label", o.label}, {"span", span}});
      }
    }
    return http::Response::json(json{{"occupations", occupations}, {"skills", skills}}.dump());
  });
}

}  // namespace primowork::occupations
