// The logged-in person's own pages: dashboard, settings, password, second factor, API tokens.
#include "platform/clock.h"
#include "platform/http/cookies.h"
#include "platform/qr.h"
#include "security/pages.h"
#include "security/policy.h"

namespace primowork::security {
namespace {

// Shown in Europe/Brussels would need the zone database; UTC is labelled as such.
std::string format_date(std::time_t t) {
  return t == 0 ? "—" : format_utc(t, "%d/%m/%Y %H:%M UTC");
}

http::Response dashboard(const PagesDeps& deps, http::Request& r, Actor& a) {
  ctemplate::TemplateDictionary dict("dashboard");
  dict.SetValue("NAME", a.user->display_name);
  dict.SetValue("ROLE", deps.i18n.tr(r.lang, label(a.user->role)));
  {
    auto lease = deps.db.acquire();
    for (const auto& org : accounts::memberships(*lease, a.user->id)) {
      auto* item = dict.AddSectionDictionary("ORGANISATION");
      item->SetValue("ORG_NAME", org.name);
      item->SetValue("ORG_KIND", deps.i18n.tr(r.lang, label(org.kind)));
    }
  }
  if (allows(a.role(), "person.manage")) dict.ShowSection("CAN_FOLLOW");
  if (allows(a.role(), "person.self")) dict.ShowSection("CAN_SEE_OWN");
  if (allows(a.role(), "invitation.create")) dict.ShowSection("CAN_INVITE");
  if (allows(a.role(), "offer.manage")) dict.ShowSection("CAN_MANAGE_OFFERS");
  if (allows(a.role(), "company.self")) dict.ShowSection("CAN_EDIT_COMPANY");
  if (allows(a.role(), "company.review")) dict.ShowSection("CAN_REVIEW");
  if (allows(a.role(), "audit.read")) dict.ShowSection("CAN_AUDIT");
  if (allows(a.role(), "offer.manage")) dict.ShowSection("CAN_ASK_SUPPORT");
  if (allows(a.role(), "support.handle")) dict.ShowSection("CAN_HANDLE_SUPPORT");
  if (allows(a.role(), "outcomes.read")) dict.ShowSection("CAN_READ_OUTCOMES");
  return render(deps, r, a, "Tableau de bord", "security/dashboard.tpl", dict);
}

http::Response account(const PagesDeps& deps, http::Request& r, Actor& a, const char* notice) {
  ctemplate::TemplateDictionary dict("account");
  dict.SetValue("LOGIN", a.user->login);
  dict.SetValue("EMAIL", a.user->email.empty() ? "—" : a.user->email);
  if (notice != nullptr)
    dict.SetValueAndShowSection("NOTICE", deps.i18n.tr(r.lang, notice), "HAS_NOTICE");
  for (const auto& lang : I18n::languages()) {
    auto* item = dict.AddSectionDictionary("LANGUAGE");
    item->SetValue("CODE", lang);
    item->SetValue("NAME", I18n::autonym(lang));
    if (a.user->language == lang) item->ShowSection("IS_SELECTED");
  }
  if (a.user->language.empty()) dict.ShowSection("NO_PREFERENCE");
  if (a.user->has_second_factor()) {
    auto* on = dict.AddSectionDictionary("SECOND_FACTOR_ON");
    on->SetIntValue("REMAINING", deps.auth.remaining_recovery_codes(*a.user));
  } else {
    dict.ShowSection("SECOND_FACTOR_OFF");
  }
  const auto tokens = deps.auth.tokens(*a.user);
  for (const auto& t : tokens) {
    auto* item = dict.AddSectionDictionary("TOKEN");
    item->SetValue("TOKEN_ID", t.id);
    item->SetValue("TOKEN_NAME", t.name);
    item->SetValue("CREATED", format_date(t.created_at));
    item->SetValue("LAST_USED", format_date(t.last_used_at));
    if (t.revoked) {
      item->ShowSection("REVOKED");
    } else {
      item->ShowSection("LIVE");
    }
  }
  if (tokens.empty()) dict.ShowSection("NO_TOKENS");
  return render(deps, r, a, "Mon compte", "security/account.tpl", dict);
}

http::Response password_form(const PagesDeps& deps, http::Request& r, Actor& a, const Error* e,
                             int status) {
  ctemplate::TemplateDictionary dict("password");
  if (e != nullptr) add_error(dict, deps.i18n, r.lang, *e);
  return render(deps, r, a, "Changer le mot de passe", "security/password_change.tpl", dict,
                status);
}

http::Response enrol_form(const PagesDeps& deps, http::Request& r, Actor& a,
                          const Enrolment& enrolment, const Error* e, int status) {
  ctemplate::TemplateDictionary dict("enrol");
  dict.SetValue("SEALED", enrolment.sealed_secret);
  dict.SetValue("SECRET", enrolment.base32);
  dict.SetValue("QR", qr::qr_svg_data_uri(enrolment.uri));
  if (second_factor_required(a.user->role, deps.guard.options().second_factor_for_counsellors)) {
    dict.ShowSection("MANDATORY");
  }
  if (e != nullptr) add_error(dict, deps.i18n, r.lang, *e);
  return render(deps, r, a, "Double authentification", "security/second_factor_setup.tpl", dict,
                status);
}

}  // namespace

void mount_account_pages(http::Router& router, const PagesDeps& deps) {
  Guard& g = deps.guard;

  g.get(router, "/tableau-de-bord", "account.self",
        [deps](http::Request& r, Actor& a) { return dashboard(deps, r, a); });

  g.get(router, "/compte", "account.security",
        [deps](http::Request& r, Actor& a) { return account(deps, r, a, nullptr); });

  g.post(router, "/compte/langue", "account.security", [deps](http::Request& r, Actor& a) {
    const std::string lang = a.field("language");
    if (auto st = deps.auth.set_language(a, lang); !st) return http::Response::text("", 400);
    (void)r;
    http::Response resp = http::Response::redirect("/compte");
    resp.headers.add("Set-Cookie", http::language_cookie(lang, deps.guard.options().https));
    return resp;
  });

  g.get(router, "/compte/mot-de-passe", "account.security",
        [deps](http::Request& r, Actor& a) { return password_form(deps, r, a, nullptr, 200); });

  g.post(router, "/compte/mot-de-passe", "account.security", [deps](http::Request& r, Actor& a) {
    auto st =
        deps.auth.change_password(a, a.field("current"), a.field("password"), a.field("confirm"));
    if (!st) return password_form(deps, r, a, &st.error(), 422);
    return account(deps, r, a,
                   N_("Votre mot de passe a été changé. Vos autres sessions ont été fermées."));
  });

  g.get(router, "/compte/double-authentification", "account.security",
        [deps](http::Request& r, Actor& a) {
          if (a.user->has_second_factor()) return http::Response::redirect("/compte");
          return enrol_form(deps, r, a, deps.auth.begin_enrolment(*a.user), nullptr, 200);
        });

  g.post(router, "/compte/double-authentification", "account.security",
         [deps](http::Request& r, Actor& a) {
           if (a.user->has_second_factor()) return http::Response::redirect("/compte");
           const std::string sealed = a.field("sealed");
           auto codes = deps.auth.confirm_enrolment(a, sealed, a.field("code"));
           if (!codes) {
             // Show the same secret again: the person may have scanned it already.
             const Enrolment again = deps.auth.resume_enrolment(*a.user, sealed)
                                         .value_or(deps.auth.begin_enrolment(*a.user));
             return enrol_form(deps, r, a, again, &codes.error(), 422);
           }
           ctemplate::TemplateDictionary dict("codes");
           for (const auto& c : *codes) dict.SetValueAndShowSection("CODE", c, "RECOVERY_CODE");
           return render(deps, r, a, "Codes de secours", "security/recovery_codes.tpl", dict);
         });

  g.post(router, "/compte/double-authentification/desactiver", "account.security",
         [deps](http::Request& r, Actor& a) {
           auto st = deps.auth.disable_second_factor(a, a.field("password"));
           if (!st) return account(deps, r, a, st.error().message_id.c_str());
           return account(deps, r, a, N_("La double authentification est désactivée."));
         });

  g.post(router, "/compte/jetons/{id:id}/revoquer", "account.security",
         [deps](http::Request& r, Actor& a) {
           if (!deps.auth.revoke_token(a, r.param("id"))) return http::Response::text("", 404);
           return account(deps, r, a, N_("Le jeton a été révoqué."));
         });
}

}  // namespace primowork::security
