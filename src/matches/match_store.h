// SQL of the matching service: stable numbers for people, offers and companies (the engine's
// ids), the change table written by triggers (migrations/0012), and the lists the index is loaded
// from. Both backends.
#pragma once

#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace primowork::matches::store {

// The number of a subject ("person", "offer" or "company"), given on first sight and never
// changed. Numbers stay below 2^32 (the engine's ids).
std::uint32_t number(soci::session& s, const std::string& kind, const std::string& subject_id);
// Every number of a kind, by subject id.
std::unordered_map<std::string, std::uint32_t> numbers(soci::session& s, const std::string& kind);

struct Change {
  std::int64_t seq = 0;
  std::string kind, subject_id;
};
// The highest sequence number written so far (0 when none).
std::int64_t last_change(soci::session& s);
// How many change rows have seq > `after`, and the sum of their sequence numbers: a cheap way
// to see that nothing appeared (or was pruned) since the rows were last read.
struct Window {
  long long count = 0, sum = 0;
};
Window window_after(soci::session& s, std::int64_t after);
// The change rows with seq > `after`, in sequence order.
std::vector<Change> changes_after(soci::session& s, std::int64_t after);
// Deletes the change rows written more than a day ago by the database's clock (a node that
// was stopped longer than that reloads everything at start anyway).
void prune_changes(soci::session& s);

// Person files the engine indexes: not erased, and at a stage where a job is sought (not
// employed, in follow-up or closed).
std::vector<std::string> matchable_people(soci::session& s);
bool matchable_person(soci::session& s, const std::string& id);
// Published offers.
std::vector<std::string> published_offers(soci::session& s);

// The people whose consent to an anonymised profile shown to employers is live.
std::unordered_set<std::string> visible_to_employers(soci::session& s);

// The name of the organisation that keeps a person file ("" when unknown).
std::string organisation_of(soci::session& s, const std::string& person_id);

struct CompanyName {
  std::string id, name, enterprise_number;
};
std::vector<CompanyName> companies(soci::session& s);

}  // namespace primowork::matches::store
