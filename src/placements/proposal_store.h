// SQL for placements (migrations/0015_placements.sql): proposals, the log of their moves and the
// follow-ups after a hire. Every function runs on the caller's session, inside the caller's
// transaction; callers check authorisation and ask check_transition() (placements/transitions.h)
// before writing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "placements/proposal.h"

namespace primowork::placements::store {

// Inserts `p` in its state with version 1 (id and pseudonym are made here and returned in the
// copy) and a first log row (from NULL) carrying `data_json`.
Proposal create(soci::session& s, Proposal p, Party party, const std::string& actor_id,
                const std::string& data_json, Date today, std::time_t now);
std::optional<Proposal> find(soci::session& s, const std::string& id);

// Writes `next` (what check_transition returned) only if the stored version is still
// `next.version`, then logs the move; the stored version becomes next.version + 1. Returns false
// and writes nothing when another writer changed the proposal first (optimistic locking).
bool save_transition(soci::session& s, const Proposal& next, ProposalState from, Party party,
                     const std::string& actor_id, const std::string& data_json, std::time_t now);

struct LogEntry {
  std::string from;  // "" at creation
  std::string to, party, actor_id, reason, data_json;
  int version = 1;
  std::tm at{};
};
// The moves of a proposal, oldest first.
std::vector<LogEntry> log(soci::session& s, const std::string& id);

// Proposals, newest first: of a person; of an offer; of the organisations' files; of the offers
// of a company (only those the employer has received: from "sent" on); every proposal.
std::vector<Proposal> of_person(soci::session& s, const std::string& person_id);
std::vector<Proposal> of_offer(soci::session& s, const std::string& offer_id);
std::vector<Proposal> of_organisations(soci::session& s, const std::vector<std::string>& orgs);
std::vector<Proposal> received_by_company(soci::session& s, const std::string& company_id);
std::vector<Proposal> all(soci::session& s);
// Proposals in `state`, oldest change first (the staleness job).
std::vector<Proposal> in_state(soci::session& s, ProposalState state);
// The employer was reminded of the proposal (once per change of state).
void mark_reminded(soci::session& s, const std::string& id);

// Where to write to the users of a company: active employer accounts of its organisation.
struct Contact {
  std::string user_id, email, language;
};
std::vector<Contact> employer_contacts(soci::session& s, const std::string& company_id);

// Follow-ups: one per kFollowUpMonths entry from the contract's start (pending).
std::vector<FollowUp> create_follow_ups(soci::session& s, const Proposal& hired, Date start);
std::vector<FollowUp> follow_ups(soci::session& s, const std::string& proposal_id);
std::optional<FollowUp> find_follow_up(soci::session& s, const std::string& id);
// Pending follow-ups of the organisations' files due on or before `until`, earliest first.
std::vector<FollowUp> pending_follow_ups(soci::session& s, const std::vector<std::string>& orgs,
                                         Date until);
// Records the answer (status, contract, reason, note, who, when) of a follow-up.
void record_follow_up(soci::session& s, const FollowUp& f);

}  // namespace primowork::placements::store
