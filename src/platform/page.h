// Full HTML pages: a content template rendered into templates/layout.tpl with the header
// (language switch), main and footer. Handlers of every concept render through this.
#pragma once

#include <ctemplate/template.h>

#include <string>

#include "platform/http/request.h"
#include "platform/http/response.h"
#include "platform/i18n.h"
#include "platform/templates.h"

namespace primowork {

// What the header shows about the person logged in (nothing when anonymous).
struct PageChrome {
  std::string user_name;   // "" = not logged in: the header offers "Se connecter"
  std::string csrf_token;  // for the logout form
};

class PageRenderer {
 public:
  PageRenderer(const Templates& templates, std::string asset_version)
      : templates_(templates), asset_version_(std::move(asset_version)) {}

  // Renders `content_template` with `dict`, then the layout around it, in request.lang.
  // `title` is already translated.
  http::Response render(const http::Request& request, const std::string& title,
                        const std::string& content_template, ctemplate::TemplateDictionary& dict,
                        int status = 200, const PageChrome& chrome = {}) const;

  const Templates& templates() const { return templates_; }

 private:
  const Templates& templates_;
  std::string asset_version_;
};

}  // namespace primowork
