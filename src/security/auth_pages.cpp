// Login (password, then second factor), logout, forgotten password, invitation acceptance.
#include "platform/http/cookies.h"
#include "platform/http/url.h"
#include "security/pages.h"
#include "security/throttle.h"

namespace primowork::security {
namespace {

http::Response signed_in(const PagesDeps& deps, const LoginResult& result,
                         const std::string& next) {
  http::Response r = http::Response::redirect(local_next(next, "/tableau-de-bord"));
  r.headers.add("Set-Cookie", deps.guard.session_cookie(result.session_token));
  if (!result.language.empty()) {
    r.headers.add("Set-Cookie", http::language_cookie(result.language, deps.guard.options().https));
  }
  return r;
}

http::Response login_form(const PagesDeps& deps, http::Request& r, Actor& actor,
                          const std::string& login, const std::string& next, const Error* error,
                          int status) {
  ctemplate::TemplateDictionary dict("login");
  dict.SetValue("LOGIN", login);
  dict.SetValue("NEXT", next);
  if (error != nullptr) add_error(dict, deps.i18n, r.lang, *error);
  return render(deps, r, actor, "Se connecter", "security/login.tpl", dict, status);
}

http::Response code_form(const PagesDeps& deps, http::Request& r, Actor& actor,
                         const std::string& next, const Error* error, int status) {
  ctemplate::TemplateDictionary dict("code");
  dict.SetValue("NEXT", next);
  if (error != nullptr) add_error(dict, deps.i18n, r.lang, *error);
  return render(deps, r, actor, "Code de vérification", "security/second_factor.tpl", dict, status);
}

http::Response accept_form(const PagesDeps& deps, http::Request& r, Actor& actor,
                           const Invitation& inv, const std::string& token, const std::string& code,
                           const std::string& login, const Error* error, int status) {
  ctemplate::TemplateDictionary dict("accept");
  dict.SetValue("DISPLAY_NAME", inv.display_name);
  dict.SetValue("ROLE", deps.i18n.tr(r.lang, label(inv.role)));
  dict.SetValue("TOKEN", token);
  dict.SetValue("CODE", code);
  if (inv.email.empty()) {
    dict.AddSectionDictionary("CHOOSE_LOGIN")->SetValue("LOGIN", login);
  } else {
    dict.AddSectionDictionary("HAS_EMAIL")->SetValue("EMAIL", inv.email);
  }
  if (error != nullptr) add_error(dict, deps.i18n, r.lang, *error);
  return render(deps, r, actor, "Créer votre compte", "security/invitation_accept.tpl", dict,
                status);
}

http::Response gone(const PagesDeps& deps, http::Request& r, Actor& actor, const char* message) {
  ctemplate::TemplateDictionary dict("gone");
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, message));
  return render(deps, r, actor, "Lien expiré", "security/link_expired.tpl", dict, 410);
}

}  // namespace

void mount_auth_pages(http::Router& router, const PagesDeps& deps) {
  Guard& g = deps.guard;

  g.get(router, "/connexion", "site.public", [deps](http::Request& r, Actor& a) {
    const std::string next = local_next(r.query.get_or("next", ""), "");
    if (a.logged_in()) return http::Response::redirect(local_next(next, "/tableau-de-bord"));
    return login_form(deps, r, a, "", next, nullptr, 200);
  });

  g.post(router, "/connexion", "site.public", [deps](http::Request& r, Actor& a) {
    const std::string login = a.field("login");
    const std::string next = local_next(a.field("next"), "");
    if (login.empty() || a.field("password").empty()) {
      const Error e = Error::invalid(login.empty() ? "login" : "password",
                                     N_("Indiquez votre identifiant et votre mot de passe."));
      return login_form(deps, r, a, login, next, &e, 422);
    }
    const LoginResult result = deps.auth.login(login, a.field("password"), a);
    switch (result.outcome) {
      case LoginResult::Outcome::kSignedIn:
        return signed_in(deps, result, next);
      case LoginResult::Outcome::kSecondFactor: {
        http::Response resp = http::Response::redirect(
            "/connexion/code" + (next.empty() ? "" : "?next=" + http::percent_encode(next)));
        resp.headers.add("Set-Cookie", deps.guard.session_cookie(result.session_token));
        return resp;
      }
      case LoginResult::Outcome::kThrottled:
        return too_many_attempts(deps, r, a, result.retry_after);
      case LoginResult::Outcome::kRefused:
        break;
    }
    const Error e = Error::invalid("password", N_("Identifiant ou mot de passe incorrect."));
    return login_form(deps, r, a, login, next, &e, 401);
  });

  g.get(router, "/connexion/code", "site.public", [deps](http::Request& r, Actor& a) {
    if (!a.session || !a.session->second_factor_pending)
      return http::Response::redirect("/connexion");
    return code_form(deps, r, a, local_next(r.query.get_or("next", ""), ""), nullptr, 200);
  });

  g.post(router, "/connexion/code", "site.public", [deps](http::Request& r, Actor& a) {
    if (!a.session || !a.session->second_factor_pending)
      return http::Response::redirect("/connexion");
    const std::string next = local_next(a.field("next"), "");
    const LoginResult result = deps.auth.second_factor(a.field("code"), a);
    if (result.outcome == LoginResult::Outcome::kSignedIn) return signed_in(deps, result, next);
    if (result.outcome == LoginResult::Outcome::kThrottled) {
      return too_many_attempts(deps, r, a, result.retry_after);
    }
    const Error e = Error::invalid("code", N_("Ce code n'est pas correct."));
    return code_form(deps, r, a, next, &e, 401);
  });

  g.post(router, "/deconnexion", "site.public", [deps](http::Request&, Actor& a) {
    deps.auth.logout(a);
    http::Response resp = http::Response::redirect("/");
    resp.headers.add("Set-Cookie", deps.guard.clear_session_cookie());
    return resp;
  });

  g.get(router, "/mot-de-passe-oublie", "site.public", [deps](http::Request& r, Actor& a) {
    ctemplate::TemplateDictionary dict("forgot");
    dict.ShowSection("FORM");
    return render(deps, r, a, "Mot de passe oublié", "security/forgot.tpl", dict);
  });

  g.post(router, "/mot-de-passe-oublie", "site.public", [deps](http::Request& r, Actor& a) {
    const std::string login = a.field("login");
    ctemplate::TemplateDictionary dict("forgot");
    if (login.empty()) {
      dict.ShowSection("FORM");
      add_error(dict, deps.i18n, r.lang,
                Error::invalid("login", N_("Indiquez votre adresse e-mail ou votre identifiant.")));
      return render(deps, r, a, "Mot de passe oublié", "security/forgot.tpl", dict, 422);
    }
    int wait = 0;
    const std::string subject = "reset:" + a.address;
    db::with_transaction(deps.db, [&](soci::session& s) {
      wait = throttle::retry_after(s, subject, deps.guard.now(), deps.guard.options().throttle);
      if (wait == 0) throttle::record_failure(s, subject, deps.guard.now());
    });
    if (wait > 0) return too_many_attempts(deps, r, a, wait);
    deps.auth.request_reset(login, r.lang, a);
    dict.ShowSection("SENT");
    return render(deps, r, a, "Mot de passe oublié", "security/forgot.tpl", dict);
  });

  g.get(router, "/reinitialiser/{token}", "site.public", [deps](http::Request& r, Actor& a) {
    if (!deps.auth.reset_link_valid(r.param("token"))) {
      return gone(deps, r, a, N_("Ce lien n'est plus valable. Demandez-en un nouveau."));
    }
    ctemplate::TemplateDictionary dict("reset");
    dict.SetValue("TOKEN", r.param("token"));
    return render(deps, r, a, "Nouveau mot de passe", "security/reset.tpl", dict);
  });

  g.post(router, "/reinitialiser/{token}", "site.public", [deps](http::Request& r, Actor& a) {
    auto status =
        deps.auth.reset_password(r.param("token"), a.field("password"), a.field("confirm"), a);
    if (!status && status.error().code == ErrorCode::kNotFound) {
      return gone(deps, r, a, N_("Ce lien n'est plus valable. Demandez-en un nouveau."));
    }
    ctemplate::TemplateDictionary dict("reset");
    dict.SetValue("TOKEN", r.param("token"));
    if (!status) {
      add_error(dict, deps.i18n, r.lang, status.error());
      return render(deps, r, a, "Nouveau mot de passe", "security/reset.tpl", dict, 422);
    }
    ctemplate::TemplateDictionary done("done");
    return render(deps, r, a, "Mot de passe changé", "security/reset_done.tpl", done);
  });

  g.get(router, "/invitation", "site.public", [deps](http::Request& r, Actor& a) {
    ctemplate::TemplateDictionary dict("code");
    return render(deps, r, a, "J'ai un code d'invitation", "security/invitation_code.tpl", dict);
  });

  g.post(router, "/invitation", "site.public", [deps](http::Request& r, Actor& a) {
    const std::string code = a.field("code");
    int wait = 0;
    auto inv = deps.auth.invitation_by_code(code, a, &wait);
    if (wait > 0) return too_many_attempts(deps, r, a, wait);
    if (!inv) {
      ctemplate::TemplateDictionary dict("code");
      dict.SetValue("CODE", code);
      add_error(
          dict, deps.i18n, r.lang,
          Error::invalid(
              "code",
              N_("Ce code n'est pas valable. Vérifiez-le ou demandez une nouvelle invitation.")));
      return render(deps, r, a, "J'ai un code d'invitation", "security/invitation_code.tpl", dict,
                    422);
    }
    return accept_form(deps, r, a, *inv, "", code, "", nullptr, 200);
  });

  g.get(router, "/invitation/{token}", "site.public", [deps](http::Request& r, Actor& a) {
    auto inv = deps.auth.invitation_by_token(r.param("token"));
    if (!inv)
      return gone(deps, r, a, N_("Cette invitation n'est plus valable. Demandez-en une nouvelle."));
    return accept_form(deps, r, a, *inv, r.param("token"), "", "", nullptr, 200);
  });

  g.post(router, "/invitation/accepter", "site.public", [deps](http::Request& r, Actor& a) {
    const std::string token = a.field("token");
    const std::string code = a.field("code");
    std::optional<Invitation> inv;
    if (!token.empty()) {
      inv = deps.auth.invitation_by_token(token);
    } else {
      int wait = 0;
      inv = deps.auth.invitation_by_code(code, a, &wait);
      if (wait > 0) return too_many_attempts(deps, r, a, wait);
    }
    if (!inv)
      return gone(deps, r, a, N_("Cette invitation n'est plus valable. Demandez-en une nouvelle."));
    auto user = deps.auth.accept_invitation(*inv, a.field("login"), a.field("password"),
                                            a.field("confirm"), a);
    if (!user) {
      if (user.error().code == ErrorCode::kNotFound) {
        return gone(deps, r, a,
                    N_("Cette invitation n'est plus valable. Demandez-en une nouvelle."));
      }
      return accept_form(deps, r, a, *inv, token, code, a.field("login"), &user.error(), 422);
    }
    return http::Response::redirect("/tableau-de-bord");
  });
}

}  // namespace primowork::security
