#include "occupations/occupations_store.h"

#include "platform/clock.h"
#include "platform/ids.h"
#include "taxonomy/import.h"

namespace primowork::occupations::store {

VersionInfo save_version(soci::session& s, const std::string& family,
                         const taxonomy::Taxonomy& taxonomy, const std::string& source,
                         const std::string& licence, std::time_t now) {
  VersionInfo v;
  v.id = ids::make("tax");
  v.family = family;
  v.name = taxonomy.name.empty() ? source : taxonomy.name;
  v.source = source;
  v.imported_at = now;
  v.active = true;
  v.occupations = static_cast<int>(taxonomy.occupations().size());
  v.skills = static_cast<int>(taxonomy.skills().size());
  v.links = static_cast<int>(taxonomy.link_count());
  const std::string snapshot = taxonomy::to_json(taxonomy, source, licence);
  std::tm at = to_utc_tm(now);
  s << "UPDATE taxonomy_versions SET active = 0 WHERE family = :f", soci::use(family);
  s << "INSERT INTO taxonomy_versions (id, family, name, source, imported_at, active, occupations,"
       " skills, links, snapshot) VALUES (:id, :f, :n, :s, :t, 1, :o, :k, :l, :snap)",
      soci::use(v.id), soci::use(family), soci::use(v.name), soci::use(source), soci::use(at),
      soci::use(v.occupations), soci::use(v.skills), soci::use(v.links), soci::use(snapshot);
  // Keep the three newest versions of the family.
  std::vector<std::string> ids(100);
  s << "SELECT id FROM taxonomy_versions WHERE family = :f ORDER BY imported_at DESC, id",
      soci::into(ids), soci::use(family);
  for (std::size_t i = 3; i < ids.size(); ++i) {
    s << "DELETE FROM taxonomy_versions WHERE id = :id", soci::use(ids[i]);
  }
  return v;
}

namespace {
constexpr const char* kColumns =
    "SELECT id, family, name, source, imported_at, active, occupations, skills, links"
    " FROM taxonomy_versions ";
}

std::optional<std::pair<VersionInfo, std::string>> load_active(soci::session& s,
                                                               const std::string& family) {
  VersionInfo v;
  std::tm at{};
  int active = 0;
  std::string snapshot;
  s << "SELECT id, family, name, source, imported_at, active, occupations, skills, links, snapshot"
       " FROM taxonomy_versions WHERE family = :f AND active = 1",
      soci::into(v.id), soci::into(v.family), soci::into(v.name), soci::into(v.source),
      soci::into(at), soci::into(active), soci::into(v.occupations), soci::into(v.skills),
      soci::into(v.links), soci::into(snapshot), soci::use(family);
  if (!s.got_data()) return std::nullopt;
  v.imported_at = from_utc_tm(at);
  v.active = active != 0;
  return std::make_pair(v, std::move(snapshot));
}

std::vector<VersionInfo> list_versions(soci::session& s) {
  std::vector<VersionInfo> out;
  VersionInfo v;
  std::tm at{};
  int active = 0;
  soci::statement st =
      (s.prepare << std::string(kColumns) + "ORDER BY family, imported_at DESC", soci::into(v.id),
       soci::into(v.family), soci::into(v.name), soci::into(v.source), soci::into(at),
       soci::into(active), soci::into(v.occupations), soci::into(v.skills), soci::into(v.links));
  st.execute();
  while (st.fetch()) {
    v.imported_at = from_utc_tm(at);
    v.active = active != 0;
    out.push_back(v);
  }
  return out;
}

}  // namespace primowork::occupations::store
