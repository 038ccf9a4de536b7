// Reading the outcome figures (placements/outcomes.h): the coordination's report over a period,
// overall, per organisation and per sector. One transaction per reading, audited.
#pragma once

#include <string>
#include <vector>

#include "placements/outcomes.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/result.h"
#include "security/guard.h"

namespace primowork::placements {

struct OutcomeReport {
  OutcomePeriod period;
  OutcomeFigures overall;
  std::vector<OutcomeFigures> per_organisation, per_sector;
};

// The period a form asks for: "YYYY-MM-DD" texts, each empty for the default of
// last_twelve_months(today). kInvalid naming "from" or "to" for a malformed date, "to" when it
// precedes "from".
Result<OutcomePeriod> parse_period(const std::string& from, const std::string& to, Date today);

class OutcomeService {
 public:
  OutcomeService(db::Database& db, Clock clock);

  // The figures over `period`, in one transaction, with an audit row "outcomes.read" naming the
  // period and `format` ("page", "csv"). kForbidden (audited as denied) for an actor who does not
  // hold "outcomes.read".
  Result<OutcomeReport> report(const security::Actor& actor, const OutcomePeriod& period,
                               const std::string& format);

  // Today in Europe/Brussels.
  Date today() const;

 private:
  db::Database& db_;
  Clock clock_;
};

}  // namespace primowork::placements
