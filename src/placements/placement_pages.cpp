#include "placements/placement_pages.h"

#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

#include "placements/interview_ics.h"
#include "placements/proposal_json.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::placements {
namespace {

using Caller = security::Actor;
using nlohmann::json;
using S = ProposalState;

http::Response page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  dict.SetValue("CSRF", a.csrf_token);
  return deps.pages.render(r, title, tpl, dict, status, security::chrome(a));
}

http::Response message(const PagesDeps& deps, const http::Request& r, const Caller& a,
                       const std::string& message_id, int status = 404) {
  ctemplate::TemplateDictionary dict("message");
  const std::string heading = deps.i18n.tr(r.lang, "Proposition introuvable");
  dict.SetValue("HEADING", heading);
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, message_id));
  return page(deps, r, a, heading, "placements/message.tpl", dict, status);
}

Party party_of(const Caller& a) {
  return a.user ? party_for(a.user->role).value_or(Party::kSystem) : Party::kSystem;
}

// What happens next, for the reader: one plain sentence per state and party.
const char* next_step(S state, Party party) {
  const bool person = party == Party::kCandidate, employer = party == Party::kEmployer;
  switch (state) {
    case S::kSuggested:
      return N_("Suggestion à vérifier : cochez la vérification pour la proposer.");
    case S::kProposed:
      return person ? N_("Votre conseiller va envoyer votre profil anonyme à l'employeur.")
                    : N_("Proposition vérifiée : envoyez-la à l'employeur.");
    case S::kSent:
      return employer ? N_("À vous : dites si ce profil vous intéresse, en un clic.")
                      : N_("L'employeur a reçu le profil anonyme et doit répondre.");
    case S::kInterested:
      return person ? N_("À vous : acceptez-vous que l'employeur voie votre nom, vos coordonnées "
                         "et votre CV ?")
                    : N_("L'employeur est intéressé : la personne doit accepter de dévoiler son "
                         "identité.");
    case S::kDisclosed:
      return employer ? N_("À vous : planifiez un entretien ou indiquez la suite.")
                      : N_("L'employeur voit maintenant l'identité et va proposer un entretien.");
    case S::kInterviewPlanned:
      return N_("Un entretien est prévu : date et lieu ci-dessous.");
    case S::kInterviewHeld:
      return employer ? N_("À vous : indiquez la suite (stage, PFI, embauche ou non).")
                      : N_("L'entretien a eu lieu : la suite est attendue de l'employeur.");
    case S::kInternship:
      return N_("Stage ou immersion en cours : la suite viendra à la fin.");
    case S::kPfi:
      return N_("PFI en cours : il se termine par un contrat de travail.");
    case S::kHired:
      return N_("Contrat signé : des suivis sont prévus à 1, 3, 6 et 12 mois.");
    case S::kDeclined:
    case S::kNotRetained:
    case S::kWithdrawn:
    case S::kObsolete:
    case S::kNoAnswer:
      break;
  }
  return N_("Cette proposition est close.");
}

// True when the employer must act (their "waiting" count).
bool waits_for(S state, Party party) {
  for (S to : available_moves(state, party)) {
    if (to != S::kWithdrawn && to != S::kObsolete) return true;
  }
  return false;
}

void add_codes(ctemplate::TemplateDictionary* dict, const char* section,
               const std::vector<people::Code>& codes, const PagesDeps& deps,
               const std::string& lang) {
  for (const auto& c : codes) {
    auto* o = dict->AddSectionDictionary(section);
    o->SetValue("VALUE", std::string(c.code));
    o->SetValue("LABEL", deps.i18n.tr(lang, c.label));
  }
}

void add_contract_types(ctemplate::TemplateDictionary* dict, const char* section,
                        const PagesDeps& deps, const std::string& lang, bool employment_only) {
  for (auto t : offers::all_contract_types()) {
    if (employment_only &&
        (t == offers::ContractType::kPfi || t == offers::ContractType::kInternship))
      continue;
    auto* o = dict->AddSectionDictionary(section);
    o->SetValue("VALUE", std::string(offers::to_string(t)));
    o->SetValue("LABEL", deps.i18n.tr(lang, offers::label(t)));
  }
}

// --- The list -------------------------------------------------------------------------------

http::Response list_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                         const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* id) { return deps.i18n.tr(r.lang, id); };
  const Party party = party_of(a);
  ctemplate::TemplateDictionary dict("proposals");
  if (r.query.get_or("enregistre", "") == "1") dict.ShowSection("SAVED");
  for (const auto& e : errors)
    dict.SetValueAndShowSection("ERROR_TEXT", deps.i18n.tr(r.lang, e.message_id), "ACTION_ERROR");
  const auto proposals = deps.service.list(a);
  for (const auto& p : proposals) {
    auto v = deps.service.view(a, p.id);
    if (!v) continue;
    auto* row = dict.AddSectionDictionary("PROPOSAL");
    row->SetValue("ID", p.id);
    row->SetValue("OFFER", v->offer_title);
    row->SetValue("COMPANY", v->company_name);
    row->SetValue("WHO", p.pseudonym);
    row->SetValue("STATE", tr(label(p.state)));
    row->SetValue("STATE_CODE", std::string(to_string(p.state)));
    row->SetValue("NEXT", tr(next_step(p.state, party)));
    if (waits_for(p.state, party)) row->ShowSection("WAITING");
  }
  dict.ShowSection(proposals.empty() ? "NO_PROPOSAL" : "HAS_PROPOSALS");
  if (party == Party::kCounsellor) {
    dict.ShowSection("COUNSELLOR");
    // Every pending follow-up, the overdue ones first (the store sorts by date): a contract may
    // start months after it is signed, so its 12-month follow-up can be two years away.
    const Date today = deps.service.today();
    const auto follow_ups = deps.service.due_follow_ups(a, add_months(today, 30));
    for (const auto& f : follow_ups) {
      auto* row = dict.AddSectionDictionary("FOLLOW_UP");
      row->SetValue("ID", f.id);
      row->SetValue("PROPOSAL", f.proposal_id);
      row->SetValue("MONTHS", std::to_string(f.months));
      row->SetValue("DUE", to_iso(f.due));
      if (f.due <= today) row->ShowSection("DUE_NOW");
      for (auto st : {FollowUpStatus::kStillEmployed, FollowUpStatus::kContractChanged,
                      FollowUpStatus::kEnded}) {
        auto* o = row->AddSectionDictionary("STATUS_OPTION");
        o->SetValue("VALUE", std::string(to_string(st)));
        o->SetValue("LABEL", tr(label(st)));
      }
      add_contract_types(row, "CONTRACT_OPTION", deps, r.lang, true);
      add_codes(row, "END_OPTION", follow_up_end_reasons(), deps, r.lang);
      row->SetValue("CSRF", a.csrf_token);
    }
    dict.ShowSection(follow_ups.empty() ? "NO_FOLLOW_UP" : "HAS_FOLLOW_UPS");
  }
  return page(deps, r, a, tr("Propositions"), "placements/list.tpl", dict,
              errors.empty() ? 200 : 422);
}

// --- One proposal ---------------------------------------------------------------------------

void fill_profile(ctemplate::TemplateDictionary& dict, const AnonymisedProfile& p,
                  const PagesDeps& deps, const std::string& lang) {
  auto tr = [&](const char* id) { return deps.i18n.tr(lang, id); };
  auto* d = dict.AddSectionDictionary("PROFILE");
  d->SetValue("PSEUDONYM", p.pseudonym);
  for (const auto& s : p.matched) d->SetValueAndShowSection("LABEL", s.label, "MATCHED");
  for (const auto& s : p.missing) d->SetValueAndShowSection("LABEL", s.label, "MISSING");
  if (p.matched.empty()) d->ShowSection("NO_MATCHED");
  if (p.missing.empty()) d->ShowSection("NO_MISSING");
  d->SetValue("YEARS", std::to_string(p.experience_years));
  for (const auto& e : p.experience) {
    auto* x = d->AddSectionDictionary("EXPERIENCE");
    x->SetValue("OCCUPATION", e.occupation);
    x->SetValue("YEARS", std::to_string(e.years));
  }
  for (const auto& l : p.languages) {
    auto* x = d->AddSectionDictionary("LANGUAGE");
    const std::uint16_t code =
        l.language.size() == 2
            ? static_cast<std::uint16_t>((static_cast<unsigned char>(l.language[0]) << 8) |
                                         static_cast<unsigned char>(l.language[1]))
            : 0;
    x->SetValue("NAME", matches::language_name(code, deps.i18n, lang));
    x->SetValue("LEVEL", l.level.empty() ? "—" : l.level);
  }
  std::string licences;
  for (const auto& l : p.licences) licences += (licences.empty() ? "" : ", ") + l;
  d->SetValue("LICENCES", licences.empty() ? tr("Aucun permis de conduire") : licences);
  if (p.vehicle) d->ShowSection("VEHICLE");
  std::string availability;
  auto add = [&](const char* id) { availability += (availability.empty() ? "" : " · ") + tr(id); };
  if (p.part_time_only) add(N_("temps partiel uniquement"));
  if (p.no_nights) add(N_("pas de nuit"));
  if (p.no_weekends) add(N_("pas de week-end"));
  if (availability.empty()) availability = tr("tous horaires, temps plein ou partiel");
  d->SetValue("AVAILABILITY", availability);
  d->SetValue("DISTANCE", tr(label(p.distance)));
  if (p.disclosed) {
    auto* id = d->AddSectionDictionary("IDENTITY");
    id->SetValue("NAME", p.name);
    id->SetValue("PHONE", p.phone.empty() ? "—" : p.phone);
    id->SetValue("EMAIL", p.email.empty() ? "—" : p.email);
    if (p.cv_filename.empty())
      id->SetValueAndShowSection("TEXT", tr("pas de CV dans le dossier"), "NO_CV");
    else
      id->SetValueAndShowSection("FILENAME", p.cv_filename, "HAS_CV");
  } else {
    d->ShowSection("ANONYMOUS");
  }
}

// One form per move the actor may make, with the fields its row of the table needs.
void fill_moves(ctemplate::TemplateDictionary& dict, const ProposalView& v, Party party,
                const PagesDeps& deps, const std::string& lang, const std::string& csrf) {
  auto tr = [&](const char* id) { return deps.i18n.tr(lang, id); };
  for (S to : v.moves) {
    const Transition* row = transition_to(to);
    if (row == nullptr) continue;
    auto* m = dict.AddSectionDictionary("MOVE");
    m->SetValue("ID", v.proposal.id);
    m->SetValue("TO", std::string(to_string(to)));
    m->SetValue("VERSION", std::to_string(v.proposal.version));
    m->SetValue("CSRF", csrf);
    m->SetValue("LABEL", tr(label(to)));
    if (to == S::kDisclosed && party == Party::kCandidate)
      m->SetValue("BUTTON", tr("J'accepte de dévoiler mon identité"));
    else
      m->SetValue("BUTTON", tr("Valider :") + " " + tr(label(to)));
    for (Requirement need : row->needs) {
      switch (need) {
        case Requirement::kHumanCheck:
          m->ShowSection("NEED_CHECK");
          break;
        case Requirement::kDeclineReason:
          add_codes(m->AddSectionDictionary("NEED_REASON"), "REASON_OPTION", declined_reasons(),
                    deps, lang);
          break;
        case Requirement::kNotRetainedReason:
          add_codes(m->AddSectionDictionary("NEED_REASON"), "REASON_OPTION", not_retained_reasons(),
                    deps, lang);
          break;
        case Requirement::kWithdrawalReason:
          add_codes(m->AddSectionDictionary("NEED_REASON"), "REASON_OPTION", withdrawal_reasons(),
                    deps, lang);
          break;
        case Requirement::kConsent: {
          auto* c = m->AddSectionDictionary("NEED_CONSENT");
          if (party == Party::kCounsellor)
            add_codes(c->AddSectionDictionary("CHANNEL"), "CHANNEL_OPTION", consent_channels(),
                      deps, lang);
          break;
        }
        case Requirement::kInterview:
          m->ShowSection("NEED_INTERVIEW");
          break;
        case Requirement::kInternship:
          add_codes(m->AddSectionDictionary("NEED_INTERNSHIP"), "KIND_OPTION", internship_kinds(),
                    deps, lang);
          break;
        case Requirement::kPfi:
          m->ShowSection("NEED_PFI");
          break;
        case Requirement::kContract:
          add_contract_types(m->AddSectionDictionary("NEED_CONTRACT"), "CONTRACT_OPTION", deps,
                             lang, true);
          break;
      }
    }
  }
}

http::Response proposal_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                             const std::string& id, const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  auto v = deps.service.view(a, id);
  if (!v) return message(deps, r, a, v.error().message_id);
  const Party party = party_of(a);
  const Proposal& p = v->proposal;
  ctemplate::TemplateDictionary dict("proposal");
  dict.SetValue("ID", p.id);
  dict.SetValue("OFFER", v->offer_title);
  dict.SetValue("COMPANY", v->company_name);
  dict.SetValue("STATE", tr(label(p.state)));
  dict.SetValue("STATE_CODE", std::string(to_string(p.state)));
  dict.SetValue("NEXT", tr(next_step(p.state, party)));
  if (r.query.get_or("enregistre", "") == "1") dict.ShowSection("SAVED");
  for (const auto& e : errors) {
    auto* d = dict.AddSectionDictionary("ERROR");
    d->SetValue("MESSAGE", deps.i18n.tr(r.lang, e.message_id));
    dict.ShowSection("ERRORS");
  }
  if (party == Party::kCounsellor || party == Party::kCoordinator) {
    // The decision record, as it was when the counsellor proposed.
    const auto record = json::parse(p.explanation_json, nullptr, false);
    auto* d = dict.AddSectionDictionary("DECISION");
    d->SetValue("PERSON_ID", p.person_id);
    if (party == Party::kCounsellor) d->ShowSection("PERSON_LINK");
    if (p.score)
      d->SetValueAndShowSection("SCORE", std::to_string(static_cast<int>(*p.score + 0.5)),
                                "HAS_SCORE");
    if (!record.is_discarded() && record.contains("explanation") &&
        record["explanation"].is_array()) {
      for (const auto& s : record["explanation"])
        if (s.is_object()) d->SetValueAndShowSection("TEXT", s.value("text", ""), "SENTENCE");
    }
  }
  if (!p.interview_at.empty() && identity_disclosed(p.state)) {
    auto* d = dict.AddSectionDictionary("INTERVIEW");
    d->SetValue("ID", p.id);
    d->SetValue("AT", p.interview_at.substr(0, 10) + " " + p.interview_at.substr(11));
    d->SetValue("PLACE", p.interview_place);
  }
  auto facts = [&](const std::string& l, const std::string& value) {
    auto* d = dict.AddSectionDictionary("FACT");
    dict.ShowSection("HAS_FACTS");
    d->SetValue("LABEL", l);
    d->SetValue("VALUE", value);
  };
  if (p.internship_start && p.internship_end)
    facts(tr("Stage ou immersion"),
          to_iso(*p.internship_start) + " → " + to_iso(*p.internship_end));
  if (p.pfi_start) {
    facts(tr("PFI"), to_iso(*p.pfi_start) + " → " + to_iso(pfi_end(*p.pfi_start, p.pfi_weeks)) +
                         " (" + std::to_string(p.pfi_weeks) + " " + tr("semaines") + ")");
    if (p.pfi_min_contract_end)
      facts(tr("Fin minimale du contrat qui suit"), to_iso(*p.pfi_min_contract_end));
  }
  if (p.contract_type && p.contract_start)
    facts(tr("Contrat"), tr(offers::label(*p.contract_type)) + ", " + tr("dès le") + " " +
                             to_iso(*p.contract_start) + ", " + std::to_string(p.weekly_hours) +
                             " " + tr("h par semaine"));
  if (!p.reason_code.empty() && (party != Party::kCandidate || p.reason_shared))
    facts(tr("Raison"), p.reason_text.empty() ? p.reason_code : p.reason_text);
  if (party == Party::kEmployer || party == Party::kCounsellor || party == Party::kCoordinator) {
    if (auto profile = deps.service.profile(a, id)) fill_profile(dict, *profile, deps, r.lang);
  }
  if (party == Party::kCounsellor && p.state == S::kHired) dict.ShowSection("CLOSE_OTHERS");
  fill_moves(dict, *v, party, deps, r.lang, a.csrf_token);
  if (auto log = deps.service.history(a, id)) {
    for (const auto& e : *log) {
      auto* d = dict.AddSectionDictionary("LOG");
      char when[32];
      std::strftime(when, sizeof when, "%Y-%m-%d %H:%M UTC", &e.at);
      d->SetValue("WHEN", when);
      const auto state = parse_state(e.to);
      d->SetValue("STATE", state ? tr(label(*state)) : e.to);
    }
  }
  const std::string title = tr("Proposition") + " — " + v->offer_title;
  int status = 200;
  if (!errors.empty()) status = errors.front().code == ErrorCode::kConflict ? 409 : 422;
  return page(deps, r, a, title, "placements/proposal.tpl", dict, status);
}

// The transition form as the API's JSON, so both share one reader (proposal_json.h).
TransitionData read_move(const Caller& a, std::vector<Error>& errors) {
  json data = json::object();
  for (const char* flag : {"checked", "share_reason", "consent"})
    if (!a.field(flag).empty()) data[flag] = true;
  for (const char* text : {"reason_code", "reason_text", "consent_channel", "interview_at",
                           "interview_place", "internship_kind", "contract_type"})
    if (!a.field(text).empty()) data[text] = a.field(text);
  for (const char* day :
       {"internship_start", "internship_end", "pfi_start", "contract_start", "contract_end"})
    if (!a.field(day).empty()) data[day] = a.field(day);
  for (const char* number : {"pfi_weeks", "weekly_hours"}) {
    const std::string text = a.field(number);
    if (text.empty()) continue;
    if (text.size() <= 4 && text.find_first_not_of("0123456789") == std::string::npos)
      data[number] = std::stoi(text);
    else
      data[number] = text;  // refused by the reader, naming the field
  }
  return transition_data_from_json(data, errors);
}

// --- Suggestions ----------------------------------------------------------------------------

void add_sentences(ctemplate::TemplateDictionary* d, const matches::ExplanationText& text) {
  for (const auto& s : text.sentences) {
    auto* x = d->AddSectionDictionary("SENTENCE");
    x->SetValue("TEXT", s.text);
    x->SetValue("KIND", matches::to_string(s.kind));
  }
}

http::Response offers_for_person_page(const PagesDeps& deps, const http::Request& r,
                                      const Caller& a, const std::string& person_id,
                                      const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  auto found = deps.matches.offers_for_person(a, person_id, 10, r.lang);
  if (!found) return message(deps, r, a, found.error().message_id);
  ctemplate::TemplateDictionary dict("suggestions");
  dict.ShowSection("FOR_PERSON");
  dict.SetValue("PERSON_ID", person_id);
  for (const auto& e : errors) {
    dict.SetValueAndShowSection("MESSAGE", deps.i18n.tr(r.lang, e.message_id), "ERROR");
    dict.ShowSection("ERRORS");
  }
  for (const auto& m : *found) {
    auto* d = dict.AddSectionDictionary("SUGGESTION");
    d->SetValue("KEY", m.offer_id);
    d->SetValue("TITLE", m.title + " — " + m.company);
    d->SetValueAndShowSection("PLACE", m.postal_code + " " + m.commune, "HAS_PLACE");
    d->SetValue("FROM", "person");
    d->ShowSection("CAN_PROPOSE");
    d->SetValue("OFFER_ID", m.offer_id);
    d->SetValue("PERSON_ID", person_id);
    d->SetValue("CSRF", a.csrf_token);
    d->ShowSection("OFFER_LINK");
    d->SetValue("SCORE", std::to_string(static_cast<int>(m.explanation.score + 0.5f)));
    if (m.explanation.failed) d->ShowSection("NEAR_MISS");
    add_sentences(d, m.text);
  }
  dict.ShowSection(found->empty() ? "NONE" : "SOME");
  return page(deps, r, a, tr("Offres proposables"), "placements/suggestions.tpl", dict,
              errors.empty() ? 200 : 422);
}

http::Response people_for_offer_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                                     const std::string& offer_id,
                                     const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  auto found = deps.matches.people_for_offer(a, offer_id, 10, r.lang);
  if (!found) return message(deps, r, a, found.error().message_id);
  ctemplate::TemplateDictionary dict("suggestions");
  dict.ShowSection("FOR_OFFER");
  dict.SetValue("OFFER_ID", offer_id);
  for (const auto& e : errors) {
    dict.SetValueAndShowSection("MESSAGE", deps.i18n.tr(r.lang, e.message_id), "ERROR");
    dict.ShowSection("ERRORS");
  }
  for (const auto& m : *found) {
    auto* d = dict.AddSectionDictionary("SUGGESTION");
    d->SetValue("KEY", m.person_id);
    d->SetValue("TITLE", m.display);
    d->SetValue("FROM", "offer");
    // A coordinator sees pseudonyms and the organisation that follows each person: only that
    // person's counsellor may propose.
    if (!m.person_id.empty()) d->ShowSection("CAN_PROPOSE");
    if (!m.organisation.empty()) d->SetValueAndShowSection("PLACE", m.organisation, "HAS_PLACE");
    d->SetValue("OFFER_ID", offer_id);
    d->SetValue("PERSON_ID", m.person_id);
    d->SetValue("CSRF", a.csrf_token);
    d->SetValue("SCORE", std::to_string(static_cast<int>(m.explanation.score + 0.5f)));
    if (m.explanation.failed) d->ShowSection("NEAR_MISS");
    if (!m.employer_visibility) d->ShowSection("NO_CONSENT");
    add_sentences(d, m.text);
  }
  dict.ShowSection(found->empty() ? "NONE" : "SOME");
  return page(deps, r, a, tr("Personnes à proposer"), "placements/suggestions.tpl", dict,
              errors.empty() ? 200 : 422);
}

}  // namespace

std::map<std::string, OfferProposals> proposals_by_offer(PlacementService& service,
                                                         const security::Actor& actor) {
  std::map<std::string, OfferProposals> out;
  for (const auto& p : service.list(actor)) {
    auto& o = out[p.offer_id];
    ++o.received;
    if (waits_for(p.state, Party::kEmployer)) ++o.waiting;
  }
  return out;
}

void mount_placement_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/propositions", "proposal.read",
        [deps](http::Request& r, Caller& a) { return list_page(deps, r, a); });

  g.get(router, "/propositions/{id:id}", "proposal.read",
        [deps](http::Request& r, Caller& a) { return proposal_page(deps, r, a, r.param("id")); });

  g.post(router, "/propositions/{id:id}/etape", "proposal.act",
         [deps](http::Request& r, Caller& a) {
           std::vector<Error> errors;
           const auto to = parse_state(a.field("to"));
           if (!to)
             errors.push_back(
                 Error::invalid("to", N_("Étape inconnue : choisissez-la parmi les suivantes.")));
           const std::string version = a.field("version");
           if (version.empty() || version.size() > 9 ||
               version.find_first_not_of("0123456789") != std::string::npos)
             errors.push_back(Error::invalid(
                 "version", N_("Indiquez la version de la proposition que vous avez vue.")));
           TransitionData data = read_move(a, errors);
           if (!errors.empty()) return proposal_page(deps, r, a, r.param("id"), errors);
           auto moved = deps.service.transition(a, r.param("id"), *to, std::stoi(version), data);
           if (!moved && moved.error().code == ErrorCode::kNotFound)
             return message(deps, r, a, moved.error().message_id);
           if (!moved) return proposal_page(deps, r, a, r.param("id"), {moved.error()});
           return http::Response::redirect("/propositions/" + r.param("id") + "?enregistre=1");
         });

  g.post(router, "/propositions/{id:id}/autres", "proposal.manage",
         [deps](http::Request& r, Caller& a) {
           auto closed = deps.service.close_others(a, r.param("id"));
           if (!closed && closed.error().code == ErrorCode::kNotFound)
             return message(deps, r, a, closed.error().message_id);
           if (!closed) return proposal_page(deps, r, a, r.param("id"), {closed.error()});
           return http::Response::redirect("/propositions/" + r.param("id") + "?enregistre=1");
         });

  g.get(router, "/propositions/{id:id}/entretien.ics", "proposal.read",
        [deps](http::Request& r, Caller& a) {
          auto v = deps.service.view(a, r.param("id"));
          if (!v) return message(deps, r, a, v.error().message_id);
          const Proposal& p = v->proposal;
          if (p.interview_at.empty() || !identity_disclosed(p.state))
            return message(deps, r, a,
                           N_("Aucun entretien n'est planifié pour cette proposition."));
          InterviewInvitation inv;
          inv.uid = p.id + "-entretien@primowork";
          inv.interview_at = p.interview_at;
          inv.summary = deps.i18n.tr(r.lang, "Entretien d'embauche") + " — " + v->offer_title;
          inv.location = p.interview_place;
          inv.description = v->company_name;
          http::Response resp = http::Response::text(interview_ics(inv, deps.guard.now()));
          resp.headers.set("Content-Type", "text/calendar; charset=utf-8");
          resp.headers.set("Content-Disposition", "attachment; filename=\"entretien.ics\"");
          return resp;
        });

  g.get(router, "/propositions/{id:id}/cv", "proposal.read", [deps](http::Request& r, Caller& a) {
    auto content = deps.service.cv(a, r.param("id"));
    if (!content && content.error().code == ErrorCode::kNotFound)
      return message(deps, r, a, N_("Aucun CV n'est disponible pour cette proposition."));
    if (!content) return message(deps, r, a, content.error().message_id, 500);
    http::Response resp;
    resp.status = 200;
    resp.body = content->data;
    resp.headers.set("Content-Type", content->document.content_type);
    resp.headers.set("Content-Disposition",
                     "attachment; filename=\"" + content->document.filename + "\"");
    resp.headers.set("Cache-Control", "no-store");
    return resp;
  });

  g.post(router, "/propositions/suivis/{id:id}", "proposal.manage",
         [deps](http::Request& r, Caller& a) {
           FollowUpAnswer answer{a.field("status"), a.field("contract_type"), a.field("end_reason"),
                                 a.field("note")};
           auto saved = deps.service.record_follow_up(a, r.param("id"), answer);
           if (!saved) return list_page(deps, r, a, {saved.error()});
           return http::Response::redirect("/propositions?enregistre=1");
         });

  g.get(router, "/propositions/personne/{id:id}", "proposal.manage",
        [deps](http::Request& r, Caller& a) {
          return offers_for_person_page(deps, r, a, r.param("id"));
        });

  g.get(router, "/propositions/offre/{id:id}", "match.people", [deps](http::Request& r, Caller& a) {
    return people_for_offer_page(deps, r, a, r.param("id"));
  });

  g.post(router, "/propositions/nouvelle", "proposal.manage", [deps](http::Request& r, Caller& a) {
    NewProposal in;
    in.person_id = a.field("person_id");
    in.offer_id = a.field("offer_id");
    in.checked = !a.field("checked").empty();
    in.confirm_near_miss = !a.field("confirm_near_miss").empty();
    const bool from_offer = a.field("from") == "offer";
    if (!in.checked) {
      const Error e = Error::invalid(
          "checked", N_("Confirmez que vous avez vérifié ce profil pour cette offre : rien ne part "
                        "chez l'employeur sans un conseiller."));
      return from_offer ? people_for_offer_page(deps, r, a, in.offer_id, {e})
                        : offers_for_person_page(deps, r, a, in.person_id, {e});
    }
    auto created = deps.service.create(a, in);
    if (!created) {
      return from_offer ? people_for_offer_page(deps, r, a, in.offer_id, {created.error()})
                        : offers_for_person_page(deps, r, a, in.person_id, {created.error()});
    }
    return http::Response::redirect("/propositions/" + created->id + "?enregistre=1");
  });
}

}  // namespace primowork::placements
