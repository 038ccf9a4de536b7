// Small text helpers for validating form fields: length in characters and trimming.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace primowork {

// Number of characters (UTF-8 code points; continuation bytes are not counted). The HTTP layer
// has already refused invalid UTF-8.
inline std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// `text` without the ASCII spaces, tabs and line breaks around it.
inline std::string_view trim(std::string_view text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = text.find_last_not_of(" \t\r\n");
  return text.substr(b, e - b + 1);
}

}  // namespace primowork
