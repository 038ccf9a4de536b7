// SQL for offers (migrations/0010_companies_offers.sql): the offer with its skills, the log of
// status changes, the screening flags and the single-use confirmation links (only their hash is
// stored). Every function runs on the caller's session, inside the caller's transaction; callers
// check authorisation, validate (offers/offer.h) and ask the lifecycle table before writing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "offers/lifecycle.h"
#include "offers/offer.h"
#include "offers/screening.h"

namespace primowork::offers::store {

struct Offer {
  std::string id;
  std::string company_id;
  OfferDraft draft;
  OfferStatus status = OfferStatus::kDraft;
  std::string contact_email;  // who posted it without an account ("" otherwise)
  std::string created_by;     // user id, "" when posted without an account
  std::optional<Date> published_on;
  Date last_update;            // the 60 days of a published offer run from here
  bool reminder_sent = false;  // the expiry reminder of this period went out (reset by updates)
};

// Inserts a draft (its id is made here) with its skills and a first log row (action "create").
Offer create(soci::session& s, Offer offer, const std::string& actor_id, Date today,
             std::time_t now);
// Replaces the offer's fields and skills; the 60 days restart (last_update = today).
void update(soci::session& s, const Offer& offer, Date today, std::time_t now);
std::optional<Offer> find(soci::session& s, const std::string& id);

// Sets the status and logs the change; publishing sets published_on and restarts the 60 days,
// as does the action "confirm". The caller asked check_offer_transition().
void move(soci::session& s, const std::string& id, OfferStatus from, OfferStatus to,
          OfferAction action, const std::string& reason, const std::string& actor_id, Date today,
          std::time_t now);

// Records that the expiry reminder of the period starting on `last_update` went out. False when
// it had already (another node, an earlier run) or the offer was updated or left "published"
// meanwhile: the caller then sends nothing.
bool mark_reminded(soci::session& s, const std::string& id, Date last_update, std::time_t now);

struct StatusChange {
  std::string from, to, action, reason, actor_id;
  std::tm at{};
};
std::vector<StatusChange> status_log(soci::session& s, const std::string& id);

// Replaces the offer's screening flags.
void replace_flags(soci::session& s, const std::string& id,
                   const std::vector<ScreeningFlag>& flags);
std::vector<ScreeningFlag> flags(soci::session& s, const std::string& id);

// Offers of a company, newest first; offers in one status, oldest first (the review queue).
std::vector<Offer> of_company(soci::session& s, const std::string& company_id);
std::vector<Offer> with_status(soci::session& s, OfferStatus status);

// A published offer with its company's name, for public pages and search.
struct Published {
  Offer offer;
  std::string company_name;
};
std::vector<Published> published(soci::session& s);

// Confirmation links. create_confirmation returns the clear token (for the mail only).
std::string create_confirmation(soci::session& s, const std::string& offer_id,
                                const std::string& email, std::time_t now, int lifetime_s);
enum class LinkState { kUnknown, kLive, kUsed, kExpired };
struct Confirmation {
  LinkState state = LinkState::kUnknown;
  std::string offer_id, email;
};
Confirmation find_confirmation(soci::session& s, const std::string& token, std::time_t now);
// Marks the link used; false when it was used meanwhile or has expired.
bool use_confirmation(soci::session& s, const std::string& token, std::time_t now);

}  // namespace primowork::offers::store
