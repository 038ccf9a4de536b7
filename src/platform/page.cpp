#include "platform/page.h"

#include "platform/http/url.h"

namespace primowork {

http::Response PageRenderer::render(const http::Request& request, const std::string& title,
                                    const std::string& content_template,
                                    ctemplate::TemplateDictionary& dict, int status,
                                    const PageChrome& chrome) const {
  const std::string content = templates_.render(content_template, request.lang, dict);
  ctemplate::TemplateDictionary layout("layout");
  layout.SetValue("LANG", request.lang);
  layout.SetValue("TITLE", title);
  layout.SetValue("ASSET_VERSION", asset_version_);
  layout.SetValue("CONTENT", content);
  if (chrome.user_name.empty()) {
    layout.ShowSection("ANONYMOUS");
  } else {
    auto* user = layout.AddSectionDictionary("USER");
    user->SetValue("USER_NAME", chrome.user_name);
    user->SetValue("CSRF", chrome.csrf_token);
  }
  std::string here = request.path;
  if (!request.raw_query.empty()) here += "?" + request.raw_query;
  for (const auto& lang : I18n::languages()) {
    auto* item = layout.AddSectionDictionary("LANGUAGE");
    item->SetValue("CODE", lang);
    item->SetValue("NAME", I18n::autonym(lang));
    item->SetValue("URL", "/lang/" + lang + "?next=" + http::percent_encode(here));
    item->ShowSection(lang == request.lang ? "CURRENT" : "OTHER");
  }
  return http::Response::html(templates_.render("layout.tpl", request.lang, layout), status);
}

}  // namespace primowork
