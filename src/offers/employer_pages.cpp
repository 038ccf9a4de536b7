// The employer's space: the company's offers with their state and the actions each allows
// (confirm, mark filled, close, submit, withdraw, renew), and editing an offer.
#include "offers/offer_form.h"
#include "offers/offer_pages.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::offers {
namespace {

using Caller = security::Actor;

http::Response page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

http::Response missing(const PagesDeps& deps, const http::Request& r, const Caller& a,
                       const std::string& message_id, int status = 404) {
  ctemplate::TemplateDictionary dict("message");
  dict.SetValue("HEADING", deps.i18n.tr(r.lang, "Offre introuvable"));
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, message_id));
  return page(deps, r, a, deps.i18n.tr(r.lang, "Offre introuvable"), "offers/message.tpl", dict,
              status);
}

http::Response my_offers(const PagesDeps& deps, const http::Request& r, const Caller& a,
                         const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  auto company = deps.service.own_company(a);
  if (!company) {  // an employer account not linked to a company yet: say so, plainly
    ctemplate::TemplateDictionary dict("message");
    dict.SetValue("HEADING", tr("Mes offres"));
    dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, company.error().message_id));
    return page(deps, r, a, tr("Mes offres"), "offers/message.tpl", dict);
  }
  ctemplate::TemplateDictionary dict("my_offers");
  dict.SetValue("COMPANY", company->name);
  dict.SetValue("COMPANY_STATUS", tr(companies::label(company->status)));
  if (company->status != companies::CompanyStatus::kApproved) dict.ShowSection("NOT_APPROVED");
  if (r.query.get_or("enregistre", "") == "1") dict.ShowSection("SAVED");
  for (const auto& e : errors)
    dict.SetValueAndShowSection("ERROR_TEXT", deps.i18n.tr(r.lang, e.message_id), "ACTION_ERROR");
  const auto offers = deps.service.my_offers(a);
  const auto proposals =
      deps.proposals ? deps.proposals(a) : std::map<std::string, ProposalCount>{};
  for (const auto& o : offers) {
    auto* row = dict.AddSectionDictionary("OFFER");
    row->SetValue("ID", o.id);
    const auto counted = proposals.find(o.id);
    const ProposalCount n = counted == proposals.end() ? ProposalCount{} : counted->second;
    row->SetValue("PROPOSALS", std::to_string(n.received));
    row->SetValue("WAITING", std::to_string(n.waiting));
    if (n.waiting > 0) row->ShowSection("PROPOSALS_WAITING");
    row->SetValue("TITLE", o.draft.title);
    row->SetValue("STATUS", tr(label(o.status)));
    row->SetValue("STATUS_CODE", std::string(to_string(o.status)));
    row->SetValue("PLACE", o.draft.postal_code + " " + o.draft.commune);
    if (o.status == OfferStatus::kPublished) {
      row->ShowSection("PUBLIC");
      row->SetValue("VALID", to_iso(valid_through(o.last_update)));
    } else {
      row->ShowSection("NOT_PUBLIC");
    }
    if (o.status == OfferStatus::kDraft || o.status == OfferStatus::kPendingReview ||
        o.status == OfferStatus::kPublished)
      row->ShowSection("EDITABLE");
    for (OfferAction action : available_actions(o.status, Actor::kEmployer)) {
      auto* b = row->AddSectionDictionary("ACTION");
      b->SetValue("ID", o.id);
      b->SetValue("CODE", std::string(to_string(action)));
      b->SetValue("LABEL", tr(label(action)));
    }
  }
  dict.ShowSection(offers.empty() ? "NO_OFFER" : "HAS_OFFERS");
  return page(deps, r, a, tr("Mes offres"), "offers/mine.tpl", dict, errors.empty() ? 200 : 409);
}

http::Response edit_form(const PagesDeps& deps, const http::Request& r, const Caller& a,
                         const std::string& id, const OfferForm& form,
                         const std::vector<Error>& errors, const std::string& notice = "") {
  ctemplate::TemplateDictionary dict("offer_form");
  const std::string heading = deps.i18n.tr(r.lang, "Modifier l'offre");
  dict.SetValue("HEADING", heading);
  dict.SetValue("INTRO", deps.i18n.tr(r.lang,
                                      "Une offre publiée reste publiée ; si le nouveau texte "
                                      "pose question, la coordination la revoit d'abord."));
  dict.SetValue("ACTION", "/entreprises/offres/" + id + "/modifier");
  dict.SetValue("SUBMIT", deps.i18n.tr(r.lang, "Enregistrer"));
  if (!notice.empty()) dict.SetValueAndShowSection("NOTICE_TEXT", notice, "NOTICE");
  FormChoices choices;
  choices.skills = skill_choices(deps.service, form.draft);
  fill_offer_form(dict, form, errors, choices, deps.communes, deps.i18n, r.lang);
  return page(deps, r, a, heading, "offers/form.tpl", dict, errors.empty() ? 200 : 422);
}

}  // namespace

void mount_employer_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/entreprises/offres", "offer.manage",
        [deps](http::Request& r, Caller& a) { return my_offers(deps, r, a); });

  g.get(router, "/entreprises/offres/{id:id}/modifier", "offer.manage",
        [deps](http::Request& r, Caller& a) {
          auto view = deps.service.view(a, r.param("id"));
          if (!view) return missing(deps, r, a, view.error().message_id);
          OfferForm form;
          form.draft = view->offer.draft;
          form.occupation = deps.service.occupation_label(form.draft.occupation_code);
          form.contract = std::string(to_string(form.draft.contract));
          form.french_level = std::string(to_string(form.draft.french_level));
          if (form.draft.salary) form.salary = format_euros(form.draft.salary->cents);
          form.skills_shown = true;
          return edit_form(deps, r, a, r.param("id"), form, {});
        });

  g.post(router, "/entreprises/offres/{id:id}/modifier", "offer.manage",
         [deps](http::Request& r, Caller& a) {
           std::vector<Error> errors;
           OfferForm form = read_offer_form(a.form.fields, errors);
           form.draft.occupation_code = deps.service.resolve_occupation(form.occupation);
           form.skills_shown = true;
           if (a.form.fields.count("suggest") > 0) {
             for (const auto& code : deps.service.core_skills(form.draft.occupation_code)) {
               if (std::find(form.draft.skill_codes.begin(), form.draft.skill_codes.end(), code) ==
                   form.draft.skill_codes.end())
                 form.draft.skill_codes.push_back(code);
             }
             return edit_form(deps, r, a, r.param("id"), form, {});
           }
           OfferDraft draft = form.draft;
           deps.service.complete(draft);
           for (auto& e : deps.service.check(draft)) errors.push_back(std::move(e));
           if (!errors.empty()) return edit_form(deps, r, a, r.param("id"), form, errors);
           auto saved = deps.service.update(a, r.param("id"), draft);
           if (!saved && saved.error().code == ErrorCode::kNotFound)
             return missing(deps, r, a, saved.error().message_id);
           if (!saved) return edit_form(deps, r, a, r.param("id"), form, {saved.error()});
           return http::Response::redirect("/entreprises/offres?enregistre=1");
         });

  g.post(router, "/entreprises/offres/{id:id}/action", "offer.manage",
         [deps](http::Request& r, Caller& a) {
           const auto action = parse_offer_action(a.field("decision"));
           if (!action) {
             return my_offers(deps, r, a,
                              {Error{ErrorCode::kConflict, "status",
                                     N_("Cette action n'est pas possible dans l'état actuel de "
                                        "l'offre."),
                                     ""}});
           }
           auto done = deps.service.act(a, r.param("id"), *action, a.field("reason"));
           if (!done && done.error().code == ErrorCode::kNotFound)
             return missing(deps, r, a, done.error().message_id);
           if (!done) return my_offers(deps, r, a, {done.error()});
           return http::Response::redirect("/entreprises/offres?enregistre=1");
         });
}

}  // namespace primowork::offers
