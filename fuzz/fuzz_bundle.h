// Shared by the importer fuzzers: the input replaces one file of a valid bundle (its first byte
// picks which), and the result is checked the same way for every importer.
#pragma once

#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "taxonomy/import.h"

using Bundle = std::map<std::string, std::string>;

// `base` with one file replaced by the input; false when the input is empty.
inline bool fuzzed_bundle(const Bundle& base, const std::uint8_t* data, std::size_t size,
                          Bundle& out) {
  if (size == 0) return false;
  out = base;
  auto it = out.begin();
  std::advance(it, data[0] % out.size());
  it->second = std::string(fuzz_input(data + 1, size - 1));
  return true;
}

inline primowork::taxonomy::OpenFile open_bundle(const Bundle& files) {
  return [&files](const std::string& name) -> std::unique_ptr<std::istream> {
    auto f = files.find(name);
    if (f == files.end()) return nullptr;
    return std::make_unique<std::istringstream>(f->second);
  };
}

// A failure names a file; a success is finalized and its links point inside its own tables.
inline void check_import(const primowork::Result<primowork::taxonomy::Taxonomy>& t) {
  using namespace primowork::taxonomy;
  if (!t) {
    FUZZ_CHECK(!t.error().field.empty());
    return;
  }
  FUZZ_CHECK(t->finalized());
  for (OccupationId o = 0; o < t->occupations().size(); ++o) {
    for (const auto& link : t->skills_of(o)) FUZZ_CHECK(link.skill < t->skills().size());
    for (const auto& edge : t->mobility_from(o)) FUZZ_CHECK(edge.to < t->occupations().size());
  }
}
