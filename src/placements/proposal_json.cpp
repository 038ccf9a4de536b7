#include "placements/proposal_json.h"

#include "platform/clock.h"
#include "platform/i18n_markers.h"

namespace primowork::placements {
namespace {

using nlohmann::json;

std::string date_text(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

void text(const json& body, const char* name, std::string& out, std::vector<Error>& errors) {
  if (!body.contains(name) || body[name].is_null()) return;
  if (!body[name].is_string()) {
    errors.push_back(Error::invalid(name, N_("Ce champ doit être un texte.")));
    return;
  }
  out = body[name].get<std::string>();
}

void flag(const json& body, const char* name, bool& out, std::vector<Error>& errors) {
  if (!body.contains(name) || body[name].is_null()) return;
  if (!body[name].is_boolean()) {
    errors.push_back(Error::invalid(name, N_("Ce champ doit valoir true ou false.")));
    return;
  }
  out = body[name].get<bool>();
}

void number(const json& body, const char* name, int& out, std::vector<Error>& errors) {
  if (!body.contains(name) || body[name].is_null()) return;
  if (!body[name].is_number_integer() || body[name].get<long long>() < -100000 ||
      body[name].get<long long>() > 100000) {
    errors.push_back(Error::invalid(name, N_("Ce champ doit être un nombre entier.")));
    return;
  }
  out = body[name].get<int>();
}

void date(const json& body, const char* name, std::optional<Date>& out,
          std::vector<Error>& errors) {
  std::string raw;
  text(body, name, raw, errors);
  if (raw.empty()) return;
  out = parse_iso_date(raw);
  if (!out) errors.push_back(Error::invalid(name, N_("Date invalide : écrivez-la AAAA-MM-JJ.")));
}

void put(json& out, const char* name, const std::string& value) {
  if (!value.empty()) out[name] = value;
}
void put(json& out, const char* name, const std::optional<Date>& value) {
  if (value) out[name] = to_iso(*value);
}
void put(json& out, const char* name, int value) {
  if (value != 0) out[name] = value;
}
void put(json& out, const char* name, bool value) {
  if (value) out[name] = true;
}

}  // namespace

TransitionData transition_data_from_json(const json& body, std::vector<Error>& errors) {
  TransitionData d;
  if (!body.is_object()) return d;
  flag(body, "checked", d.checked, errors);
  text(body, "reason_code", d.reason_code, errors);
  text(body, "reason_text", d.reason_text, errors);
  flag(body, "share_reason", d.share_reason, errors);
  flag(body, "consent", d.consent, errors);
  text(body, "consent_channel", d.consent_channel, errors);
  text(body, "interview_at", d.interview_at, errors);
  text(body, "interview_place", d.interview_place, errors);
  text(body, "internship_kind", d.internship_kind, errors);
  date(body, "internship_start", d.internship_start, errors);
  date(body, "internship_end", d.internship_end, errors);
  date(body, "pfi_start", d.pfi_start, errors);
  number(body, "pfi_weeks", d.pfi_weeks, errors);
  text(body, "contract_type", d.contract_type, errors);
  date(body, "contract_start", d.contract_start, errors);
  date(body, "contract_end", d.contract_end, errors);
  number(body, "weekly_hours", d.weekly_hours, errors);
  return d;
}

json to_json(const TransitionData& d) {
  json out = json::object();
  put(out, "checked", d.checked);
  put(out, "reason_code", d.reason_code);
  put(out, "reason_text", d.reason_text);
  put(out, "share_reason", d.share_reason);
  put(out, "consent", d.consent);
  put(out, "consent_channel", d.consent_channel);
  put(out, "interview_at", d.interview_at);
  put(out, "interview_place", d.interview_place);
  put(out, "internship_kind", d.internship_kind);
  put(out, "internship_start", d.internship_start);
  put(out, "internship_end", d.internship_end);
  put(out, "pfi_start", d.pfi_start);
  put(out, "pfi_weeks", d.pfi_weeks);
  put(out, "contract_type", d.contract_type);
  put(out, "contract_start", d.contract_start);
  put(out, "contract_end", d.contract_end);
  put(out, "weekly_hours", d.weekly_hours);
  return out;
}

json to_json(const Proposal& p, Audience audience) {
  json out = {{"id", p.id},
              {"offer_id", p.offer_id},
              {"pseudonym", p.pseudonym},
              {"state", std::string(to_string(p.state))},
              {"version", p.version},
              {"last_change", to_iso(p.last_change)},
              {"created_at", format_utc(p.created_at, "%Y-%m-%dT%H:%M:%SZ")}};
  if (audience != Audience::kEmployer) {
    out["person_id"] = p.person_id;
    out["organisation_id"] = p.organisation_id;
    out["counsellor_id"] = p.counsellor_id;
  }
  out["score"] = p.score ? json(*p.score) : json(nullptr);
  out["explanation"] = json::parse(p.explanation_json, nullptr, false);
  if (out["explanation"].is_discarded()) out["explanation"] = json::object();
  if (!p.disclosed_by.empty()) {
    out["disclosure"] = {
        {"by", p.disclosed_by}, {"channel", p.consent_channel}, {"on", date_text(p.disclosed_on)}};
  }
  if (!p.interview_at.empty())
    out["interview"] = {{"at", p.interview_at}, {"place", p.interview_place}};
  if (!p.internship_kind.empty()) {
    out["internship"] = {{"kind", p.internship_kind},
                         {"start", date_text(p.internship_start)},
                         {"end", date_text(p.internship_end)}};
  }
  if (p.pfi_start) {
    out["pfi"] = {{"start", date_text(p.pfi_start)},
                  {"weeks", p.pfi_weeks},
                  {"end", to_iso(pfi_end(*p.pfi_start, p.pfi_weeks))},
                  {"min_contract_end", date_text(p.pfi_min_contract_end)}};
  }
  if (p.contract_type) {
    out["contract"] = {{"type", std::string(offers::to_string(*p.contract_type))},
                       {"start", date_text(p.contract_start)},
                       {"end", date_text(p.contract_end)},
                       {"weekly_hours", p.weekly_hours}};
  }
  if (!p.reason_code.empty()) {
    // The person reads the employer's reason only when it was shared with them.
    const bool hidden =
        audience == Audience::kPerson && !p.reason_shared &&
        (p.state == ProposalState::kDeclined || p.state == ProposalState::kNotRetained);
    // The employer reads the code of a withdrawal, never what the counsellor or person wrote.
    const bool own_words = audience != Audience::kEmployer || p.state == ProposalState::kDeclined ||
                           p.state == ProposalState::kNotRetained;
    if (!hidden) {
      out["reason"] = {{"code", p.reason_code},
                       {"text", own_words ? p.reason_text : ""},
                       {"shared", p.reason_shared}};
    }
  }
  return out;
}

json to_json(const store::LogEntry& e, Audience audience) {
  char at[32];
  std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &e.at);
  json out = {{"from", e.from.empty() ? json(nullptr) : json(e.from)},
              {"to", e.to},
              {"party", e.party},
              {"version", e.version},
              {"at", at}};
  if (audience != Audience::kEmployer && audience != Audience::kPerson) {
    out["actor_id"] = e.actor_id;
    out["reason"] = e.reason;
    json data = json::parse(e.data_json, nullptr, false);
    out["data"] = data.is_discarded() ? json::object() : data;
  }
  return out;
}

json to_json(const FollowUp& f) {
  return {{"id", f.id},
          {"proposal_id", f.proposal_id},
          {"months", f.months},
          {"due", to_iso(f.due)},
          {"status", std::string(to_string(f.status))},
          {"contract_type",
           f.contract_type ? json(std::string(offers::to_string(*f.contract_type))) : json("")},
          {"end_reason", f.end_reason},
          {"note", f.note},
          {"recorded_on", date_text(f.recorded_on)}};
}

}  // namespace primowork::placements
