// The coordinator's review: companies waiting to be vetted (approve, or suspend with a reason),
// offers waiting for review with the screening reasons (publish, send back or take down with a
// reason), and one offer in full with its log.
#include "offers/offer_pages.h"
#include "platform/clock.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::offers {
namespace {

using companies::CompanyStatus;
using Caller = security::Actor;

http::Response page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

std::string display_number(const std::string& digits) {
  return companies::EnterpriseNumber{digits}.display();
}

void add_flags(const PagesDeps& deps, const std::string& lang, ctemplate::TemplateDictionary* into,
               const std::vector<ScreeningFlag>& flags) {
  for (const auto& f : flags) {
    auto* row = into->AddSectionDictionary("FLAG");
    row->SetValue("LABEL", deps.i18n.tr(lang, label(f.category)));
    row->SetValue("REASON", deps.i18n.tr(lang, f.reason));
    std::string excerpt = f.excerpt;
    if (f.category == ScreeningCategory::kSalary && f.minimum_cents > 0) {
      excerpt = deps.i18n.tr(lang, "minimum légal :") + " " +
                std::to_string(f.minimum_cents / 100) + "," +
                (f.minimum_cents % 100 < 10 ? "0" : "") + std::to_string(f.minimum_cents % 100) +
                " €";
    }
    if (!excerpt.empty()) row->SetValueAndShowSection("EXCERPT", excerpt, "HAS_EXCERPT");
  }
  if (!flags.empty()) into->ShowSection("FLAGS");
}

http::Response queue_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                          const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  ctemplate::TemplateDictionary dict("review");
  if (r.query.get_or("fait", "") == "1") dict.ShowSection("DONE");
  for (const auto& e : errors)
    dict.SetValueAndShowSection("ERROR_TEXT", deps.i18n.tr(r.lang, e.message_id), "ACTION_ERROR");
  const auto companies = deps.companies.with_status(a, CompanyStatus::kPending);
  for (const auto& c : companies) {
    auto* row = dict.AddSectionDictionary("COMPANY");
    row->SetValue("ID", c.id);
    row->SetValue("NAME", c.name);
    row->SetValue("NUMBER", display_number(c.enterprise_number));
    row->SetValue("PLACE", c.postal_code + " " + c.commune);
    row->SetValue("SINCE", format_utc(from_utc_tm(c.created_at), "%Y-%m-%d"));
  }
  dict.ShowSection(companies.empty() ? "NO_COMPANY" : "HAS_COMPANIES");
  const auto offers = deps.service.review_queue(a);
  for (const auto& v : offers) {
    auto* row = dict.AddSectionDictionary("OFFER");
    row->SetValue("ID", v.offer.id);
    row->SetValue("TITLE", v.offer.draft.title);
    row->SetValue("COMPANY", v.company.name);
    row->SetValue("COMPANY_STATUS", tr(companies::label(v.company.status)));
    add_flags(deps, r.lang, row, v.flags);
    if (v.flags.empty()) row->ShowSection("NO_FLAG");
  }
  dict.ShowSection(offers.empty() ? "NO_OFFER" : "HAS_OFFERS");
  return page(deps, r, a, tr("Validation des entreprises et des offres"), "offers/review.tpl", dict,
              errors.empty() ? 200 : 422);
}

http::Response offer_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                          const std::vector<Error>& errors = {}) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  auto view = deps.service.view(a, r.param("id"));
  if (!view) {
    ctemplate::TemplateDictionary dict("message");
    dict.SetValue("HEADING", tr("Offre introuvable"));
    dict.SetValue("MESSAGE", tr(view.error().message_id.c_str()));
    return page(deps, r, a, tr("Offre introuvable"), "offers/message.tpl", dict, 404);
  }
  const auto& o = view->offer;
  ctemplate::TemplateDictionary dict("review_offer");
  dict.SetValue("ID", o.id);
  dict.SetValue("TITLE", o.draft.title);
  dict.SetValue("COMPANY", view->company.name);
  dict.SetValue("COMPANY_ID", view->company.id);
  dict.SetValue("NUMBER", display_number(view->company.enterprise_number));
  dict.SetValue("COMPANY_STATUS", tr(companies::label(view->company.status)));
  dict.SetValue("STATUS", tr(label(o.status)));
  dict.SetValue("CONTACT", o.contact_email);
  for (const auto& [label_text, value] : offer_facts(deps, r.lang, o.draft)) {
    auto* row = dict.AddSectionDictionary("ROW");
    row->SetValue("LABEL", label_text);
    row->SetValue("VALUE", value);
  }
  if (!o.draft.description.empty())
    dict.SetValueAndShowSection("DESCRIPTION", o.draft.description, "HAS_DESCRIPTION");
  add_flags(deps, r.lang, &dict, view->flags);
  for (OfferAction action : available_actions(o.status, Actor::kCoordinator)) {
    auto* b = dict.AddSectionDictionary("ACTION");
    b->SetValue("CODE", std::string(to_string(action)));
    b->SetValue("LABEL", tr(label(action)));
  }
  if (!available_actions(o.status, Actor::kCoordinator).empty()) dict.ShowSection("ACTIONS");
  for (const auto& e : errors) {
    dict.SetValue("REASON_ERROR_TEXT", deps.i18n.tr(r.lang, e.message_id));
    dict.ShowSection("REASON_ERROR");
    dict.ShowSection("ERRORS");
  }
  if (!errors.empty()) dict.ShowSection("REASON_INVALID");
  for (const auto& c : view->log) {
    auto* row = dict.AddSectionDictionary("LOG");
    row->SetValue("AT", format_utc(from_utc_tm(c.at), "%Y-%m-%d %H:%M") + " UTC");
    const auto to = parse_offer_status(c.to);
    row->SetValue("TO", to ? tr(label(*to)) : c.to);
    if (!c.reason.empty()) row->SetValueAndShowSection("REASON", c.reason, "HAS_REASON");
  }
  return page(deps, r, a, o.draft.title, "offers/review_offer.tpl", dict,
              errors.empty() ? 200 : 422);
}

}  // namespace

void mount_review_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/coordination/revue", "company.review",
        [deps](http::Request& r, Caller& a) { return queue_page(deps, r, a); });

  g.post(router, "/coordination/entreprises/{id:id}/statut", "company.review",
         [deps](http::Request& r, Caller& a) {
           const auto to = companies::parse_company_status(a.field("status"));
           if (!to) {
             return queue_page(deps, r, a, {Error::invalid("status", N_("Choisissez un statut."))});
           }
           auto done = deps.companies.set_status(a, r.param("id"), *to, a.field("reason"));
           if (!done) return queue_page(deps, r, a, {done.error()});
           return http::Response::redirect("/coordination/revue?fait=1");
         });

  g.get(router, "/coordination/offres/{id:id}", "company.review",
        [deps](http::Request& r, Caller& a) { return offer_page(deps, r, a); });

  g.post(router, "/coordination/offres/{id:id}/action", "company.review",
         [deps](http::Request& r, Caller& a) {
           const auto action = parse_offer_action(a.field("decision"));
           if (!action) {
             return offer_page(deps, r, a,
                               {Error::invalid("decision", N_("Choisissez une action."))});
           }
           auto done = deps.service.act(a, r.param("id"), *action, a.field("reason"));
           if (!done) return offer_page(deps, r, a, {done.error()});
           return http::Response::redirect("/coordination/revue?fait=1");
         });
}

}  // namespace primowork::offers
