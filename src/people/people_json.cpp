#include "people/people_json.h"

#include "platform/i18n_markers.h"

namespace primowork::people {
namespace {

using nlohmann::json;

std::string date_text(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

}  // namespace


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
          {"fle_courses", f.fle_courses},
          {"past_jobs", jobs},
          {"skills", skills},
          {"targets", f.targets},
          {"former_profession_inaccessible", f.former_profession_inaccessible},
          {"no_nights", f.no_nights},
          {"no_weekends", f.no_weekends},
          {"part_time_only", f.part_time_only},
          {"stage", f.stage}};
}

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
  text("fle_courses", f.fle_courses);
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

json export_json(const FileView& v) {
  json out = to_json(v.file);
  json tasks = json::array();
  for (const auto& t : v.tasks)
    tasks.push_back({{"id", t.id}, {"title", t.title}, {"due", date_text(t.due)}, {"done", t.done}});
  out["tasks"] = tasks;
  json stages = json::array();
  for (const auto& st : v.stages) {
    char at[32];
    std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &st.at);
    stages.push_back({{"from", st.from}, {"to", st.to}, {"at", at}});
  }
  out["stage_log"] = stages;
  json consents = json::array();
  for (const auto& c : v.consents) {
    consents.push_back({{"id", c.id},
                        {"kind", c.kind},
                        {"text_version", c.text_version},
                        {"given_on", to_iso(c.given_on)},
                        {"on_paper", c.on_paper},
                        {"withdrawn", c.withdrawn}});
  }
  out["consents"] = consents;
  json shares = json::array();
  for (const auto& sh : v.shares) {
    shares.push_back({{"id", sh.id},
                      {"organisation", sh.organisation_name},
                      {"scope", sh.scope},
                      {"ends_on", to_iso(sh.ends_on)},
                      {"ended", sh.revoked}});
  }
  out["shares"] = shares;
  json diplomas = json::array();
  for (const auto& d : v.diplomas) {
    diplomas.push_back({{"id", d.id},
                        {"title", d.title},
                        {"country", d.country},
                        {"level", d.level},
                        {"field", d.field},
                        {"status", d.status},
                        {"decision", d.decision},
                        {"submitted_on", date_text(d.submitted_on)},
                        {"decided_on", date_text(d.decided_on)},
                        {"fee_cents", d.fee_cents ? json(*d.fee_cents) : json(nullptr)},
                        {"equivalent_title", d.equivalent_title},
                        {"opens_occupation", d.opens_occupation}});
  }
  out["diplomas"] = diplomas;
  json notes = json::array();
  for (const auto& n : v.notes) {
    char at[32];
    std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &n.at);
    notes.push_back({{"at", at}, {"author", n.author_name}, {"sensitive", n.sensitive},
                     {"text", n.body}});
  }
  out["notes"] = notes;
  return out;
}

}  // namespace primowork::people
