// SQL for the outcome figures (placements/outcomes.h): every proposal with its organisation's
// name, its company's sector and the days of its moves. Runs on the caller's session, inside the
// caller's transaction; the caller checks who may read.
#pragma once

#include <soci/soci.h>

#include <vector>

#include "placements/outcomes.h"

namespace primowork::placements::store {

// Every proposal as an OutcomeRecord, moves oldest first, each dated by the day in
// Europe/Brussels of its log row.
std::vector<OutcomeRecord> outcome_records(soci::session& s);

}  // namespace primowork::placements::store
