#include "platform/http/headers.h"

#include <algorithm>
#include <cctype>

namespace primowork::http {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

void Headers::set(const std::string& name, std::string value) {
  items_.erase(std::remove_if(items_.begin(), items_.end(),
                              [&](const auto& h) { return iequals(h.first, name); }),
               items_.end());
  items_.emplace_back(name, std::move(value));
}

std::optional<std::string> Headers::get(std::string_view name) const {
  for (const auto& [n, v] : items_) {
    if (iequals(n, name)) return v;
  }
  return std::nullopt;
}

}  // namespace primowork::http
