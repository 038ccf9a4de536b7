// Offers as JSON: the public search and a published offer (no personal data), and an employer
// creating an offer for their company, with problem+json errors naming each invalid field.
// Field names are those of OfferDraft (offers/offer.h); dates are "YYYY-MM-DD", amounts in cents.
#include <nlohmann/json.hpp>

#include "offers/offer_pages.h"
#include "platform/http/problem.h"

namespace primowork::offers {
namespace {

using nlohmann::json;
using Caller = security::Actor;

json to_json(const OfferService& service, const store::Offer& o, const std::string& company) {
  const OfferDraft& d = o.draft;
  json out = {{"id", o.id},
              {"title", d.title},
              {"company", company},
              {"occupation_code", d.occupation_code},
              {"occupation_label", service.occupation_label(d.occupation_code)},
              {"postal_code", d.postal_code},
              {"commune", d.commune},
              {"contract_type", to_string(d.contract)},
              {"part_time", d.part_time},
              {"hours_per_week", d.hours_per_week},
              {"nights", (d.schedule & kNights) != 0},
              {"weekends", (d.schedule & kWeekends) != 0},
              {"shifts", (d.schedule & kShifts) != 0},
              {"schedule_note", d.schedule_note},
              {"start_date", d.start_date ? to_iso(*d.start_date) : ""},
              {"positions", d.positions},
              {"french_level", to_string(d.french_level)},
              {"licence", d.licence ? std::string(to_string(*d.licence)) : ""},
              {"skills", d.skill_codes},
              {"description", d.description},
              {"status", to_string(o.status)},
              {"valid_through", to_iso(valid_through(o.last_update))}};
  if (d.salary) {
    out["salary"] = {{"cents", d.salary->cents}, {"period", to_string(d.salary->period)}};
  }
  return out;
}

// Reads an offer from JSON; a member of the wrong type or an unknown code is an error naming it.
OfferDraft from_json(const json& body, std::vector<Error>& errors) {
  OfferDraft d;
  auto text = [&](const char* name, std::string& into) {
    if (!body.contains(name) || body[name].is_null()) return;
    if (body[name].is_string())
      into = body[name].get<std::string>();
    else
      errors.push_back(Error::invalid(name, N_("Ce champ doit être un texte.")));
  };
  auto number = [&](const char* name, int& into) {
    if (!body.contains(name) || body[name].is_null()) return;
    if (body[name].is_number_integer())
      into = body[name].get<int>();
    else
      errors.push_back(Error::invalid(name, N_("Indiquez un nombre entier.")));
  };
  auto flag = [&](const char* name) {
    if (!body.contains(name) || body[name].is_null()) return false;
    if (body[name].is_boolean()) return body[name].get<bool>();
    errors.push_back(Error::invalid(name, N_("Ce champ doit valoir true ou false.")));
    return false;
  };
  text("title", d.title);
  text("occupation_code", d.occupation_code);
  text("postal_code", d.postal_code);
  text("commune", d.commune);
  std::string contract;
  text("contract_type", contract);
  if (auto c = parse_contract_type(contract))
    d.contract = *c;
  else
    errors.push_back(c.error());
  d.part_time = flag("part_time");
  number("hours_per_week", d.hours_per_week);
  if (flag("nights")) d.schedule |= kNights;
  if (flag("weekends")) d.schedule |= kWeekends;
  if (flag("shifts")) d.schedule |= kShifts;
  text("schedule_note", d.schedule_note);
  std::string start;
  text("start_date", start);
  if (!start.empty()) {
    d.start_date = parse_iso_date(start);
    if (!d.start_date)
      errors.push_back(
          Error::invalid("start_date", N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
  }
  number("positions", d.positions);
  std::string level;
  text("french_level", level);
  if (auto l = parse_cefr_level(level))
    d.french_level = *l;
  else
    errors.push_back(l.error());
  std::string licence;
  text("licence", licence);
  if (!licence.empty()) {
    if (auto l = parse_driving_licence(licence))
      d.licence = *l;
    else
      errors.push_back(l.error());
  }
  if (body.contains("skills") && !body["skills"].is_null()) {
    if (!body["skills"].is_array()) {
      errors.push_back(Error::invalid("skills", N_("Ce champ doit être une liste.")));
    } else {
      for (const auto& s : body["skills"]) {
        if (s.is_string()) d.skill_codes.push_back(s.get<std::string>());
      }
    }
  }
  if (body.contains("salary") && body["salary"].is_object()) {
    const auto& s = body["salary"];
    const auto period = parse_salary_period(s.value("period", "month"));
    if (!s.contains("cents") || !s["cents"].is_number_integer() || !period) {
      errors.push_back(Error::invalid("salary", N_("Indiquez le montant en cents et la période.")));
    } else {
      d.salary = Salary{s["cents"].get<std::int64_t>(), *period};
    }
  }
  text("description", d.description);
  return d;
}

constexpr const char* kInvalidOffer = N_("L'offre contient des erreurs.");

http::Response invalid(const PagesDeps& deps, const http::Request& r,
                       const std::vector<Error>& errors) {
  return http::invalid_fields(deps.i18n, r.lang, errors, kInvalidOffer);
}

http::Response failure(const PagesDeps& deps, const http::Request& r, const Error& e) {
  return http::problem_for(deps.i18n, r.lang, e, kInvalidOffer);
}

int int_query(const http::Request& r, const char* name, int fallback) {
  try {
    return std::stoi(r.query.get_or(name, std::to_string(fallback)));
  } catch (const std::exception&) {
    return fallback;
  }
}

}  // namespace

void mount_offer_api(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/api/v1/offers", "site.public", [deps](http::Request& r, Caller&) {
    SearchFilter f;
    f.occupation = r.query.get_or("occupation", "").substr(0, 16);
    f.postcode = r.query.get_or("postcode", "").substr(0, 8);
    f.radius_km = std::clamp(int_query(r, "radius_km", 0), 0, 100);
    f.contract = r.query.get_or("contract_type", "").substr(0, 40);
    f.no_nights = r.query.get_or("no_nights", "") == "true";
    f.no_weekends = r.query.get_or("no_weekends", "") == "true";
    f.part_time = r.query.get_or("part_time", "") == "true";
    f.page = std::max(1, int_query(r, "page", 1));
    const auto found = deps.service.search(f);
    json offers = json::array();
    for (const auto& p : found.offers)
      offers.push_back(to_json(deps.service, p.offer, p.company_name));
    return http::Response::json(json{
        {"offers", offers},
        {"total", found.total},
        {"page", found.page},
        {"pages", found.pages}}.dump());
  });

  g.post(router, "/api/v1/offers", "offer.manage", [deps](http::Request& r, Caller& a) {
    http::Response error;
    auto parsed = http::json_body(r, error);
    if (!parsed) return error;
    const json& body = *parsed;
    std::vector<Error> errors;
    OfferDraft draft = from_json(body, errors);
    deps.service.complete(draft);
    for (auto& e : deps.service.check(draft)) {
      const bool reported = std::any_of(errors.begin(), errors.end(),
                                        [&](const Error& k) { return k.field == e.field; });
      if (!reported) errors.push_back(std::move(e));
    }
    if (!errors.empty()) return invalid(deps, r, errors);
    auto created = deps.service.create(a, draft);
    if (!created) return failure(deps, r, created.error());
    json flags = json::array();
    for (const auto& f : created->flags)
      flags.push_back(
          {{"rule", f.rule_id}, {"category", to_string(f.category)}, {"field", f.field}});
    json out = {
        {"id", created->offer_id}, {"status", to_string(created->status)}, {"flags", flags}};
    http::Response resp = http::Response::json(out.dump(), 201);
    resp.headers.set("Location", "/api/v1/offers/" + created->offer_id);
    return resp;
  });

  g.get(router, "/api/v1/offers/{id:id}", "site.public", [deps](http::Request& r, Caller& a) {
    if (auto p = deps.service.published(r.param("id")))
      return http::Response::json(to_json(deps.service, p->offer, p->company_name).dump());
    if (a.logged_in()) {
      auto view = deps.service.view(a, r.param("id"));
      if (view)
        return http::Response::json(to_json(deps.service, view->offer, view->company.name).dump());
    }
    return http::problem(404,
                         deps.i18n.tr(r.lang, "Cette offre n'existe pas ou n'est plus publiée."));
  });
}

}  // namespace primowork::offers
