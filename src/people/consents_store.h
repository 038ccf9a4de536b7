// SQL for consents, shares and the person's own account (migrations/0006_people_consents.sql).
// Every function runs on the caller's session, inside the caller's transaction.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "people/consent.h"

namespace primowork::people::store {

Consent record_consent(soci::session& s, const std::string& person_id, const std::string& kind,
                       Date given_on, bool on_paper, const std::string& recorded_by,
                       std::time_t now);
// False when there is no such live consent for this person.
bool withdraw_consent(soci::session& s, const std::string& person_id,
                      const std::string& consent_id, const std::string& by, std::time_t now);
std::vector<Consent> consents(soci::session& s, const std::string& person_id);

Share create_share(soci::session& s, const std::string& person_id,
                   const std::string& organisation_id, const std::vector<std::string>& scope,
                   Date ends_on, const std::string& by, std::time_t now);
// False when there is no such open share for this person.
bool revoke_share(soci::session& s, const std::string& person_id, const std::string& share_id,
                  std::time_t now);
// Every share of the file, with the receiving organisation's name.
std::vector<Share> shares(soci::session& s, const std::string& person_id);

// What the live shares of `person_id` to any of `organisations` open on `today` (parts merged,
// latest end date); nullopt when none is live.
std::optional<Share> live_share(soci::session& s, const std::string& person_id,
                                const std::vector<std::string>& organisations, Date today);

struct SharedLine {
  std::string person_id, given_name, family_name, from_organisation;
  Date ends_on{};
};
// Files shared with `organisation_id` and live on `today`.
std::vector<SharedLine> shared_with(soci::session& s, const std::string& organisation_id,
                                    Date today);

// The person's own account: set (user_id "" clears it), and the file of an account.
void link_user(soci::session& s, const std::string& person_id, const std::string& user_id);
std::string person_of_user(soci::session& s, const std::string& user_id);
std::string user_of_person(soci::session& s, const std::string& person_id);

}  // namespace primowork::people::store
