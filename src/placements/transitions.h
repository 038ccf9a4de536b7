// The life of a proposal: which state may follow which, who may make each move, what data each
// move needs, and what happens after it (who is told, follow-ups, hires elsewhere). The whole state
// machine is ONE table, proposal_transitions() in transitions.cpp, keyed by the state reached;
// the service asks check_transition() and never tests states itself.
//
//   suggested --> proposed (counsellor, human check) --> sent (counsellor) --> interested |
//   declined interested --> disclosed (the person, or the counsellor recording the person's answer)
//   disclosed --> interview_planned --> interview_held --> internship | pfi | hired | not_retained
//   disclosed, interview_held --> internship --> pfi | hired | not_retained
//   pfi --> hired (CDI, or CDD ending on or after the PFI's minimum contract end) | not_retained
//   every open state --> withdrawn (person, counsellor, coordination) | obsolete (hired elsewhere)
//   sent --> no_answer (the platform, after StalenessRules::close_days)
//
// Which proposals an actor may touch (the counsellor's organisation, the employer's company, the
// person's own) is a resource rule of the service (placements/placement_service.h), not of this
// table.
#pragma once

#include <vector>

#include "placements/proposal.h"

namespace primowork::placements {

// The data a move needs; each is checked by check_transition() and names its fields.
enum class Requirement {
  kHumanCheck,         // "checked": the counsellor confirms they checked the profile
  kDeclineReason,      // "reason_code" of declined_reasons() ("reason_text" for "other")
  kNotRetainedReason,  // "reason_code" of not_retained_reasons() ("reason_text" for "other")
  kWithdrawalReason,   // "reason_code" of withdrawal_reasons() ("reason_text" for "other")
  kConsent,            // "consent"; a counsellor also gives "consent_channel"
  kInterview,          // "interview_at" (today or later) and "interview_place"
  kInternship,         // "internship_kind", "internship_start", "internship_end"
  kPfi,                // "pfi_start", "pfi_weeks" (4..52)
  kContract,           // "contract_type", "contract_start", "weekly_hours", "contract_end"
};

// Who is told after a move (by mail, in their language, through the outbox).
enum class Recipient { kEmployer, kPerson, kCounsellor };
enum class When {
  kAlways,
  kReasonShared,     // only when the reason is shared with the person
  kEmployerHasSeen,  // only when the employer had received the proposal (see employer_has_seen)
};
struct Notice {
  Recipient to;
  const char* message;  // French msgid: one or two sentences saying what happened and what next
  When when = When::kAlways;
};

struct Transition {
  ProposalState to;
  std::vector<ProposalState> from;  // states the move may start from
  std::vector<Party> parties;       // who may make it
  std::vector<Requirement> needs;   // the data it needs
  std::vector<Notice> notices;      // who is told afterwards (never the actor themself)
  bool creates_follow_ups = false;  // the follow-ups at 1, 3, 6 and 12 months of a hire
  // Asks the counsellor to confirm closing the person's other open proposals as obsolete.
  bool asks_to_close_others = false;
};

// The state machine: one row per state reached.
const std::vector<Transition>& proposal_transitions();
// The row reaching `to`; nullptr for "suggested" (only ever created).
const Transition* transition_to(ProposalState to);

// The proposal as it will be after `party` moves `current` to `to` with `data` on `today`:
// state, the move's data copied in, computed dates (PFI minimum contract end), last_change =
// today, reminder_sent cleared. The version is left to the store. Fails with kConflict (field
// "to") when the move is not allowed from the current state, kForbidden when the party may not
// make it, and kInvalid naming the first missing or bad field of the data.
Result<Proposal> check_transition(const Proposal& current, ProposalState to, Party party,
                                  const TransitionData& data, Date today);

// The states `party` may move a proposal in state `from` to, in table order (the buttons a page
// shows).
std::vector<ProposalState> available_moves(ProposalState from, Party party);

// The reason code kept on proposals closed because the person was hired elsewhere.
inline constexpr std::string_view kHiredElsewhere = "hired_elsewhere";
// The reason code kept on proposals closed for want of an answer.
inline constexpr std::string_view kNoAnswerReason = "no_answer";

}  // namespace primowork::placements
