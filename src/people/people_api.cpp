// The person file as JSON: the worklist, create, read and replace, with problem+json errors
// naming each invalid field. Field names are those of PersonFile (people/person.h); dates are
// "YYYY-MM-DD".
#include <nlohmann/json.hpp>

#include "people/people_json.h"
#include "people/people_pages.h"
#include "platform/http/problem.h"
#include "platform/i18n_markers.h"

namespace primowork::people {
namespace {

using nlohmann::json;
using security::Actor;

std::string date_text(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

constexpr const char* kInvalidFile = N_("Le dossier contient des erreurs.");

http::Response invalid(const PagesDeps& deps, const http::Request& r,
                       const std::vector<Error>& errors) {
  return http::invalid_fields(deps.i18n, r.lang, errors, kInvalidFile);
}

http::Response failure(const PagesDeps& deps, const http::Request& r, const Error& e) {
  return http::problem_for(deps.i18n, r.lang, e, kInvalidFile);
}

std::optional<json> body_of(const http::Request& r, http::Response& error) {
  return http::json_body(r, error);
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

  // The journey, action plan, consents, shares and notes, as on the file page.
  auto run = [deps](http::Request& r, const Status& done) {
    if (!done) return failure(deps, r, done.error());
    return http::Response::json(R"({"ok":true})");
  };
  auto body_field = [](const json& body, const char* name) {
    return body.contains(name) && body[name].is_string() ? body[name].get<std::string>() : "";
  };
  g.post(router, "/api/v1/people/{id:id}/stage", "person.manage",
         [deps, run, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           return run(r, deps.service.move_stage(a, r.param("id"), body_field(*body, "stage")));
         });
  g.post(router, "/api/v1/people/{id:id}/tasks", "person.manage",
         [deps, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           auto task = deps.service.add_task(a, r.param("id"), body_field(*body, "title"),
                                             body_field(*body, "due"));
           if (!task) return failure(deps, r, task.error());
           return http::Response::json(
               json{{"id", task->id}, {"title", task->title}, {"due", date_text(task->due)}}.dump(),
               201);
         });
  g.post(router, "/api/v1/people/{id:id}/consents", "person.manage",
         [deps, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           const bool on_paper = body->contains("on_paper") && (*body)["on_paper"].is_boolean() &&
                                 (*body)["on_paper"].get<bool>();
           auto consent = deps.service.record_consent(a, r.param("id"), body_field(*body, "kind"),
                                                      body_field(*body, "given_on"), on_paper);
           if (!consent) return failure(deps, r, consent.error());
           return http::Response::json(json{{"id", consent->id},
                                            {"kind", consent->kind},
                                            {"text_version", consent->text_version},
                                            {"given_on", to_iso(consent->given_on)}}
                                           .dump(),
                                       201);
         });
  g.post(router, "/api/v1/people/{id:id}/shares", "person.manage",
         [deps, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           std::vector<std::string> scope;
           if (body->contains("scope") && (*body)["scope"].is_array()) {
             for (const auto& part : (*body)["scope"]) {
               if (part.is_string()) scope.push_back(part.get<std::string>());
             }
           }
           auto share = deps.service.share(a, r.param("id"), body_field(*body, "organisation_id"),
                                           scope, body_field(*body, "ends_on"));
           if (!share) return failure(deps, r, share.error());
           return http::Response::json(
               json{{"id", share->id}, {"scope", share->scope}, {"ends_on", to_iso(share->ends_on)}}
                   .dump(),
               201);
         });
  g.post(router, "/api/v1/people/{id:id}/notes", "person.manage",
         [deps, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           const bool sensitive = body->contains("sensitive") &&
                                  (*body)["sensitive"].is_boolean() &&
                                  (*body)["sensitive"].get<bool>();
           auto note = deps.service.add_note(a, r.param("id"), body_field(*body, "text"), sensitive);
           if (!note) return failure(deps, r, note.error());
           return http::Response::json(json{{"id", note->id}, {"sensitive", note->sensitive}}.dump(),
                                       201);
         });
  g.get(router, "/api/v1/people/{id:id}/export", "person.manage",
        [deps](http::Request& r, Actor& a) {
          auto v = deps.service.export_file(a, r.param("id"));
          if (!v) return failure(deps, r, v.error());
          return http::Response::json(export_json(*v).dump());
        });

  g.post(router, "/api/v1/people/{id:id}/consents/{consent:id}/withdraw", "person.manage",
         [deps, run](http::Request& r, Actor& a) {
           return run(r, deps.service.withdraw_consent(a, r.param("id"), r.param("consent")));
         });
  g.post(router, "/api/v1/people/{id:id}/shares/{share:id}/end", "person.manage",
         [deps, run](http::Request& r, Actor& a) {
           return run(r, deps.service.end_share(a, r.param("id"), r.param("share")));
         });
  g.post(router, "/api/v1/people/{id:id}/diplomas", "person.manage",
         [deps, body_field](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           Diploma d;
           d.id = body_field(*body, "id");  // "" adds a diploma
           d.title = body_field(*body, "title");
           d.country = body_field(*body, "country");
           d.level = body_field(*body, "level");
           d.field = body_field(*body, "field");
           d.status = body_field(*body, "status");
           d.decision = body_field(*body, "decision");
           d.equivalent_title = body_field(*body, "equivalent_title");
           d.opens_occupation = body_field(*body, "opens_occupation");
           std::vector<Error> errors;
           for (const auto& [name, into] : {std::pair{"submitted_on", &d.submitted_on},
                                            std::pair{"decided_on", &d.decided_on}}) {
             const std::string text = body_field(*body, name);
             if (text.empty()) continue;
             *into = parse_iso_date(text);
             if (!*into)
               errors.push_back(
                   Error::invalid(name, N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
           }
           if (body->contains("fee_cents") && (*body)["fee_cents"].is_number_integer())
             d.fee_cents = (*body)["fee_cents"].get<int>();
           for (auto& e : deps.service.check(d)) errors.push_back(std::move(e));
           if (!errors.empty()) return invalid(deps, r, errors);
           auto saved = deps.service.save_diploma(a, r.param("id"), d);
           if (!saved) return failure(deps, r, saved.error());
           return http::Response::json(json{{"id", saved->id}, {"status", saved->status}}.dump(),
                                       d.id.empty() ? 201 : 200);
         });
  g.post(router, "/api/v1/people/{id:id}/erase", "person.manage",
         [deps, run](http::Request& r, Actor& a) {
           http::Response error;
           auto body = body_of(r, error);
           if (!body) return error;
           if (!body->contains("confirm") || !(*body)["confirm"].is_boolean() ||
               !(*body)["confirm"].get<bool>())
             return invalid(deps, r,
                            {Error::invalid("confirm", N_("Cochez la case pour confirmer l'effacement."))});
           return run(r, deps.service.erase(a, r.param("id")));
         });
}

}  // namespace primowork::people
