// The HTML pages and JSON endpoints of identity and access, mounted behind the guard:
// login (with second factor), logout, forgotten password, invitations, the dashboard, account
// settings (password, second factor, language, API tokens), and the audit log.
#pragma once

#include <ctemplate/template.h>

#include "platform/db/database.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "platform/result.h"
#include "security/auth_service.h"
#include "security/guard.h"

namespace primowork::security {

struct PagesDeps {
  db::Database& db;
  const I18n& i18n;
  const PageRenderer& pages;
  Guard& guard;
  AuthService& auth;
};

void mount_auth_pages(http::Router& router, const PagesDeps& deps);     // auth_pages.cpp
void mount_account_pages(http::Router& router, const PagesDeps& deps);  // account_pages.cpp
void mount_admin_pages(http::Router& router, const PagesDeps& deps);    // admin_pages.cpp
void mount_identity_api(http::Router& router, const PagesDeps& deps);   // identity_api.cpp

// Shared by the page files.
PageChrome chrome(const Actor& actor);
// Any feature's page for `actor`: the CSRF token for its forms, then the layout with the actor's
// chrome. `title` is already translated.
http::Response render_page(const PageRenderer& pages, const http::Request& request,
                           const Actor& actor, const std::string& title, const std::string& tpl,
                           ctemplate::TemplateDictionary& dict, int status = 200);
http::Response render(const PagesDeps& deps, const http::Request& request, const Actor& actor,
                      const std::string& title_msgid, const std::string& tpl,
                      ctemplate::TemplateDictionary& dict, int status = 200);
// Shows `error` in the summary at the top of the form and next to its field
// (section <FIELD>_ERROR with MESSAGE; inputs have id "field-<field>").
void add_error(ctemplate::TemplateDictionary& dict, const I18n& i18n, const std::string& lang,
               const Error& error);
// 429 with Retry-After and a page saying how long to wait.
http::Response too_many_attempts(const PagesDeps& deps, const http::Request& request,
                                 const Actor& actor, int retry_after);
// The `next` parameter when it is a safe local path, else `fallback`.
std::string local_next(const std::string& next, const std::string& fallback);

}  // namespace primowork::security
