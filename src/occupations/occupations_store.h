// Taxonomy versions in the database: save an imported taxonomy as the active version of its
// family (the previous ones stay, inactive; only the three newest of a family are kept), load
// the active one.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "taxonomy/taxonomy.h"

namespace primowork::occupations {

struct VersionInfo {
  std::string id;
  std::string family;  // "rome" or "esco"
  std::string name;
  std::string source;
  std::time_t imported_at = 0;
  bool active = false;
  int occupations = 0, skills = 0, links = 0;
};

namespace store {

// Saves `taxonomy` as the new active version of `family`, in the caller's transaction.
VersionInfo save_version(soci::session& s, const std::string& family,
                         const taxonomy::Taxonomy& taxonomy, const std::string& source,
                         const std::string& licence, std::time_t now);

// The active version of a family and its snapshot, if any.
std::optional<std::pair<VersionInfo, std::string>> load_active(soci::session& s,
                                                               const std::string& family);

std::vector<VersionInfo> list_versions(soci::session& s);

}  // namespace store
}  // namespace primowork::occupations
