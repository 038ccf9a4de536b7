// The intercultural kit: the index and one page per entry of support/kit.h. Each page's text is
// its own template (templates/kit/SLUG.tpl), rendered inside templates/kit/page.tpl, which adds
// the way back, the other pages and the "Demander un accompagnement" button.
#include "security/pages.h"
#include "support/kit.h"
#include "support/support_pages.h"

namespace primowork::support {
namespace {

using security::Actor;

http::Response index(const PagesDeps& deps, const http::Request& r, const Actor& a) {
  ctemplate::TemplateDictionary dict("kit_index");
  for (const auto& page : kit_pages()) {
    auto* row = dict.AddSectionDictionary("PAGE");
    row->SetValue("SLUG", page.slug);
    row->SetValue("TITLE", deps.i18n.tr(r.lang, page.title));
    row->SetValue("SUMMARY", deps.i18n.tr(r.lang, page.summary));
  }
  return deps.pages.render(r, deps.i18n.tr(r.lang, "Kit interculturel pour les employeurs"),
                           "kit/index.tpl", dict, 200, security::chrome(a));
}

http::Response kit_page(const PagesDeps& deps, const KitPage& page, const http::Request& r,
                        const Actor& a) {
  ctemplate::TemplateDictionary body("kit_body");
  ctemplate::TemplateDictionary dict("kit_page");
  dict.SetValue("TITLE", deps.i18n.tr(r.lang, page.title));
  dict.SetValue("SLUG", page.slug);
  dict.SetValue("TOPIC", std::string(to_string(page.topic)));
  dict.SetValue("BODY", deps.pages.templates().render("kit/" + std::string(page.slug) + ".tpl",
                                                      r.lang, body));
  for (const auto& other : kit_pages()) {
    if (&other == &page) continue;
    auto* row = dict.AddSectionDictionary("OTHER");
    row->SetValue("SLUG", other.slug);
    row->SetValue("TITLE", deps.i18n.tr(r.lang, other.title));
  }
  return deps.pages.render(r, deps.i18n.tr(r.lang, page.title), "kit/page.tpl", dict, 200,
                           security::chrome(a));
}

}  // namespace

void mount_kit_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;
  g.get(router, "/entreprises/kit", "site.public",
        [deps](http::Request& r, Actor& a) { return index(deps, r, a); });
  for (const KitPage& page : kit_pages()) {
    g.get(router, "/entreprises/kit/" + std::string(page.slug), "site.public",
          [deps, &page](http::Request& r, Actor& a) { return kit_page(deps, page, r, a); });
  }
}

}  // namespace primowork::support
