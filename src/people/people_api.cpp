// The person file as JSON: the worklist, create, read and replace, with problem+json errors
// naming each invalid field. Field names are those of PersonFile (people/person.h); dates are
// "YYYY-MM-DD".
#include <nlohmann/json.hpp>

#include "people/people_pages.h"
#include "platform/http/problem.h"

namespace primowork::people {
namespace {

using nlohmann::json;
using security::Actor;

std::string date_text(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

json to_json(const PersonFile& f) {
  json languages = json::array();
  for (const auto& l : f.languages) {
    languages.push_back({{"language", l.language},
                         {"overall", l.overall},
                         {"listening", l.listening},
                         {"reading", l.reading},
                         {"speaking", l.speaking},
                         {"writing", l.writing}});
  }
  json jobs = json::array();
  for (const auto& j : f.past_jobs)
    jobs.push_back({{"occupation", j.occupation}, {"years", j.years}, {"where", j.where}});
  json skills = json::array();
  for (const auto& s : f.skills) skills.push_back({{"skill", s.skill}, {"validated", s.validated}});
  return {{"id", f.id},
          {"organisation_id", f.organisation_id},
          {"referent_id", f.referent_id},
          {"given_name", f.given_name},
          {"family_name", f.family_name},
          {"birth_date", date_text(f.birth_date)},
          {"preferred_language", f.preferred_language},
          {"phone", f.phone},
          {"email", f.email},
          {"postcode", f.postcode},
          {"max_km", f.max_km},
          {"licences", f.licences},
          {"licence_origin", f.licence_origin},
          {"exchange_status", f.exchange_status},
          {"vehicle", f.vehicle},
          {"residence_status", f.residence_status},
          {"document_type", f.document_type},
          {"document_expiry", date_text(f.document_expiry)},
          {"access", f.access},
          {"limited_reason", f.limited_reason},
          {"authorised_employer", f.authorised_employer},
          {"authorised_function", f.authorised_function},
          {"asylum_application_date", date_text(f.asylum_application_date)},
          {"verified_by", f.verified_by},
          {"verified_on", date_text(f.verified_on)},
          {"languages", languages},
          {"past_jobs", jobs},
          {"skills", skills},
          {"targets", f.targets},
          {"former_profession_inaccessible", f.former_profession_inaccessible},
          {"no_nights", f.no_nights},
          {"no_weekends", f.no_weekends},
          {"part_time_only", f.part_time_only},
          {"stage", f.stage}};
}

// Reads a file from JSON; a member of the wrong type or a malformed date is an error naming it.
PersonFile from_json(const json& body, std::vector<Error>& errors) {
  PersonFile f;
  auto text = [&](const char* name, std::string& into) {
    if (!body.contains(name) || body[name].is_null()) return;
    if (body[name].is_string())
      into = body[name].get<std::string>();
    else
      errors.push_back(Error::invalid(name, N_("Ce champ doit être un texte.")));
  };
  auto flag = [&](const char* name, bool& into) {
    if (!body.contains(name) || body[name].is_null()) return;
    if (body[name].is_boolean())
      into = body[name].get<bool>();
    else
      errors.push_back(Error::invalid(name, N_("Ce champ doit valoir true ou false.")));
  };
  auto date = [&](const char* name, std::optional<Date>& into) {
    std::string value;
    text(name, value);
    if (value.empty()) return;
    into = parse_iso_date(value);
    if (!into) errors.push_back(Error::invalid(name, N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
  };
  auto strings = [&](const char* name, std::vector<std::string>& into) {
    if (!body.contains(name) || body[name].is_null()) return;
    if (!body[name].is_array()) {
      errors.push_back(Error::invalid(name, N_("Ce champ doit être une liste.")));
      return;
    }
    for (const auto& item : body[name]) {
      if (item.is_string())
        into.push_back(item.get<std::string>());
      else
        errors.push_back(Error::invalid(name, N_("Ce champ doit être une liste de textes.")));
    }
  };
  text("given_name", f.given_name);
  text("family_name", f.family_name);
  date("birth_date", f.birth_date);
  text("preferred_language", f.preferred_language);
  text("phone", f.phone);
  text("email", f.email);
  text("postcode", f.postcode);
  if (body.contains("max_km") && !body["max_km"].is_null()) {
    if (body["max_km"].is_number_integer())
      f.max_km = body["max_km"].get<int>();
    else
      errors.push_back(Error::invalid("max_km", N_("Indiquez un nombre entier.")));
  }
  strings("licences", f.licences);
  text("licence_origin", f.licence_origin);
  text("exchange_status", f.exchange_status);
  flag("vehicle", f.vehicle);
  text("residence_status", f.residence_status);
  text("document_type", f.document_type);
  date("document_expiry", f.document_expiry);
  text("access", f.access);
  text("limited_reason", f.limited_reason);
  text("authorised_employer", f.authorised_employer);
  text("authorised_function", f.authorised_function);
  date("asylum_application_date", f.asylum_application_date);
  text("verified_by", f.verified_by);
  date("verified_on", f.verified_on);
  if (body.contains("languages") && body["languages"].is_array()) {
    for (const auto& l : body["languages"]) {
      if (!l.is_object()) continue;
      f.languages.push_back({l.value("language", ""), l.value("overall", ""),
                             l.value("listening", ""), l.value("reading", ""),
                             l.value("speaking", ""), l.value("writing", "")});
    }
  }
  if (body.contains("past_jobs") && body["past_jobs"].is_array()) {
    for (const auto& j : body["past_jobs"]) {
      if (!j.is_object()) continue;
      f.past_jobs.push_back(
          {j.value("occupation", ""), j.value("years", 0), j.value("where", "")});
    }
  }
  if (body.contains("skills") && body["skills"].is_array()) {
    for (const auto& s : body["skills"]) {
      if (s.is_object()) f.skills.push_back({s.value("skill", ""), s.value("validated", false)});
    }
  }
  strings("targets", f.targets);
  text("former_profession_inaccessible", f.former_profession_inaccessible);
  flag("no_nights", f.no_nights);
  flag("no_weekends", f.no_weekends);
  flag("part_time_only", f.part_time_only);
  return f;
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
