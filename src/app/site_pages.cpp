#include "app/site_pages.h"

#include <nlohmann/json.hpp>
#include <thread>

#include "platform/http/cookies.h"
#include "platform/http/forms.h"
#include "platform/http/url.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::app {
namespace {

struct Audience {
  const char* path;
  const char* title;
  const char* intro;
  std::vector<const char*> coming;
};

// The entry points of the home page whose features arrive with later work: until then each page
// says honestly what is coming and whom to contact. /entreprises and /coordination are real
// landing pages (landing_page below).
const std::vector<Audience>& audiences() {
  static const std::vector<Audience> list = {
      {"/conseillers",
       N_("Espace conseillers"),
       N_("Vous accompagnez des personnes vers l'emploi ? PrimoWork tiendra leur dossier et leur "
          "parcours au même endroit."),
       {N_("Dossier de la personne : compétences, langues, droit au travail, équivalences"),
        N_("Parcours : ateliers, formations, stages, PFI, contrat et suivi"),
        N_("Propositions aux offres, expliquées et validées par vous")}},
      {"/candidats",
       N_("Espace candidats"),
       N_("Vous cherchez un emploi et vous êtes suivi par un service d'insertion ? PrimoWork "
          "vous montrera votre profil, les offres et les ateliers, dans votre langue."),
       {N_("Voir et corriger votre profil"), N_("Construire votre CV"),
        N_("Voir les offres, les ateliers et des informations claires")}},
  };
  return list;
}

using security::Actor;

http::Response home(const SiteDeps& deps, http::Request& r, const Actor& actor) {
  ctemplate::TemplateDictionary dict("home");
  return deps.pages.render(r, deps.i18n.tr(r.lang, "PrimoWork Liège — l'emploi, ensemble"),
                           "site/home.tpl", dict, 200, security::chrome(actor));
}

http::Response audience_page(const SiteDeps& deps, const Audience& a, http::Request& r,
                             const Actor& actor) {
  ctemplate::TemplateDictionary dict("audience");
  dict.SetValue("HEADING", deps.i18n.tr(r.lang, a.title));
  dict.SetValue("INTRO", deps.i18n.tr(r.lang, a.intro));
  for (const char* item : a.coming) {
    dict.SetValueAndShowSection("ITEM", deps.i18n.tr(r.lang, item), "COMING");
  }
  return deps.pages.render(r, deps.i18n.tr(r.lang, a.title), "site/coming_soon.tpl", dict, 200,
                           security::chrome(actor));
}

// A landing page that links what exists for its audience (the links are in the template).
http::Response landing_page(const SiteDeps& deps, const char* title, const std::string& tpl,
                            http::Request& r, const Actor& actor) {
  ctemplate::TemplateDictionary dict("landing");
  return deps.pages.render(r, deps.i18n.tr(r.lang, title), tpl, dict, 200, security::chrome(actor));
}

http::Response switch_language(const SiteDeps& deps, http::Request& r) {
  const std::string lang = r.param("code");
  if (!I18n::supported(lang)) return http::Response::text("", 404);
  std::string next = r.query.get_or("next", "/");
  if (!http::safe_local_path(next)) next = "/";
  http::Response resp = http::Response::redirect(next);
  resp.headers.add("Set-Cookie", http::language_cookie(lang, deps.guard.options().https));
  return resp;
}

http::Response healthz(const SiteDeps& deps) {
  const bool up = deps.db.ping();
  nlohmann::json body = {{"status", up ? "ok" : "unavailable"},
                         {"db", deps.db.backend_name()},
                         {"version", PRIMOWORK_VERSION}};
  return http::Response::json(body.dump(), up ? 200 : 503);
}

void mount_debug_routes(http::Router& router, const SiteDeps& deps) {
  security::Guard& g = deps.guard;
  // Test-only (PRIMOWORK_DEBUG_ROUTES=1): a slow request to test draining on SIGTERM, a failing
  // handler to test the 500 page, a form echo to test body parsing end to end, and a database
  // read to test the 503 page during an outage.
  g.get(router, "/_debug/db", "site.debug", [deps](http::Request&, Actor&) {
    auto lease = deps.db.acquire();
    int n = 0;
    *lease << "SELECT COUNT(*) FROM schema_migrations", soci::into(n);
    return http::Response::text(std::to_string(n));
  });
  g.get(router, "/_debug/sleep", "site.debug", [](http::Request& r, Actor&) {
    int ms = std::atoi(r.query.get_or("ms", "100").c_str());
    std::this_thread::sleep_for(std::chrono::milliseconds(std::clamp(ms, 0, 30000)));
    return http::Response::text("slept");
  });
  g.get(router, "/_debug/fail", "site.debug", [](http::Request&, Actor&) -> http::Response {
    throw std::runtime_error("deliberate failure with secret detail");
  });
  // Outside the guard on purpose: it tests raw form parsing (400 naming the field) without a
  // CSRF token; it changes nothing.
  router.post("/_debug/echo", [](http::Request& r) {
    auto form = http::parse_form(r);
    if (!form) {
      nlohmann::json problem = {
          {"status", 400}, {"field", form.error().field}, {"message", form.error().message_id}};
      return http::Response::json(problem.dump(), 400);
    }
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : form->fields.all()) out[k] = v;
    out["_files"] = form->files.size();
    return http::Response::json(out.dump());
  });
}

}  // namespace

http::Response error_page(const SiteDeps& deps, const http::Request& request, int status) {
  std::string title;
  std::string message;
  switch (status) {
    case 400:
      title = deps.i18n.tr(request.lang, "Requête invalide");
      message = deps.i18n.tr(request.lang,
                             "Nous n'avons pas pu lire votre demande. Vérifiez le lien ou le "
                             "formulaire et réessayez.");
      break;
    case 401:
    case 403:
      title = deps.i18n.tr(request.lang, "Accès refusé");
      message = deps.i18n.tr(request.lang,
                             "Vous n'avez pas accès à cette page, ou le formulaire a expiré. "
                             "Rechargez la page et réessayez.");
      break;
    case 410:
      title = deps.i18n.tr(request.lang, "Lien expiré");
      message = deps.i18n.tr(request.lang, "Ce lien n'est plus valable.");
      break;
    case 429:
      title = deps.i18n.tr(request.lang, "Trop de tentatives");
      message = deps.i18n.tr(request.lang, "Réessayez dans quelques minutes.");
      break;
    case 404:
      title = deps.i18n.tr(request.lang, "Page introuvable");
      message = deps.i18n.tr(request.lang, "Cette page n'existe pas ou a été déplacée.");
      break;
    case 405:
      title = deps.i18n.tr(request.lang, "Action non permise");
      message = deps.i18n.tr(request.lang, "Cette adresse n'accepte pas ce type de demande.");
      break;
    case 413:
      title = deps.i18n.tr(request.lang, "Envoi trop volumineux");
      message = deps.i18n.tr(request.lang,
                             "Ce que vous avez envoyé dépasse la taille permise. Réduisez la "
                             "taille des fichiers et réessayez.");
      break;
    case 503:
      title = deps.i18n.tr(request.lang, "Service momentanément indisponible");
      message = deps.i18n.tr(request.lang,
                             "PrimoWork ne peut pas répondre pour le moment. Réessayez dans "
                             "quelques minutes ; rien n'a été enregistré.");
      break;
    default:
      title = deps.i18n.tr(request.lang, "Erreur interne");
      message = deps.i18n.tr(
          request.lang,
          "Une erreur inattendue s'est produite. Elle a été enregistrée ; rien n'a été modifié.");
  }
  ctemplate::TemplateDictionary dict("error");
  dict.SetValue("HEADING", title);
  dict.SetValue("MESSAGE", message);
  dict.SetIntValue("STATUS", status);
  dict.SetValue("REQUEST_ID", request.request_id);
  return deps.pages.render(request, title, "errors/error.tpl", dict, status);
}

void mount_site_pages(http::Router& router, const SiteDeps& deps) {
  security::Guard& g = deps.guard;
  g.get(router, "/", "site.public",
        [deps](http::Request& r, Actor& a) { return home(deps, r, a); });
  for (const Audience& aud : audiences()) {
    g.get(router, aud.path, "site.public",
          [deps, &aud](http::Request& r, Actor& a) { return audience_page(deps, aud, r, a); });
  }
  g.get(router, "/entreprises", "site.public", [deps](http::Request& r, Actor& a) {
    return landing_page(deps, N_("Espace entreprises"), "site/employers.tpl", r, a);
  });
  g.get(router, "/coordination", "site.public", [deps](http::Request& r, Actor& a) {
    return landing_page(deps, N_("Espace coordination"), "site/coordination.tpl", r, a);
  });
  g.get(router, "/lang/{code}", "site.public",
        [deps](http::Request& r, Actor&) { return switch_language(deps, r); });
  g.get(router, "/healthz", "site.public",
        [deps](http::Request&, Actor&) { return healthz(deps); });
  g.get(router, "/metrics", "site.metrics", [deps](http::Request&, Actor&) {
    http::Response r = http::Response::text(deps.metrics.render());
    r.headers.set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    return r;
  });
  g.get(router, "/static/{file:*}", "site.public",
        [deps](http::Request& r, Actor&) { return deps.static_files.serve(r, r.param("file")); });
  g.get(router, "/favicon.ico", "site.public",
        [deps](http::Request& r, Actor&) { return deps.static_files.serve(r, "img/favicon.ico"); });
  if (deps.config.debug_routes) mount_debug_routes(router, deps);
}

}  // namespace primowork::app
