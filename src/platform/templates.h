// HTML templates (ctemplate), translated once per language at load time.
//
// Every template file begins with {{%AUTOESCAPE context="HTML"}} (checked at load and by a test),
// so variables are escaped for their context. Visible text is written {{_ Texte en français _}}:
// at load the marker is replaced by the HTML-escaped translation for each language, so rendering
// costs no lookup. A translation may contain {{VARIABLE}} placeholders, which ctemplate then fills
// (escaped) like any variable.
#pragma once

#include <ctemplate/template.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "platform/i18n.h"

namespace primowork {

class Templates {
 public:
  // Loads every *.tpl below `dir`. Throws std::runtime_error naming the file when one lacks the
  // pragma or does not parse.
  Templates(const std::string& dir, const I18n& i18n);
  ~Templates();

  // Renders `name` (relative path, e.g. "site/home.tpl") in `lang`. Includes named in the
  // dictionary with SetFilename(name) are resolved in the same language.
  std::string render(const std::string& name, const std::string& lang,
                     ctemplate::TemplateDictionary& dict) const;

  // The cache key of `name` in `lang`, for include dictionaries.
  static std::string key(const std::string& name, const std::string& lang) {
    return name + "@" + lang;
  }

  // Replaces each {{_ msgid _}} in `text` by escape(tr(msgid)).
  static std::string translate_markers(const std::string& text,
                                       const std::function<std::string(const std::string&)>& tr);
  // The msgids marked in `text`, in order.
  static std::vector<std::string> markers(const std::string& text);

  static constexpr const char* kPragma = "{{%AUTOESCAPE context=\"HTML\"}}";

 private:
  std::unique_ptr<ctemplate::TemplateCache> cache_;
  std::vector<std::string> names_;
};

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(const std::string& text);

}  // namespace primowork
