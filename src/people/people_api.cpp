// The person file as JSON: the worklist, create, read and replace, with problem+json errors
// naming each invalid field. Field names are those of PersonFile (people/person.h); dates are
// "YYYY-MM-DD".
#include <nlohmann/json.hpp>

#include "people/people_json.h"
#include "people/people_pages.h"
#include "platform/http/problem.h"

namespace primowork::people {
namespace {

using nlohmann::json;
using security::Actor;

std::string date_text(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

http::Response invalid(const PagesDeps& deps, const http::Request& r,
                       const std::vector<Error>& errors) {
  json list = json::array();
  for (const auto& e : errors)
    list.push_back({{"field", e.field}, {"detail", deps.i18n.tr(r.lang, e.message_id)}});
  return http::problem(422, deps.i18n.tr(r.lang, "Le dossier contient des erreurs."), list);
}

http::Response failure(const PagesDeps& deps, const http::Request& r, const Error& e) {
  switch (e.code) {
    case ErrorCode::kInvalid:
      return invalid(deps, r, {e});
    case ErrorCode::kNotFound:
      return http::problem(404, deps.i18n.tr(r.lang, e.message_id));
    case ErrorCode::kForbidden:
      return http::problem(403, deps.i18n.tr(r.lang, e.message_id));
    case ErrorCode::kConflict:
      return http::problem(409, deps.i18n.tr(r.lang, e.message_id));
    default:
      return http::problem(500);
  }
}

// The JSON body, or a 400/415 answer in `error`.
std::optional<json> body_of(const http::Request& r, http::Response& error) {
  if (r.content_type() != "application/json") {
    error = http::problem(415, "Unsupported Media Type");
    return std::nullopt;
  }
  json body = json::parse(r.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    error = http::problem(400, "Bad Request");
    return std::nullopt;
  }
  return body;
}

}  // namespace

void mount_people_api(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/api/v1/people", "person.manage", [deps](http::Request& r, Actor& a) {
    WorklistFilter filter;
    filter.query = r.query.get_or("q", "").substr(0, 100);
    filter.stage = r.query.get_or("stage", "");
    filter.occupation = r.query.get_or("occupation", "").substr(0, 16);
    json out = json::array();
    for (const auto& l : deps.service.worklist(a, filter)) {
      json line = {{"id", l.line.id},
                   {"given_name", l.line.given_name},
                   {"family_name", l.line.family_name},
                   {"stage", l.line.stage},
                   {"main_target", l.line.main_target},
                   {"document_expiry", date_text(l.line.document_expiry)},
                   {"overdue_task", l.line.overdue_task},
                   {"urgency", l.urgency.rank}};
      out.push_back(std::move(line));
    }
    return http::Response::json(json{{"people", out}}.dump());
  });

  g.post(router, "/api/v1/people", "person.manage", [deps](http::Request& r, Actor& a) {
    http::Response error;
    auto body = body_of(r, error);
    if (!body) return error;
    std::vector<Error> errors;
    PersonFile draft = from_json(*body, errors);
    for (auto& e : deps.service.check(draft, errors)) errors.push_back(std::move(e));
    if (!errors.empty()) return invalid(deps, r, errors);
    auto created = deps.service.create(a, draft);
    if (!created) return failure(deps, r, created.error());
    json out = to_json(created->file);
    out["possible_duplicates"] = {{"same_organisation", created->same_organisation},
                                  {"other_organisations", created->elsewhere}};
    http::Response resp = http::Response::json(out.dump(), 201);
    resp.headers.set("Location", "/api/v1/people/" + created->file.id);
    return resp;
  });

  g.get(router, "/api/v1/people/{id:id}", "person.manage", [deps](http::Request& r, Actor& a) {
    auto view = deps.service.view(a, r.param("id"));
    if (!view) return failure(deps, r, view.error());
    json out = to_json(view->file);
    json tasks = json::array();
    for (const auto& t : view->tasks)
      tasks.push_back({{"id", t.id}, {"title", t.title}, {"due", date_text(t.due)}, {"done", t.done}});
    out["tasks"] = tasks;
    json stages = json::array();
    for (const auto& s : view->stages) stages.push_back({{"from", s.from}, {"to", s.to}});
    out["stage_log"] = stages;
    return http::Response::json(out.dump());
  });

  g.add(router, "PUT", "/api/v1/people/{id:id}", "person.manage",
        [deps](http::Request& r, Actor& a) {
          http::Response error;
          auto body = body_of(r, error);
          if (!body) return error;
          std::vector<Error> errors;
          PersonFile changed = from_json(*body, errors);
          changed.id = r.param("id");
          for (auto& e : deps.service.check(changed, errors)) errors.push_back(std::move(e));
          if (!errors.empty()) return invalid(deps, r, errors);
          auto saved = deps.service.update(a, changed);
          if (!saved) return failure(deps, r, saved.error());
          return http::Response::json(to_json(*saved).dump());
        });
}

}  // namespace primowork::people
