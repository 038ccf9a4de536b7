// Outcomes of placements (issue #8, item 7): the figures the coordination shows over a period,
// overall, per organisation and per sector. Pure computation over the proposals and the days of
// their moves (loaded by placements/outcomes_store.h); no I/O, no clock.
//
// The rules, exactly (a day is a calendar day in Europe/Brussels; a period [from, to] includes
// both ends):
// - People proposed: distinct persons with at least one proposal whose log has a move to
//   "proposed" (the creation of a proposal checked at once counts) on a day of the period. A
//   person with several such proposals counts once (once per group in a grouped table, so the
//   groups may add up to more than the total).
// - Interviews: proposals whose log has a move to "interview_held", counted when the day of the
//   interview (the date of interview_at; the day of that move when it has none) is in the
//   period.
// - Internships: proposals whose log has a move to "internship" (internship or immersion), counted
//   when internship_start is in the period.
// - PFIs: proposals whose log has a move to "pfi", counted when pfi_start is in the period.
// - Hires: proposals in state "hired", counted when contract_start is in the period, per contract
//   type. Contracts are counted, not people (a person hired twice counts twice).
// - Permanent share: CDI hires / hires (none when there is no hire).
// - Interns hired within 12 months: the cohort is the distinct persons with an internship (as
//   above) whose internship_end is in the period; such a person is hired when any hire of theirs
//   (any proposal, any employer, whatever its date relative to the period) has a contract_start on
//   or after that internship's start and on or before add_months(internship_end, 12) (the same
//   day 12 months later, clamped to the month's end). Share = hired / cohort (none when the cohort
//   is empty). A person counts once; in a grouped table they count in the group of the
//   internship, even when the hire is elsewhere. Internships that ended less than 12 months ago
//   may still turn into hires: the share can grow later.
// - Median days from proposal to hire: for each hire counted above, the days from the first move
//   of that proposal to "proposed" to its contract_start; the median of these numbers (the mean
//   of the two middle ones for an even count; none when there is no hire).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "placements/proposal.h"

namespace primowork::placements {

// A move of the log, reduced to the state reached and its day (Europe/Brussels).
struct OutcomeMove {
  ProposalState to = ProposalState::kSuggested;
  Date on;
};

// One proposal as the figures see it.
struct OutcomeRecord {
  Proposal proposal;
  std::string organisation_name;   // of proposal.organisation_id
  std::string sector;              // of the offer's company; "" when not given
  std::vector<OutcomeMove> moves;  // oldest first
};

struct OutcomePeriod {
  Date from, to;  // both included
};
// The default period: the last 12 months up to `today` (add_months(today, -12) + 1 day .. today).
OutcomePeriod last_twelve_months(Date today);

enum class OutcomeGrouping { kAll, kOrganisation, kSector };

struct ContractCount {
  offers::ContractType type;
  int count = 0;
};

struct OutcomeFigures {
  std::string key;    // the group: "" for all; organisation id; sector ("" when not given)
  std::string label;  // organisation name or sector; "" for all and for a sector not given
  int people_proposed = 0;
  int interviews = 0;
  int internships = 0;
  int pfis = 0;
  int hires = 0;
  std::vector<ContractCount> hires_by_contract;  // only types with hires, in form order
  int permanent_hires = 0;                       // CDI
  int interns = 0;                               // the cohort (internship ended in the period)
  int interns_hired = 0;                         // of whom hired within 12 months
  std::optional<double> median_days_to_hire;

  // permanent_hires / hires; nullopt without hires.
  std::optional<double> permanent_share() const;
  // interns_hired / interns; nullopt without interns.
  std::optional<double> intern_hire_share() const;
  // The hires of one contract type (0 when none).
  int hires_of(offers::ContractType type) const;
};

// The figures of `records` over `period`: one entry for kAll; for a grouping, one entry per group
// with at least one non-zero figure, ordered by label then key. Records whose moves are missing
// simply count for nothing they do not show.
std::vector<OutcomeFigures> compute_outcomes(const std::vector<OutcomeRecord>& records,
                                             const OutcomePeriod& period, OutcomeGrouping grouping);

}  // namespace primowork::placements
