#include "platform/i18n.h"

#include <algorithm>
#include <boost/locale.hpp>
#include <cstdlib>

namespace primowork {

const std::vector<std::string>& I18n::languages() {
  static const std::vector<std::string> langs = {"fr", "en"};
  return langs;
}

bool I18n::supported(std::string_view lang) {
  const auto& l = languages();
  return std::find(l.begin(), l.end(), lang) != l.end();
}

std::string I18n::autonym(const std::string& lang) {
  if (lang == "fr") return "Français";
  if (lang == "en") return "English";
  return lang;
}

I18n::I18n(const std::string& locale_dir) {
  boost::locale::generator gen;
  gen.add_messages_path(locale_dir);
  gen.add_messages_domain("primowork");
  const std::map<std::string, std::string> names = {{"fr", "fr_BE.UTF-8"}, {"en", "en_GB.UTF-8"}};
  for (const auto& lang : languages()) locales_[lang] = gen(names.at(lang));
}

const std::locale& I18n::locale(const std::string& lang) const {
  auto it = locales_.find(lang);
  return it == locales_.end() ? locales_.at("fr") : it->second;
}

std::string I18n::tr(const std::string& lang, const std::string& msgid) const {
  if (lang == "fr") return msgid;
  return boost::locale::translate(msgid).str(locale(lang));
}

std::string I18n::trn(const std::string& lang, const std::string& singular,
                      const std::string& plural, long n) const {
  return boost::locale::translate(singular, plural, n).str(locale(lang));
}

std::string I18n::negotiate(std::string_view user_preference, std::string_view cookie,
                            std::string_view accept_language) {
  if (supported(user_preference)) return std::string(user_preference);
  if (supported(cookie)) return std::string(cookie);
  // Accept-Language: "en-US,en;q=0.9,fr;q=0.8": pick the supported primary tag of highest q.
  std::string best = "fr";
  double best_q = -1;
  std::size_t pos = 0;
  while (pos < accept_language.size()) {
    std::size_t end = accept_language.find(',', pos);
    if (end == std::string_view::npos) end = accept_language.size();
    std::string_view item = accept_language.substr(pos, end - pos);
    pos = end + 1;
    double q = 1.0;
    const std::size_t semi = item.find(';');
    std::string_view tag = item.substr(0, semi);
    if (semi != std::string_view::npos) {
      const std::size_t qpos = item.find("q=", semi);
      if (qpos != std::string_view::npos) {
        q = std::strtod(std::string(item.substr(qpos + 2)).c_str(), nullptr);
      }
    }
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    std::string primary(tag.substr(0, tag.find('-')));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (supported(primary) && q > best_q && q > 0) {
      best = primary;
      best_q = q;
    }
  }
  return best;
}

}  // namespace primowork
