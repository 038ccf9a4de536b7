// Proposals, their moves and follow-ups as JSON: what the API reads and writes, and the data
// kept in the log row of each move. Field names are those of placements/proposal.h; dates are
// "YYYY-MM-DD".
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "placements/proposal.h"
#include "placements/proposal_store.h"

namespace primowork::placements {

// The move's data from a JSON object ({"reason_code": ..., "pfi_weeks": 12, ...}). A field of the
// wrong type or a malformed date is added to `errors` (naming the field); absent fields stay
// empty, and check_transition() says which ones the move needs.
TransitionData transition_data_from_json(const nlohmann::json& body, std::vector<Error>& errors);
// The data as kept in the log: only the fields that are set.
nlohmann::json to_json(const TransitionData& data);

// Who reads a proposal decides what it shows: an employer never gets the person's file id, the
// counsellor's or the organisation's (the pseudonym stands for the person).
enum class Audience { kCounsellor, kEmployer, kPerson, kCoordinator };
nlohmann::json to_json(const Proposal& p, Audience audience);
nlohmann::json to_json(const store::LogEntry& e, Audience audience);
nlohmann::json to_json(const FollowUp& f);

}  // namespace primowork::placements
