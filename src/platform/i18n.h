// Translations (gettext catalogs through Boost.Locale) and the choice of a request's language.
//
// French is the reference language: msgids are the French texts, so French needs no catalog and
// every other language has locale/<lang>.po compiled to
// <locale_dir>/<lang>/LC_MESSAGES/primowork.mo. Code marks strings with tr(lang, "…"); templates
// with {{_ … _}} (see templates.h).
#pragma once

#include <locale>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace primowork {

class I18n {
 public:
  // Languages offered, reference first.
  static const std::vector<std::string>& languages();

  // Loads the catalogs from `locale_dir`. A missing catalog leaves that language showing French.
  explicit I18n(const std::string& locale_dir);

  std::string tr(const std::string& lang, const std::string& msgid) const;
  // Plural form: n selects singular or plural by the rules of `lang`.
  std::string trn(const std::string& lang, const std::string& singular, const std::string& plural,
                  long n) const;
  const std::locale& locale(const std::string& lang) const;

  // The language of an answer: the user's saved preference, else the `lang` cookie, else the
  // best Accept-Language match, else French. Unknown values are ignored at each step.
  static std::string negotiate(std::string_view user_preference, std::string_view cookie,
                               std::string_view accept_language);

  // The language's own name ("Français", "English"), shown in the language switch.
  static std::string autonym(const std::string& lang);
  static bool supported(std::string_view lang);

 private:
  std::map<std::string, std::locale> locales_;
};

}  // namespace primowork
