// Proposals as JSON: create and list, read one, move it through the state machine and read its
// log, close the person's other proposals after a hire, and record follow-ups; problem+json
// errors naming each invalid field. The service decides who sees what (placements/
// placement_service.h); an employer never gets the person's file id.
#include "placements/placements_api.h"

#include <nlohmann/json.hpp>

#include "placements/proposal_json.h"
#include "platform/http/problem.h"
#include "platform/i18n_markers.h"

namespace primowork::placements {
namespace {

using nlohmann::json;
using security::Actor;

constexpr const char* kInvalidProposal = N_("La proposition contient des erreurs.");

http::Response failure(const ApiDeps& deps, const http::Request& r, const Error& e) {
  return http::problem_for(deps.i18n, r.lang, e, kInvalidProposal);
}

Audience audience_of(const Actor& a) {
  switch (a.user ? a.user->role : security::Role::kAdmin) {
    case security::Role::kEmployer:
      return Audience::kEmployer;
    case security::Role::kCandidate:
      return Audience::kPerson;
    case security::Role::kCoordinator:
      return Audience::kCoordinator;
    default:
      return Audience::kCounsellor;
  }
}

std::string text_field(const json& body, const char* name) {
  return body.contains(name) && body[name].is_string() ? body[name].get<std::string>() : "";
}

}  // namespace

void mount_placements_api(http::Router& router, const ApiDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/api/v1/proposals", "proposal.read", [deps](http::Request&, Actor& a) {
    json out = json::array();
    for (const auto& p : deps.service.list(a)) out.push_back(to_json(p, audience_of(a)));
    return http::Response::json(json{{"proposals", out}}.dump());
  });

  g.post(router, "/api/v1/proposals", "proposal.manage", [deps](http::Request& r, Actor& a) {
    http::Response error;
    auto body = http::json_body(r, error);
    if (!body) return error;
    NewProposal in;
    in.person_id = text_field(*body, "person_id");
    in.offer_id = text_field(*body, "offer_id");
    std::vector<Error> errors;
    if (body->contains("score") && !(*body)["score"].is_null()) {
      if ((*body)["score"].is_number())
        in.score = (*body)["score"].get<double>();
      else
        errors.push_back(Error::invalid("score", N_("Le score va de 0 à 100.")));
    }
    if (body->contains("explanation")) {
      if ((*body)["explanation"].is_object())
        in.explanation_json = (*body)["explanation"].dump();
      else
        errors.push_back(
            Error::invalid("explanation", N_("L'explication doit être un objet JSON.")));
    }
    if (body->contains("checked") && (*body)["checked"].is_boolean())
      in.checked = (*body)["checked"].get<bool>();
    if (body->contains("confirm_near_miss") && (*body)["confirm_near_miss"].is_boolean())
      in.confirm_near_miss = (*body)["confirm_near_miss"].get<bool>();
    if (!errors.empty()) return http::invalid_fields(deps.i18n, r.lang, errors, kInvalidProposal);
    auto created = deps.service.create(a, in);
    if (!created) return failure(deps, r, created.error());
    http::Response resp = http::Response::json(to_json(*created, audience_of(a)).dump(), 201);
    resp.headers.set("Location", "/api/v1/proposals/" + created->id);
    return resp;
  });

  g.get(router, "/api/v1/proposals/{id:id}", "proposal.read", [deps](http::Request& r, Actor& a) {
    auto v = deps.service.view(a, r.param("id"));
    if (!v) return failure(deps, r, v.error());
    json out = to_json(v->proposal, audience_of(a));
    out["offer"] = {{"title", v->offer_title}, {"company", v->company_name}};
    json moves = json::array();
    for (ProposalState s : v->moves) moves.push_back(std::string(to_string(s)));
    out["next"] = moves;
    json follow_ups = json::array();
    if (audience_of(a) != Audience::kEmployer) {
      for (const auto& f : v->follow_ups) follow_ups.push_back(to_json(f));
    }
    out["follow_ups"] = follow_ups;
    return http::Response::json(out.dump());
  });

  g.get(router, "/api/v1/proposals/{id:id}/transitions", "proposal.read",
        [deps](http::Request& r, Actor& a) {
          auto log = deps.service.history(a, r.param("id"));
          if (!log) return failure(deps, r, log.error());
          json out = json::array();
          for (const auto& e : *log) out.push_back(to_json(e, audience_of(a)));
          return http::Response::json(json{{"transitions", out}}.dump());
        });

  g.post(router, "/api/v1/proposals/{id:id}/transitions", "proposal.act",
         [deps](http::Request& r, Actor& a) {
           http::Response error;
           auto body = http::json_body(r, error);
           if (!body) return error;
           std::vector<Error> errors;
           const auto to = parse_state(text_field(*body, "to"));
           if (!to) {
             errors.push_back(
                 Error::invalid("to", N_("Étape inconnue : choisissez-la parmi les suivantes.")));
           }
           if (!body->contains("version") || !(*body)["version"].is_number_integer()) {
             errors.push_back(Error::invalid(
                 "version", N_("Indiquez la version de la proposition que vous avez vue.")));
           }
           const json data = body->contains("data") ? (*body)["data"] : json::object();
           if (!data.is_object())
             errors.push_back(Error::invalid("data", N_("Les données doivent être un objet.")));
           TransitionData d = transition_data_from_json(data, errors);
           if (!errors.empty())
             return http::invalid_fields(deps.i18n, r.lang, errors, kInvalidProposal);
           auto moved =
               deps.service.transition(a, r.param("id"), *to, (*body)["version"].get<int>(), d);
           if (!moved) return failure(deps, r, moved.error());
           return http::Response::json(to_json(*moved, audience_of(a)).dump());
         });

  g.post(router, "/api/v1/proposals/{id:id}/close-others", "proposal.manage",
         [deps](http::Request& r, Actor& a) {
           auto closed = deps.service.close_others(a, r.param("id"));
           if (!closed) return failure(deps, r, closed.error());
           return http::Response::json(json{{"closed", *closed}}.dump());
         });

  g.get(router, "/api/v1/follow-ups", "proposal.manage", [deps](http::Request&, Actor& a) {
    json out = json::array();
    for (const auto& f : deps.service.due_follow_ups(a, deps.service.today()))
      out.push_back(to_json(f));
    return http::Response::json(json{{"follow_ups", out}}.dump());
  });

  g.post(router, "/api/v1/follow-ups/{id:id}", "proposal.manage",
         [deps](http::Request& r, Actor& a) {
           http::Response error;
           auto body = http::json_body(r, error);
           if (!body) return error;
           FollowUpAnswer answer{text_field(*body, "status"), text_field(*body, "contract_type"),
                                 text_field(*body, "end_reason"), text_field(*body, "note")};
           auto saved = deps.service.record_follow_up(a, r.param("id"), answer);
           if (!saved) return failure(deps, r, saved.error());
           return http::Response::json(to_json(*saved).dump());
         });
}

}  // namespace primowork::placements
