// The communes served, by postcode, with a point each for commuting distances
// (data/communes/liege-arrondissement.csv; see data/communes/README.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/result.h"

namespace primowork::geography {

struct Commune {
  std::string postcode;
  std::string name;
  float lat = 0, lon = 0;
};

class Communes {
 public:
  // Reads `path` (header postcode,commune,lat,lon). Fails naming the line of a bad row.
  static Result<Communes> load(const std::string& path);

  const Commune* find(std::string_view postcode) const;
  bool known(std::string_view postcode) const { return find(postcode) != nullptr; }
  // Every postcode, ordered by commune name then postcode (for select lists).
  const std::vector<Commune>& all() const { return ordered_; }

 private:
  std::map<std::string, Commune, std::less<>> by_postcode_;
  std::vector<Commune> ordered_;
};

}  // namespace primowork::geography
