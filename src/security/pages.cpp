#include "security/pages.h"

#include <algorithm>

#include "platform/http/url.h"

namespace primowork::security {

PageChrome chrome(const Actor& actor) {
  PageChrome c;
  if (actor.logged_in()) {
    c.user_name = actor.user->display_name;
    c.csrf_token = actor.csrf_token;
  }
  return c;
}

http::Response render(const PagesDeps& deps, const http::Request& request, const Actor& actor,
                      const std::string& title_msgid, const std::string& tpl,
                      ctemplate::TemplateDictionary& dict, int status) {
  return render_page(deps.pages, request, actor, deps.i18n.tr(request.lang, title_msgid), tpl, dict,
                     status);
}

http::Response render_page(const PageRenderer& pages, const http::Request& request,
                           const Actor& actor, const std::string& title, const std::string& tpl,
                           ctemplate::TemplateDictionary& dict, int status) {
  dict.SetValue("CSRF", actor.csrf_token);
  return pages.render(request, title, tpl, dict, status, chrome(actor));
}

void add_error(ctemplate::TemplateDictionary& dict, const I18n& i18n, const std::string& lang,
               const Error& error) {
  const std::string message = i18n.tr(lang, error.message_id);
  dict.ShowSection("ERRORS");
  auto* item = dict.AddSectionDictionary("ERROR");
  item->SetValue("FIELD_ID", error.field.empty() ? "main" : "field-" + error.field);
  item->SetValue("MESSAGE", message);
  if (!error.field.empty()) {
    std::string section = error.field;
    std::transform(section.begin(), section.end(), section.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    dict.AddSectionDictionary(section + "_ERROR")->SetValue("MESSAGE", message);
  }
}

http::Response too_many_attempts(const PagesDeps& deps, const http::Request& request,
                                 const Actor& actor, int retry_after) {
  ctemplate::TemplateDictionary dict("throttled");
  dict.SetIntValue("MINUTES", std::max(1, (retry_after + 59) / 60));
  http::Response r =
      render(deps, request, actor, "Trop de tentatives", "security/throttled.tpl", dict, 429);
  r.headers.set("Retry-After", std::to_string(retry_after));
  return r;
}

std::string local_next(const std::string& next, const std::string& fallback) {
  return http::safe_local_path(next) ? next : fallback;
}

}  // namespace primowork::security
