#include "platform/templates.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace primowork {
namespace {
constexpr std::string_view kOpen = "{{_ ";
constexpr std::string_view kClose = " _}}";

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}
}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> Templates::markers(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while ((pos = text.find(kOpen, pos)) != std::string::npos) {
    const std::size_t end = text.find(kClose, pos + kOpen.size());
    if (end == std::string::npos) break;
    out.push_back(text.substr(pos + kOpen.size(), end - pos - kOpen.size()));
    pos = end + kClose.size();
  }
  return out;
}

std::string Templates::translate_markers(const std::string& text,
                                         const std::function<std::string(const std::string&)>& tr) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t start = text.find(kOpen, pos);
    if (start == std::string::npos) break;
    const std::size_t end = text.find(kClose, start + kOpen.size());
    if (end == std::string::npos) break;
    out.append(text, pos, start - pos);
    out += html_escape(tr(text.substr(start + kOpen.size(), end - start - kOpen.size())));
    pos = end + kClose.size();
  }
  out.append(text, pos, std::string::npos);
  return out;
}

Templates::Templates(const std::string& dir, const I18n& i18n)
    : cache_(std::make_unique<ctemplate::TemplateCache>()) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) throw std::runtime_error("template folder not found: " + dir);
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tpl") continue;
    const std::string name = fs::relative(entry.path(), dir).generic_string();
    const std::string text = read_file(entry.path());
    if (text.rfind(kPragma, 0) != 0) {
      throw std::runtime_error("template does not begin with the AUTOESCAPE pragma: " + name);
    }
    for (const auto& lang : I18n::languages()) {
      const std::string translated =
          translate_markers(text, [&](const std::string& id) { return i18n.tr(lang, id); });
      if (!cache_->StringToTemplateCache(key(name, lang), translated,
                                         ctemplate::STRIP_BLANK_LINES)) {
        throw std::runtime_error("template does not parse: " + name + " (" + lang + ")");
      }
    }
    names_.push_back(name);
  }
  cache_->Freeze();
}

Templates::~Templates() = default;

std::string Templates::render(const std::string& name, const std::string& lang,
                              ctemplate::TemplateDictionary& dict) const {
  std::string out;
  if (!cache_->ExpandWithData(key(name, lang), ctemplate::STRIP_BLANK_LINES, &dict, nullptr,
                              &out)) {
    throw std::runtime_error("template failed to render: " + name);
  }
  return out;
}

}  // namespace primowork
