#include "matches/match_store.h"

#include <stdexcept>

#include "platform/db/rows.h"

namespace primowork::matches::store {
namespace {

std::vector<std::string> ids(soci::session& s, const std::string& sql) {
  std::vector<std::string> out;
  soci::rowset<soci::row> rows = (s.prepare << sql);
  for (const auto& r : rows) out.push_back(r.get<std::string>(0));
  return out;
}

std::uint32_t checked(long long n) {
  if (n <= 0 || n > 0xFFFFFFFFLL) throw std::out_of_range("matches: subject number out of range");
  return static_cast<std::uint32_t>(n);
}

}  // namespace

std::uint32_t number(soci::session& s, const std::string& kind, const std::string& subject_id) {
  s << "INSERT INTO match_subjects (kind, subject_id) VALUES (:k, :i) "
       "ON CONFLICT (kind, subject_id) DO NOTHING",
      soci::use(kind), soci::use(subject_id);
  soci::row r;
  s << "SELECT number FROM match_subjects WHERE kind = :k AND subject_id = :i", soci::use(kind),
      soci::use(subject_id), soci::into(r);
  return checked(db::row_integer(r, "number"));
}

std::unordered_map<std::string, std::uint32_t> numbers(soci::session& s, const std::string& kind) {
  std::unordered_map<std::string, std::uint32_t> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT subject_id, number FROM match_subjects WHERE kind = :k",
       soci::use(kind));
  for (const auto& r : rows)
    out[db::row_text(r, "subject_id")] = checked(db::row_integer(r, "number"));
  return out;
}

std::int64_t last_change(soci::session& s) {
  soci::row r;
  s << "SELECT COALESCE(MAX(seq), 0) AS last FROM match_changes", soci::into(r);
  return db::row_integer(r, "last");
}

Window window_after(soci::session& s, std::int64_t after) {
  const long long from = after;
  soci::row r;
  s << "SELECT COUNT(*) AS n, COALESCE(SUM(seq), 0) AS total FROM match_changes WHERE seq > :a",
      soci::use(from), soci::into(r);
  return {db::row_integer(r, "n"), db::row_integer(r, "total")};
}

std::vector<Change> changes_after(soci::session& s, std::int64_t after) {
  std::vector<Change> out;
  const long long from = after;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT seq, kind, subject_id FROM match_changes WHERE seq > :a ORDER BY seq",
       soci::use(from));
  for (const auto& r : rows)
    out.push_back(
        {db::row_integer(r, "seq"), db::row_text(r, "kind"), db::row_text(r, "subject_id")});
  return out;
}

void prune_changes(soci::session& s) {
  if (s.get_backend_name() == "postgresql")
    s << "DELETE FROM match_changes WHERE changed_at < CURRENT_TIMESTAMP - INTERVAL '1 day'";
  else
    s << "DELETE FROM match_changes WHERE changed_at < datetime('now', '-1 day')";
}

constexpr const char* kMatchable =
    "SELECT id FROM people WHERE erased_at IS NULL "
    "AND stage NOT IN ('employed', 'follow_up', 'closed')";

std::vector<std::string> matchable_people(soci::session& s) {
  return ids(s, std::string(kMatchable) + " ORDER BY id");
}

bool matchable_person(soci::session& s, const std::string& id) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string(kMatchable) + " AND id = :id", soci::use(id));
  return rows.begin() != rows.end();
}

std::vector<std::string> published_offers(soci::session& s) {
  return ids(s, "SELECT id FROM offers WHERE status = 'published' ORDER BY id");
}

std::unordered_set<std::string> visible_to_employers(soci::session& s) {
  std::unordered_set<std::string> out;
  for (auto& id : ids(s,
                      "SELECT DISTINCT person_id FROM person_consents "
                      "WHERE kind = 'employer_visibility' AND withdrawn_at IS NULL"))
    out.insert(std::move(id));
  return out;
}

std::string organisation_of(soci::session& s, const std::string& person_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id "
                    "WHERE p.id = :id",
       soci::use(person_id));
  for (const auto& r : rows) return r.get<std::string>(0);
  return "";
}

std::vector<CompanyName> companies(soci::session& s) {
  std::vector<CompanyName> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, name, enterprise_number FROM companies ORDER BY id");
  for (const auto& r : rows)
    out.push_back(
        {db::row_text(r, "id"), db::row_text(r, "name"), db::row_text(r, "enterprise_number")});
  return out;
}

}  // namespace primowork::matches::store
