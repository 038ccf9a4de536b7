#include "placements/outcomes_store.h"

#include <map>

#include "placements/proposal_store.h"
#include "platform/clock.h"
#include "platform/db/rows.h"

namespace primowork::placements::store {

std::vector<OutcomeRecord> outcome_records(soci::session& s) {
  std::vector<OutcomeRecord> out;
  std::map<std::string, std::size_t> index;
  for (auto& p : all(s)) {
    index[p.id] = out.size();
    OutcomeRecord r;
    r.proposal = std::move(p);
    out.push_back(std::move(r));
  }
  soci::rowset<soci::row> places =
      (s.prepare << "SELECT p.id, g.name AS organisation_name, c.sector FROM proposals p "
                    "JOIN organisations g ON g.id = p.organisation_id "
                    "JOIN offers o ON o.id = p.offer_id JOIN companies c ON c.id = o.company_id");
  for (const auto& row : places) {
    const auto it = index.find(db::row_text(row, "id"));
    if (it == index.end()) continue;  // created between the two reads
    out[it->second].organisation_name = db::row_text(row, "organisation_name");
    out[it->second].sector = db::row_text(row, "sector");
  }
  soci::rowset<soci::row> moves =
      (s.prepare << "SELECT proposal_id, to_state, at FROM proposal_transitions "
                    "ORDER BY proposal_id, version");
  for (const auto& row : moves) {
    const auto it = index.find(db::row_text(row, "proposal_id"));
    if (it == index.end()) continue;
    const auto state = parse_state(db::row_text(row, "to_state"));
    if (!state) continue;
    const Date day = brussels_date(from_utc_tm(db::row_timestamp(row, "at")));
    out[it->second].moves.push_back({*state, day});
  }
  return out;
}

}  // namespace primowork::placements::store
