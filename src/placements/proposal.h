// A proposal (placement): a counsellor puts a person forward for an offer, anonymised, and the
// story goes on through the employer's answer, the person's consent to reveal their identity,
// interview, internship or PFI, contract and follow-ups. This file holds the domain types, the
// code lists and the date rules (PFI, follow-ups, stale proposals). No I/O, no clock: today comes
// in as a parameter. The state machine itself is one table in placements/transitions.h.
#pragma once

#include <array>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "offers/offer.h"
#include "people/person.h"
#include "platform/calendar.h"
#include "platform/result.h"
#include "security/roles.h"

namespace primowork::placements {

using people::Code;

// --- States -----------------------------------------------------------------------------------

enum class ProposalState {
  kSuggested,         // the matching engine's suggestion kept by a counsellor, not checked yet
  kProposed,          // a counsellor checked it: ready to go to the employer
  kSent,              // the employer has the anonymised profile and must answer
  kInterested,        // the employer wants to know more: the person must agree to disclosure
  kDeclined,          // the employer said no (reason from declined_reasons())
  kDisclosed,         // the person agreed: the employer sees name, contact and the chosen CV
  kInterviewPlanned,  // date and place set
  kInterviewHeld,     // the interview took place
  kInternship,        // internship or immersion (dates)
  kPfi,               // Plan Formation-Insertion (start, 4..52 weeks)
  kHired,             // contract signed: follow-ups at 1, 3, 6 and 12 months
  kNotRetained,       // the employer did not retain the person (reason)
  kWithdrawn,         // the person or the counsellor stopped it
  kObsolete,          // the person was hired elsewhere
  kNoAnswer,          // the employer did not answer within the configured delay
};

// Every state, in the order of the journey.
const std::vector<ProposalState>& all_states();
// Stable codes: "suggested", "proposed", "sent", "interested", "declined", "disclosed",
// "interview_planned", "interview_held", "internship", "pfi", "hired", "not_retained",
// "withdrawn", "obsolete", "no_answer".
std::string_view to_string(ProposalState state);
std::optional<ProposalState> parse_state(std::string_view code);
// French label msgid, e.g. "Envoyée à l'employeur".
const char* label(ProposalState state);
// Open: the story may still move (every state but declined, hired, not_retained, withdrawn,
// obsolete and no_answer).
bool is_open(ProposalState state);
// True from "sent" on: the employer has seen the anonymised profile.
bool employer_has_seen(ProposalState state);
// True from "disclosed" on (and for a hire): the employer may see the person's identity.
bool identity_disclosed(ProposalState state);

// --- Who acts ---------------------------------------------------------------------------------

// The parties of a proposal: the counsellor of the person's organisation, a user of the offer's
// company, the person (candidate account linked to the file), the coordination, and the
// platform's scheduled jobs (staleness, hires elsewhere).
enum class Party { kCounsellor, kEmployer, kCandidate, kCoordinator, kSystem };
std::string_view to_string(Party party);
// The party a logged-in role acts as; nullopt for admins (they never act on proposals).
std::optional<Party> party_for(security::Role role);

// --- Code lists -------------------------------------------------------------------------------

const std::vector<Code>& declined_reasons();       // the employer declines an anonymised profile
const std::vector<Code>& not_retained_reasons();   // after disclosure, interview, internship, PFI
const std::vector<Code>& withdrawal_reasons();     // the person or the counsellor stops
const std::vector<Code>& consent_channels();       // how the counsellor got the person's answer
const std::vector<Code>& internship_kinds();       // internship, immersion
const std::vector<Code>& follow_up_end_reasons();  // why a contract ended before a follow-up
// The reason code every list above uses for "something else": a written reason is then required.
inline constexpr std::string_view kOtherReason = "other";

// --- The proposal -----------------------------------------------------------------------------

struct Proposal {
  std::string id;  // opaque, set by the store
  std::string person_id, offer_id;
  std::string organisation_id;  // the organisation that owns the person's file
  std::string counsellor_id;    // who proposed (and is told what happens next)
  std::string pseudonym;        // what the employer sees before disclosure
  ProposalState state = ProposalState::kSuggested;
  int version = 1;  // optimistic locking: every change increments it
  // The decision record: the engine's score and explanation as the counsellor saw them.
  std::optional<double> score;
  std::string explanation_json = "{}";
  // Disclosure: who recorded the person's agreement ("person" or "counsellor"), how, when.
  std::string disclosed_by, consent_channel;
  std::optional<Date> disclosed_on;
  // Interview: "YYYY-MM-DDTHH:MM", Europe/Brussels time, and place.
  std::string interview_at, interview_place;
  // Internship or immersion.
  std::string internship_kind;
  std::optional<Date> internship_start, internship_end;
  // PFI: start, weeks (4..52), and the earliest end of the contract that must follow.
  std::optional<Date> pfi_start;
  int pfi_weeks = 0;
  std::optional<Date> pfi_min_contract_end;
  // Hire.
  std::optional<offers::ContractType> contract_type;
  std::optional<Date> contract_start, contract_end;
  int weekly_hours = 0;
  // Closing: a code of the state's list, whether the person may read it, and a written reason.
  std::string reason_code, reason_text;
  bool reason_shared = false;
  // Staleness: the day of the last change of state, and whether the employer was reminded.
  Date last_change;
  bool reminder_sent = false;
  std::string created_by;
  std::time_t created_at = 0, updated_at = 0;
};

// What a transition carries; each row of the table says which parts it needs
// (placements/transitions.h). Dates are "YYYY-MM-DD" once parsed by the API or the form.
struct TransitionData {
  bool checked = false;  // proposed: the counsellor checked the profile against the offer
  // declined, not_retained, withdrawn: a code of the state's list, a written reason (required
  // for "other"), and whether the person may read it.
  std::string reason_code, reason_text;
  bool share_reason = false;
  // disclosed: the person's agreement, and for a counsellor how it was given.
  bool consent = false;
  std::string consent_channel;
  // interview_planned.
  std::string interview_at, interview_place;
  // internship.
  std::string internship_kind;
  std::optional<Date> internship_start, internship_end;
  // pfi.
  std::optional<Date> pfi_start;
  int pfi_weeks = 0;
  // hired.
  std::string contract_type;
  std::optional<Date> contract_start, contract_end;
  int weekly_hours = 0;
};

constexpr std::size_t kMaxReasonLength = 1000;  // characters
constexpr std::size_t kMaxPlaceLength = 300;    // characters
constexpr int kMinPfiWeeks = 4;
constexpr int kMaxPfiWeeks = 52;
constexpr int kMaxWeeklyHours = 50;
constexpr int kMaxInternshipDays = 366;

// "YYYY-MM-DDTHH:MM" (24 h) -> the calendar day; nullopt when malformed.
std::optional<Date> parse_local_date_time(std::string_view text);

// --- PFI (DOMAIN.md section 3) ----------------------------------------------------------------

// The last day of a PFI of `weeks` weeks starting on `start`: start + 7 * weeks - 1 day.
Date pfi_end(Date start, int weeks);
// The earliest end of the contract the employer must offer after the PFI: a CDI, or a CDD lasting
// at least the PFI's duration, so PFI end + 7 * weeks days.
Date pfi_min_contract_end(Date start, int weeks);

// --- Follow-ups after a hire ------------------------------------------------------------------

inline constexpr std::array<int, 4> kFollowUpMonths = {1, 3, 6, 12};

// `date` plus `months` calendar months; the day is clamped to the month's last day
// (31 January + 1 month = 28 or 29 February).
Date add_months(Date date, int months);

struct FollowUpDue {
  int months;
  Date due;
};
// The follow-ups of a contract starting on `start`: one per kFollowUpMonths entry.
std::vector<FollowUpDue> follow_up_schedule(Date start);

enum class FollowUpStatus { kPending, kStillEmployed, kContractChanged, kEnded };
// "pending", "still_employed", "contract_changed", "ended".
std::string_view to_string(FollowUpStatus status);
std::optional<FollowUpStatus> parse_follow_up_status(std::string_view code);
const char* label(FollowUpStatus status);

struct FollowUp {
  std::string id, proposal_id, person_id;
  int months = 1;
  Date due;
  FollowUpStatus status = FollowUpStatus::kPending;
  std::optional<offers::ContractType> contract_type;  // contract_changed: the new contract
  std::string end_reason;                             // ended: a follow_up_end_reasons() code
  std::string note;
  std::string recorded_by;
  std::optional<Date> recorded_on;
};

// What a counsellor records at a follow-up.
struct FollowUpAnswer {
  std::string status;         // a FollowUpStatus code other than "pending"
  std::string contract_type;  // contract_changed: the new contract type
  std::string end_reason;     // ended: a follow_up_end_reasons() code
  std::string note;           // required when end_reason is "other"
};
// Checks an answer; kInvalid naming "status", "contract_type", "end_reason" or "note".
Status check_follow_up(const FollowUpAnswer& answer);

// --- Staleness --------------------------------------------------------------------------------

// How long an employer has to answer a proposal sent to them (configurable).
struct StalenessRules {
  int reminder_days = 10;  // a reminder after this many days without an answer
  int close_days = 30;     // closed as no_answer after this many days
};

enum class Staleness { kFresh, kRemind, kClose };
// For a proposal in `state` whose state last changed on `last_change`: kClose when it is "sent"
// and close_days or more have passed; kRemind when it is "sent" and reminder_days or more (but
// fewer than close_days) have passed; kFresh otherwise. The caller sends one reminder only.
Staleness staleness(ProposalState state, Date last_change, Date today,
                    const StalenessRules& rules = {});

}  // namespace primowork::placements
