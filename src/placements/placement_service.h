// The placements' use cases: a counsellor proposes a person for a published offer, and every
// party moves the proposal through the table of placements/transitions.h. One transaction per
// action, with optimistic locking (the caller sends the version it saw; a lost race changes
// nothing), a log row per move, an audit row per change, the follow-ups of a hire, and a mail
// through the outbox to whoever must act next, in their language.
//
// Who sees what: a counsellor, the proposals of their organisations' files (files they own,
// checked by people::PeopleService::visible); an employer, the proposals their company received
// (from "sent" on: nothing reaches an employer without a counsellor's action); the person, their
// own proposals (from "proposed" on); the coordination, every proposal. Anything else answers
// kNotFound, exactly like a proposal that does not exist, and the attempt is audited.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "matches/match_service.h"
#include "people/people_service.h"
#include "placements/anonymised_profile.h"
#include "placements/proposal.h"
#include "placements/proposal_store.h"
#include "placements/transitions.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/i18n.h"
#include "security/guard.h"

namespace primowork::placements {

// What a counsellor sends to propose a person.
struct NewProposal {
  std::string person_id, offer_id;
  // Ignored (kept so that older API clients still validate): the decision record is computed by
  // the service from the matching engine (MatchService::explain_pair), never taken from a client.
  std::optional<double> score;
  std::string explanation_json = "{}";
  // True: the counsellor checked the profile, the proposal starts as "proposed"; false: it is
  // kept as "suggested" until they do.
  bool checked = false;
  // A near miss (the pair fails one of the offer's rules) is proposed only with this set.
  bool confirm_near_miss = false;
};

// A proposal with what its pages and the API show around it.
struct ProposalView {
  Proposal proposal;
  std::string offer_title, company_name;
  std::vector<ProposalState> moves;  // what the actor may do next
  std::vector<FollowUp> follow_ups;
};

class PlacementService {
 public:
  PlacementService(db::Database& db, people::PeopleService& people, matches::MatchService& matches,
                   const I18n& i18n, std::string public_url, Clock clock,
                   StalenessRules rules = {});

  // A counsellor proposes a person of their organisation for a published offer (of a company
  // that is not suspended). The decision record (score and explanation, as the API shows them)
  // is computed here with MatchService::explain_pair; a client's score is ignored. kNotFound for
  // a person or offer the actor may not see (or that the engine does not know); kInvalid naming
  // "consent" when the person's consent "employer_visibility" is not live, or
  // "confirm_near_miss" for a near miss not confirmed; kConflict (field "offer_id") when the
  // person already has an open proposal for this offer. Proposed at once (the employer is not
  // told until "sent") when `checked`, else kept as suggested.
  Result<Proposal> create(const security::Actor& actor, const NewProposal& proposal);

  // The proposals the actor may see, newest first.
  std::vector<Proposal> list(const security::Actor& actor);
  // One proposal with its offer, the actor's next moves and follow-ups; kNotFound when the actor
  // may not see it.
  Result<ProposalView> view(const security::Actor& actor, const std::string& id);
  // The profile the actor sees for the proposal (placements/anonymised_profile.h): anonymised
  // until the person agreed to disclosure, then with name, contact and CV. kNotFound as for view.
  Result<AnonymisedProfile> profile(const security::Actor& actor, const std::string& id);
  // The CV the profile names (the latest document of kind "cv"), once the identity is disclosed,
  // for whoever may see the proposal; audited. kNotFound otherwise.
  Result<people::PeopleService::DocumentContent> cv(const security::Actor& actor,
                                                    const std::string& id);
  // The log of its moves (kNotFound as for view).
  Result<std::vector<store::LogEntry>> history(const security::Actor& actor, const std::string& id);

  // Moves the proposal to `to` as the actor, if it is still at `version`. Fails with kNotFound
  // (may not see it), kConflict field "version" (changed meanwhile: nothing is written), or what
  // check_transition() refuses. On success: the new state and version, a log row, the
  // follow-ups of a hire, the notices of the table's row queued in the outbox.
  Result<Proposal> transition(const security::Actor& actor, const std::string& id, ProposalState to,
                              int version, const TransitionData& data);

  // After a hire, the counsellor confirms: the person's other open proposals become obsolete
  // (reason hired_elsewhere; employers who had them are told). Returns how many were closed.
  // kConflict (field "to") when `hired_id` is not a hire.
  Result<int> close_others(const security::Actor& actor, const std::string& hired_id);

  // A counsellor records a follow-up's answer; kInvalid naming the field (see
  // check_follow_up), kNotFound for a follow-up the actor may not see.
  Result<FollowUp> record_follow_up(const security::Actor& actor, const std::string& id,
                                    const FollowUpAnswer& answer);
  // Pending follow-ups of the actor's organisations due on or before `until` (the worklist).
  std::vector<FollowUp> due_follow_ups(const security::Actor& actor, Date until);

  // The scheduled job: reminds employers of proposals sent reminder_days ago (once) and closes
  // those sent close_days ago as no_answer (the counsellor is told).
  struct StalenessRun {
    int reminded = 0, closed = 0;
  };
  StalenessRun apply_staleness();

  Date today() const;
  const StalenessRules& staleness_rules() const { return rules_; }

 private:
  struct Access;
  Access access(soci::session& s, const security::Actor& actor);
  bool may_see(soci::session& s, const Access& a, const Proposal& p);
  std::optional<Proposal> visible(soci::session& s, const security::Actor& actor, const Access& a,
                                  const std::string& id, const std::string& action);
  // Applies a checked move (lock, log, side effects). False when the version moved on.
  bool apply(soci::session& s, const security::Actor& actor, Party party, const Proposal& before,
             const Proposal& next, const TransitionData& data);
  void notify(soci::session& s, const security::Actor& actor, const Transition& row,
              const Proposal& before, const Proposal& next);

  db::Database& db_;
  people::PeopleService& people_;
  matches::MatchService& matches_;
  const I18n& i18n_;
  std::string public_url_;
  Clock clock_;
  StalenessRules rules_;
};

}  // namespace primowork::placements
