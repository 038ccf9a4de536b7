// Declared enumerations: one row per value with its stable code (stored, exchanged) and its
// French label msgid, and the lookups every declared table needs. The state machines of offers
// (offers/lifecycle.cpp) and placements (placements/transitions.cpp) list their states and
// actions this way instead of hand-writing switch statements.
#pragma once

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace primowork {

template <typename E>
struct CodeRow {
  E value;
  std::string_view code;
  const char* label;  // French msgid, marked with N_()
};

// The code of `value`, or `fallback` when the table does not list it.
template <typename E, typename Table>
constexpr std::string_view code_of(const Table& rows, E value, std::string_view fallback = "") {
  for (const auto& r : rows) {
    if (r.value == value) return r.code;
  }
  return fallback;
}

// The value whose code is `code`, nullopt when none.
template <typename E, typename Table>
constexpr std::optional<E> value_of(const Table& rows, std::string_view code) {
  for (const auto& r : rows) {
    if (r.code == code) return r.value;
  }
  return std::nullopt;
}

// The label msgid of `value`, "" when the table does not list it.
template <typename E, typename Table>
constexpr const char* label_of(const Table& rows, E value) {
  for (const auto& r : rows) {
    if (r.value == value) return r.label;
  }
  return "";
}

template <typename T>
bool contains(const std::vector<T>& values, const T& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace primowork
